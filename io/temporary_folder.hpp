#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace symbio::io {

// A private folder (mkdtemp: mode 0700, a name nobody else holds) under the system's temporary
// folder, named "symbio-<purpose>-XXXXXX", removed with everything in it when the value goes out
// of scope. For tools that work on files: the export to PDF and DOCX, the workbook writer, a
// park read from standard input.
class TemporaryFolder {
 public:
  // Throws FileError naming the pattern and `what` it was for (e.g. "tables.xlsx") with the
  // system's reason when the folder cannot be created.
  TemporaryFolder(std::string_view purpose, std::string_view what);
  ~TemporaryFolder();
  TemporaryFolder(const TemporaryFolder&) = delete;
  TemporaryFolder& operator=(const TemporaryFolder&) = delete;

  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace symbio::io
