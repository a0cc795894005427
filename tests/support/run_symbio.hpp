#pragma once

#include <string>

namespace symbio::testing {

// The result of running the built `symbio` program (path from the SYMBIO_EXE environment
// variable that ctest sets).
struct RunResult {
  int status = -1;     // exit status
  std::string output;  // stdout and stderr together
};

// The path of the built `symbio` program.
std::string symbio_exe();

// Runs `symbio ARGS` through the shell from the repository root; ARGS is passed as written.
RunResult run_symbio(const std::string& args);

// A fresh empty folder under the system's temporary folder.
std::string make_temp_dir(const std::string& stem);

// Writes a file (creating parent folders).
void write_text(const std::string& path, const std::string& text);
std::string read_text(const std::string& path);

}  // namespace symbio::testing
