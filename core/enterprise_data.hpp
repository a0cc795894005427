#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace symbio {

// What an enterprise reports about itself beside its exchanges (data.csv): the figures the
// eco-industrial park standards are computed from (value added, energy and water use, solid
// waste, emissions, staff, land).
enum class DataItem {
  value_added,
  energy_use,
  fresh_water,
  water_use_total,
  water_reused,
  solid_waste_generated,
  solid_waste_utilised,
  hazardous_waste,
  co2,
  cod,
  so2,
  employees,
  land_area,
};
inline constexpr std::array<DataItem, 13> kDataItems = {DataItem::value_added,
                                                        DataItem::energy_use,
                                                        DataItem::fresh_water,
                                                        DataItem::water_use_total,
                                                        DataItem::water_reused,
                                                        DataItem::solid_waste_generated,
                                                        DataItem::solid_waste_utilised,
                                                        DataItem::hazardous_waste,
                                                        DataItem::co2,
                                                        DataItem::cod,
                                                        DataItem::so2,
                                                        DataItem::employees,
                                                        DataItem::land_area};

std::string_view to_string(DataItem item);
// Chinese label for reports ("工业增加值", "综合能耗", ...).
std::string_view to_chinese(DataItem item);
// The canonical English name ("value_added"), its Chinese label, or a common variant
// ("value added", "energy", "新鲜水用量"), case- and width-insensitively.
std::optional<DataItem> parse_data_item(std::string_view text);

// The unit every value of the item is stored in: 万元 (value added), tce (energy), m3 (water),
// t (waste and CO2), kg (COD, SO2), person (employees), ha (land).
std::string_view canonical_data_unit(DataItem item);
// The units the item accepts, for messages ("万元, 元, 亿元").
std::string_view accepted_data_units(DataItem item);

// Factor from `unit` to the canonical unit of `item`, or nullopt when the unit does not fit:
//   value_added        万元 (1), 元 (1e-4), 亿元 (1e4), also 千元 and 百万元
//   energy_use         tce 吨标煤 吨标准煤 (1), 万吨标煤 万tce (1e4), kgce (1e-3), GJ (1/29.3076)
//   fresh_water, water_use_total, water_reused
//                      m3 立方米 方 (1), 万m3 万立方米 万方 (1e4), 亿m3 (1e8), t 吨 (of water, 1),
//                      万吨 (1e4)
//   solid_waste_*, hazardous_waste, co2
//                      t 吨 (1), 万吨 (1e4), kt (1e3), kg (1e-3)
//   cod, so2           kg 千克 公斤 (1), t 吨 (1e3)
//   employees          人 person persons people (1), 万人 (1e4)
//   land_area          ha 公顷 (1), 亩 mu (1/15), km2 平方公里 (100), m2 平方米 (1e-4)
// A trailing annual time base ("/a", "/年") is accepted for the flows (everything but employees
// and land area): a year's figure is what the file holds either way.
std::optional<double> data_unit_factor(DataItem item, std::string_view unit);

}  // namespace symbio
