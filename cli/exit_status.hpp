#pragma once

namespace symbio::cli {

// The documented exit statuses (README.md, Exit statuses); never reused for anything else.
enum class ExitStatus : int {
  success = 0,
  usage = 2,       // bad command line: unknown option, missing argument, contradictory options
  bad_data = 3,    // the input data cannot be used (every problem is printed)
  file_error = 4,  // a file cannot be read or written
  internal = 5,    // a bug in symbio: please report it
  resources = 6,   // resources exhausted (out of memory): not a bug; the message says what helps
};

}  // namespace symbio::cli
