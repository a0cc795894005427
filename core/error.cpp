#include "core/error.hpp"

namespace symbio {

namespace {
// A worksheet of a workbook is read as a table whose file is "BOOK.xlsx:SHEET" (io/xlsx_reader):
// its places are cells, named as Excel names them.
bool is_worksheet(const std::string& file) {
  const auto at = file.find(':', file.rfind('/') == std::string::npos ? 0 : file.rfind('/'));
  if (at == std::string::npos || at < 5) return false;
  std::string extension = file.substr(at - 5, 5);
  for (char& c : extension)
    c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return extension == ".xlsx";
}

std::string column_letters(int column) {
  std::string letters;
  for (; column > 0; column = (column - 1) / 26)
    letters.insert(letters.begin(), static_cast<char>('A' + (column - 1) % 26));
  return letters;
}
}  // namespace

std::string SourceLocation::to_string() const {
  std::string text = file;
  if (line > 0 && column > 0 && is_worksheet(file))
    return text + ":" + column_letters(column) + std::to_string(line);
  if (line > 0) {
    text += (text.empty() ? "line " : ":") + std::to_string(line);
    if (column > 0) text += ":" + std::to_string(column);
  }
  return text;
}

namespace {
std::string with_location(const std::string& message, const SourceLocation& location) {
  const std::string where = location.to_string();
  return where.empty() ? message : where + ": " + message;
}
}  // namespace

DataError::DataError(const std::string& message, SourceLocation location)
    : std::runtime_error(with_location(message, location)), location_(std::move(location)) {}

FileError::FileError(const std::string& path, const std::string& message)
    : std::runtime_error(path + ": " + message), path_(path) {}

}  // namespace symbio
