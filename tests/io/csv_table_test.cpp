#include "io/csv_table.hpp"

#include <gtest/gtest.h>

#include "tests/io/temp_dir.hpp"

namespace symbio::io {
namespace {

using testing::find_problem;

TEST(CsvTableTest, ReadsRecordsWithTheirLines) {
  ValidationReport report;
  const auto table =
      read_csv_table("supplier,receiver\r\nA,B\r\n\r\n\"C\",D\r\n", "x.csv", "", report);
  ASSERT_TRUE(table);
  EXPECT_EQ(table->delimiter, ',');
  ASSERT_EQ(table->records.size(), 3u);
  EXPECT_EQ(table->records[2].line, 4);  // the blank line 3 is skipped but counted
  EXPECT_EQ(table->records[2].fields[0].text, "C");
  EXPECT_TRUE(report.problems().empty());
}

TEST(CsvTableTest, DetectsTabsAndSemicolons) {
  ValidationReport report;
  EXPECT_EQ(read_csv_table("supplier\treceiver\nA\tB\n", "x.tsv", "", report)->delimiter, '\t');
  const auto semicolons = read_csv_table("supplier;receiver\nA;B,C\n", "x.csv", "", report);
  EXPECT_EQ(semicolons->delimiter, ';');
  EXPECT_EQ(semicolons->records[1].fields[1].text, "B,C");
}

TEST(CsvTableTest, EmptyFile) {
  for (const std::string text : {"", "\xEF\xBB\xBF", "\n\n  \n"}) {
    ValidationReport report;
    EXPECT_FALSE(read_csv_table(text, "x.csv", "", report));
    const Problem* p = find_problem(report, "empty-file");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->location.file, "x.csv");
  }
}

TEST(CsvTableTest, UnterminatedQuote) {
  ValidationReport report;
  EXPECT_FALSE(read_csv_table("supplier,receiver\nA,B\nC,\"D\nE,F\n", "x.csv", "", report));
  const Problem* p = find_problem(report, "csv-syntax");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->location.file, "x.csv");
  EXPECT_EQ(p->location.line, 3);  // where the quote opens
  EXPECT_EQ(p->location.column, 3);
  EXPECT_NE(p->message.find("never closed"), std::string::npos);
  // The location is not repeated in the message.
  EXPECT_EQ(p->message.find("x.csv"), std::string::npos);
}

TEST(CsvTableTest, QuoteInsideUnquotedField) {
  ValidationReport report;
  EXPECT_FALSE(read_csv_table("supplier,receiver\nA,B 12\" pipe\n", "x.csv", "", report));
  const Problem* p = find_problem(report, "csv-syntax");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->location.line, 2);
  EXPECT_EQ(p->location.column, 7);  // the quote after "B 12"
  EXPECT_NE(p->message.find("quote inside an unquoted field"), std::string::npos);
}

TEST(CsvTableTest, BadEncodingStopsBeforeParsing) {
  ValidationReport report;
  EXPECT_FALSE(read_csv_table("a,b\n\xFF\xFF,c\n", "x.csv", "", report));
  EXPECT_TRUE(report.has_code("bad-encoding"));
  EXPECT_FALSE(report.has_code("csv-syntax"));
}

}  // namespace
}  // namespace symbio::io
