#include "io/atomic_file.hpp"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#include "core/error.hpp"

namespace symbio::io {

namespace {

namespace fs = std::filesystem;

std::string errno_text() {
  return std::strerror(errno);
}

// Distinct temporary names for concurrent writes of one process (the PID separates processes).
std::string temporary_name(const fs::path& target) {
  static std::atomic<unsigned long> counter{0};
  const unsigned long n = counter.fetch_add(1);
  const std::string name = "." + target.filename().string() + ".tmp." +
                           std::to_string(static_cast<long>(::getpid())) + "." + std::to_string(n);
  return (target.parent_path() / name).string();
}

void refuse_inputs(const std::string& path, const std::vector<std::string>& inputs) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return;
  for (const std::string& input : inputs) {
    std::error_code eq;
    if (fs::equivalent(path, input, eq) && !eq) {
      throw FileError(path, "refusing to overwrite the input file '" + input + "'");
    }
  }
}

// Writes everything or reports errno; retries short writes and EINTR.
bool write_all(int fd, std::string_view content) {
  const char* data = content.data();
  std::size_t left = content.size();
  while (left > 0) {
    const ssize_t written = ::write(fd, data, left);
    if (written < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data += written;
    left -= static_cast<std::size_t>(written);
  }
  return true;
}

// The named temporary files that exist right now, for remove_pending_temporary_files() from a
// signal handler: fixed slots of plain char arrays, claimed and released with atomics, because a
// handler may not allocate or lock.
constexpr std::size_t kSlots = 16;
constexpr std::size_t kPathBytes = 4096;
struct PendingSlot {
  std::atomic<int> state{0};  // 0 free, 1 being filled, 2 holds a path
  char path[kPathBytes] = {};
};
PendingSlot pending[kSlots];

// Registers `path`; returns the slot, or kSlots when none is free or the path is too long (the
// file then simply is not cleaned up on a signal).
std::size_t register_pending(const std::string& path) {
  if (path.size() + 1 > kPathBytes) return kSlots;
  for (std::size_t i = 0; i < kSlots; ++i) {
    int expected = 0;
    if (pending[i].state.compare_exchange_strong(expected, 1)) {
      std::memcpy(pending[i].path, path.c_str(), path.size() + 1);
      pending[i].state.store(2);
      return i;
    }
  }
  return kSlots;
}

void release_pending(std::size_t slot) {
  if (slot < kSlots) pending[slot].state.store(0);
}

// Makes the rename durable; a failure here does not undo the write, so it is not reported.
void sync_folder(const fs::path& folder) {
  const int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

void remove_pending_temporary_files() noexcept {
  for (PendingSlot& slot : pending) {
    if (slot.state.load() == 2) ::unlink(slot.path);
  }
}

void write_file_atomically(const std::string& path, std::string_view content,
                           const std::vector<std::string>& inputs) {
  if (path.empty()) throw FileError(path, "empty output path");
  const fs::path target(path);
  if (target.filename().empty()) throw FileError(path, "output path names a folder");
  std::error_code ec;
  if (fs::is_directory(target, ec)) throw FileError(path, "is a folder, expected a file");
  refuse_inputs(path, inputs);

  const fs::path folder = target.parent_path();
  if (!folder.empty()) {
    fs::create_directories(folder, ec);
    if (ec) throw FileError(folder.string(), "cannot create the folder: " + ec.message());
  }
  const std::string temp = temporary_name(target);
  // Linux's O_TMPFILE gives a file without a name, which vanishes if the process dies while
  // writing (even by SIGKILL); it gets its temporary name only for the instant before the
  // rename. Where the file system has no O_TMPFILE, the named file is created at once.
  const std::string dir = folder.empty() ? std::string(".") : folder.string();
  int fd = ::open(dir.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
  const bool unnamed = fd >= 0;
  std::size_t slot = kSlots;
  if (!unnamed) {
    slot = register_pending(temp);
    fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0) {
      release_pending(slot);
      throw FileError(path, "cannot create a temporary file: " + errno_text());
    }
  }
  auto fail = [&](const std::string& what) {
    const std::string reason = errno_text();
    if (fd >= 0) ::close(fd);
    ::unlink(temp.c_str());
    release_pending(slot);
    throw FileError(path, what + ": " + reason);
  };
  if (!write_all(fd, content)) fail("cannot write");
  if (::fsync(fd) != 0) fail("cannot flush to disk");
  bool placed = false;
  if (unnamed) {
    const std::string self = "/proc/self/fd/" + std::to_string(fd);
    // A new file is linked under its final name at once: no temporary name ever exists. An
    // existing one cannot be linked over, so the file is named temporarily and renamed over it.
    placed = ::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, path.c_str(), AT_SYMLINK_FOLLOW) == 0;
    if (!placed) {
      if (errno != EEXIST) fail("cannot name the temporary file");
      slot = register_pending(temp);
      if (::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, temp.c_str(), AT_SYMLINK_FOLLOW) != 0) {
        fail("cannot name the temporary file");
      }
    }
  }
  const int closed = ::close(fd);
  fd = -1;
  if (closed != 0 && !placed) fail("cannot close");
  if (!placed && ::rename(temp.c_str(), path.c_str()) != 0) {
    fail("cannot rename the temporary file");
  }
  release_pending(slot);
  sync_folder(folder);
}

void remove_stale_temporary_files(const std::string& folder) noexcept {
  std::error_code ec;
  for (auto it = fs::directory_iterator(folder, ec); !ec && it != fs::directory_iterator();
       it.increment(ec)) {
    // ".NAME.tmp.PID.N" (temporary_name()) of a process that no longer runs.
    const std::string name = it->path().filename().string();
    const auto tmp = name.rfind(".tmp.");
    if (name.empty() || name[0] != '.' || tmp == std::string::npos) continue;
    const std::string rest = name.substr(tmp + 5);
    const auto dot = rest.find('.');
    if (dot == std::string::npos || dot == 0) continue;
    const std::string pid_text = rest.substr(0, dot);
    if (pid_text.find_first_not_of("0123456789") != std::string::npos ||
        rest.substr(dot + 1).find_first_not_of("0123456789") != std::string::npos ||
        pid_text.size() > 9) {
      continue;
    }
    const auto pid = static_cast<pid_t>(std::stol(pid_text));
    if (pid == ::getpid() || ::kill(pid, 0) == 0 || errno != ESRCH) continue;
    fs::remove(it->path(), ec);
    ec.clear();
  }
}

}  // namespace symbio::io
