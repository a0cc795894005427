#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace symbio::cli {

// The folder a command writes its results into. Each file goes in atomically (temporary file,
// then rename), and none may replace an input: when the input is a folder, every file in it
// counts as an input. Temporary files that a killed earlier run left in the folder are removed
// (io::remove_stale_temporary_files).
class OutputDir {
 public:
  OutputDir(std::string dir, const std::string& input_path);

  // Writes DIR/name; returns the path written.
  std::string write(std::string_view name, std::string_view content) const;
  const std::string& path() const { return dir_; }

 private:
  std::string dir_;
  std::vector<std::string> inputs_;
};

}  // namespace symbio::cli
