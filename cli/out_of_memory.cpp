#include "cli/out_of_memory.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <new>

#include "cli/exit_status.hpp"
#include "core/text.hpp"
#include "io/atomic_file.hpp"

namespace symbio::cli {

namespace {

// Set once the command line is parsed and the park read; read when memory runs out. Plain
// values, so that the message needs no allocation until it is written.
char g_command[32] = "";
long long g_enterprises = -1;
long long g_exchanges = -1;

[[noreturn]] void on_terminate() {
  if (const std::exception_ptr error = std::current_exception()) {
    try {
      std::rethrow_exception(error);
    } catch (const std::bad_alloc&) {
      io::remove_pending_temporary_files();
      try {
        const std::string text = "error: " + out_of_memory_message() + "\n";
        std::fputs(text.c_str(), stderr);
      } catch (...) {
        std::fputs("error: out of memory (resources exhausted)\n", stderr);
      }
      std::fflush(stderr);
      std::_Exit(static_cast<int>(ExitStatus::resources));
    } catch (...) {
    }
  }
  std::abort();
}

}  // namespace

void note_command(std::string_view command) {
  const std::size_t n = std::min(command.size(), sizeof g_command - 1);
  command.copy(g_command, n);
  g_command[n] = '\0';
}

void note_park_size(std::size_t enterprises, std::size_t exchanges) {
  g_enterprises = static_cast<long long>(enterprises);
  g_exchanges = static_cast<long long>(exchanges);
}

std::string out_of_memory_message() {
  std::string text = "out of memory (resources exhausted)";
  const std::string command(g_command);
  if (!command.empty()) text += " while running `symbio " + command + "`";
  if (g_enterprises >= 0) {
    text += " on a park of " + count_noun(g_enterprises, "enterprise", "enterprises") + " and " +
            count_noun(g_exchanges, "exchange", "exchanges");
  } else {
    text += " before the park was read";
  }
  text +=
      ". This is not a bug: the work grows with the park. To do less at once, compute the "
      "indicators you need (`symbio analyze PARK --only LIST`) or one layer at a time "
      "(`--layer material|energy|water|waste` of analyze, cascade and render), or give symbio "
      "more memory. Files already in place are complete; no temporary file is left.";
  return text;
}

void install_out_of_memory_handler() {
  std::set_terminate(on_terminate);
}

}  // namespace symbio::cli
