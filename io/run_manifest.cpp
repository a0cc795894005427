#include "io/run_manifest.hpp"

#include <nlohmann/json.hpp>

#include "core/version.hpp"

namespace symbio::io {

namespace {

using nlohmann::ordered_json;

ordered_json file_entries(const std::vector<ManifestFile>& files) {
  ordered_json out = ordered_json::array();
  for (const ManifestFile& f : files) {
    out.push_back({{"name", f.name}, {"size", f.size}, {"sha256", f.sha256}});
  }
  return out;
}

bool plain_name(const std::string& name) {
  return !name.empty() && name[0] != '.' && name.find('/') == std::string::npos &&
         name.find('\0') == std::string::npos;
}

}  // namespace

std::string manifest_json(const RunManifest& manifest) {
  ordered_json root;
  root["format"] = "symbio.manifest";
  root["format_version"] = 1;
  root["symbio_version"] = std::string(kVersion);
  root["command"] = manifest.command;
  root["input"] = {{"path", manifest.input_path}, {"sha256", manifest.input_sha256}};
  ordered_json options = ordered_json::object();
  for (const auto& [name, value] : manifest.options)
    options[name] = value;
  root["options"] = options;
  root["files"] = file_entries(manifest.files);
  root["stale"] = file_entries(manifest.stale);
  return root.dump(2) + "\n";
}

std::vector<ManifestFile> manifest_files(std::string_view json) {
  std::vector<ManifestFile> files;
  const ordered_json root = ordered_json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (!root.is_object() || root.value("format", "") != "symbio.manifest") return files;
  const auto it = root.find("files");
  if (it == root.end() || !it->is_array()) return files;
  for (const auto& entry : *it) {
    if (!entry.is_object()) continue;
    const auto name = entry.find("name");
    const auto sha = entry.find("sha256");
    const auto size = entry.find("size");
    if (name == entry.end() || !name->is_string() || sha == entry.end() || !sha->is_string() ||
        size == entry.end() || !size->is_number_unsigned()) {
      continue;
    }
    ManifestFile file{name->get<std::string>(), size->get<std::uint64_t>(),
                      sha->get<std::string>()};
    if (plain_name(file.name)) files.push_back(std::move(file));
  }
  return files;
}

}  // namespace symbio::io
