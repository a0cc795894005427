#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace symbio::io {

// The file in an output folder that a run locks for its whole duration.
inline constexpr const char* kLockFileName = ".symbio.lock";

// One run per output folder: an advisory lock (flock) on FOLDER/.symbio.lock, which holds the
// process id of the run that has it. The folder is created when missing. A second run into the
// same folder does not wait: the constructor throws FileError naming the folder and the other
// run's process id. The lock ends with the object (or the process, however it ends: the kernel
// drops a flock with its last descriptor); the lock file is removed then, and so are the
// folders this lock created when nothing was written into them. A lock file left by a killed run
// holds no lock and is simply taken over.
class OutputLock {
 public:
  explicit OutputLock(const std::string& folder);
  ~OutputLock();
  OutputLock(const OutputLock&) = delete;
  OutputLock& operator=(const OutputLock&) = delete;

  const std::string& folder() const { return folder_; }

 private:
  std::string folder_;
  std::string lock_path_;
  int fd_ = -1;
  std::vector<std::string> created_;  // folders this lock made, deepest first
  std::size_t slot_;
};

// Unlinks the lock files this process holds. Async-signal-safe: the CLI calls it from its
// SIGINT/SIGTERM/SIGHUP handler (the lock itself ends with the process).
void remove_held_lock_files() noexcept;

}  // namespace symbio::io
