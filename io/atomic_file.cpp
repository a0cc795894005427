#include "io/atomic_file.hpp"

#include <fcntl.h>
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

// Makes the rename durable; a failure here does not undo the write, so it is not reported.
void sync_folder(const fs::path& folder) {
  const int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

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
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) throw FileError(path, "cannot create a temporary file: " + errno_text());
  auto fail = [&](const std::string& what) {
    const std::string reason = errno_text();
    ::unlink(temp.c_str());
    throw FileError(path, what + ": " + reason);
  };
  if (!write_all(fd, content)) {
    ::close(fd);
    fail("cannot write");
  }
  if (::fsync(fd) != 0) {
    ::close(fd);
    fail("cannot flush to disk");
  }
  if (::close(fd) != 0) fail("cannot close");
  if (::rename(temp.c_str(), path.c_str()) != 0) fail("cannot rename the temporary file");
  sync_folder(folder);
}

}  // namespace symbio::io
