#include "audit/standards.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <unordered_map>
#include <utility>

#include "core/csv.hpp"
#include "core/error.hpp"
#include "core/file_bytes.hpp"
#include "core/text.hpp"

namespace symbio {
extern const char* const kBuiltinStandardsCsv;
}  // namespace symbio

namespace symbio::audit {

namespace {

struct Definition {
  std::string_view name;
  std::string_view chinese;
  DataItem numerator;
  DataItem denominator;
  std::string_view unit;
  // From the canonical data units (numerator / denominator) to `unit`.
  double scale;
};

// value_added is kept in 万元 and land in ha: 亿元/km2 = (万元 / 1e4) / (ha / 100).
constexpr std::array<Definition, 9> kDefinitions = {{
    {"energy_intensity", "单位工业增加值综合能耗", DataItem::energy_use, DataItem::value_added,
     "tce/万元", 1.0},
    {"water_intensity", "单位工业增加值新鲜水耗", DataItem::fresh_water, DataItem::value_added,
     "m3/万元", 1.0},
    {"water_reuse_rate", "工业用水重复利用率", DataItem::water_reused, DataItem::water_use_total,
     "fraction", 1.0},
    {"solid_waste_utilisation_rate", "工业固体废物综合利用率", DataItem::solid_waste_utilised,
     DataItem::solid_waste_generated, "fraction", 1.0},
    {"value_added_per_employee", "人均工业增加值", DataItem::value_added, DataItem::employees,
     "万元/人", 1.0},
    {"value_added_per_land", "单位工业用地面积工业增加值", DataItem::value_added,
     DataItem::land_area, "亿元/km2", 1e-2},
    {"co2_intensity", "单位工业增加值二氧化碳排放量", DataItem::co2, DataItem::value_added,
     "t/万元", 1.0},
    {"cod_intensity", "单位工业增加值化学需氧量排放量", DataItem::cod, DataItem::value_added,
     "kg/万元", 1.0},
    {"so2_intensity", "单位工业增加值二氧化硫排放量", DataItem::so2, DataItem::value_added,
     "kg/万元", 1.0},
}};

const Definition* find_definition(std::string_view name) {
  for (const Definition& d : kDefinitions) {
    if (d.name == name) return &d;
  }
  return nullptr;
}

}  // namespace

const std::vector<std::string>& standard_indicator_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const Definition& d : kDefinitions)
      out.emplace_back(d.name);
    return out;
  }();
  return names;
}

std::vector<StandardClause> parse_standard_clauses(std::string_view csv, const std::string& file) {
  const std::vector<CsvRecord> records = parse_csv(csv, file);
  if (records.empty()) throw DataError("the standards table is empty", SourceLocation{file, 1, 0});
  const std::array<std::string_view, 6> columns = {"indicator", "standard",  "clause",
                                                   "direction", "threshold", "source"};
  std::array<std::size_t, 6> index{};
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const auto& header = records.front().fields;
    const auto it = std::find_if(header.begin(), header.end(), [&](const CsvField& f) {
      return match_key(f.text) == columns[c];
    });
    if (it == header.end()) {
      throw DataError("the standards table has no column '" + std::string(columns[c]) + "'",
                      SourceLocation{file, records.front().line, 0});
    }
    index[c] = static_cast<std::size_t>(it - header.begin());
  }
  std::vector<StandardClause> clauses;
  for (std::size_t r = 1; r < records.size(); ++r) {
    const CsvRecord& record = records[r];
    auto text = [&](std::size_t c) {
      return index[c] < record.fields.size() ? std::string(trim(record.fields[index[c]].text))
                                             : std::string();
    };
    auto where = [&](std::size_t c) {
      return SourceLocation{file, record.line, static_cast<int>(index[c]) + 1};
    };
    StandardClause clause;
    clause.indicator = text(0);
    if (find_definition(clause.indicator) == nullptr) {
      throw DataError("unknown indicator '" + clause.indicator + "'", where(0));
    }
    clause.standard = text(1);
    clause.clause = text(2);
    clause.direction = text(3);
    if (clause.direction != "min" && clause.direction != "max") {
      throw DataError("direction '" + clause.direction + "' is not min or max", where(3));
    }
    if (const std::string threshold = text(4); !threshold.empty()) {
      const auto value = parse_number(threshold);
      if (!value || !std::isfinite(*value)) {
        throw DataError("threshold '" + threshold + "' is not a number", where(4));
      }
      clause.threshold = *value;
    }
    clause.source = text(5);
    clause.line = record.line;
    clauses.push_back(std::move(clause));
  }
  return clauses;
}

const std::vector<StandardClause>& builtin_standard_clauses() {
  static const std::vector<StandardClause> clauses =
      parse_standard_clauses(kBuiltinStandardsCsv, "audit/data/standards.csv");
  return clauses;
}

std::vector<StandardClause> read_standard_clauses_file(const std::string& path) {
  return parse_standard_clauses(read_file_bytes(path, kMaxStandardsBytes), path);
}

std::vector<StandardIndicator> compute_standards(const Park& park,
                                                 const std::vector<StandardClause>& clauses) {
  // The latest figure of each (enterprise, item); a figure without a year counts as older than
  // any dated one.
  std::unordered_map<std::string, bool> internal;
  std::int64_t enterprises = 0;
  for (const Enterprise& e : park.enterprises) {
    internal.emplace(e.id, !e.external);
    if (!e.external) ++enterprises;
  }
  std::map<std::pair<std::string, DataItem>, std::pair<int, double>> latest;
  for (const EnterpriseDatum& d : park.data) {
    const auto it = internal.find(d.enterprise);
    if (it == internal.end() || !it->second) continue;
    const int year = d.year.value_or(-1);
    auto [entry, inserted] =
        latest.emplace(std::make_pair(d.enterprise, d.item), std::make_pair(year, d.value));
    if (!inserted && year > entry->second.first) entry->second = {year, d.value};
  }
  std::vector<StandardIndicator> rows;
  for (const Definition& def : kDefinitions) {
    StandardIndicator base;
    base.indicator = std::string(def.name);
    base.chinese = std::string(def.chinese);
    base.unit = std::string(def.unit);
    base.enterprises = enterprises;
    double numerator = 0.0, denominator = 0.0;
    for (const Enterprise& e : park.enterprises) {
      if (e.external) continue;
      const auto top = latest.find({e.id, def.numerator});
      const auto bottom = latest.find({e.id, def.denominator});
      if (top == latest.end() || bottom == latest.end()) continue;
      ++base.reporting;
      numerator += top->second.second;
      denominator += bottom->second.second;
    }
    if (enterprises > 0) {
      base.coverage = static_cast<double>(base.reporting) / static_cast<double>(enterprises);
    }
    if (base.reporting > 0 && denominator > 0.0) base.value = numerator / denominator * def.scale;
    bool named = false;
    for (const StandardClause& clause : clauses) {
      if (clause.indicator != def.name) continue;
      named = true;
      StandardIndicator row = base;
      row.standard = clause.standard;
      row.clause = clause.clause;
      row.direction = clause.direction;
      row.threshold = clause.threshold;
      if (row.value && row.threshold) {
        row.meets =
            clause.direction == "min" ? *row.value >= *row.threshold : *row.value <= *row.threshold;
      }
      rows.push_back(std::move(row));
    }
    if (!named) rows.push_back(std::move(base));
  }
  return rows;
}

}  // namespace symbio::audit
