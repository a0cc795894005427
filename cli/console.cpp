#include "cli/console.hpp"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <memory>

namespace symbio::cli {

Console::Console(bool quiet, bool verbose)
    : quiet_(quiet),
      verbose_(verbose),
      progress_(!quiet && isatty(STDERR_FILENO) != 0),
      line_drawn_(std::make_shared<bool>(false)) {}

void Console::clear_line() const {
  if (!*line_drawn_) return;
  std::cerr << "\r\x1b[K";
  *line_drawn_ = false;
}

void Console::info(std::string_view text) const {
  if (quiet_) return;
  clear_line();
  std::cerr << text << '\n';
}

void Console::warn(std::string_view text) const {
  if (quiet_) return;
  clear_line();
  std::cerr << "warning: " << text << '\n';
}

void Console::error(std::string_view text) const {
  clear_line();
  std::cerr << "error: " << text << '\n';
}

void Console::problems(const ValidationReport& report) const {
  for (const Problem& p : report.problems()) {
    const bool show = p.severity == Severity::error ||
                      (p.severity == Severity::warning && !quiet_) ||
                      (p.severity == Severity::note && verbose_ && !quiet_);
    if (show) {
      clear_line();
      std::cerr << format_problem(p) << '\n';
    }
  }
}

void Console::stage(std::string_view name) const {
  if (!progress_) return;
  std::cerr << "\r\x1b[K" << name << " ..." << std::flush;
  *line_drawn_ = true;
}

std::function<void(double)> Console::progress(std::string label) const {
  if (!progress_) return {};
  struct State {
    std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now();
    int shown_percent = -1;
    long shown_second = -1;
    double last_share = 0.0;
    bool started = false;  // the pace is measured from the first report, not from creation
  };
  auto state = std::make_shared<State>();
  return [label = std::move(label), state, drawn = line_drawn_](double share) {
    // A share that goes back is the next piece of work of the same kind (the distances of the
    // next layer): its pace is measured from now.
    if (!state->started || share < state->last_share) {
      state->start = std::chrono::steady_clock::now();
      state->started = true;
    }
    state->last_share = share;
    const double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - state->start).count();
    if (elapsed < 1.0) return;
    // Redrawn when the percentage or the second changes, so the estimate follows the clock.
    const int percent = static_cast<int>(std::clamp(share, 0.0, 1.0) * 100);
    const long second = static_cast<long>(elapsed);
    if (percent == state->shown_percent && second == state->shown_second) return;
    state->shown_percent = percent;
    state->shown_second = second;
    if (percent >= 100) {
      std::cerr << "\r\x1b[K" << std::flush;  // done: the line makes room for what follows
      *drawn = false;
      return;
    }
    std::cerr << "\r\x1b[K" << format_progress(label, share, elapsed) << std::flush;
    *drawn = true;
  };
}

std::string format_duration(double seconds) {
  const long total = std::lround(std::max(seconds, 0.0));
  char buffer[48];
  if (total < 60) {
    std::snprintf(buffer, sizeof buffer, "%ld s", total);
  } else if (total < 3600) {
    std::snprintf(buffer, sizeof buffer, "%ld min %02ld s", total / 60, total % 60);
  } else {
    const long minutes = (total + 30) / 60;
    std::snprintf(buffer, sizeof buffer, "%ld h %02ld min", minutes / 60, minutes % 60);
  }
  return buffer;
}

std::string format_progress(std::string_view label, double share, double elapsed_seconds) {
  const double done = std::isfinite(share) ? std::clamp(share, 0.0, 1.0) : 0.0;
  std::string line(label);
  line += " " + std::to_string(static_cast<int>(done * 100)) + " %";
  if (done >= 0.01 && done < 1.0 && elapsed_seconds >= 1.0) {
    const double left = elapsed_seconds * (1.0 - done) / done;
    line += left < 0.5 ? ", less than a second left" : ", about " + format_duration(left) + " left";
  }
  return line;
}

}  // namespace symbio::cli
