#include "io/column_aliases.hpp"

#include <gtest/gtest.h>

namespace symbio::io {
namespace {

TEST(ColumnAliasesTest, PublishedEdgeListHeaders) {
  // The header of the EIPs package files: Supplier, Accepter, Transaction, Attribute, Time.
  EXPECT_EQ(match_header(Table::exchanges, "Supplier").field, "supplier");
  EXPECT_EQ(match_header(Table::exchanges, "Supplier").priority, 2);
  EXPECT_EQ(match_header(Table::exchanges, "Accepter").field, "receiver");
  EXPECT_EQ(match_header(Table::exchanges, "Accepter").priority, 1);
  EXPECT_EQ(match_header(Table::exchanges, "Transaction").field, "resource");
  EXPECT_EQ(match_header(Table::exchanges, "Attribute").field, "kind");
  EXPECT_EQ(match_header(Table::exchanges, "Time").field, "year");
}

TEST(ColumnAliasesTest, CaseWidthAndChinese) {
  EXPECT_EQ(match_header(Table::exchanges, " SOURCE ").field, "supplier");
  EXPECT_EQ(match_header(Table::exchanges, "ＴＡＲＧＥＴ").field, "receiver");
  EXPECT_EQ(match_header(Table::exchanges, "供应方").field, "supplier");
  EXPECT_EQ(match_header(Table::exchanges, "受方").field, "receiver");
  EXPECT_EQ(match_header(Table::exchanges, "物料").field, "resource");
  EXPECT_EQ(match_header(Table::exchanges, "数量").field, "quantity");
  EXPECT_EQ(match_header(Table::exchanges, "单位").field, "unit");
  EXPECT_EQ(match_header(Table::exchanges, "层").field, "layer");
  EXPECT_EQ(match_header(Table::exchanges, "状态").field, "status");
  EXPECT_EQ(match_header(Table::exchanges, "Amount").field, "quantity");
  EXPECT_EQ(match_header(Table::enterprises, "企业名称").field, "name");
  EXPECT_EQ(match_header(Table::enterprises, "外部").field, "external");
}

TEST(ColumnAliasesTest, UnknownHeadersNameNoField) {
  EXPECT_EQ(match_header(Table::exchanges, "output value").priority, 0);
  EXPECT_TRUE(match_header(Table::exchanges, "output value").field.empty());
  // An alias of one table is not a field of another.
  EXPECT_TRUE(match_header(Table::enterprises, "supplier").field.empty());
}

TEST(ColumnAliasesTest, FieldsAndRequiredColumns) {
  EXPECT_EQ(find_field(Table::exchanges, "Quantity"), "quantity");
  EXPECT_TRUE(find_field(Table::exchanges, "amount").empty());  // aliases are not field names
  EXPECT_TRUE(is_required(Table::exchanges, "supplier"));
  EXPECT_TRUE(is_required(Table::exchanges, "receiver"));
  EXPECT_FALSE(is_required(Table::exchanges, "resource"));
  EXPECT_TRUE(is_required(Table::declarations, "direction"));
  EXPECT_EQ(fields_of(Table::enterprises).size(), 5u);
  EXPECT_EQ(table_file_name(Table::declarations), "resources.csv");
}

}  // namespace
}  // namespace symbio::io
