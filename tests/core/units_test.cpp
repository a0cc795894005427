#include "core/units.hpp"

#include <gtest/gtest.h>

namespace symbio {
namespace {

// Factors derived by hand from the definitions in core/units.hpp.
TEST(UnitsTest, ChineseMassUnits) {
  ASSERT_TRUE(parse_unit("万吨/年"));
  EXPECT_DOUBLE_EQ(parse_unit("万吨/年")->factor, 1e4);
  EXPECT_EQ(parse_unit("吨/年")->dimension, Dimension::mass);
  EXPECT_DOUBLE_EQ(parse_unit("kg/d")->factor, 1e-3 * 365);  // 365 days a year
}

TEST(UnitsTest, EnergyUnits) {
  EXPECT_DOUBLE_EQ(parse_unit("MWh/a")->factor, 3.6);             // 1 MWh = 3.6 GJ
  EXPECT_DOUBLE_EQ(parse_unit("万kWh/a")->factor, 1e4 * 3.6e-3);  // 36 GJ
  EXPECT_DOUBLE_EQ(parse_unit("吨标煤/年")->factor, 29.3076);
  EXPECT_DOUBLE_EQ(parse_unit("MW")->factor, 3.6 * 8760);  // a continuous megawatt for a year
}

TEST(UnitsTest, VolumeUnits) {
  EXPECT_DOUBLE_EQ(parse_unit("亿m3/年")->factor, 1e8);
  EXPECT_DOUBLE_EQ(parse_unit("m³/a")->factor, 1.0);
  EXPECT_TRUE(parse_unit("Nm3/h")->normal_volume);
  EXPECT_DOUBLE_EQ(parse_unit("Nm3/h")->factor, 8760.0);
}

TEST(UnitsTest, RejectsNonFlows) {
  EXPECT_FALSE(parse_unit("t"));  // no time base
  EXPECT_FALSE(parse_unit("furlongs/fortnight"));
  EXPECT_FALSE(parse_unit(""));
}

}  // namespace
}  // namespace symbio
