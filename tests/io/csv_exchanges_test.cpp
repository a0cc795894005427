#include <gtest/gtest.h>

#include "io/csv_park_reader.hpp"
#include "tests/io/temp_dir.hpp"

namespace symbio::io {
namespace {

using testing::find_problem;

struct Read {
  Park park;
  ValidationReport report;
  bool ok = false;
};

Read read_exchanges(std::string_view text, const ColumnMap& map = {}) {
  Read r;
  const auto table = read_csv_table(text, "ex.csv", "", r.report);
  if (table) r.ok = read_exchanges_csv(*table, map, r.park, r.report);
  return r;
}

TEST(CsvExchangesTest, ReadsEveryField) {
  const Read r = read_exchanges(
      "id,supplier,receiver,resource,layer,kind,status,quantity,unit,year,note\n"
      "e1, P1 ,C1,fly ash,Material,By-product,planned,\"1,200\",t/a,1998,from the ESP\n");
  ASSERT_TRUE(r.ok);
  ASSERT_EQ(r.report.problems().size(), 1u);  // the note naming the attribute column
  EXPECT_EQ(r.report.problems()[0].code, "unread-column");
  EXPECT_EQ(r.report.problems()[0].subject, "note");
  EXPECT_EQ(r.report.problems()[0].location.line, 1);
  EXPECT_EQ(r.report.problems()[0].location.column, 68);
  ASSERT_EQ(r.park.exchanges.size(), 1u);
  const Exchange& x = r.park.exchanges[0];
  EXPECT_EQ(x.id, "e1");
  EXPECT_EQ(x.supplier, "P1");  // trimmed
  EXPECT_EQ(x.receiver, "C1");
  EXPECT_EQ(x.resource, "fly ash");
  EXPECT_EQ(x.layer, Layer::material);
  EXPECT_FALSE(x.layer_inferred);
  EXPECT_EQ(x.kind, Kind::byproduct);
  EXPECT_FALSE(x.kind_inferred);
  EXPECT_EQ(x.status, Status::planned);
  ASSERT_TRUE(x.quantity);
  EXPECT_DOUBLE_EQ(x.quantity->value, 1200.0);
  EXPECT_EQ(x.quantity->unit, "t/a");
  EXPECT_EQ(x.year, 1998);
  ASSERT_EQ(x.attributes.size(), 1u);
  EXPECT_EQ(x.attributes[0].key, "note");
  EXPECT_EQ(x.attributes[0].value, "from the ESP");
  EXPECT_EQ(x.origin.file, "ex.csv");
  EXPECT_EQ(x.origin.line, 2);
  EXPECT_EQ(x.origin.at("supplier").column, 4);
  EXPECT_EQ(x.origin.at("quantity").column, 48);  // the opening quote
}

TEST(CsvExchangesTest, AbsentOrEmptyLayerAndKindAreInferred) {
  const Read r = read_exchanges("from,to,material,layer\nA,B,steam,\n");
  ASSERT_EQ(r.park.exchanges.size(), 1u);
  EXPECT_TRUE(r.park.exchanges[0].layer_inferred);
  EXPECT_TRUE(r.park.exchanges[0].kind_inferred);
  EXPECT_EQ(r.park.exchanges[0].status, Status::existing);
  EXPECT_FALSE(r.park.exchanges[0].quantity);
  EXPECT_FALSE(r.park.exchanges[0].year);
}

TEST(CsvExchangesTest, UnknownLayerKindStatusAtTheirCells) {
  const Read r = read_exchanges(
      "supplier,receiver,layer,kind,status\n"
      "A,B,plasma,product,existing\n"
      "A,B,energy,gift,existing\n"
      "A,B,water,waste,maybe\n");
  const Problem* layer = find_problem(r.report, "unknown-layer");
  ASSERT_NE(layer, nullptr);
  EXPECT_EQ(layer->location.to_string(), "ex.csv:2:5");
  EXPECT_EQ(layer->subject, "A -> B");
  EXPECT_NE(layer->message.find("'plasma'"), std::string::npos);
  const Problem* kind = find_problem(r.report, "unknown-kind");
  ASSERT_NE(kind, nullptr);
  EXPECT_EQ(kind->location.to_string(), "ex.csv:3:12");
  const Problem* status = find_problem(r.report, "unknown-status");
  ASSERT_NE(status, nullptr);
  EXPECT_EQ(status->location.to_string(), "ex.csv:4:17");
  EXPECT_EQ(r.report.count(Severity::error), 3u);
  EXPECT_EQ(r.park.exchanges.size(), 3u);  // still read, so later checks see them
}

TEST(CsvExchangesTest, BadQuantities) {
  const Read r = read_exchanges(
      "supplier,receiver,quantity,unit\n"
      "A,B,lots,t/a\n"
      "A,B,nan,t/a\n"
      "A,B,inf,t/a\n"
      "A,B,-5,t/a\n");
  std::vector<int> lines;
  for (const Problem& p : r.report.problems()) {
    EXPECT_EQ(p.code, "bad-quantity");
    EXPECT_EQ(p.location.column, 5);
    lines.push_back(p.location.line);
  }
  EXPECT_EQ(lines, (std::vector<int>{2, 3, 4}));
  // A negative number is a number: finalize_park() rejects it (see ReadParkTest).
  ASSERT_EQ(r.park.exchanges.size(), 4u);
  ASSERT_TRUE(r.park.exchanges[3].quantity);
  EXPECT_DOUBLE_EQ(r.park.exchanges[3].quantity->value, -5.0);
}

TEST(CsvExchangesTest, QuantityCellWithItsUnit) {
  const Read r = read_exchanges(
      "supplier,receiver,amount\n"
      "A,B,200000 t/a\n"
      "A,B,20万吨/年\n"
      "A,B,\"1,200.5 GJ/a\"\n"
      "A,B,7\n");
  EXPECT_TRUE(r.report.problems().empty());
  ASSERT_EQ(r.park.exchanges.size(), 4u);
  EXPECT_DOUBLE_EQ(r.park.exchanges[0].quantity->value, 200000.0);
  EXPECT_EQ(r.park.exchanges[0].quantity->unit, "t/a");
  EXPECT_DOUBLE_EQ(r.park.exchanges[1].quantity->value, 20.0);
  EXPECT_EQ(r.park.exchanges[1].quantity->unit, "万吨/年");
  EXPECT_DOUBLE_EQ(r.park.exchanges[2].quantity->value, 1200.5);
  EXPECT_EQ(r.park.exchanges[2].quantity->unit, "GJ/a");
  EXPECT_EQ(r.park.exchanges[3].quantity->unit, "");  // finalize_park() reports it
}

TEST(CsvExchangesTest, TransactionTypeIsTheResource) {
  // R's read.csv turns a "Transaction Type" header into "Transaction.Type"; published lists
  // saved from R carry it, and it holds the resources.
  const Read r = read_exchanges(
      "\"Supplier\",\"Accepter\",\"Transaction.Type\",\"Attribute\"\n"
      "\"Salt Farm\",\"Power Plant\",\"Sea water\",\"Product\"\n"
      "\"Power Plant\",\"Salt Farm\",\"Hot Sea water\",\"By-product\"\n");
  ASSERT_TRUE(r.ok);
  EXPECT_TRUE(r.report.problems().empty());  // every column is read
  ASSERT_EQ(r.park.exchanges.size(), 2u);
  EXPECT_EQ(r.park.exchanges[0].resource, "Sea water");
  EXPECT_EQ(r.park.exchanges[1].resource, "Hot Sea water");
  EXPECT_EQ(r.park.exchanges[1].kind, Kind::byproduct);
  EXPECT_TRUE(r.park.exchanges[0].attributes.empty());
  EXPECT_EQ(r.park.exchanges[0].origin.at("resource").column, 27);
}

TEST(CsvExchangesTest, SemicolonFileHasDecimalCommas) {
  const Read r = read_exchanges(
      "supplier;receiver;resource;quantity;unit\n"
      "A;B;fly ash;35,5;t/a\n"
      "A;B;steam;1.234,5;GJ/a\n"
      "A;B;water;\"2,5 万m3/a\";\n"
      "A;B;slag;200000;t/a\n"
      "A;B;slag;0.125;t/a\n");
  ASSERT_TRUE(r.ok);
  EXPECT_FALSE(r.report.has_errors());
  ASSERT_EQ(r.park.exchanges.size(), 5u);
  EXPECT_DOUBLE_EQ(r.park.exchanges[0].quantity->value, 35.5);
  EXPECT_DOUBLE_EQ(r.park.exchanges[1].quantity->value, 1234.5);
  EXPECT_DOUBLE_EQ(r.park.exchanges[2].quantity->value, 2.5);
  EXPECT_EQ(r.park.exchanges[2].quantity->unit, "万m3/a");
  EXPECT_DOUBLE_EQ(r.park.exchanges[3].quantity->value, 200000.0);
  EXPECT_DOUBLE_EQ(r.park.exchanges[4].quantity->value, 0.125);

  // In a comma file, "1,200" groups thousands, as before.
  const Read comma = read_exchanges("supplier,receiver,quantity,unit\nA,B,\"1,200\",t/a\n");
  EXPECT_DOUBLE_EQ(comma.park.exchanges[0].quantity->value, 1200.0);
}

TEST(CsvExchangesTest, SemicolonFileRefusesAmbiguousPoints) {
  const Read r = read_exchanges(
      "supplier;receiver;quantity;unit\n"
      "A;B;1.200;t/a\n"
      "A;B;12.500.000 t/a;\n"
      "A;B;3,5,1;t/a\n");
  const Problem* p = find_problem(r.report, "ambiguous-number");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->location.line, 2);
  EXPECT_EQ(p->location.column, 5);
  EXPECT_NE(p->message.find("'1.200'"), std::string::npos);
  std::vector<std::string> codes;
  for (const Problem& q : r.report.problems())
    codes.push_back(q.code + "@" + std::to_string(q.location.line));
  EXPECT_EQ(codes, (std::vector<std::string>{"ambiguous-number@2", "ambiguous-number@3",
                                             "bad-quantity@4"}));
  EXPECT_NE(r.report.problems()[2].message.find("1.200,5"), std::string::npos);
}

TEST(CsvExchangesTest, UnitWithoutQuantityIsAWarning) {
  const Read r = read_exchanges("supplier,receiver,quantity,unit\nA,B,,t/a\n");
  const Problem* p = find_problem(r.report, "unit-without-quantity");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->severity, Severity::warning);
  EXPECT_EQ(p->location.to_string(), "ex.csv:2:6");
  EXPECT_FALSE(r.park.exchanges.at(0).quantity);
}

