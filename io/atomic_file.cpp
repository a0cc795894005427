#include "io/atomic_file.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <optional>
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

// What an output path leads to once its symbolic links are followed.
enum class TargetKind {
  missing,          // nothing yet: a new regular file is created atomically
  regular,          // a regular file: replaced atomically (temporary file, then rename)
  stream,           // a FIFO or character device: written through, never replaced
  open_descriptor,  // a descriptor of this process (/dev/stdout, /proc/self/fd/N): written to
};

struct Target {
  TargetKind kind = TargetKind::missing;
  std::string path;     // the final path, links followed
  int descriptor = -1;  // open_descriptor
  mode_t mode = 0;      // regular: its permissions, kept by the replacement
};

// N for "/dev/fd/N", "/proc/self/fd/N", "/proc/thread-self/fd/N" and "/proc/PID/fd/N" of this
// process. These are links to descriptors the process already holds (a pipe's link text,
// "pipe:[123]", is no path at all), so the output goes to the descriptor itself.
std::optional<int> own_descriptor(const std::string& path) {
  std::string rest;
  const std::string own_proc = "/proc/" + std::to_string(static_cast<long>(::getpid())) + "/fd/";
  for (const std::string prefix :
       {"/dev/fd/", "/proc/self/fd/", "/proc/thread-self/fd/", own_proc.c_str()}) {
    if (path.rfind(prefix, 0) == 0) rest = path.substr(prefix.size());
  }
  if (rest.empty() || rest.size() > 9 ||
      rest.find_first_not_of("0123456789") != std::string::npos) {
    return std::nullopt;
  }
  return std::stoi(rest);
}

std::string file_type_name(mode_t mode) {
  if (S_ISDIR(mode)) return "a folder";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

// Follows the symbolic links of `path` (at most 40, as the kernel does) to what it names. A
// link's target is written, never the link replaced; anything but a regular file, a FIFO, a
// character device or nothing at all is refused.
Target resolve_target(const std::string& path) {
  std::string current = path;
  for (int hops = 0; hops <= 40; ++hops) {
    if (const auto descriptor = own_descriptor(current)) {
      return {TargetKind::open_descriptor, current, *descriptor, 0};
    }
    struct stat st {};
    if (::lstat(current.c_str(), &st) != 0) {
      if (errno == ENOENT) return {TargetKind::missing, current, -1, 0};
      throw FileError(path, "cannot inspect '" + current + "': " + errno_text());
    }
    if (S_ISLNK(st.st_mode)) {
      std::error_code ec;
      const fs::path link = fs::read_symlink(current, ec);
      if (ec) throw FileError(path, "cannot read the symbolic link '" + current + "'");
      current =
          link.is_absolute() ? link.string() : (fs::path(current).parent_path() / link).string();
      continue;
    }
    if (S_ISREG(st.st_mode)) return {TargetKind::regular, current, -1, st.st_mode & 07777};
    if (S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode)) return {TargetKind::stream, current, -1, 0};
    if (S_ISDIR(st.st_mode)) throw FileError(path, "is a folder, expected a file");
    throw FileError(path, (current == path ? "" : "leads to '" + current + "', which ") +
                              std::string("is ") + file_type_name(st.st_mode) +
                              ": symbio writes only regular files, FIFOs and character devices "
                              "and never replaces anything else");
  }
  throw FileError(path, "too many levels of symbolic links");
}

// A FIFO or a device takes the bytes as they come: nothing to rename, nothing to sync.
void write_through(const std::string& path, const std::string& target, std::string_view content) {
  const int fd = ::open(target.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) throw FileError(path, "cannot open for writing: " + errno_text());
  const bool written = write_all(fd, content);
  const std::string reason = errno_text();
  const int closed = ::close(fd);
  if (!written) throw FileError(path, "cannot write: " + reason);
  if (closed != 0) throw FileError(path, "cannot write: " + errno_text());
}

// The path now names a regular file or nothing (checked again just before the rename, so that a
// link, FIFO or device put there meanwhile is not replaced).
bool still_replaceable(const std::string& path) {
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0) return errno == ENOENT;
  return S_ISREG(st.st_mode);
}

void replace_atomically(const std::string& given, const Target& resolved,
                        std::string_view content) {
  const std::string& path = resolved.path;
  const fs::path target(path);
  std::error_code ec;
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
      throw FileError(given, "cannot create a temporary file: " + errno_text());
    }
  }
  auto fail = [&](const std::string& what) {
    const std::string reason = errno_text();
    if (fd >= 0) ::close(fd);
    ::unlink(temp.c_str());
    release_pending(slot);
    throw FileError(given, what + ": " + reason);
  };
  // A replaced file keeps its permissions (a new one gets 0666 less the umask).
  if (resolved.kind == TargetKind::regular) ::fchmod(fd, resolved.mode);
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
  if (!placed && !still_replaceable(path)) {
    errno = EEXIST;
    fail("is no longer a regular file, not replaced");
  }
  if (!placed && ::rename(temp.c_str(), path.c_str()) != 0) {
    fail("cannot rename the temporary file");
  }
  release_pending(slot);
  sync_folder(folder);
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
  if (fs::path(path).filename().empty()) throw FileError(path, "output path names a folder");
  refuse_inputs(path, inputs);
  const Target target = resolve_target(path);
  switch (target.kind) {
    case TargetKind::open_descriptor:
      if (!write_all(target.descriptor, content)) {
        throw FileError(path, "cannot write: " + errno_text());
      }
      return;
    case TargetKind::stream:
      write_through(path, target.path, content);
      return;
    case TargetKind::missing:
    case TargetKind::regular:
      replace_atomically(path, target, content);
      return;
  }
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
