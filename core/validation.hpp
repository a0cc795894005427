#pragma once

#include <string>
#include <vector>

#include "core/error.hpp"

namespace symbio {

// note: a fact worth telling (a unit conversion, an inferred layer); warning: suspicious but
// usable (a self-exchange, an isolate), an error under --strict; error: the park cannot be used.
enum class Severity { note, warning, error };

const char* to_string(Severity severity);

// One problem found in the input. `code` is a stable kebab-case identifier (tests and scripts
// match on it), `subject` names the enterprise or exchange concerned.
struct Problem {
  Severity severity = Severity::error;
  std::string code;
  std::string subject;
  SourceLocation location;
  std::string message;
};

// Every problem of one load, collected rather than thrown one at a time, so that the user sees
// them all at once.
class ValidationReport {
 public:
  void add(Severity severity, std::string code, std::string subject, SourceLocation location,
           std::string message);
  void error(std::string code, std::string subject, SourceLocation location, std::string message) {
    add(Severity::error, std::move(code), std::move(subject), std::move(location),
        std::move(message));
  }
  void warning(std::string code, std::string subject, SourceLocation location,
               std::string message) {
    add(Severity::warning, std::move(code), std::move(subject), std::move(location),
        std::move(message));
  }
  void note(std::string code, std::string subject, SourceLocation location, std::string message) {
    add(Severity::note, std::move(code), std::move(subject), std::move(location),
        std::move(message));
  }
  void merge(const ValidationReport& other);

  // --strict: every warning becomes an error.
  void promote_warnings();

  const std::vector<Problem>& problems() const { return problems_; }
  std::size_t count(Severity severity) const;
  bool has_errors() const { return count(Severity::error) > 0; }
  bool has_code(const std::string& code) const;

 private:
  std::vector<Problem> problems_;
};

// "file:line:column: error[code]: subject: message" (the compiler style editors understand).
std::string format_problem(const Problem& problem);

// Thrown when a load ends with errors; carries the whole report (CLI exit status 3).
class ValidationFailed : public DataError {
 public:
  explicit ValidationFailed(ValidationReport report);
  const ValidationReport& report() const { return report_; }

 private:
  ValidationReport report_;
};

}  // namespace symbio
