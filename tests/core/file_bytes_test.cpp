#include "core/file_bytes.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "tests/io/temp_dir.hpp"

namespace symbio {
namespace {

using io::testing::TempDir;

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
}

// Too large is bad input (exit status 3), not a file that cannot be read.
TEST(FileBytesTest, LimitIsBadData) {
  TempDir dir;
  EXPECT_THROW(read_file_bytes(dir.write("big.csv", "12345"), 4), DataError);
  EXPECT_EQ(read_file_bytes(dir / "big.csv", 5), "12345");
}

// A device without a size is cut off at the limit instead of filling memory.
TEST(FileBytesTest, EndlessDeviceStopsAtTheLimit) {
  try {
    read_file_bytes("/dev/zero", std::size_t{1} << 20);
    FAIL() << "no exception";
  } catch (const DataError& e) {
    EXPECT_NE(std::string(e.what()).find("/dev/zero: content exceeds the input limit of 1048576"),
              std::string::npos)
        << e.what();
  }
}

}  // namespace
}  // namespace symbio
