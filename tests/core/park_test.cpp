#include "core/park.hpp"

#include <gtest/gtest.h>

namespace symbio {
namespace {

TEST(ParkTest, OriginNamesTheFieldsColumn) {
  const Origin origin{"park/exchanges.csv", 12, {{"supplier", 1}, {"quantity", 5}}};
  const SourceLocation quantity = origin.at("quantity");
  EXPECT_EQ(quantity.file, "park/exchanges.csv");
  EXPECT_EQ(quantity.line, 12);
  EXPECT_EQ(quantity.column, 5);
  // A field without a column of its own: the record, column 0.
  EXPECT_EQ(origin.at("year").line, 12);
  EXPECT_EQ(origin.at("year").column, 0);
}

TEST(ParkTest, Directions) {
  for (const char* text : {"output", "Outputs", "supply", "产出", "输出", "排放"})
    EXPECT_EQ(parse_direction(text), Direction::output) << text;
  for (const char* text : {"need", "NEEDS", "input", "demand", "需求", "输入"})
    EXPECT_EQ(parse_direction(text), Direction::need) << text;
  EXPECT_EQ(parse_direction("sideways"), std::nullopt);
  EXPECT_EQ(parse_direction(to_string(Direction::output)), Direction::output);
  EXPECT_EQ(parse_direction(to_string(Direction::need)), Direction::need);
}

TEST(ParkTest, FindEnterpriseByExactId) {
  Park park;
  for (const char* id : {"a", "b", "Plant A"}) {
    Enterprise e;
    e.id = id;
    park.enterprises.push_back(e);
  }
  EXPECT_EQ(find_enterprise(park, "b"), 1U);
  EXPECT_EQ(find_enterprise(park, "Plant A"), 2U);
  EXPECT_EQ(find_enterprise(park, "plant a"), std::nullopt);  // ids match exactly
  EXPECT_EQ(find_enterprise(park, ""), std::nullopt);
}

}  // namespace
}  // namespace symbio
