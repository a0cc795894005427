#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace symbio::io {

// Writes `content` to `path` so that readers see either the old file or the whole new one
// (ARCHITECTURE.md rule 8): the bytes go to a temporary file in the same folder, named
// ".NAME.tmp.PID.N", which is flushed with fsync and renamed over `path`; the folder is then
// synced too. Missing parent folders are created. On any failure the temporary file is removed.
// Throws FileError when `path` is the same file as one of `inputs` (compared with
// std::filesystem::equivalent, so links and "./" spellings are caught: an input is never
// overwritten), when `path` is a folder, or when a step of the write fails.
void write_file_atomically(const std::string& path, std::string_view content,
                           const std::vector<std::string>& inputs = {});

}  // namespace symbio::io
