#include "cli/output_dir.hpp"

#include <filesystem>

#include "io/atomic_file.hpp"

namespace symbio::cli {

OutputDir::OutputDir(std::string dir, const std::string& input_path) : dir_(std::move(dir)) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::is_directory(input_path, ec)) {
    for (const auto& entry : fs::directory_iterator(input_path, ec)) {
      if (entry.is_regular_file(ec)) inputs_.push_back(entry.path().string());
    }
  } else {
    inputs_.push_back(input_path);
  }
  io::remove_stale_temporary_files(dir_);
}

std::string OutputDir::write(std::string_view name, std::string_view content) const {
  const std::string target = (std::filesystem::path(dir_) / std::string(name)).string();
  io::write_file_atomically(target, content, inputs_);
  return target;
}

}  // namespace symbio::cli
