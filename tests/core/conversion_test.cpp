#include "core/conversion.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>

#include "core/catalogue.hpp"
#include "core/csv.hpp"
#include "core/text.hpp"
#include "core/units.hpp"

namespace symbio {
namespace {

const ResourceCatalogue& catalogue() {
  static const ResourceCatalogue c = ResourceCatalogue::builtin();
  return c;
}

Conversion convert(double value, const std::string& unit, Layer layer, std::string_view resource) {
  return convert_quantity(Quantity{value, unit}, layer, catalogue().find(resource));
}

// The amount of a conversion that must succeed (NaN if it failed, so the EXPECT fails).
double amount(const Conversion& c) {
  EXPECT_TRUE(c.amount.has_value()) << c.error_code << ": " << c.message;
  return c.amount.value_or(std::numeric_limits<double>::quiet_NaN());
}

TEST(ConversionTest, SameDimensionUsesTheUnitFactor) {
  // 20 万吨/年 = 20 x 1e4 t/a.
  EXPECT_DOUBLE_EQ(amount(convert(20, "万吨/年", Layer::material, "粉煤灰")), 200000.0);
  EXPECT_TRUE(convert(20, "万吨/年", Layer::material, "粉煤灰").message.empty());
  // 2 kg/d = 2 x 1e-3 x 365 = 0.73 t/a.
  EXPECT_DOUBLE_EQ(amount(convert(2, "kg/d", Layer::material, "sludge")), 0.73);
  // 1000 万kWh/a of electricity = 1e7 kWh x 3.6e-3 GJ/kWh = 36000 GJ/a.
  EXPECT_DOUBLE_EQ(amount(convert(1000, "万kWh/a", Layer::energy, "电力")), 36000.0);
  // 50000 吨标煤/年 = 50000 x 29.3076 = 1465380 GJ/a.
  EXPECT_DOUBLE_EQ(amount(convert(50000, "吨标煤/年", Layer::energy, "电石炉尾气")), 1465380.0);
  // 600 万m3/年 of mine water = 6e6 m3/a.
  EXPECT_DOUBLE_EQ(amount(convert(600, "万m3/年", Layer::water, "矿井水")), 6e6);
}

TEST(ConversionTest, GasVolumeToEnergyUsesHeatingValue) {
  // 1000 万m3/年 = 1e7 m3 x 0.038931 GJ/m3 (GB/T 2589-2020: 38931 kJ/m3) = 389310 GJ/a.
  const Conversion c = convert(1000, "万m3/年", Layer::energy, "天然气");
  EXPECT_NEAR(amount(c), 389310.0, 1e-6);
  EXPECT_NE(c.message.find("0.038931"), std::string::npos) << c.message;
  // Coke-oven gas: 40000 万m3/年 = 4e8 m3 x 0.017354 GJ/m3 = 6941600 GJ/a.
  EXPECT_NEAR(amount(convert(40000, "万m3/年", Layer::energy, "焦炉煤气")), 6941600.0, 1e-4);
  // Blast-furnace gas per hour: 1000 Nm3/h x 8760 h x 0.003763 GJ/m3 = 32963.88 GJ/a.
  EXPECT_NEAR(amount(convert(1000, "Nm3/h", Layer::energy, "高炉煤气")), 32963.88, 1e-6);
}

TEST(ConversionTest, SteamTonnesPerHourToEnergy) {
  // 10 t/h x 8760 h = 87600 t/a; x 3.769 GJ/t (low-pressure steam) = 330164.4 GJ/a.
  const Conversion c = convert(10, "t/h", Layer::energy, "蒸汽");
  EXPECT_NEAR(amount(c), 10 * 8760 * 3.769, 1e-6);
  EXPECT_NEAR(amount(c), 330164.4, 1e-6);
  EXPECT_NE(c.message.find("3.769"), std::string::npos) << c.message;
  // Raw coal to energy: 1 万吨/年 x 20.908 GJ/t = 209080 GJ/a.
  EXPECT_NEAR(amount(convert(1, "万吨/年", Layer::energy, "原煤")), 209080.0, 1e-6);
}

TEST(ConversionTest, WaterTonnesToCubicMetresByDensity) {
  // Water: 1500000 吨/年 / 1 t/m3 = 1500000 m3/a.
  EXPECT_DOUBLE_EQ(amount(convert(1500000, "吨/年", Layer::water, "新鲜水")), 1500000.0);
  // Sea water: 1025 t/a / 1.025 t/m3 = 1000 m3/a.
  EXPECT_NEAR(amount(convert(1025, "t/a", Layer::water, "Sea water")), 1000.0, 1e-9);
}

TEST(ConversionTest, GasVolumeToMassByDensity) {
  // Oxygen: 10 万Nm3/h = 1e5 x 8760 = 8.76e8 Nm3/a; x 0.001429 t/Nm3 = 1251804 t/a.
  EXPECT_NEAR(amount(convert(10, "万Nm3/h", Layer::material, "氧气")), 1251804.0, 1e-6);
  // Hydrogen: 6000 万Nm3/年 = 6e7 Nm3 x 0.0000899 t/Nm3 = 5394 t/a.
  EXPECT_NEAR(amount(convert(6000, "万Nm3/年", Layer::material, "氢气")), 5394.0, 1e-6);
  // CO2: 1 亿m3/年 x 0.001977 t/m3 = 197700 t/a.
  EXPECT_NEAR(amount(convert(1, "亿m3/年", Layer::material, "CO2")), 197700.0, 1e-6);
}

TEST(ConversionTest, Failures) {
  // Fly ash has no heating value: an energy unit on the material layer has no bridge.
  Conversion c = convert(100, "GJ/a", Layer::material, "fly ash");
  EXPECT_FALSE(c.amount);
  EXPECT_EQ(c.error_code, "unit-dimension");
  // Fly ash in the energy layer in tonnes: no heating value either.
  EXPECT_EQ(convert(100, "t/a", Layer::energy, "fly ash").error_code, "unit-dimension");
  // Unknown resource: nothing to bridge with.
  EXPECT_EQ(convert(100, "m3/a", Layer::energy, "mystery gas liquor").error_code, "unit-dimension");
  // Negative and non-finite quantities.
  EXPECT_EQ(convert(-5, "t/a", Layer::material, "fly ash").error_code, "bad-quantity");
  EXPECT_EQ(
      convert(std::numeric_limits<double>::quiet_NaN(), "t/a", Layer::material, "slag").error_code,
      "bad-quantity");
  EXPECT_EQ(
      convert(std::numeric_limits<double>::infinity(), "t/a", Layer::material, "slag").error_code,
      "bad-quantity");
  // "kg" has no time base, so it is not a flow.
  c = convert(5, "kg", Layer::material, "fly ash");
  EXPECT_EQ(c.error_code, "unknown-unit");
  EXPECT_NE(c.message.find("'kg'"), std::string::npos) << c.message;
  EXPECT_EQ(convert(5, "furlongs/fortnight", Layer::material, "slag").error_code, "unknown-unit");
  EXPECT_EQ(convert(5, "", Layer::material, "slag").error_code, "quantity-without-unit");
  // Zero is a valid quantity.
  EXPECT_DOUBLE_EQ(amount(convert(0, "t/a", Layer::material, "slag")), 0.0);
}

TEST(ConversionTest, AllDocumentedUnitsParse) {
  struct Case {
    const char* unit;
    Dimension dimension;
    double factor;  // to t/a, GJ/a or m3/a
  };
  const Case cases[] = {
      {"t/a", Dimension::mass, 1.0},
      {"t/yr", Dimension::mass, 1.0},
      {"吨/年", Dimension::mass, 1.0},
      {"万吨/年", Dimension::mass, 1e4},
      {"kg/d", Dimension::mass, 1e-3 * 365},
      {"GJ/a", Dimension::energy, 1.0},
      {"MWh/a", Dimension::energy, 3.6},
      {"万kWh/a", Dimension::energy, 1e4 * 3.6e-3},
      {"tce/a", Dimension::energy, 29.3076},
      {"吨标煤/年", Dimension::energy, 29.3076},
      {"m3/a", Dimension::volume, 1.0},
      {"m³/a", Dimension::volume, 1.0},
      {"万m3/a", Dimension::volume, 1e4},
      {"亿m3/年", Dimension::volume, 1e8},
      {"立方米/年", Dimension::volume, 1.0},
      {"Nm3/h", Dimension::volume, 8760.0},
      // Units the examples use besides.
      {"万m3/年", Dimension::volume, 1e4},
      {"万Nm3/h", Dimension::volume, 1e4 * 8760},
      {"万Nm3/年", Dimension::volume, 1e4},
      {"t/h", Dimension::mass, 8760.0},
      {"万GJ/年", Dimension::energy, 1e4},
      {"GJ/年", Dimension::energy, 1.0},
      {"万kWh/年", Dimension::energy, 36.0},
  };
  for (const auto& c : cases) {
    const auto unit = parse_unit(c.unit);
    ASSERT_TRUE(unit.has_value()) << c.unit;
    EXPECT_EQ(unit->dimension, c.dimension) << c.unit;
    EXPECT_DOUBLE_EQ(unit->factor, c.factor) << c.unit;
  }
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Every quantity of the shipped examples converts into its layer's canonical unit.
TEST(ConversionTest, ExampleQuantitiesConvert) {
  const std::string root = std::string(SYMBIO_SOURCE_DIR) + "/examples/";
  int converted = 0;
  for (const std::string example : {"kalundborg", "guitang", "lubei", "coal_chemical_park"}) {
    for (const std::string table : {"exchanges.csv", "resources.csv"}) {
      const std::string path = root + example + "/" + table;
      const std::string text = read_file(path);
      if (text.empty()) continue;
      const auto records = parse_csv(text, path);
      ASSERT_GT(records.size(), 1u) << path;
      int col_resource = -1, col_layer = -1, col_quantity = -1, col_unit = -1;
      for (std::size_t c = 0; c < records[0].fields.size(); ++c) {
        const std::string& h = records[0].fields[c].text;
        const int i = static_cast<int>(c);
        if (h == "resource") col_resource = i;
        if (h == "layer") col_layer = i;
        if (h == "quantity") col_quantity = i;
        if (h == "unit") col_unit = i;
      }
      ASSERT_TRUE(col_resource >= 0 && col_layer >= 0 && col_quantity >= 0 && col_unit >= 0)
          << path;
      for (std::size_t r = 1; r < records.size(); ++r) {
        const auto& f = records[r].fields;
        auto at = [&](int c) { return f[static_cast<std::size_t>(c)].text; };
        if (at(col_quantity).empty()) continue;
        const auto value = parse_number(at(col_quantity));
        ASSERT_TRUE(value) << path << ":" << records[r].line;
        const auto layer = parse_layer(at(col_layer));
        ASSERT_TRUE(layer) << path << ":" << records[r].line;
        const Conversion c = convert_quantity(Quantity{*value, at(col_unit)}, *layer,
                                              catalogue().find(at(col_resource)));
        EXPECT_TRUE(c.amount && *c.amount > 0)
            << path << ":" << records[r].line << " " << at(col_resource) << " " << *value << " "
            << at(col_unit) << ": " << c.error_code << " " << c.message;
        ++converted;
      }
    }
  }
  EXPECT_GE(converted, 80);  // 4 in Kalundborg, 80 exchanges and 14 declarations in the park
}

}  // namespace
}  // namespace symbio
