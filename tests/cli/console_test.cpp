// The progress line's text (the drawing itself depends on a terminal and the clock, and is not
// tested). Expected values are computed by hand in the comments.
#include "cli/console.hpp"

#include <gtest/gtest.h>

#include <limits>

namespace symbio::cli {
namespace {

TEST(ConsoleTest, FormatsDurations) {
  EXPECT_EQ(format_duration(0.4), "0 s");
  EXPECT_EQ(format_duration(41.43), "41 s");
  EXPECT_EQ(format_duration(59.6), "1 min 00 s");    // rounds to 60 s
  EXPECT_EQ(format_duration(185), "3 min 05 s");     // 3 * 60 + 5
  EXPECT_EQ(format_duration(7620), "2 h 07 min");    // 127 min
  EXPECT_EQ(format_duration(3599.7), "1 h 00 min");  // 3600 s
  EXPECT_EQ(format_duration(-3), "0 s");
}

TEST(ConsoleTest, FormatsProgressWithTheTimeLeft) {
  // 30 s for 42 %: the remaining 58 % at the same pace take 30 * 0.58 / 0.42 = 41.43 s.
  EXPECT_EQ(format_progress("distances", 0.42, 30), "distances 42 %, about 41 s left");
  // 90 s for 25 %: 90 * 0.75 / 0.25 = 270 s = 4 min 30 s.
  EXPECT_EQ(format_progress("audit 3/5: indicators", 0.25, 90),
            "audit 3/5: indicators 25 %, about 4 min 30 s left");
  // 10 s for 96 %: 10 * 0.04 / 0.96 = 0.42 s.
  EXPECT_EQ(format_progress("distances", 0.96, 10), "distances 96 %, less than a second left");
}

TEST(ConsoleTest, LeavesTheEstimateOutWhileThePaceIsUnknown) {
  EXPECT_EQ(format_progress("distances", 0.005, 30), "distances 0 %");  // below 1 %
  EXPECT_EQ(format_progress("distances", 0.5, 0.5), "distances 50 %");  // first second
  EXPECT_EQ(format_progress("distances", 1.0, 30), "distances 100 %");
  EXPECT_EQ(format_progress("distances", 1.7, 30), "distances 100 %");  // clamped
  EXPECT_EQ(format_progress("distances", std::numeric_limits<double>::quiet_NaN(), 30),
            "distances 0 %");
}

}  // namespace
}  // namespace symbio::cli
