#include "core/file_bytes.hpp"

#include <filesystem>
#include <fstream>
#include <system_error>
#include <vector>

#include "core/error.hpp"

namespace symbio {

std::string read_file_bytes(const std::string& path, std::size_t max_bytes) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (ec || !fs::exists(status)) throw FileError(path, "no such file");
  if (fs::is_directory(status)) throw FileError(path, "is a folder, expected a file");
  auto too_large = [&](const std::string& size) {
    return DataError(path + ": " + size + " exceeds the input limit of " +
                     std::to_string(max_bytes) + " bytes (raise it with --max-input-mb)");
  };
  const auto size = fs::file_size(path, ec);
  if (!ec && size > max_bytes) throw too_large("file of " + std::to_string(size) + " bytes");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw FileError(path, "cannot open for reading");
  std::string bytes;
  std::vector<char> block(std::size_t{1} << 16);
  while (in) {
    in.read(block.data(), static_cast<std::streamsize>(block.size()));
    const auto got = static_cast<std::size_t>(in.gcount());
    if (bytes.size() + got > max_bytes) throw too_large("content");
    bytes.append(block.data(), got);
  }
  if (in.bad()) throw FileError(path, "read error");
  return bytes;
}

}  // namespace symbio
