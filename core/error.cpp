#include "core/error.hpp"

namespace symbio {

std::string SourceLocation::to_string() const {
  std::string text = file;
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
