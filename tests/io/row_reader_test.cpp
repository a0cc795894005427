#include "io/detail/row_reader.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "io/column_layout.hpp"
#include "tests/io/temp_dir.hpp"

namespace symbio::io::detail {
namespace {

using testing::find_problem;

// An exchanges table: the header, then the records to read.
// RowReader keeps references, so everything it reads lives here.
struct Sheet {
  std::string file = "x.csv";
  std::vector<CsvRecord> records;
  ColumnLayout layout;
  ValidationReport report;

  explicit Sheet(std::string_view text) : records(parse_csv(text, file)) {
    layout = resolve_columns(io::Table::exchanges, records.front(), {}, file, report);
  }
  RowReader row(std::size_t k) {
    return RowReader(records.at(k), records.front(), layout, file, report);
  }
};

TEST(RowReaderTest, CellsByFieldTrimmed) {
  Sheet t("supplier,receiver,resource,note\n  a , b ,fly ash,kept\nc,d\n");
  RowReader first = t.row(1);
  EXPECT_EQ(first.text("supplier"), "a");
  EXPECT_EQ(first.text("receiver"), "b");
  EXPECT_EQ(first.text("kind"), "");  // no such column
  EXPECT_TRUE(first.has_column("resource"));
  EXPECT_FALSE(first.has_column("year"));
  // Line 2, column 6: the cell " b " starts after "  a ,".
  EXPECT_EQ(first.where("receiver").line, 2);
  EXPECT_EQ(first.where("receiver").column, 6);
  EXPECT_EQ(first.where("year").column, 0);  // no column: the record itself
  ASSERT_EQ(first.attributes().size(), 1U);
  EXPECT_EQ(first.attributes()[0].key, "note");
  // A short record reads its missing cells as empty and keeps no empty attribute.
  RowReader second = t.row(2);
  EXPECT_EQ(second.text("resource"), "");
  EXPECT_TRUE(second.attributes().empty());
  // The column no field reads is named once, in a note at its header cell.
  ASSERT_EQ(t.report.problems().size(), 1U);
  EXPECT_EQ(t.report.problems()[0].code, "unread-column");
  EXPECT_EQ(t.report.problems()[0].location.column, 28);  // after "supplier,receiver,resource,"
}

TEST(RowReaderTest, ExtraFieldsOnlyWhenNotEmpty) {
  Sheet t("supplier,receiver\na,b,,\nc,d,oops\n");
  EXPECT_TRUE(t.row(1).check_width("x1"));  // trailing empty cells, as spreadsheets leave them
  EXPECT_FALSE(t.row(2).check_width("x2"));
  const Problem* p = find_problem(t.report, "field-count");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->location.line, 3);
  EXPECT_EQ(p->location.column, 5);
}

TEST(RowReaderTest, Quantities) {
  Sheet t(
      "supplier,receiver,quantity,unit\n"
      "a,b,\"1,200.5\",t/a\n"  // thousands separator
      "a,b,20万吨/年,\n"       // number and unit in one cell
      "a,b,,t/a\n"             // a unit alone: ignored with a warning
      "a,b,5 t/a,GJ/a\n"       // two units: an error
      "a,b,lots,t/a\n"         // not a number
      "a,b,2e5,\n");
  const auto q1 = t.row(1).quantity("x1");
  ASSERT_TRUE(q1.has_value());
  EXPECT_DOUBLE_EQ(q1->value, 1200.5);
  EXPECT_EQ(q1->unit, "t/a");
  const auto q2 = t.row(2).quantity("x2");
  ASSERT_TRUE(q2.has_value());
  EXPECT_DOUBLE_EQ(q2->value, 20.0);
  EXPECT_EQ(q2->unit, "万吨/年");
  EXPECT_FALSE(t.row(3).quantity("x3").has_value());
  EXPECT_NE(find_problem(t.report, "unit-without-quantity"), nullptr);
  EXPECT_FALSE(t.row(4).quantity("x4").has_value());
  EXPECT_FALSE(t.row(5).quantity("x5").has_value());
  const auto q6 = t.row(6).quantity("x6");
  ASSERT_TRUE(q6.has_value());
  EXPECT_DOUBLE_EQ(q6->value, 200000.0);
  EXPECT_EQ(q6->unit, "");
  std::vector<int> bad_lines;
  for (const Problem& p : t.report.problems()) {
    if (p.code == "bad-quantity") bad_lines.push_back(p.location.line);
  }
  EXPECT_EQ(bad_lines, (std::vector<int>{5, 6}));
}

TEST(RowReaderTest, Years) {
  Sheet t("supplier,receiver,year\na,b,2015\na,b,\na,b,2015.5\na,b,MMXV\n");
  EXPECT_EQ(t.row(1).year("x1"), 2015);
  EXPECT_EQ(t.row(2).year("x2"), std::nullopt);
  EXPECT_EQ(t.row(3).year("x3"), std::nullopt);
  EXPECT_EQ(t.row(4).year("x4"), std::nullopt);
  std::vector<int> bad_lines;
  for (const Problem& p : t.report.problems()) {
    if (p.code == "bad-year") bad_lines.push_back(p.location.line);
  }
  EXPECT_EQ(bad_lines, (std::vector<int>{4, 5}));
}

}  // namespace
}  // namespace symbio::io::detail
