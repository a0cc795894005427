#include <gtest/gtest.h>

#include "io/csv_park_reader.hpp"
#include "tests/io/temp_dir.hpp"

namespace symbio::io {
namespace {

using testing::find_problem;

TEST(CsvDeclarationsTest, ReadsEveryField) {
  ValidationReport report;
  const auto table = read_csv_table(
      "enterprise,direction,resource,layer,quantity,unit,grade\n"
      "C1,need,gypsum,,50000,t/a,FGD\n"
      "P1,产出,余热,energy,3e5,GJ/a,\n",
      "res.csv", "", report);
  Park park;
  EXPECT_TRUE(read_declarations_csv(*table, {}, park, report));
  ASSERT_EQ(report.problems().size(), 1u);  // the note naming the attribute column
  EXPECT_EQ(report.problems()[0].code, "unread-column");
  EXPECT_EQ(report.problems()[0].subject, "grade");
  ASSERT_EQ(park.declarations.size(), 2u);
  const Declaration& d = park.declarations[0];
  EXPECT_EQ(d.enterprise, "C1");
  EXPECT_EQ(d.direction, Direction::need);
  EXPECT_EQ(d.resource, "gypsum");
  EXPECT_TRUE(d.layer_inferred);
  EXPECT_DOUBLE_EQ(d.quantity->value, 50000.0);
  ASSERT_EQ(d.attributes.size(), 1u);
  EXPECT_EQ(d.attributes[0].value, "FGD");
  EXPECT_EQ(park.declarations[1].direction, Direction::output);
  EXPECT_EQ(park.declarations[1].layer, Layer::energy);
  EXPECT_FALSE(park.declarations[1].layer_inferred);
}

TEST(CsvDeclarationsTest, Problems) {
  ValidationReport report;
  const auto table = read_csv_table(
      "enterprise,direction,resource,layer\nC1,sideways,gypsum,\nC1,need,gypsum,ether\n", "res.csv",
      "", report);
  Park park;
  read_declarations_csv(*table, {}, park, report);
  ASSERT_NE(find_problem(report, "unknown-direction"), nullptr);
  EXPECT_EQ(find_problem(report, "unknown-direction")->location.to_string(), "res.csv:2:4");
  ASSERT_NE(find_problem(report, "unknown-layer"), nullptr);
  EXPECT_EQ(find_problem(report, "unknown-layer")->location.to_string(), "res.csv:3:16");

  ValidationReport missing;
  Park none;
  EXPECT_FALSE(read_declarations_csv(
      *read_csv_table("enterprise,resource\nC1,x\n", "res.csv", "", missing), {}, none, missing));
  EXPECT_TRUE(missing.has_code("missing-column"));
  EXPECT_TRUE(none.declarations.empty());
}

}  // namespace
}  // namespace symbio::io
