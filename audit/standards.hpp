#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/park.hpp"

namespace symbio::audit {

// Where an eco-industrial park standard states an indicator: the standard, its clause, the
// direction of the requirement ("min": the value must be at least the threshold; "max": at
// most) and the threshold in the indicator's unit when it is known. A threshold that could not
// be checked against the standard's own table is left empty rather than guessed, so `meets`
// stays empty for it.
struct StandardClause {
  std::string indicator;  // energy_intensity, water_reuse_rate, ... (standard_indicator_names())
  std::string standard;
  std::string clause;
  std::string direction;  // min | max
  std::optional<double> threshold;
  std::string source;  // where the threshold was taken from
  int line = 0;        // line of the table it was read from
};

// The built-in table (audit/data/standards.csv, compiled in): HJ 274-2015 (国家生态工业示范园区
// 标准) and the MIIT green industrial park requirements (绿色园区评价要求,
// 工信厅节函〔2016〕586号).
const std::vector<StandardClause>& builtin_standard_clauses();
// Reads a table of the same columns (indicator,standard,clause,direction,threshold,source).
// Throws DataError naming file, line and column for an unknown indicator or direction, a bad
// threshold or a missing column.
std::vector<StandardClause> parse_standard_clauses(std::string_view csv, const std::string& file);
// Largest standards table read (the built-in one is about 3 KiB).
inline constexpr std::size_t kMaxStandardsBytes = std::size_t{1} << 20;
// parse_standard_clauses over a file's contents (`--standards FILE`: a park's own copy of the
// table, e.g. with the thresholds of the standard's edition at hand). Throws FileError when it
// cannot be read, DataError when it is larger than kMaxStandardsBytes or malformed.
std::vector<StandardClause> read_standard_clauses_file(const std::string& path);

// The indicators computed from data.csv, in report order.
const std::vector<std::string>& standard_indicator_names();

// One row of standards.csv: a park indicator computed from the enterprise data, summing the
// numerator and the denominator over the internal enterprises that report both (an enterprise
// reporting an item for several years gives its latest year), compared with one clause.
// coverage = reporting / internal enterprises. value is empty when no enterprise reports both
// parts or the denominator is 0; meets is empty without a value or a threshold.
struct StandardIndicator {
  std::string indicator;
  std::string chinese;  // 单位工业增加值综合能耗, ...
  std::optional<double> value;
  std::string unit;  // tce/万元, m3/万元, fraction, 万元/人, 亿元/km2, t/万元, kg/万元
  std::int64_t reporting = 0;
  std::int64_t enterprises = 0;
  std::optional<double> coverage;  // empty for a park without internal enterprises
  std::string standard;
  std::string clause;
  std::string direction;
  std::optional<double> threshold;
  std::optional<bool> meets;
};

// Every indicator of standard_indicator_names(), one row per clause that names it (in the
// clauses' order) or one row without a standard when none does. Indicator definitions:
//   energy_intensity          energy_use / value_added            tce/万元
//   water_intensity           fresh_water / value_added           m3/万元
//   water_reuse_rate          water_reused / water_use_total      fraction
//   solid_waste_utilisation_rate  solid_waste_utilised / solid_waste_generated  fraction
//   value_added_per_employee  value_added / employees             万元/人
//   value_added_per_land      value_added / land_area             亿元/km2
//   co2_intensity             co2 / value_added                   t/万元
//   cod_intensity, so2_intensity  cod, so2 / value_added          kg/万元
// Deterministic. O(data + enterprises).
std::vector<StandardIndicator> compute_standards(
    const Park& park, const std::vector<StandardClause>& clauses = builtin_standard_clauses());

}  // namespace symbio::audit
