#include "io/file_bytes.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "tests/io/temp_dir.hpp"

namespace symbio::io {
namespace {

using testing::TempDir;

TEST(FileBytesTest, ReadsEveryByte) {
  TempDir dir;
  const std::string bytes("a\0\xFF\r\n", 5);
  EXPECT_EQ(read_file_bytes(dir.write("f.bin", bytes)), bytes);
  EXPECT_EQ(read_file_bytes(dir.write("empty.csv", "")), "");
}

TEST(FileBytesTest, FileProblemsThrow) {
  TempDir dir;
  EXPECT_THROW(read_file_bytes(dir / "missing.csv"), FileError);
  EXPECT_THROW(read_file_bytes(dir.path().string()), FileError);  // a folder
  EXPECT_THROW(read_file_bytes(dir.write("big.csv", "12345"), 4), FileError);
  EXPECT_EQ(read_file_bytes(dir / "big.csv", 5), "12345");
}

}  // namespace
}  // namespace symbio::io
