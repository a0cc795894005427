#include "io/sha256.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>

namespace symbio::io {
namespace {

// Test vectors of FIPS 180-4 (NIST "SHA256.pdf" examples) and of the empty message.
TEST(Sha256Test, KnownVectors) {
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(Sha256Test, MillionAs) {
  EXPECT_EQ(sha256_hex(std::string(1000000, 'a')),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256Test, PaddingBoundaries) {
  // 55 bytes fit the length in the same block, 56 need a second one; 64 is a full block.
  // Digests from Python's hashlib.sha256(b"a" * n).hexdigest().
  EXPECT_EQ(sha256_hex(std::string(55, 'a')),
            "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
  EXPECT_EQ(sha256_hex(std::string(56, 'a')),
            "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
  EXPECT_EQ(sha256_hex(std::string(64, 'a')),
            "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}

TEST(Sha256Test, IncrementalEqualsOneShot) {
  const std::string text = "supplier,receiver\n热电厂,水泥厂\n" + std::string(200, 'x');
  for (std::size_t cut : {0, 1, 63, 64, 65, 100}) {
    Sha256 hash;
    hash.update(std::string_view(text).substr(0, cut));
    hash.update(std::string_view(text).substr(cut));
    EXPECT_EQ(hash.hex_digest(), sha256_hex(text)) << "cut at " << cut;
  }
}

TEST(Sha256Test, EveryByteValue) {
  // The bytes 0..255, three times (768 bytes: twelve blocks, NUL and high bytes included). Digest
  // from coreutils: python3 -c 'import sys; sys.stdout.buffer.write(bytes(range(256)) * 3)' |
  // sha256sum.
  std::string bytes;
  for (int round = 0; round < 3; ++round) {
    for (int b = 0; b < 256; ++b)
      bytes += static_cast<char>(b);
  }
  EXPECT_EQ(sha256_hex(bytes), "f3a25aa93aa2fbba28d79260535bbd6a5eb0fc1c24a8b0f04e12b484c1dfe363");
}

TEST(Sha256Test, MovedHashContinues) {
  // A hash moved into another object keeps what it has read.
  Sha256 first;
  first.update("ab");
  Sha256 second = std::move(first);
  second.update("c");
  EXPECT_EQ(second.hex_digest(), sha256_hex("abc"));
}

}  // namespace
}  // namespace symbio::io
