#include "io/park_writer.hpp"

#include <filesystem>
#include <string_view>
#include <system_error>

#include "core/error.hpp"
#include "core/text.hpp"
#include "io/atomic_file.hpp"
#include "io/csv_park_writer.hpp"
#include "io/network_formats.hpp"
#include "io/proto_park.hpp"

namespace symbio::io {

namespace {

namespace fs = std::filesystem;

constexpr const char* kParkFiles[] = {"exchanges.csv", "enterprises.csv", "resources.csv",
                                      "park.json"};

std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs) {
  std::vector<std::string> files;
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (fs::is_directory(input, ec)) {
      for (const char* name : kParkFiles)
        files.push_back((fs::path(input) / name).string());
    } else {
      files.push_back(input);
    }
  }
  return files;
}

void write_folder(const Park& park, const fs::path& folder,
                  const std::vector<std::string>& inputs) {
  auto write = [&](const char* name, const std::string& content) {
    write_file_atomically((folder / name).string(), content, inputs);
  };
  auto exists = [&](const char* name) {
    std::error_code ec;
    return fs::exists(folder / name, ec);
  };
  write("enterprises.csv", park_enterprises_csv(park));
  write("exchanges.csv", park_exchanges_csv(park));
  if (!park.declarations.empty() || exists("resources.csv")) {
    write("resources.csv", park_declarations_csv(park));
  }
  Park metadata;
  metadata.name = park.name;
  metadata.description = park.description;
  metadata.source = park.source;
  const bool has_metadata =
      !metadata.name.empty() || !metadata.description.empty() || !metadata.source.empty();
  if (has_metadata || exists("park.json")) write("park.json", park_to_json(metadata));
}

}  // namespace

void write_park(const Park& park, const std::string& target,
                const std::vector<std::string>& inputs) {
  const std::vector<std::string> protected_files = expand_inputs(inputs);
  std::error_code ec;
  if (!target.empty() && (target.back() == '/' || fs::is_directory(target, ec))) {
    write_folder(park, fs::path(target), protected_files);
    return;
  }
  const std::string extension = to_lower_ascii(fs::path(target).extension().string());
  const std::string lower = to_lower_ascii(target);
  const NetworkExport network{&park, nullptr, nullptr};
  constexpr std::string_view kNodeLink = ".nodelink.json";
  if (lower.size() >= kNodeLink.size() &&
      lower.compare(lower.size() - kNodeLink.size(), kNodeLink.size(), kNodeLink) == 0) {
    // Checked before .json, which is the Protobuf JSON mapping.
    write_file_atomically(target, network_nodelink_json(network), protected_files);
  } else if (extension == ".graphml") {
    write_file_atomically(target, network_graphml(network), protected_files);
  } else if (extension == ".gexf") {
    write_file_atomically(target, network_gexf(network), protected_files);
  } else if (extension == ".net") {
    write_file_atomically(target, network_pajek(network), protected_files);
  } else if (extension == ".json") {
    write_file_atomically(target, park_to_json(park), protected_files);
  } else if (extension == ".pb") {
    write_file_atomically(target, park_to_binary(park), protected_files);
  } else if (extension == ".pbtxt") {
    write_file_atomically(target, park_to_text_format(park), protected_files);
  } else {
    throw OptionError("cannot write a park to '" + target +
                      "': give a folder (ending in '/') for CSV, or a .json, .pb, .pbtxt, "
                      ".graphml, .gexf, .net or .nodelink.json file");
  }
}

}  // namespace symbio::io
