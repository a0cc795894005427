#include <gtest/gtest.h>

#include "io/csv_park_reader.hpp"
#include "tests/io/temp_dir.hpp"

namespace symbio::io {
namespace {

using testing::find_problem;

TEST(CsvEnterprisesTest, ReadsEveryField) {
  ValidationReport report;
  const auto table = read_csv_table(
      "编号,企业名称,行业,角色,外部,产值\nP1,热电厂,4411,utility,否,12.5\nL1,填埋场,,,是,\n",
      "en.csv", "", report);
  ASSERT_TRUE(table);
  Park park;
  EXPECT_TRUE(read_enterprises_csv(*table, {}, park, report));
  ASSERT_EQ(report.problems().size(), 1u);  // the note naming the attribute column
  EXPECT_EQ(report.problems()[0].code, "unread-column");
  EXPECT_EQ(report.problems()[0].subject, "产值");
  ASSERT_EQ(park.enterprises.size(), 2u);
  const Enterprise& e = park.enterprises[0];
  EXPECT_EQ(e.id, "P1");
  EXPECT_EQ(e.name, "热电厂");
  EXPECT_EQ(e.sector, "4411");
  EXPECT_EQ(e.role, "utility");
  EXPECT_FALSE(e.external);
  ASSERT_EQ(e.attributes.size(), 1u);
  EXPECT_EQ(e.attributes[0].key, "产值");
  EXPECT_EQ(e.attributes[0].value, "12.5");
  EXPECT_EQ(e.origin.line, 2);
  EXPECT_EQ(e.origin.at("name").column, 4);
  EXPECT_TRUE(park.enterprises[1].external);
  EXPECT_TRUE(park.enterprises[1].attributes.empty());  // empty cells are not kept
}

TEST(CsvEnterprisesTest, BadBoolean) {
  ValidationReport report;
  const auto table = read_csv_table("id,name,external\nA,Alpha,maybe\n", "en.csv", "", report);
  Park park;
  read_enterprises_csv(*table, {}, park, report);
  const Problem* p = find_problem(report, "bad-boolean");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->location.to_string(), "en.csv:2:9");
  EXPECT_EQ(p->subject, "A");
}

TEST(CsvEnterprisesTest, NameOrIdAlone) {
  ValidationReport report;
  Park park;
  read_enterprises_csv(*read_csv_table("name\nAlpha\n", "en.csv", "", report), {}, park, report);
  read_enterprises_csv(*read_csv_table("id\nB2\n", "en.csv", "", report), {}, park, report);
  EXPECT_FALSE(report.has_errors());
  ASSERT_EQ(park.enterprises.size(), 2u);
  EXPECT_EQ(park.enterprises[0].id, "Alpha");
  EXPECT_EQ(park.enterprises[0].name, "Alpha");
  EXPECT_EQ(park.enterprises[1].id, "B2");
  EXPECT_EQ(park.enterprises[1].name, "B2");
}

}  // namespace
}  // namespace symbio::io
