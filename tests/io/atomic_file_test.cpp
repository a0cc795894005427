#include "io/atomic_file.hpp"

#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
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

// The temporary files of a process that died (SIGKILL between naming and renaming) go; those of
// a live process (this one) and every other name stay.
TEST(AtomicFileTest, RemovesStaleTemporaryFilesOnly) {
  TempDir dir;
  const pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  ASSERT_GT(child, 0);
  ::waitpid(child, nullptr, 0);  // reaped: its PID no longer names a process
  const std::string dead = ".park.csv.tmp." + std::to_string(child) + ".3";
  const std::string live = ".park.csv.tmp." + std::to_string(::getpid()) + ".0";
  for (const std::string& name : {dead, live, std::string("park.csv"),
                                  std::string(".notes.tmp.x.1"), std::string(".a.tmp.12")})
    dir.write(name, "x");
  remove_stale_temporary_files(dir.path().string());
  std::vector<std::string> kept = {live, ".a.tmp.12", ".notes.tmp.x.1", "park.csv"};
  std::sort(kept.begin(), kept.end());
  EXPECT_EQ(names_in(dir.path()), kept);
  remove_stale_temporary_files((dir.path() / "missing").string());  // no folder: nothing happens
}

}  // namespace
}  // namespace symbio::io
