#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace symbio::io {

// SHA-256 (FIPS 180-4), incrementally: the digest of the concatenation of every update().
// Used to name an input in the metadata of outputs, not for security.
class Sha256 {
 public:
  Sha256();
  void update(std::string_view bytes);
  // Lower-case hexadecimal digest (64 characters). Ends the computation: call once.
  std::string hex_digest();

 private:
  void compress(const unsigned char* block);

  std::array<std::uint32_t, 8> state_;
  std::array<unsigned char, 64> buffer_{};
  std::size_t buffered_ = 0;
  std::uint64_t total_bytes_ = 0;
};

// Lower-case hexadecimal SHA-256 of `bytes`.
std::string sha256_hex(std::string_view bytes);

}  // namespace symbio::io
