#include "io/atomic_file.hpp"

#include <gtest/gtest.h>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <filesystem>

#include "core/error.hpp"
#include "tests/io/temp_dir.hpp"
#include "tests/support/fifo_reader.hpp"

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

// A link stays a link: what it points to is written (atomically, since it is a regular file),
// through a chain of links and through a relative link; a dangling link gets its target created.
TEST(AtomicFileTest, WritesThroughSymbolicLinks) {
  TempDir dir;
  const std::string target = dir.write("data/real.csv", "old\n");
  ::chmod(target.c_str(), 0640);
  fs::create_symlink("data/real.csv", dir / "link.csv");  // relative to the link's folder
  fs::create_symlink(dir / "link.csv", dir / "link2.csv");
  write_file_atomically(dir / "link2.csv", "new\n");
  EXPECT_TRUE(fs::is_symlink(dir / "link.csv"));
  EXPECT_TRUE(fs::is_symlink(dir / "link2.csv"));
  EXPECT_EQ(read_all(target), "new\n");
  // The replaced file keeps its permissions.
  EXPECT_EQ(fs::status(target).permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  fs::create_symlink("absent.csv", dir / "dangling.csv");
  write_file_atomically(dir / "dangling.csv", "made\n");
  EXPECT_TRUE(fs::is_symlink(dir / "dangling.csv"));
  EXPECT_EQ(read_all(dir / "absent.csv"), "made\n");
  // No temporary file is left beside either target.
  EXPECT_EQ(names_in(dir.path() / "data"), std::vector<std::string>{"real.csv"});
  // A loop of links is an error, not a hang.
  fs::create_symlink("loop_b", dir / "loop_a");
  fs::create_symlink("loop_a", dir / "loop_b");
  EXPECT_THROW(write_file_atomically(dir / "loop_a", "x"), FileError);
}

// A FIFO is written through: its reader gets the bytes and the FIFO stays a FIFO.
TEST(AtomicFileTest, WritesThroughAFifo) {
  TempDir dir;
  const std::string fifo = dir / "pipe";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  symbio::testing::FifoReader reader(fifo);
  const std::string content(200000, 'x');  // more than a pipe's buffer holds
  write_file_atomically(fifo, content);
  EXPECT_EQ(reader.finish(), content);
  EXPECT_TRUE(fs::is_fifo(fifo));
  EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"pipe"});
}

// A character device is written through, never replaced: /dev/null takes the bytes and stays a
// device; /dev/full reports its error.
TEST(AtomicFileTest, WritesThroughCharacterDevicesAndReportsTheirErrors) {
  write_file_atomically("/dev/null", "discarded");
  EXPECT_TRUE(fs::is_character_file("/dev/null"));
  TempDir dir;
  fs::create_symlink("/dev/null", dir / "null-link");
  write_file_atomically(dir / "null-link", "discarded");
  EXPECT_TRUE(fs::is_symlink(dir / "null-link"));
  if (fs::is_character_file("/dev/full")) {
    fs::create_symlink("/dev/full", dir / "full-link");
    EXPECT_THROW(write_file_atomically(dir / "full-link", "x"), FileError);
    EXPECT_TRUE(fs::is_character_file("/dev/full"));
  }
}

// Anything else that is not a regular file is refused and left as it was: a socket.
TEST(AtomicFileTest, RefusesASocket) {
  TempDir dir;
  const std::string path = dir / "sock";
  const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
  ASSERT_GE(fd, 0);
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  ASSERT_LT(path.size(), sizeof address.sun_path);
  std::memcpy(address.sun_path, path.c_str(), path.size() + 1);
  ASSERT_EQ(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
  try {
    write_file_atomically(path, "x");
    ADD_FAILURE() << "expected FileError";
  } catch (const FileError& e) {
    EXPECT_NE(std::string(e.what()).find("socket"), std::string::npos) << e.what();
  }
  ::close(fd);
  EXPECT_TRUE(fs::is_socket(path));
}

// "/dev/fd/N" names a descriptor this process holds: the bytes go to that descriptor (here a
// pipe, whose link text "pipe:[...]" is no path at all).
TEST(AtomicFileTest, WritesToAnOwnDescriptor) {
  int ends[2];
  ASSERT_EQ(::pipe(ends), 0);
  write_file_atomically("/dev/fd/" + std::to_string(ends[1]), "through the pipe");
  ::close(ends[1]);
  std::string received;
  char buffer[64];
  ssize_t got = 0;
  while ((got = ::read(ends[0], buffer, sizeof buffer)) > 0)
    received.append(buffer, static_cast<std::size_t>(got));
  ::close(ends[0]);
  EXPECT_EQ(received, "through the pipe");
}

}  // namespace
}  // namespace symbio::io