TEST(CsvExchangesTest, QuantityWithTwoUnitsIsAnError) {
  const Read r = read_exchanges("supplier,receiver,quantity,unit\nA,B,5 t/a,GJ/a\n");
  const Problem* p = find_problem(r.report, "bad-quantity");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->location.to_string(), "ex.csv:2:5");
}

TEST(CsvExchangesTest, BadYear) {
  const Read r = read_exchanges("Supplier,Accepter,Time\nA,B,1987\nA,B,late 80s\nA,B,1987.5\n");
  ASSERT_EQ(r.park.exchanges.size(), 3u);
  EXPECT_EQ(r.park.exchanges[0].year, 1987);
  ASSERT_EQ(r.report.count(Severity::error), 2u);
  EXPECT_EQ(r.report.problems()[0].code, "bad-year");
  EXPECT_EQ(r.report.problems()[0].location.to_string(), "ex.csv:3:5");
  EXPECT_EQ(r.report.problems()[1].location.to_string(), "ex.csv:4:5");
}

TEST(CsvExchangesTest, FieldCount) {
  const Read r = read_exchanges(
      "supplier,receiver,resource\n"
      "A,B\n"          // short: the resource is empty
      "A,B,steam,,\n"  // trailing empty fields: ignored
      "A,B,steam,extra\n");
  ASSERT_EQ(r.park.exchanges.size(), 2u);
  EXPECT_EQ(r.park.exchanges[0].resource, "");
  EXPECT_EQ(r.park.exchanges[0].origin.at("resource").column, 19);  // the header's column
  const Problem* p = find_problem(r.report, "field-count");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->location.to_string(), "ex.csv:4:11");
  EXPECT_NE(p->message.find("'extra'"), std::string::npos);
  EXPECT_EQ(r.report.count(Severity::error), 1u);
}

