#include "cli/console.hpp"

#include <unistd.h>

#include <chrono>
#include <iostream>
#include <memory>

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

std::function<void(double)> Console::progress(std::string label) const {
  if (!progress_) return {};
  struct State {
    std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now();
    int shown = -1;
  };
  auto state = std::make_shared<State>();
  return [label = std::move(label), state](double share) {
    if (std::chrono::steady_clock::now() - state->start < std::chrono::seconds(1)) return;
    const int percent = static_cast<int>(share * 100);
    if (percent == state->shown) return;
    state->shown = percent;
    std::cerr << '\r' << label << ' ' << percent << '%' << (percent >= 100 ? "\n" : "")
              << std::flush;
  };
}

}  // namespace symbio::cli
