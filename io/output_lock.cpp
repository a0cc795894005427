#include "io/output_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
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

// The lock files held now, for remove_held_lock_files() from a signal handler: fixed slots of
// plain char arrays claimed with atomics (a handler may neither allocate nor lock).
constexpr std::size_t kSlots = 4;
constexpr std::size_t kPathBytes = 4096;
struct HeldSlot {
  std::atomic<int> state{0};  // 0 free, 1 being filled, 2 holds a path
  char path[kPathBytes] = {};
};
HeldSlot held[kSlots];

std::size_t register_held(const std::string& path) {
  if (path.size() + 1 > kPathBytes) return kSlots;
  for (std::size_t i = 0; i < kSlots; ++i) {
    int expected = 0;
    if (held[i].state.compare_exchange_strong(expected, 1)) {
      std::memcpy(held[i].path, path.c_str(), path.size() + 1);
      held[i].state.store(2);
      return i;
    }
  }
  return kSlots;
}

// The process id the holder wrote, or "" when the file is empty or unreadable.
std::string holder_of(int fd) {
  char buffer[32] = {};
  const ssize_t got = ::pread(fd, buffer, sizeof buffer - 1, 0);
  if (got <= 0) return "";
  std::string text(buffer, static_cast<std::size_t>(got));
  const auto end = text.find_first_not_of("0123456789");
  return text.substr(0, end);
}

// True when `path` still names the file open as `fd`: a run that ends removes its lock file, so
// a run that opened the file just before may hold a lock on a file no longer in the folder.
bool same_file(int fd, const std::string& path) {
  struct stat opened {};
  struct stat named {};
  if (::fstat(fd, &opened) != 0 || ::stat(path.c_str(), &named) != 0) return false;
  return opened.st_dev == named.st_dev && opened.st_ino == named.st_ino;
}

}  // namespace

OutputLock::OutputLock(const std::string& folder) : folder_(folder), slot_(kSlots) {
  std::error_code ec;
  const fs::path dir = folder.empty() ? fs::path(".") : fs::path(folder);
  if (!fs::exists(dir, ec)) {
    // The folders about to be made, deepest first, so that they can go again.
    fs::path p = fs::absolute(dir, ec).lexically_normal();
    if (p.filename().empty()) p = p.parent_path();  // a trailing separator
    while (!p.empty() && p != p.root_path() && !fs::exists(p, ec)) {
      created_.push_back(p.string());
      p = p.parent_path();
    }
    fs::create_directories(dir, ec);
    if (ec) throw FileError(folder, "cannot create the folder: " + ec.message());
  } else if (!fs::is_directory(dir, ec)) {
    throw FileError(folder, "is not a folder");
  }
  lock_path_ = (dir / kLockFileName).string();
  for (int attempt = 0; attempt < 100; ++attempt) {
    const int fd = ::open(lock_path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd < 0) {
      throw FileError(folder, "cannot create the lock file " + std::string(kLockFileName) + ": " +
                                  std::strerror(errno));
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
      const int error = errno;
      const std::string pid = holder_of(fd);
      ::close(fd);
      if (error == EWOULDBLOCK) {
        throw FileError(folder, "another symbio run" +
                                    (pid.empty() ? std::string() : " (process " + pid + ")") +
                                    " is writing into this folder; wait for it to end or choose "
                                    "another output folder");
      }
      throw FileError(folder,
                      "cannot lock " + std::string(kLockFileName) + ": " + std::strerror(error));
    }
    if (!same_file(fd, lock_path_)) {  // removed by the run that just ended: lock the new one
      ::close(fd);
      continue;
    }
    const std::string pid = std::to_string(static_cast<long>(::getpid())) + "\n";
    if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, pid.data(), pid.size(), 0) < 0) {
      ::close(fd);
      throw FileError(folder, "cannot write the lock file: " + std::string(std::strerror(errno)));
    }
    fd_ = fd;
    slot_ = register_held(lock_path_);
    return;
  }
  throw FileError(folder, "cannot take the lock: its file keeps being replaced");
}

OutputLock::~OutputLock() {
  // Unlinked while still locked, so that no other run can lock this file and then lose it.
  ::unlink(lock_path_.c_str());
  if (slot_ < kSlots) held[slot_].state.store(0);
  ::close(fd_);
  // The folders this lock made go when empty (nothing was written), deepest first.
  for (const std::string& made : created_) {
    if (::rmdir(made.c_str()) != 0) break;
  }
}

void remove_held_lock_files() noexcept {
  for (HeldSlot& slot : held) {
    if (slot.state.load() == 2) ::unlink(slot.path);
  }
}

}  // namespace symbio::io
