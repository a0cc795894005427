#include "network/indicator_table.hpp"

#include <gtest/gtest.h>

namespace symbio::net {
namespace {

TEST(IndicatorTableTest, LookupByName) {
  LayerAnalysis analysis;
  analysis.enterprise_columns.push_back({"degree", ColumnType::integer, "partners", {2.0, 1.0}});
  analysis.enterprise_columns.push_back({"betweenness", ColumnType::real, "Brandes", {0.5, 0.0}});
  analysis.park_fields.push_back({"density", 0.5, "", ColumnType::real, "m / (n(n-1))"});
  analysis.park_fields.push_back({"typology", std::nullopt, "anchor tenant", ColumnType::real, ""});
  ASSERT_NE(analysis.column("betweenness"), nullptr);
  EXPECT_EQ(analysis.column("betweenness")->values[0], 0.5);
  EXPECT_EQ(analysis.column("degree")->type, ColumnType::integer);
  EXPECT_EQ(analysis.column("pagerank"), nullptr);
  EXPECT_EQ(analysis.column("density"), nullptr);  // a park field is not a column
  ASSERT_NE(analysis.park_field("typology"), nullptr);
  EXPECT_EQ(analysis.park_field("typology")->text, "anchor tenant");
  EXPECT_EQ(analysis.park_field("density")->value, 0.5);
  EXPECT_EQ(analysis.park_field("degree"), nullptr);
}

}  // namespace
}  // namespace symbio::net