TEST(CsvExchangesTest, MissingColumnReadsNoRows) {
  const Read r = read_exchanges("supplier,resource\nA,steam\n");
  EXPECT_FALSE(r.ok);
  EXPECT_TRUE(r.park.exchanges.empty());
  const Problem* p = find_problem(r.report, "missing-column");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->location.to_string(), "ex.csv:1");
  EXPECT_NE(p->message.find("'supplier', 'resource'"), std::string::npos);
}

TEST(CsvExchangesTest, HeaderOnly) {
  const Read r = read_exchanges("supplier,receiver\n");
  EXPECT_TRUE(r.ok);
  EXPECT_TRUE(r.report.has_code("no-exchanges"));
}

TEST(CsvExchangesTest, ColumnMap) {
  const Read r =
      read_exchanges("Lieferant,Abnehmer,Menge\nA,B,3 t/a\n",
                     {{"Lieferant", "supplier"}, {"Abnehmer", "receiver"}, {"Menge", "quantity"}});
  ASSERT_EQ(r.park.exchanges.size(), 1u);
  EXPECT_EQ(r.park.exchanges[0].supplier, "A");
  EXPECT_EQ(r.park.exchanges[0].receiver, "B");
  EXPECT_DOUBLE_EQ(r.park.exchanges[0].quantity->value, 3.0);
}

}  // namespace
}  // namespace symbio::io
