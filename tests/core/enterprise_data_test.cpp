#include "core/enterprise_data.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace symbio {
namespace {

struct Case {
  DataItem item;
  const char* unit;
  double factor;  // canonical units per one of `unit`
};

// Every unit an item accepts, with its factor worked out by hand: 1 亿元 = 10,000 万元; 1 万吨标煤
// = 10,000 tce; 1 GJ = 1 / 29.3076 tce (GB/T 2589); 1 万m3 = 10,000 m3; 1 t of water = 1 m3;
// 1 万吨 = 10,000 t; COD and SO2 in kg, so 1 t = 1000 kg; 1 亩 = 1/15 ha; 1 km2 = 100 ha.
TEST(EnterpriseDataTest, EveryUnitConverts) {
  const std::vector<Case> cases = {
      {DataItem::value_added, "万元", 1.0},
      {DataItem::value_added, "元", 1e-4},
      {DataItem::value_added, "亿元", 1e4},
      {DataItem::value_added, "千元", 0.1},
      {DataItem::value_added, "百万元", 100.0},
      {DataItem::value_added, "万元/年", 1.0},
      {DataItem::energy_use, "tce", 1.0},
      {DataItem::energy_use, "吨标煤", 1.0},
      {DataItem::energy_use, "吨标准煤", 1.0},
      {DataItem::energy_use, "万吨标煤", 1e4},
      {DataItem::energy_use, "万tce", 1e4},
      {DataItem::energy_use, "kgce", 1e-3},
      {DataItem::energy_use, "GJ", 1.0 / 29.3076},
      {DataItem::fresh_water, "m3", 1.0},
      {DataItem::fresh_water, "m³", 1.0},
      {DataItem::fresh_water, "万m3", 1e4},
      {DataItem::fresh_water, "万立方米", 1e4},
      {DataItem::fresh_water, "亿m3", 1e8},
      {DataItem::water_use_total, "t", 1.0},
      {DataItem::water_use_total, "万吨", 1e4},
      {DataItem::water_reused, "万m3/年", 1e4},
      {DataItem::solid_waste_generated, "t", 1.0},
      {DataItem::solid_waste_generated, "万吨", 1e4},
      {DataItem::solid_waste_utilised, "kt", 1e3},
      {DataItem::hazardous_waste, "kg", 1e-3},
      {DataItem::co2, "万吨", 1e4},
      {DataItem::cod, "kg", 1.0},
      {DataItem::cod, "t", 1e3},
      {DataItem::so2, "吨", 1e3},
      {DataItem::employees, "人", 1.0},
      {DataItem::employees, "万人", 1e4},
      {DataItem::land_area, "ha", 1.0},
      {DataItem::land_area, "公顷", 1.0},
      {DataItem::land_area, "亩", 1.0 / 15.0},
      {DataItem::land_area, "km2", 100.0},
      {DataItem::land_area, "平方公里", 100.0},
      {DataItem::land_area, "m2", 1e-4},
  };
  for (const Case& c : cases) {
    const auto factor = data_unit_factor(c.item, c.unit);
    ASSERT_TRUE(factor) << to_string(c.item) << " " << c.unit;
    EXPECT_DOUBLE_EQ(*factor, c.factor) << to_string(c.item) << " " << c.unit;
  }
}

TEST(EnterpriseDataTest, UnitsOfAnotherItemAreRefused) {
  EXPECT_FALSE(data_unit_factor(DataItem::value_added, "t"));
  EXPECT_FALSE(data_unit_factor(DataItem::energy_use, "万元"));
  EXPECT_FALSE(data_unit_factor(DataItem::land_area, "亩/年"));  // a stock has no time base
  EXPECT_FALSE(data_unit_factor(DataItem::employees, ""));
}

TEST(EnterpriseDataTest, ItemsReadInEnglishAndChinese) {
  for (const DataItem item : kDataItems) {
    EXPECT_EQ(parse_data_item(to_string(item)), item);
    EXPECT_EQ(parse_data_item(to_chinese(item)), item);
  }
  EXPECT_EQ(parse_data_item("Value Added"), DataItem::value_added);
  EXPECT_FALSE(parse_data_item("turnover"));
}

}  // namespace
}  // namespace symbio
