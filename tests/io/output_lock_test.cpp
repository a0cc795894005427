#include "io/output_lock.hpp"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <optional>

#include "core/error.hpp"
#include "tests/io/temp_dir.hpp"

namespace symbio::io {
namespace {

using testing::read_all;
using testing::TempDir;
namespace fs = std::filesystem;

// A flock belongs to an open file description, so a second lock taken by this same process on
// its own descriptor conflicts like one of another process would (the program-level test, with
// two processes, is in tests/cli/io_safety_test.cpp).
TEST(OutputLockTest, ASecondLockFailsNamingTheFolderAndTheHolder) {
  TempDir dir;
  const std::string folder = dir / "out";
  std::optional<OutputLock> first(std::in_place, folder);
  EXPECT_TRUE(fs::is_directory(folder));
  const std::string pid = std::to_string(::getpid());
  EXPECT_EQ(read_all(folder + "/.symbio.lock"), pid + "\n");
  try {
    OutputLock second(folder);
    FAIL() << "expected FileError";
  } catch (const FileError& e) {
    EXPECT_EQ(e.path(), folder);
    EXPECT_NE(std::string(e.what()).find("process " + pid), std::string::npos) << e.what();
  }
  // Released: the lock file goes, and the next run takes the folder.
  first.reset();
  EXPECT_FALSE(fs::exists(folder + "/.symbio.lock"));
  OutputLock again(folder);
  EXPECT_TRUE(fs::exists(folder + "/.symbio.lock"));
}

// A run that writes nothing leaves no trace: the folder it created goes with its lock; a folder
// that existed before stays.
TEST(OutputLockTest, RemovesOnlyTheFolderItCreatedWhenEmpty) {
  TempDir dir;
  { OutputLock lock(dir / "new/deeper"); }
  EXPECT_FALSE(fs::exists(dir / "new"));
  fs::create_directories(dir / "kept");
  { OutputLock lock(dir / "kept"); }
  EXPECT_TRUE(fs::is_directory(dir / "kept"));
  EXPECT_TRUE(fs::is_empty(dir / "kept"));
}

// A lock file left by a killed run holds no lock: it is taken over.
TEST(OutputLockTest, TakesOverAStaleLockFile) {
  TempDir dir;
  dir.write("out/.symbio.lock", "999999999\n");
  OutputLock lock(dir / "out");
  EXPECT_EQ(read_all(dir / "out/.symbio.lock"), std::to_string(::getpid()) + "\n");
}

TEST(OutputLockTest, RefusesAFileAsFolder) {
  TempDir dir;
  const std::string file = dir.write("plain", "x");
  EXPECT_THROW(OutputLock lock(file), FileError);
  EXPECT_EQ(read_all(file), "x");
}

}  // namespace
}  // namespace symbio::io
