#include "cli/output_dir.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <optional>
#include <set>

#include "core/error.hpp"
#include "core/file_bytes.hpp"
#include "io/atomic_file.hpp"
#include "io/run_manifest.hpp"
#include "io/sha256.hpp"

namespace symbio::cli {

namespace {

namespace fs = std::filesystem;

// Results written beside the park's own files would be read back as part of the park on the
// next run (enterprises.csv above all): the output folder may be neither the input folder nor
// the folder of an input file. A folder inside the input folder is fine (a park is read from the
// top level of its folder only).
void refuse_input_folder(const std::string& dir, const std::string& input_path) {
  if (input_path == "-") return;  // standard input has no folder
  std::error_code ec;
  if (!fs::exists(dir, ec)) return;
  const bool input_is_folder = fs::is_directory(input_path, ec);
  const fs::path input_folder =
      input_is_folder ? fs::path(input_path) : fs::path(input_path).parent_path();
  const fs::path folder = input_folder.empty() ? fs::path(".") : input_folder;
  std::error_code eq;
  if (!fs::equivalent(dir, folder, eq) || eq) return;
  throw FileError(dir, input_is_folder
                           ? "is the input folder: write the results into another folder "
                             "(e.g. --out out/NAME)"
                           : "holds the input file '" + input_path +
                                 "': write the results into another folder (e.g. --out out/NAME)");
}

std::optional<std::string> regular_file_bytes(const std::string& path, std::size_t max_bytes) {
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
  try {
    return read_file_bytes(path, max_bytes);
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

}  // namespace

OutputDir::OutputDir(std::string dir, const std::string& input_path) : dir_(std::move(dir)) {
  std::error_code ec;
  if (fs::is_directory(input_path, ec)) {
    for (const auto& entry : fs::directory_iterator(input_path, ec)) {
      if (entry.is_regular_file(ec)) inputs_.push_back(entry.path().string());
    }
  } else {
    inputs_.push_back(input_path);
  }
  refuse_input_folder(dir_, input_path);
  lock_ = std::make_unique<io::OutputLock>(dir_);
  io::remove_stale_temporary_files(dir_);
}

std::string OutputDir::write(std::string_view name, std::string_view content) const {
  const std::string target = (fs::path(dir_) / std::string(name)).string();
  io::write_file_atomically(target, content, inputs_);
  return target;
}

void OutputDir::write_run(const std::vector<std::pair<std::string, std::string>>& files,
                          const RunRecord& record) const {
  const std::string manifest_path = (fs::path(dir_) / io::kManifestName).string();
  std::vector<io::ManifestFile> earlier;
  if (const auto text = regular_file_bytes(manifest_path, std::size_t{64} << 20)) {
    earlier = io::manifest_files(*text);
    if (::unlink(manifest_path.c_str()) != 0) {
      throw FileError(manifest_path, "cannot remove the earlier run's manifest");
    }
  }

  io::RunManifest manifest;
  manifest.command = record.command;
  manifest.input_path = record.input_path;
  manifest.input_sha256 = record.input_sha256;
  manifest.options = record.options;
  std::set<std::string> written;
  for (const auto& [name, content] : files)
    written.insert(name);
  for (const io::ManifestFile& old : earlier) {
    if (written.count(old.name) != 0 || old.name == io::kManifestName) continue;
    const std::string path = (fs::path(dir_) / old.name).string();
    const auto bytes = regular_file_bytes(path, std::size_t{1} << 30);
    if (!bytes) continue;  // gone, or no longer a regular file
    const std::string sha = io::sha256_hex(*bytes);
    if (bytes->size() == old.size && sha == old.sha256) {
      ::unlink(path.c_str());
    } else {
      manifest.stale.push_back({old.name, bytes->size(), sha});
    }
  }

  for (const auto& [name, content] : files) {
    write(name, content);
    manifest.files.push_back({name, content.size(), io::sha256_hex(content)});
  }
  write(io::kManifestName, io::manifest_json(manifest));
}

}  // namespace symbio::cli
