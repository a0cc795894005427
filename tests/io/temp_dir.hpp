#pragma once

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "core/validation.hpp"

namespace symbio::io::testing {

// A fresh folder under the system's temporary folder, removed with everything in it at the end
// of the test. The name holds the PID and a counter, so parallel ctest runs do not collide.
class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            ("symbio_io_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::string operator/(std::string_view name) const { return (path_ / name).string(); }

  // Writes `bytes` exactly (binary mode) to NAME inside the folder, creating subfolders.
  std::string write(std::string_view name, std::string_view bytes) const {
    const auto file = path_ / name;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return file.string();
  }

 private:
  std::filesystem::path path_;
};

inline std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The first problem with `code`, or nullptr.
inline const Problem* find_problem(const ValidationReport& report, std::string_view code) {
  for (const Problem& p : report.problems()) {
    if (p.code == code) return &p;
  }
  return nullptr;
}

inline std::string fixture(std::string_view name) {
  return std::string(SYMBIO_SOURCE_DIR) + "/tests/io/fixtures/" + std::string(name);
}

}  // namespace symbio::io::testing
