#include "core/csv.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"

namespace symbio {
namespace {

TEST(CsvTest, QuotedFieldsLineBreaksAndColumns) {
  // The second record starts on line 2; its quoted field spans lines 2-3, so the third record
  // is on line 4. Columns count characters: "热电厂," is 4 characters, so "b" is column 5.
  const auto records = parse_csv("a,b\n\"x\"\"y\",\"two\nlines\"\n热电厂,b\r\n", "t.csv");
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[1].fields[0].text, "x\"y");
  EXPECT_EQ(records[1].fields[1].text, "two\nlines");
  EXPECT_EQ(records[2].line, 4);
  EXPECT_EQ(records[2].fields[1].column, 5);
}

TEST(CsvTest, BomAndBlankLinesAreSkipped) {
  const auto records = parse_csv("\xEF\xBB\xBFid\n\n1\n", "t.csv");
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].fields[0].text, "id");
  EXPECT_EQ(records[1].line, 3);
}

TEST(CsvTest, MalformedQuotingNamesThePlace) {
  try {
    parse_csv("a,b\nx,\"open\n", "t.csv");
    FAIL() << "no error";
  } catch (const DataError& e) {
    EXPECT_EQ(e.location().line, 2);
    EXPECT_EQ(e.location().column, 3);  // where the quote opened
  }
  try {
    parse_csv("a,b\nx,y\"z\n", "t.csv");
    FAIL() << "no error";
  } catch (const DataError& e) {
    EXPECT_EQ(e.location().line, 2);
    EXPECT_EQ(e.location().column, 4);
  }
  EXPECT_THROW(parse_csv("\"a\"b\n", "t.csv"), DataError);  // text after the closing quote
}

TEST(CsvTest, BoundsAreEnforced) {
  CsvOptions options;
  options.max_field_bytes = 4;
  EXPECT_THROW(parse_csv("abcdef\n", "t.csv", options), DataError);
  options = {};
  options.max_fields_per_record = 2;
  EXPECT_THROW(parse_csv("a,b,c\n", "t.csv", options), DataError);
}

TEST(CsvTest, EscapeQuotesOnlyWhenNeeded) {
  EXPECT_EQ(csv_escape("plain"), "plain");
  EXPECT_EQ(csv_escape("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_escape("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(detect_delimiter("a\tb\n"), '\t');
  EXPECT_EQ(detect_delimiter("a;b\n"), ';');
}

TEST(CsvTest, DelimiterIgnoresQuotedText) {
  // A comma inside a quoted header does not make the file comma-delimited.
  EXPECT_EQ(detect_delimiter("\"Lieferant\";\"Menge, t\";Einheit\nA;1,5;t/a\n"), ';');
  EXPECT_EQ(detect_delimiter("supplier;receiver\nA;\"B,C\"\n"), ';');  // commas of data rows
  EXPECT_EQ(detect_delimiter("\"a;b\",c\n"), ',');
  EXPECT_EQ(detect_delimiter("a\tb;c\n"), '\t');
  EXPECT_EQ(detect_delimiter("single\n1,2\n"), ',');
}

}  // namespace
}  // namespace symbio
