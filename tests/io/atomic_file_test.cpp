#include "io/atomic_file.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "core/error.hpp"
#include "tests/io/temp_dir.hpp"

namespace symbio::io {
namespace {

using testing::read_all;
using testing::TempDir;
namespace fs = std::filesystem;

// Every name in the folder, so that a stray temporary file is seen.
std::vector<std::string> names_in(const fs::path& folder) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(folder))
    names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

TEST(AtomicFileTest, WritesAndReplacesWithoutLeftovers) {
  TempDir dir;
  const std::string path = dir / "out.csv";
  write_file_atomically(path, "first\n");
  EXPECT_EQ(read_all(path), "first\n");
  write_file_atomically(path, std::string("a\0b", 3));
  EXPECT_EQ(read_all(path), std::string("a\0b", 3));
  EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"out.csv"});
}

TEST(AtomicFileTest, CreatesParentFolders) {
  TempDir dir;
  const std::string path = dir / "a/b/c/park.json";
  write_file_atomically(path, "{}");
  EXPECT_EQ(read_all(path), "{}");
}

TEST(AtomicFileTest, RefusesToOverwriteAnInput) {
  TempDir dir;
  const std::string input = dir.write("in.csv", "original");
  // The same file under another spelling and through a symbolic link.
  const std::string other_spelling = (dir.path() / "." / "in.csv").string();
  fs::create_symlink(input, dir / "link.csv");
  EXPECT_THROW(write_file_atomically(input, "x", {input}), FileError);
  EXPECT_THROW(write_file_atomically(other_spelling, "x", {input}), FileError);
  EXPECT_THROW(write_file_atomically(dir / "link.csv", "x", {input}), FileError);
  EXPECT_EQ(read_all(input), "original");
  // Another file is fine, and a missing input is no obstacle.
  write_file_atomically(dir / "out.csv", "x", {input, dir / "missing.csv"});
  EXPECT_EQ(read_all(dir / "out.csv"), "x");
}

TEST(AtomicFileTest, RefusesAFolderAndReportsThePath) {
  TempDir dir;
  fs::create_directories(dir.path() / "sub");
  try {
    write_file_atomically(dir / "sub", "x");
    FAIL() << "expected FileError";
  } catch (const FileError& e) {
    EXPECT_EQ(e.path(), dir / "sub");
  }
}

TEST(AtomicFileTest, FailureLeavesNoTemporaryFile) {
  TempDir dir;
  // A parent "folder" that is a file: creating the folder fails before any temporary exists.
  dir.write("plain", "x");
  EXPECT_THROW(write_file_atomically(dir / "plain/out.csv", "x"), FileError);
  // A folder in the way is refused before a temporary file is made.
  fs::create_directories(dir.path() / "busy" / "inner");
  const std::string busy = dir / "busy";
  EXPECT_THROW(write_file_atomically(busy, "x"), FileError);
  EXPECT_EQ(names_in(dir.path()), (std::vector<std::string>{"busy", "plain"}));
}

}  // namespace
}  // namespace symbio::io
