#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "io/output_lock.hpp"

namespace symbio::cli {

// What manifest.json records about a run besides its files.
struct RunRecord {
  std::string command;
  std::string input_path;
  std::string input_sha256;
  std::vector<std::pair<std::string, std::string>> options;
};

// The folder a command writes its results into. It may not be the input folder nor hold the
// input file (FileError), and one run at a time writes into it: the constructor takes the
// folder's lock (io::OutputLock, creating the folder), held until the object ends. Each file
// goes in atomically (temporary file, then rename; io::write_file_atomically), and none may
// replace an input. Temporary files that a killed earlier run left in the folder are removed
// (io::remove_stale_temporary_files).
class OutputDir {
 public:
  OutputDir(std::string dir, const std::string& input_path);

  // Writes DIR/name; returns the path written.
  std::string write(std::string_view name, std::string_view content) const;

  // Writes the files of a run as one set, in this order: the earlier manifest.json is removed
  // (so an interrupted run leaves none); the files that the earlier manifest lists and this run
  // does not write are removed when unchanged since (same size and SHA-256), else kept and
  // listed as stale; every file is written; manifest.json is written last.
  void write_run(const std::vector<std::pair<std::string, std::string>>& files,
                 const RunRecord& record) const;

  const std::string& path() const { return dir_; }

 private:
  std::string dir_;
  std::vector<std::string> inputs_;
  std::unique_ptr<io::OutputLock> lock_;
};

}  // namespace symbio::cli
