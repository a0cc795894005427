#include "io/number_format.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace symbio::io {
namespace {

using net::ColumnType;

TEST(NumberFormatTest, UndefinedAndNonFiniteAreEmpty) {
  for (const ColumnType type : {ColumnType::real, ColumnType::integer, ColumnType::boolean}) {
    EXPECT_EQ(format_cell(std::nullopt, type), "");
    EXPECT_EQ(format_cell(std::numeric_limits<double>::quiet_NaN(), type), "");
    EXPECT_EQ(format_cell(std::numeric_limits<double>::infinity(), type), "");
  }
}

TEST(NumberFormatTest, EachTypeItsOwnForm) {
  EXPECT_EQ(format_cell(1.0, ColumnType::boolean), "true");
  EXPECT_EQ(format_cell(0.0, ColumnType::boolean), "false");
  EXPECT_EQ(format_cell(7.0, ColumnType::integer), "7");
  EXPECT_EQ(format_cell(-2.0, ColumnType::integer), "-2");
  EXPECT_EQ(format_cell(2.5, ColumnType::integer), "3");  // rounded half away from zero
  EXPECT_EQ(format_cell(7.0, ColumnType::real), "7");
  EXPECT_EQ(format_cell(0.1, ColumnType::real), "0.1");
  EXPECT_EQ(format_cell(1e300, ColumnType::real), "1e+300");
}

TEST(NumberFormatTest, RealsReadBackExactly) {
  // The shortest text that reads back as the same double: 1/3 needs 16 digits, 2/3 17.
  for (const double x : {1.0 / 3.0, 2.0 / 3.0, 71.33333333333333, 1e-300, 123456789.123}) {
    const std::string text = format_cell(x, ColumnType::real);
    EXPECT_EQ(std::stod(text), x) << text;
  }
  EXPECT_EQ(format_cell(1.0 / 3.0, ColumnType::real), "0.3333333333333333");
}

}  // namespace
}  // namespace symbio::io
