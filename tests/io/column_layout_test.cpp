#include "io/column_layout.hpp"

#include <gtest/gtest.h>

#include "tests/io/temp_dir.hpp"

namespace symbio::io {
namespace {

using testing::find_problem;

CsvRecord header_of(std::string_view line) {
  return parse_csv(line, "x.csv").front();
}

TEST(ColumnLayoutTest, FieldsAndAttributes) {
  ValidationReport report;
  const ColumnLayout layout = resolve_columns(
      Table::exchanges, header_of("Supplier,Accepter,output value,Transaction,,Time"), {}, "x.csv",
      report);
  // The two attribute columns are named in notes, at their header cells.
  ASSERT_EQ(report.problems().size(), 2u);
  EXPECT_EQ(report.problems()[0].code, "unread-column");
  EXPECT_EQ(report.problems()[0].severity, Severity::note);
  EXPECT_EQ(report.problems()[0].subject, "output value");
  EXPECT_EQ(report.problems()[0].location.column, 19);
  EXPECT_EQ(report.problems()[0].message,
            "column 'output value' names no field of an exchange and is kept as an attribute, "
            "not read (--map 'output value'=FIELD reads it as a field)");
  EXPECT_EQ(report.problems()[1].subject, "column 5");
  EXPECT_EQ(layout.width, 6u);
  EXPECT_EQ(layout.index_of("supplier"), 0u);
  EXPECT_EQ(layout.index_of("receiver"), 1u);
  EXPECT_EQ(layout.index_of("resource"), 3u);
  EXPECT_EQ(layout.index_of("year"), 5u);
  EXPECT_FALSE(layout.index_of("kind"));
  ASSERT_EQ(layout.attributes.size(), 2u);
  EXPECT_EQ(layout.attributes[0].first, "output value");
  EXPECT_EQ(layout.attributes[1].first, "column 5");  // empty header
}

TEST(ColumnLayoutTest, MissingRequiredColumnListsTheHeaders) {
  ValidationReport report;
  resolve_columns(Table::exchanges, header_of("from,material"), {}, "x.csv", report);
  const Problem* p = find_problem(report, "missing-column");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->subject, "receiver");
  EXPECT_EQ(p->location.file, "x.csv");
  EXPECT_EQ(p->location.line, 1);
  EXPECT_NE(p->message.find("'from', 'material'"), std::string::npos);
  EXPECT_NE(p->message.find("'accepter'"), std::string::npos);
  EXPECT_EQ(report.count(Severity::error), 1u);  // from = supplier is there
}

TEST(ColumnLayoutTest, ColumnMapWinsAndMarksUse) {
  ValidationReport report;
  std::vector<bool> used(3, false);
  const ColumnMap map = {{"Firm A", "supplier"}, {"Firm B", "receiver"}, {"Nope", "layer"}};
  const ColumnLayout layout = resolve_columns(Table::exchanges, header_of("Firm_A,firm b,supplier"),
                                              map, "x.csv", report, &used);
  EXPECT_EQ(layout.index_of("supplier"), 0u);
  EXPECT_EQ(layout.index_of("receiver"), 1u);
  EXPECT_EQ(used, (std::vector<bool>{true, true, false}));
  // The plain "supplier" column lost to the mapping and is kept as an attribute, with a note.
  ASSERT_EQ(layout.attributes.size(), 1u);
  EXPECT_EQ(layout.attributes[0].first, "supplier");
  EXPECT_TRUE(report.has_code("column-as-attribute"));
  EXPECT_FALSE(report.has_errors());
}

TEST(ColumnLayoutTest, MapToAttributeOverridesAnAlias) {
  ValidationReport report;
  const ColumnLayout layout = resolve_columns(Table::exchanges, header_of("from,to,type"),
                                              {{"type", "attribute"}}, "x.csv", report);
  EXPECT_FALSE(layout.index_of("kind"));
  ASSERT_EQ(layout.attributes.size(), 1u);
  EXPECT_EQ(layout.attributes[0].first, "type");
}

TEST(ColumnLayoutTest, FieldNameBeatsAliasAndEqualRanksClash) {
  ValidationReport report;
  const ColumnLayout layout =
      resolve_columns(Table::exchanges, header_of("source,supplier,to"), {}, "x.csv", report);
  EXPECT_EQ(layout.index_of("supplier"), 1u);
  EXPECT_FALSE(report.has_errors());

  ValidationReport clash;
  resolve_columns(Table::exchanges, header_of("from,to,source"), {}, "x.csv", clash);
  const Problem* p = find_problem(clash, "duplicate-column");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->location.line, 1);
  EXPECT_EQ(p->location.column, 9);  // "source" starts after "from,to,"
}

TEST(ColumnLayoutTest, EnterpriseNameServesAsId) {
  ValidationReport report;
  const ColumnLayout layout =
      resolve_columns(Table::enterprises, header_of("名称,行业"), {}, "e.csv", report);
  EXPECT_FALSE(report.has_errors());
  EXPECT_EQ(layout.index_of("id"), 0u);
  EXPECT_EQ(layout.index_of("name"), 0u);
  EXPECT_EQ(layout.index_of("sector"), 1u);

  ValidationReport missing;
  resolve_columns(Table::enterprises, header_of("sector"), {}, "e.csv", missing);
  EXPECT_TRUE(missing.has_code("missing-column"));
}

}  // namespace
}  // namespace symbio::io
