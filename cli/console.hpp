#pragma once

#include <functional>
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
  // A progress callback for the library (share done, 0..1) that draws "label 42%" on stderr once
  // the work has taken more than a second; empty when progress is not shown.
  std::function<void(double)> progress(std::string label) const;

 private:
  bool quiet_;
  bool verbose_;
  bool progress_;
};

}  // namespace symbio::cli
