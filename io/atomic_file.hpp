#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace symbio::io {

// Writes `content` to `path` so that readers see either the old file or the whole new one
// (README.md, Guarantees), and never replaces anything that is not a regular file. Symbolic
// links are followed (at most 40), and what they lead to decides:
// - nothing, or a regular file: the bytes go to an unnamed file in the same folder as the final
//   target (Linux O_TMPFILE; a process killed while writing leaves nothing), which is flushed
//   with fsync and then linked under the target's name when no such file exists, or else linked
//   as ".NAME.tmp.PID.N" and renamed over it at once; the folder is then synced too. A link
//   stays a link: its target is what is replaced, and a replaced file keeps its permissions.
//   Where the file system has no O_TMPFILE the named temporary file is written directly.
//   Missing parent folders are created. On any failure the temporary file is removed. A process
//   killed by SIGKILL between naming and renaming leaves the named file behind:
//   remove_stale_temporary_files() clears it on the next run;
// - a FIFO or a character device (a terminal, /dev/null): written through, no rename;
// - a descriptor of this process ("/dev/stdout", "/dev/fd/N", "/proc/self/fd/N"): written to it;
// - anything else (a folder, a block device, a socket): refused.
// Throws FileError when `path` is the same file as one of `inputs` (compared with
// std::filesystem::equivalent, so links and "./" spellings are caught: an input is never
// overwritten), when what it names is refused, or when a step of the write fails.
void write_file_atomically(const std::string& path, std::string_view content,
                           const std::vector<std::string>& inputs = {});

// Unlinks the named temporary files of writes in progress. Async-signal-safe (no allocation,
// no lock): the CLI calls it from its SIGINT/SIGTERM/SIGHUP handler, so an interrupted run
// leaves no temporary file behind.
void remove_pending_temporary_files() noexcept;

// Removes the ".NAME.tmp.PID.N" files in `folder` whose process no longer runs (left by a run
// killed with SIGKILL, see above). Errors are ignored: the files are only clutter.
void remove_stale_temporary_files(const std::string& folder) noexcept;

}  // namespace symbio::io
