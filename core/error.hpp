#pragma once

#include <stdexcept>
#include <string>

namespace symbio {

// Where a value came from: file, 1-based line and column (0 = unknown).
struct SourceLocation {
  std::string file;
  int line = 0;
  int column = 0;

  // "file:line:column", leaving out the parts that are unknown. A worksheet of a workbook,
  // whose file reads "BOOK.xlsx:SHEET", names its cell as Excel does: "BOOK.xlsx:SHEET:B7".
  std::string to_string() const;
};

// Input data that cannot be used (CLI exit status 3).
class DataError : public std::runtime_error {
 public:
  explicit DataError(const std::string& message, SourceLocation location = {});
  const SourceLocation& location() const { return location_; }

 private:
  SourceLocation location_;
};

// A file that cannot be read or written (CLI exit status 4).
class FileError : public std::runtime_error {
 public:
  FileError(const std::string& path, const std::string& message);
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// Options that contradict each other or name something that does not exist (CLI exit status 2).
class OptionError : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

}  // namespace symbio
