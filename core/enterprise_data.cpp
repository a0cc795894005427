#include "core/enterprise_data.hpp"

#include <string>
#include <utility>
#include <vector>

#include "core/text.hpp"
#include "core/units.hpp"

namespace symbio {

namespace {

struct ItemInfo {
  DataItem item;
  std::string_view name;
  std::string_view chinese;
  std::string_view unit;
  std::string_view accepted;
  std::vector<std::string_view> aliases;  // match_key() forms
};

const std::vector<ItemInfo>& item_table() {
  static const std::vector<ItemInfo> table = {
      {DataItem::value_added,
       "value_added",
       "工业增加值",
       "万元",
       "万元, 元, 千元, 百万元, 亿元",
       {"value added", "industrial value added", "增加值", "工业增加值"}},
      {DataItem::energy_use,
       "energy_use",
       "综合能耗",
       "tce",
       "tce, 吨标煤, 万吨标煤, kgce, GJ",
       {"energy use", "energy", "energy consumption", "综合能耗", "能耗", "能源消费量"}},
      {DataItem::fresh_water,
       "fresh_water",
       "新鲜水用量",
       "m3",
       "m3, 万m3, 亿m3, t, 万吨",
       {"fresh water", "新鲜水用量", "新鲜水耗", "新鲜水", "取水量"}},
      {DataItem::water_use_total,
       "water_use_total",
       "用水总量",
       "m3",
       "m3, 万m3, 亿m3, t, 万吨",
       {"water use total", "total water use", "water use", "用水总量", "工业用水总量"}},
      {DataItem::water_reused,
       "water_reused",
       "重复利用水量",
       "m3",
       "m3, 万m3, 亿m3, t, 万吨",
       {"water reused", "reused water", "重复利用水量", "重复用水量"}},
      {DataItem::solid_waste_generated,
       "solid_waste_generated",
       "工业固体废物产生量",
       "t",
       "t, 万吨, kt, kg",
       {"solid waste generated", "solid waste", "工业固体废物产生量", "固废产生量"}},
      {DataItem::solid_waste_utilised,
       "solid_waste_utilised",
       "工业固体废物综合利用量",
       "t",
       "t, 万吨, kt, kg",
       {"solid waste utilised", "solid waste utilized", "solid_waste_utilized",
        "工业固体废物综合利用量", "固废综合利用量", "固废利用量"}},
      {DataItem::hazardous_waste,
       "hazardous_waste",
       "危险废物产生量",
       "t",
       "t, 万吨, kt, kg",
       {"hazardous waste", "危险废物产生量", "危险废物", "危废产生量"}},
      {DataItem::co2,
       "co2",
       "二氧化碳排放量",
       "t",
       "t, 万吨, kt, kg",
       {"co2", "co2 emissions", "二氧化碳排放量", "二氧化碳"}},
      {DataItem::cod,
       "cod",
       "化学需氧量排放量",
       "kg",
       "kg, t",
       {"cod", "化学需氧量排放量", "化学需氧量", "cod排放量"}},
      {DataItem::so2,
       "so2",
       "二氧化硫排放量",
       "kg",
       "kg, t",
       {"so2", "二氧化硫排放量", "二氧化硫", "so2排放量"}},
      {DataItem::employees,
       "employees",
       "从业人员",
       "person",
       "人, 万人",
       {"employees", "staff", "从业人员", "职工人数", "员工人数"}},
      {DataItem::land_area,
       "land_area",
       "工业用地面积",
       "ha",
       "ha, 公顷, 亩, km2, m2",
       {"land area", "land", "工业用地面积", "用地面积", "占地面积"}},
  };
  return table;
}

const ItemInfo& info(DataItem item) {
  return item_table()[static_cast<std::size_t>(item)];
}

using Spellings = std::vector<std::pair<std::string_view, double>>;

// Spellings after match_key() and with spaces removed; "³" and "²" folded to "3" and "2".
const Spellings& spellings(DataItem item) {
  static const Spellings money = {{"万元", 1.0},     {"元", 1e-4},  {"千元", 0.1},
                                  {"百万元", 100.0}, {"亿元", 1e4}, {"10^4元", 1.0},
                                  {"10k cny", 1.0},  {"cny", 1e-4}, {"rmb", 1e-4}};
  static const Spellings energy = {{"tce", 1.0},
                                   {"吨标煤", 1.0},
                                   {"吨标准煤", 1.0},
                                   {"t标煤", 1.0},
                                   {"万吨标煤", 1e4},
                                   {"万吨标准煤", 1e4},
                                   {"万tce", 1e4},
                                   {"10^4tce", 1e4},
                                   {"kgce", 1e-3},
                                   {"千克标煤", 1e-3},
                                   {"gj", 1.0 / kGigajoulePerTce}};
  static const Spellings water = {{"m3", 1.0},     {"立方米", 1.0},   {"方", 1.0},
                                  {"万m3", 1e4},   {"万立方米", 1e4}, {"万方", 1e4},
                                  {"10^4m3", 1e4}, {"亿m3", 1e8},     {"亿立方米", 1e8},
                                  {"t", 1.0},      {"吨", 1.0},       {"万吨", 1e4}};
  static const Spellings mass = {{"t", 1.0},     {"吨", 1.0},    {"万吨", 1e4},
                                 {"10^4t", 1e4}, {"kt", 1e3},    {"千吨", 1e3},
                                 {"kg", 1e-3},   {"千克", 1e-3}, {"公斤", 1e-3}};
  static const Spellings small_mass = {
      {"kg", 1.0}, {"千克", 1.0}, {"公斤", 1.0}, {"t", 1e3}, {"吨", 1e3}};
  static const Spellings people = {
      {"人", 1.0}, {"person", 1.0}, {"persons", 1.0}, {"people", 1.0}, {"万人", 1e4}};
  static const Spellings land = {{"ha", 1.0},         {"公顷", 1.0},  {"亩", 1.0 / 15.0},
                                 {"mu", 1.0 / 15.0},  {"km2", 100.0}, {"平方公里", 100.0},
                                 {"平方千米", 100.0}, {"m2", 1e-4},   {"平方米", 1e-4}};
  switch (item) {
    case DataItem::value_added:
      return money;
    case DataItem::energy_use:
      return energy;
    case DataItem::fresh_water:
    case DataItem::water_use_total:
    case DataItem::water_reused:
      return water;
    case DataItem::solid_waste_generated:
    case DataItem::solid_waste_utilised:
    case DataItem::hazardous_waste:
    case DataItem::co2:
      return mass;
    case DataItem::cod:
    case DataItem::so2:
      return small_mass;
    case DataItem::employees:
      return people;
    case DataItem::land_area:
      return land;
  }
  return mass;
}

void replace_all(std::string& text, std::string_view from, std::string_view to) {
  std::size_t pos = 0;
  while ((pos = text.find(from, pos)) != std::string::npos) {
    text.replace(pos, from.size(), to);
    pos += to.size();
  }
}

}  // namespace

std::string_view to_string(DataItem item) {
  return info(item).name;
}

std::string_view to_chinese(DataItem item) {
  return info(item).chinese;
}

std::optional<DataItem> parse_data_item(std::string_view text) {
  const std::string key = match_key(text);
  if (key.empty()) return std::nullopt;
  for (const ItemInfo& i : item_table()) {
    if (key == match_key(i.name)) return i.item;
    for (const std::string_view alias : i.aliases) {
      if (key == alias) return i.item;
    }
  }
  return std::nullopt;
}

std::string_view canonical_data_unit(DataItem item) {
  return info(item).unit;
}

std::string_view accepted_data_units(DataItem item) {
  return info(item).accepted;
}

std::optional<double> data_unit_factor(DataItem item, std::string_view unit) {
  std::string key = match_key(unit);
  replace_all(key, "³", "3");
  replace_all(key, "²", "2");
  replace_all(key, "每", "/");
  std::string compact;
  for (const char c : key) {
    if (c != ' ') compact += c;
  }
  // A year's figure may be written as a rate per year; stocks (staff, land) may not.
  if (item != DataItem::employees && item != DataItem::land_area) {
    for (const std::string_view suffix : {"/a", "/yr", "/year", "/年"}) {
      if (compact.size() > suffix.size() &&
          compact.compare(compact.size() - suffix.size(), suffix.size(), suffix) == 0) {
        compact.erase(compact.size() - suffix.size());
        break;
      }
    }
  }
  for (const auto& [spelling, factor] : spellings(item)) {
    if (compact == spelling) return factor;
  }
  return std::nullopt;
}

}  // namespace symbio
