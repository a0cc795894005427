#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace symbio::io {

// SHA-256 (FIPS 180-4), incrementally: the digest of the concatenation of every update().
// Used to name an input in the metadata of outputs, not for security. Computed by OpenSSL's EVP
// interface (libcrypto), which stays inside io/sha256.cpp.
class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(Sha256&&) noexcept;
  Sha256& operator=(Sha256&&) noexcept;

  void update(std::string_view bytes);
  // Lower-case hexadecimal digest (64 characters). Ends the computation: call once.
  std::string hex_digest();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// Lower-case hexadecimal SHA-256 of `bytes`.
std::string sha256_hex(std::string_view bytes);

}  // namespace symbio::io
