#include "audit/standards.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"

namespace symbio::audit {
namespace {

EnterpriseDatum datum(const char* enterprise, DataItem item, double value,
                      std::optional<int> year = std::nullopt) {
  EnterpriseDatum d;
  d.enterprise = enterprise;
  d.item = item;
  d.value = value;
  d.year = year;
  return d;
}

// Four internal enterprises and one external: only a and b report both value added and energy
// use, c reports energy alone, d nothing; the external x is never counted.
Park partial_park() {
  Park park;
  for (const char* id : {"a", "b", "c", "d", "x"})
    park.enterprises.push_back(Enterprise{id, id});
  park.enterprises[4].external = true;
  park.data = {
      datum("a", DataItem::value_added, 1000),  // 万元
      datum("a", DataItem::energy_use, 300),    // tce
      datum("b", DataItem::value_added, 3000),
      datum("b", DataItem::energy_use, 900, 2022),
      datum("b", DataItem::energy_use, 500, 2023),  // the latest year counts
      datum("c", DataItem::energy_use, 10000),
      datum("x", DataItem::value_added, 1),
      datum("x", DataItem::energy_use, 1e6),
      datum("a", DataItem::solid_waste_generated, 200),
      datum("a", DataItem::solid_waste_utilised, 150),
      datum("b", DataItem::land_area, 150),  // ha; b's value added 3000 万元
  };
  return park;
}

const StandardIndicator& row(const std::vector<StandardIndicator>& rows, const char* name) {
  for (const auto& r : rows) {
    if (r.indicator == name) return r;
  }
  throw std::runtime_error(std::string("no row ") + name);
}

TEST(StandardsTest, PartialDataGivesCoverageBelowOne) {
  const std::vector<StandardClause> clauses = parse_standard_clauses(
      "indicator,standard,clause,direction,threshold,source\n"
      "energy_intensity,S,c1,max,0.5,test\n"
      "solid_waste_utilisation_rate,S,c2,min,0.8,test\n",
      "test.csv");
  const auto rows = compute_standards(partial_park(), clauses);
  // Energy intensity over a and b only: (300 + 500) / (1000 + 3000) = 0.2 tce/万元; 2 of the 4
  // internal enterprises report both parts.
  const StandardIndicator& e = row(rows, "energy_intensity");
  EXPECT_DOUBLE_EQ(*e.value, 0.2);
  EXPECT_EQ(e.unit, "tce/万元");
  EXPECT_EQ(e.reporting, 2);
  EXPECT_EQ(e.enterprises, 4);
  EXPECT_DOUBLE_EQ(*e.coverage, 0.5);
  EXPECT_EQ(e.meets, true);  // 0.2 <= 0.5
  // Solid waste: a alone, 150 / 200 = 0.75 < 0.8.
  const StandardIndicator& w = row(rows, "solid_waste_utilisation_rate");
  EXPECT_DOUBLE_EQ(*w.value, 0.75);
  EXPECT_DOUBLE_EQ(*w.coverage, 0.25);
  EXPECT_EQ(w.meets, false);
  // Value added per land: b's 3000 万元 = 0.3 亿元 over 150 ha = 1.5 km2 -> 0.2 亿元/km2; no
  // clause in this table, so one row without a standard or verdict.
  const StandardIndicator& l = row(rows, "value_added_per_land");
  EXPECT_DOUBLE_EQ(*l.value, 0.2);
  EXPECT_TRUE(l.standard.empty());
  EXPECT_FALSE(l.meets);
  // Nobody reports water: no value, coverage 0, no verdict.
  const StandardIndicator& r = row(rows, "water_reuse_rate");
  EXPECT_FALSE(r.value);
  EXPECT_DOUBLE_EQ(*r.coverage, 0.0);
  EXPECT_FALSE(r.meets);
}

TEST(StandardsTest, BuiltinTableNamesItsStandardsAndLeavesUncheckedThresholdsOut) {
  const auto& clauses = builtin_standard_clauses();
  ASSERT_FALSE(clauses.empty());
  for (const StandardClause& c : clauses) {
    EXPECT_FALSE(c.standard.empty());
    EXPECT_FALSE(c.clause.empty());
    // Every row says where its threshold was taken from, or why it gives none.
    EXPECT_FALSE(c.source.empty()) << c.indicator << " line " << c.line;
  }
  const auto rows = compute_standards(partial_park());
  EXPECT_EQ(row(rows, "energy_intensity").standard.rfind("HJ 274-2015", 0), 0u);
}

TEST(StandardsTest, BadTableNamesLineAndColumn) {
  try {
    parse_standard_clauses(
        "indicator,standard,clause,direction,threshold,source\n"
        "energy_intensity,S,c,atmost,0.5,\n",
        "t.csv");
    FAIL();
  } catch (const DataError& e) {
    EXPECT_EQ(e.location().line, 2);
    EXPECT_EQ(e.location().column, 4);
  }
  EXPECT_THROW(parse_standard_clauses("indicator,standard,clause,direction,threshold,source\n"
                                      "turnover,S,c,min,1,\n",
                                      "t.csv"),
               DataError);
}

}  // namespace
}  // namespace symbio::audit
