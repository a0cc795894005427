#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "core/validation.hpp"

namespace symbio::cli {

// Messages go to stderr, data to files or stdout. --quiet silences everything
// but errors; --verbose adds notes (unit conversions, inferred layers).
class Console {
 public:
  Console(bool quiet, bool verbose);

  void info(std::string_view text) const;
  void warn(std::string_view text) const;
  void error(std::string_view text) const;
  // Prints the problems of a report (notes only when verbose), errors always.
  void problems(const ValidationReport& report) const;
  // Progress for long work: shown only when stderr is a terminal and not quiet.
  bool show_progress() const { return progress_; }
  bool verbose() const { return verbose_ && !quiet_; }
  // Names the stage a long run is in ("cascade sweep"): drawn on the progress line, replaced by
  // the next stage or message.
  void stage(std::string_view name) const;
  // A progress callback for the library (share done, 0..1) that draws format_progress() on
  // stderr once the work has taken more than a second; empty when progress is not shown.
  std::function<void(double)> progress(std::string label) const;

 private:
  void clear_line() const;

  bool quiet_;
  bool verbose_;
  bool progress_;
  std::shared_ptr<bool> line_drawn_;  // a progress line waits to be cleared
};

// "distances 42 %, about 41 s left": the progress line. The estimate assumes the rest goes at
// the pace so far, elapsed * (1 - share) / share; it is left out below 1 % done or in the first
// second, where the pace is not yet known. `share` is clamped to 0..1. A callback of progress()
// whose share goes back (the same work for the next layer) measures the pace anew.
std::string format_progress(std::string_view label, double share, double elapsed_seconds);

// "41 s", "3 min 05 s", "2 h 07 min" (rounded to whole seconds, then to minutes above an hour).
std::string format_duration(double seconds);

}  // namespace symbio::cli
