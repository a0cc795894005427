#include "network/conventions.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>

#include "network/analyze.hpp"
#include "tests/support/park_builder.hpp"

namespace symbio::net {
namespace {

// A park with every kind of view: quantified material, an energy exchange, waste.
Park park() {
  using symbio::testing::ex;
  return symbio::testing::park_of(
      {"a", "b", "c", "d"},
      {ex("a", "b", 5.0), ex("b", "c", 2.0), ex("c", "a", 1.0),
       ex("a", "d", std::nullopt, Layer::energy), ex("d", "b", 3.0, Layer::water, Kind::waste)});
}

// Each table names every column and field that analyze writes, and nothing else: the outputs'
// metadata and the report's appendix define exactly what the files hold.
TEST(ConventionsTest, TablesMatchWhatAnalyzeWrites) {
  const SymbiosisGraph graph(park());
  std::set<std::string> columns;
  std::set<std::string> fields;
  for (const LayerAnalysis& a : analyze(graph)) {
    for (const Column& c : a.enterprise_columns) {
      columns.insert(c.name);
      const Convention* convention = find_convention(c.name);
      ASSERT_NE(convention, nullptr) << c.name;
      EXPECT_EQ(c.convention, convention->definition) << c.name;
    }
    for (const ParkField& f : a.park_fields) {
      fields.insert(f.name);
      ASSERT_NE(find_convention(f.name), nullptr) << f.name;
    }
  }
  std::set<std::string> enterprise_table;
  for (const Convention& c : enterprise_conventions())
    enterprise_table.insert(std::string(c.name));
  std::set<std::string> park_table;
  for (const Convention& c : park_conventions())
    park_table.insert(std::string(c.name));
  EXPECT_EQ(columns, enterprise_table);
  EXPECT_EQ(fields, park_table);
}

TEST(ConventionsTest, EveryEntryIsComplete) {
  std::set<std::string_view> names;
  for (const auto* table : {&enterprise_conventions(), &park_conventions()}) {
    for (const Convention& c : *table) {
      EXPECT_TRUE(names.insert(c.name).second) << "defined twice: " << c.name;
      EXPECT_FALSE(c.label_zh.empty()) << c.name;
      EXPECT_FALSE(c.definition.empty()) << c.name;
      // The Chinese report's appendix prints definition_zh: it is there and it is Chinese (a
      // character of the CJK block, UTF-8 lead byte 0xE4-0xE9).
      EXPECT_TRUE(std::any_of(c.definition_zh.begin(), c.definition_zh.end(), [](char ch) {
        const auto b = static_cast<unsigned char>(ch);
        return b >= 0xE4 && b <= 0xE9;
      })) << c.name;
    }
  }
}

TEST(ConventionsTest, FindConvention) {
  EXPECT_EQ(find_convention("betweenness")->label_zh, "中介中心性");
  EXPECT_EQ(find_convention("typology")->label_zh, "网络类型");
  EXPECT_EQ(find_convention("no_such_column"), nullptr);
}

}  // namespace
}  // namespace symbio::net
