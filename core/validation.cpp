#include "core/validation.hpp"

#include <algorithm>

namespace symbio {

const char* to_string(Severity severity) {
  switch (severity) {
    case Severity::note:
      return "note";
    case Severity::warning:
      return "warning";
    case Severity::error:
      return "error";
  }
  return "error";
}

void ValidationReport::add(Severity severity, std::string code, std::string subject,
                           SourceLocation location, std::string message) {
  problems_.push_back(Problem{severity, std::move(code), std::move(subject), std::move(location),
                              std::move(message)});
}

void ValidationReport::merge(const ValidationReport& other) {
  problems_.insert(problems_.end(), other.problems_.begin(), other.problems_.end());
}

void ValidationReport::promote_warnings() {
  for (Problem& p : problems_) {
    if (p.severity == Severity::warning) p.severity = Severity::error;
  }
}

std::size_t ValidationReport::count(Severity severity) const {
  return static_cast<std::size_t>(
      std::count_if(problems_.begin(), problems_.end(),
                    [&](const Problem& p) { return p.severity == severity; }));
}

bool ValidationReport::has_code(const std::string& code) const {
  return std::any_of(problems_.begin(), problems_.end(),
                     [&](const Problem& p) { return p.code == code; });
}

std::string format_problem(const Problem& problem) {
  std::string text = problem.location.to_string();
  if (!text.empty()) text += ": ";
  text += to_string(problem.severity);
  text += "[" + problem.code + "]: ";
  if (!problem.subject.empty()) text += problem.subject + ": ";
  text += problem.message;
  return text;
}

namespace {
std::string summary(const ValidationReport& report) {
  const auto errors = report.count(Severity::error);
  std::string text =
      std::to_string(errors) + (errors == 1 ? " error" : " errors") + " in the input";
  for (const Problem& p : report.problems()) {
    if (p.severity == Severity::error) {
      text += "; first: " + format_problem(p);
      break;
    }
  }
  return text;
}
}  // namespace

ValidationFailed::ValidationFailed(ValidationReport report)
    : DataError(summary(report)), report_(std::move(report)) {}

}  // namespace symbio
