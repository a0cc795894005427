#include "io/temporary_folder.hpp"

#include <stdlib.h>

#include <cerrno>
#include <cstring>
#include <system_error>

#include "core/error.hpp"

namespace symbio::io {

TemporaryFolder::TemporaryFolder(std::string_view purpose, std::string_view what) {
  const std::string pattern =
      (std::filesystem::temp_directory_path() / ("symbio-" + std::string(purpose) + "-XXXXXX"))
          .string();
  std::string name = pattern;  // mkdtemp fills in the X's, even when it fails
  if (::mkdtemp(name.data()) == nullptr) {
    throw FileError(pattern, "cannot create a temporary folder for " + std::string(what) + ": " +
                                 std::strerror(errno));
  }
  path_ = name;
}

TemporaryFolder::~TemporaryFolder() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

}  // namespace symbio::io
