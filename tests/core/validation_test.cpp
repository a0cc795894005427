#include "core/validation.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>

namespace symbio {
namespace {

TEST(ValidationTest, CountsBySeverityAndCode) {
  ValidationReport report;
  report.note("unit-converted", "x1", {"exchanges.csv", 2, 9}, "20 万吨/年 = 200000 t/a");
  report.warning("isolate", "d", {"enterprises.csv", 5, 1}, "'d' takes part in no exchange");
  report.error("unknown-enterprise", "x2", {"exchanges.csv", 3, 3}, "receiver 'z' is unknown");
  EXPECT_EQ(report.count(Severity::note), 1U);
  EXPECT_EQ(report.count(Severity::warning), 1U);
  EXPECT_EQ(report.count(Severity::error), 1U);
  EXPECT_TRUE(report.has_errors());
  EXPECT_TRUE(report.has_code("isolate"));
  EXPECT_FALSE(report.has_code("self-exchange"));
}

TEST(ValidationTest, StrictTurnsWarningsIntoErrors) {
  ValidationReport report;
  report.note("unit-converted", "x1", {}, "note");
  report.warning("self-exchange", "x2", {}, "warning");
  EXPECT_FALSE(report.has_errors());
  report.promote_warnings();
  EXPECT_EQ(report.count(Severity::error), 1U);
  EXPECT_EQ(report.count(Severity::note), 1U);  // notes stay notes
}

TEST(ValidationTest, MergeKeepsOrder) {
  ValidationReport first;
  first.error("a", "", {}, "1");
  ValidationReport second;
  second.error("b", "", {}, "2");
  second.warning("c", "", {}, "3");
  first.merge(second);
  ASSERT_EQ(first.problems().size(), 3U);
  EXPECT_EQ(first.problems()[0].code, "a");
  EXPECT_EQ(first.problems()[1].code, "b");
  EXPECT_EQ(first.problems()[2].code, "c");
}

Problem problem(Severity severity, std::string code, std::string subject, std::string file,
                int line, int column, std::string message) {
  Problem p;
  p.severity = severity;
  p.code = std::move(code);
  p.subject = std::move(subject);
  p.location.file = std::move(file);
  p.location.line = line;
  p.location.column = column;
  p.message = std::move(message);
  return p;
}

TEST(ValidationTest, CompilerStyleLines) {
  const Problem located = problem(Severity::error, "unknown-enterprise", "x2", "park/exchanges.csv",
                                  3, 7, "receiver 'z' is unknown");
  EXPECT_EQ(format_problem(located),
            "park/exchanges.csv:3:7: error[unknown-enterprise]: x2: receiver 'z' is unknown");
  // Unknown parts of the location and an empty subject are left out.
  const Problem whole_file = problem(Severity::warning, "isolate", "", "park.pb", 0, 0, "m");
  EXPECT_EQ(format_problem(whole_file), "park.pb: warning[isolate]: m");
  const Problem nowhere = problem(Severity::note, "n", "s", "", 0, 0, "m");
  EXPECT_EQ(format_problem(nowhere), "note[n]: s: m");
}

TEST(ValidationTest, FailureSummarisesTheFirstError) {
  ValidationReport report;
  report.warning("isolate", "d", {}, "not an error");
  report.error("bad-year", "x1", {"e.csv", 2, 5}, "year 1700 is outside 1800..2200");
  report.error("bad-year", "x2", {"e.csv", 3, 5}, "year 2300 is outside 1800..2200");
  const ValidationFailed failed(report);
  EXPECT_EQ(std::string(failed.what()),
            "2 errors in the input; first: e.csv:2:5: error[bad-year]: x1: year 1700 is outside "
            "1800..2200");
  EXPECT_EQ(failed.report().problems().size(), 3U);
}

}  // namespace
}  // namespace symbio
