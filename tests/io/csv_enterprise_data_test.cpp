#include "io/csv_enterprise_data.hpp"

#include <gtest/gtest.h>

#include "io/read_park.hpp"
#include "tests/io/temp_dir.hpp"

namespace symbio::io {
namespace {

using testing::find_problem;
using testing::TempDir;

void write_park(const TempDir& dir, std::string_view data) {
  dir.write("park/enterprises.csv", "id,name\na,Alpha\nb,Beta\n");
  dir.write("park/exchanges.csv",
            "supplier,receiver,resource,quantity,unit\na,b,fly ash,2,万吨/年\n");
  dir.write("park/data.csv", data);
}

TEST(CsvEnterpriseDataTest, ReadsValuesInTheirCanonicalUnits) {
  TempDir dir;
  write_park(dir,
             "enterprise,item,value,unit,year\n"
             "a,工业增加值,2.5,亿元,2023\n"
             "a,energy_use,1.2,万吨标煤,2023\n"
             "b,land_area,300,亩,\n");
  const LoadedPark loaded = read_park(dir / "park");
  ASSERT_FALSE(loaded.report.has_errors()) << loaded.report.problems().front().message;
  ASSERT_EQ(loaded.park.data.size(), 3u);
  EXPECT_EQ(loaded.park.data[0].item, DataItem::value_added);
  EXPECT_DOUBLE_EQ(loaded.park.data[0].value, 25000.0);  // 万元
  EXPECT_EQ(loaded.park.data[0].year, 2023);
  EXPECT_DOUBLE_EQ(loaded.park.data[1].value, 12000.0);  // tce
  EXPECT_DOUBLE_EQ(loaded.park.data[2].value, 20.0);     // 300 亩 = 20 ha
  EXPECT_EQ(loaded.park.data[2].quantity.unit, "亩");
}

// Every bad row is reported at its file, line and column in one load.
TEST(CsvEnterpriseDataTest, EveryBadRowIsReportedAtItsCell) {
  TempDir dir;
  write_park(dir,
             "enterprise,item,value,unit,year\n"
             "a,turnover,1,万元,\n"      // line 2: unknown item (column 3)
             "a,value_added,-5,万元,\n"  // line 3: negative value (column 15)
             "a,energy_use,3,万元,\n"    // line 4: unit of another item (column 16)
             "ghost,employees,10,人,\n"  // line 5: unknown enterprise (column 1)
             "b,employees,10,人,20x3\n"  // line 6: bad year (column 18)
             "b,co2,5,t,\n"
             "b,co2,6,t,\n");  // line 8: duplicate
  const LoadedPark loaded = read_park(dir / "park");
  const std::string file = dir / "park/data.csv";
  auto expect_at = [&](const char* code, int line, int column) {
    const Problem* p = find_problem(loaded.report, code);
    ASSERT_NE(p, nullptr) << code;
    EXPECT_EQ(p->severity, Severity::error) << code;
    EXPECT_EQ(p->location.file, file) << code;
    EXPECT_EQ(p->location.line, line) << code;
    EXPECT_EQ(p->location.column, column) << code;
  };
  expect_at("unknown-data-item", 2, 3);
  expect_at("bad-value", 3, 15);
  expect_at("unknown-data-unit", 4, 16);
  expect_at("unknown-enterprise", 5, 1);
  expect_at("bad-year", 6, 18);
  expect_at("duplicate-data", 8, 3);
}

TEST(CsvEnterpriseDataTest, MissingColumnReadsNothing) {
  TempDir dir;
  write_park(dir, "enterprise,item,value\na,co2,5\n");
  const LoadedPark loaded = read_park(dir / "park");
  EXPECT_NE(find_problem(loaded.report, "missing-column"), nullptr);
  EXPECT_TRUE(loaded.park.data.empty());
}

}  // namespace
}  // namespace symbio::io
