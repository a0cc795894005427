#include "io/file_bytes.hpp"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>

#include "core/error.hpp"

namespace symbio::io {

std::string read_file_bytes(const std::string& path, std::size_t max_bytes) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (ec || !fs::exists(status)) throw FileError(path, "no such file");
  if (fs::is_directory(status)) throw FileError(path, "is a folder, expected a file");
  const auto size = fs::file_size(path, ec);
  if (!ec && size > max_bytes) {
    throw FileError(path, "file of " + std::to_string(size) + " bytes exceeds the limit of " +
                              std::to_string(max_bytes) + " bytes");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw FileError(path, "cannot open for reading");
  std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (in.bad()) throw FileError(path, "read error");
  if (bytes.size() > max_bytes) {
    throw FileError(path, "file exceeds the limit of " + std::to_string(max_bytes) + " bytes");
  }
  return bytes;
}

}  // namespace symbio::io
