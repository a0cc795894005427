#include "visualization/style.hpp"

#include <gtest/gtest.h>

#include <set>

namespace symbio::viz {
namespace {

TEST(StyleTest, NumbersAreWrittenWithoutLocaleOrExponent) {
  EXPECT_EQ(readable_number(15000000.0), "15,000,000");
  EXPECT_EQ(readable_number(1234.0), "1,230");
  EXPECT_EQ(readable_number(12.34), "12.3");
  EXPECT_EQ(readable_number(0.04567), "0.0457");
  EXPECT_EQ(readable_number(0.0), "0");
  EXPECT_EQ(readable_number(-2500.0), "-2,500");
  EXPECT_EQ(exact_number(15000000.0), "15,000,000");
  EXPECT_EQ(exact_number(1234.5), "1,234.5");
  EXPECT_EQ(exact_number(0.0012), "0.0012");
  EXPECT_EQ(exact_number(-999.0), "-999");
  EXPECT_EQ(fixed(-0.001, 2), "0.00");
}

// Extreme but valid quantities: no wall of digits, no garbage from an overflowing buffer.
TEST(StyleTest, ExtremeMagnitudesUseAnExponent) {
  EXPECT_EQ(readable_number(1e300), "1.00e+300");
  EXPECT_EQ(readable_number(1.5e-300), "1.50e-300");
  EXPECT_EQ(readable_number(999e12), "999,000,000,000,000");  // below 1e15: still grouped
  EXPECT_EQ(exact_number(1e300), "1e+300");
  EXPECT_EQ(exact_number(1e-300), "1e-300");
  EXPECT_EQ(fixed(1.7976931348623157e308, 0).size(), 309U);  // every digit, no truncation
}

TEST(StyleTest, PaletteAssignmentIsInOrderAndLumpsTheSmallestBeyond17) {
  const auto palette = categorical_palette();
  EXPECT_EQ(palette.size(), 17U);
  EXPECT_EQ(std::set<std::string_view>(palette.begin(), palette.end()).size(), 17U);
  const std::vector<std::string> three = {"a", "b", "c"};
  const std::vector<std::size_t> sizes = {1, 1, 1};
  const auto colours = assign_colours(three, sizes);
  EXPECT_EQ(colours[0], palette[0]);
  EXPECT_EQ(colours[2], palette[2]);

  std::vector<std::string> many;
  std::vector<std::size_t> counts;
  for (int i = 0; i < 20; ++i) {
    many.push_back("s" + std::to_string(100 + i));
    counts.push_back(i == 3 || i == 7 || i == 11 || i == 15 ? 1 : 10);
  }
  const auto lumped = assign_colours(many, counts);
  for (const int small : {3, 7, 11, 15})
    EXPECT_EQ(lumped[static_cast<std::size_t>(small)], kOtherColour) << small;
  EXPECT_EQ(lumped[0], palette[0]);
  EXPECT_EQ(lumped[4], palette[3]);  // the small category 3 gave up its colour
}

TEST(StyleTest, DarkFillsAndEscaping) {
  EXPECT_TRUE(is_dark("#332288"));
  EXPECT_TRUE(is_dark(kTriggerColour));
  EXPECT_FALSE(is_dark("#F0E442"));
  EXPECT_FALSE(is_dark(kSurvivorColour));
  EXPECT_EQ(xml_escape("a<b & \"c\"\x01"), "a&lt;b &amp; &quot;c&quot;");
}

}  // namespace
}  // namespace symbio::viz
