#include "cli/output_file.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <vector>

#include "core/error.hpp"
#include "io/atomic_file.hpp"

namespace symbio::cli {

void write_output_file(const std::string& path, std::string_view content,
                       const std::string& input_path) {
  if (path == "-") {
    std::cout.write(content.data(), static_cast<std::streamsize>(content.size()));
    std::cout.flush();
    if (!std::cout)
      throw FileError("standard output", std::string("cannot write: ") + std::strerror(errno));
    return;
  }
  namespace fs = std::filesystem;
  std::vector<std::string> inputs;
  std::error_code ec;
  if (fs::is_directory(input_path, ec)) {
    for (const auto& entry : fs::directory_iterator(input_path, ec)) {
      if (entry.is_regular_file(ec)) inputs.push_back(entry.path().string());
    }
  } else {
    inputs.push_back(input_path);
  }
  // Temporary files that a killed run left beside the output go, as with output folders.
  const fs::path folder = fs::path(path).parent_path();
  io::remove_stale_temporary_files(folder.empty() ? std::string(".") : folder.string());
  io::write_file_atomically(path, content, inputs);
}

std::string output_name(const std::string& path) {
  return path == "-" ? "standard output" : path;
}

}  // namespace symbio::cli
