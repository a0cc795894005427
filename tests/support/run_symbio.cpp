#include "tests/support/run_symbio.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace symbio::testing {

std::string symbio_exe() {
  // ctest sets SYMBIO_EXE; a test binary run by hand finds the program in the build tree.
  const char* from_env = std::getenv("SYMBIO_EXE");
  return from_env != nullptr && *from_env != '\0' ? std::string(from_env)
                                                  : std::string(SYMBIO_BINARY_DIR) + "/cli/symbio";
}

RunResult run_symbio(const std::string& args) {
  const std::string command =
      std::string("cd '") + SYMBIO_SOURCE_DIR + "' && '" + symbio_exe() + "' " + args + " 2>&1";
  RunResult result;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) throw std::runtime_error("popen failed");
  std::array<char, 4096> buffer{};
  std::size_t got = 0;
  while ((got = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) {
    result.output.append(buffer.data(), got);
  }
  const int raw = pclose(pipe);
  result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
  return result;
}

std::string make_temp_dir(const std::string& stem) {
  static int counter = 0;
  const auto dir = std::filesystem::temp_directory_path() /
                   (stem + "-" + std::to_string(getpid()) + "-" + std::to_string(++counter));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir.string();
}

void write_text(const std::string& path, const std::string& text) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream out(path, std::ios::binary);
  out << text;
}

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace symbio::testing
