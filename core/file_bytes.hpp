#pragma once

#include <cstddef>
#include <string>

namespace symbio {

// Inputs larger than this are refused before they are read, by default (ReadOptions::limits,
// `--max-input-mb`): reading a park takes up to about 100 bytes of memory per byte of CSV (every
// cell a string, every value its source location), so 32 MiB keeps a run within about 3 GiB,
// and the synthetic park of 100,000 enterprises and 400,000 exchanges is 14 MiB of CSV.
inline constexpr std::size_t kMaxInputBytes = std::size_t{32} << 20;

// The whole content of a file, byte for byte. Throws FileError when it does not exist, is a
// folder or cannot be read, DataError (bad input, exit status 3) when it is larger than
// `max_bytes`. Reads in blocks and stops past the limit, so an endless device or pipe such as
// /dev/zero is refused too.
std::string read_file_bytes(const std::string& path, std::size_t max_bytes = kMaxInputBytes);

}  // namespace symbio
