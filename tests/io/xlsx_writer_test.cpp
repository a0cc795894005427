#include "io/xlsx_writer.hpp"

#include <gtest/gtest.h>

#include "io/xlsx_reader.hpp"

namespace symbio::io {
namespace {

std::vector<std::vector<std::string>> cells(const XlsxSheet& sheet) {
  std::vector<std::vector<std::string>> rows;
  for (const CsvRecord& r : sheet.table.records) {
    std::vector<std::string> row;
    for (const CsvField& f : r.fields)
      row.push_back(f.text);
    rows.push_back(std::move(row));
  }
  return rows;
}

const std::vector<std::pair<std::string, std::string>> kFiles = {
    {"enterprises.csv",
     "layer,id,betweenness,note\nall,007,71.33333333333333,\"a, b\"\nall,x,,1e5\n"},
    {"findings.json", "{}"},
    {"robustness.csv", "strategy,q\nrandom,0.5\n"}};

TEST(XlsxWriterTest, OneSheetPerCsvWithTheSameCells) {
  const XlsxWorkbook book = tables_xlsx(kFiles, TableLanguage::en);
  EXPECT_TRUE(book.notes.empty());
  ValidationReport report;
  const auto sheets = read_xlsx_sheets(book.bytes, "tables.xlsx", report);
  ASSERT_TRUE(sheets) << format_problem(report.problems().front());
  ASSERT_EQ(sheets->size(), 2u) << "findings.json is no table";
  EXPECT_EQ((*sheets)[0].name, "enterprises");
  EXPECT_EQ((*sheets)[1].name, "robustness");
  // "007" and "1e5" are no canonical numbers and stay text; 71.333... is a number cell, which
  // libxlsxwriter writes with 16 significant digits (%.16g).
  const std::vector<std::vector<std::string>> want = {{"layer", "id", "betweenness", "note"},
                                                      {"all", "007", "71.33333333333333", "a, b"},
                                                      {"all", "x", "", "1e5"}};
  EXPECT_EQ(cells((*sheets)[0]), want);
  EXPECT_EQ(cells((*sheets)[1]),
            (std::vector<std::vector<std::string>>{{"strategy", "q"}, {"random", "0.5"}}));
}

TEST(XlsxWriterTest, ChineseHeadersWhereATranslationExists) {
  const XlsxWorkbook book = tables_xlsx(kFiles, TableLanguage::zh);
  ValidationReport report;
  const auto sheets = read_xlsx_sheets(book.bytes, "tables.xlsx", report);
  ASSERT_TRUE(sheets);
  // betweenness: the indicator's Chinese name in network/conventions.cpp; note has none.
  EXPECT_EQ(cells((*sheets)[0]).front(),
            (std::vector<std::string>{"层", "编号", "中介中心性", "note"}));
  EXPECT_EQ(cells((*sheets)[0])[1][1], "007") << "only headers are translated";
}

// audit_focus.csv's criteria are scores and weights there: 级联影响得分, not the indicator
// cascade_impact's own name 级联影响 that enterprises.csv's column gets.
TEST(XlsxWriterTest, ChineseHeadersOfTheAuditFocus) {
  const std::vector<std::pair<std::string, std::string>> files = {
      {"audit_focus.csv",
       "rank,id,score,cascade_impact,energy,weight_energy,other\n1,a,1,1,1,1,1\n"},
      {"enterprises.csv", "id,cascade_impact\na,0.5\n"}};
  const XlsxWorkbook book = tables_xlsx(files, TableLanguage::zh);
  ValidationReport report;
  const auto sheets = read_xlsx_sheets(book.bytes, "tables.xlsx", report);
  ASSERT_TRUE(sheets);
  EXPECT_EQ(cells((*sheets)[0]).front(),
            (std::vector<std::string>{"排名", "编号", "综合得分", "级联影响得分", "能耗得分",
                                      "能耗权重", "other"}));
  EXPECT_EQ(cells((*sheets)[1]).front(), (std::vector<std::string>{"编号", "级联影响"}));
}

}  // namespace
}  // namespace symbio::io
