#include "io/xlsx_reader.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "io/xlsx_writer.hpp"
#include "tests/io/temp_dir.hpp"

namespace symbio::io {
namespace {

using testing::find_problem;

// Workbooks are written here by libxlsxwriter (io/xlsx_writer); one written by openpyxl is read
// in tests/interop/formats_test.py.
std::string workbook(const std::vector<std::pair<std::string, std::string>>& sheets) {
  return tables_xlsx(sheets, TableLanguage::en).bytes;
}

TEST(XlsxReaderTest, SheetsNamedAsTheCsvFilesWithChineseHeaders) {
  const std::string book = workbook(
      {{"说明.csv", "read me\n"},
       {"enterprises.csv", "id,name,sector\nP1,热电厂,power\nC1,水泥厂,cement\n"},
       {"exchanges.csv",
        "供应方,接收方,物料,数量,单位\nP1,C1,粉煤灰,12.5,万吨/年\nC1,P1,废热,abc,GJ/a\n"}});
  Park park;
  ValidationReport report;
  const XlsxRead read = read_xlsx_park(book, "park.xlsx", {}, park, report);
  EXPECT_TRUE(read.exchanges_ok);
  EXPECT_TRUE(read.has_enterprises);
  ASSERT_EQ(park.enterprises.size(), 2u);
  EXPECT_EQ(park.enterprises[0].name, "热电厂");
  ASSERT_EQ(park.exchanges.size(), 2u);
  EXPECT_EQ(park.exchanges[0].resource, "粉煤灰");
  ASSERT_TRUE(park.exchanges[0].quantity);
  EXPECT_EQ(park.exchanges[0].quantity->value, 12.5);
  EXPECT_EQ(park.exchanges[0].quantity->unit, "万吨/年");
  EXPECT_NE(find_problem(report, "xlsx-sheet-ignored"), nullptr);
  // The bad quantity is in column D of the sheet's third row.
  const Problem* bad = find_problem(report, "bad-quantity");
  ASSERT_NE(bad, nullptr);
  EXPECT_EQ(bad->location.to_string(), "park.xlsx:exchanges:D3");
  EXPECT_EQ(park.exchanges[0].origin.at("resource").to_string(), "park.xlsx:exchanges:C2");
}

TEST(XlsxReaderTest, FirstSheetIsTheExchangesWithoutOneNamedSo) {
  const std::string book = workbook(
      {{"Sheet1.csv", "supplier,receiver,resource\na,b,steam\n"}, {"Sheet2.csv", "x\n1\n"}});
  Park park;
  ValidationReport report;
  EXPECT_TRUE(read_xlsx_park(book, "book.xlsx", {}, park, report).exchanges_ok);
  ASSERT_EQ(park.exchanges.size(), 1u);
  EXPECT_EQ(park.exchanges[0].supplier, "a");
}

TEST(XlsxReaderTest, CellLocationsAreNamedAsExcelNamesThem) {
  EXPECT_EQ((SourceLocation{"b.xlsx:Sheet1", 7, 2}).to_string(), "b.xlsx:Sheet1:B7");
  EXPECT_EQ((SourceLocation{"b.xlsx:Sheet1", 1, 28}).to_string(), "b.xlsx:Sheet1:AB1");
  EXPECT_EQ((SourceLocation{"b.xlsx:Sheet1", 1, 26 + 26 * 26}).to_string(), "b.xlsx:Sheet1:ZZ1");
  EXPECT_EQ((SourceLocation{"b.xlsx:Sheet1", 3, 0}).to_string(), "b.xlsx:Sheet1:3");
  EXPECT_EQ((SourceLocation{"dir.xlsx:x/park.csv", 3, 2}).to_string(), "dir.xlsx:x/park.csv:3:2");
  EXPECT_EQ((SourceLocation{"park.csv", 3, 2}).to_string(), "park.csv:3:2");
}

TEST(XlsxReaderTest, NotAWorkbookIsBadXlsx) {
  ValidationReport report;
  EXPECT_FALSE(read_xlsx_sheets("supplier,receiver\n", "x.xlsx", report));
  ASSERT_NE(find_problem(report, "bad-xlsx"), nullptr);
  EXPECT_NE(find_problem(report, "bad-xlsx")->message.find("not an .xlsx workbook"),
            std::string::npos);
  // A row wider than --max-columns.
  ValidationReport wide;
  EXPECT_FALSE(read_xlsx_sheets(workbook({{"e.csv", "a,b,c,d\n"}}), "w.xlsx", wide, 3));
  ASSERT_NE(find_problem(wide, "bad-xlsx"), nullptr);
}

}  // namespace
}  // namespace symbio::io
