#pragma once

#include <cstddef>
#include <string>

namespace symbio::io {

// Inputs larger than this are refused before they are read (a park of a million exchanges is
// about 100 MiB of CSV).
inline constexpr std::size_t kMaxInputBytes = std::size_t{512} << 20;

// The whole content of a file, byte for byte. Throws FileError when it does not exist, is a
// folder, cannot be read, or is larger than `max_bytes`.
std::string read_file_bytes(const std::string& path, std::size_t max_bytes = kMaxInputBytes);

}  // namespace symbio::io
