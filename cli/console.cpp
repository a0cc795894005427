#include "cli/console.hpp"

#include <unistd.h>

#include <iostream>

namespace symbio::cli {

Console::Console(bool quiet, bool verbose)
    : quiet_(quiet), verbose_(verbose), progress_(!quiet && isatty(STDERR_FILENO) != 0) {}

void Console::info(std::string_view text) const {
  if (!quiet_) std::cerr << text << '\n';
}

void Console::warn(std::string_view text) const {
  if (!quiet_) std::cerr << "warning: " << text << '\n';
}

void Console::error(std::string_view text) const {
  std::cerr << "error: " << text << '\n';
}

void Console::problems(const ValidationReport& report) const {
  for (const Problem& p : report.problems()) {
    const bool show = p.severity == Severity::error ||
                      (p.severity == Severity::warning && !quiet_) ||
                      (p.severity == Severity::note && verbose_ && !quiet_);
    if (show) std::cerr << format_problem(p) << '\n';
  }
}

}  // namespace symbio::cli
