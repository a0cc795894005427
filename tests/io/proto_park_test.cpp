#include "io/proto_park.hpp"

#include <gtest/gtest.h>

#include "tests/io/temp_dir.hpp"

namespace symbio::io {
namespace {

using testing::find_problem;

Park sample_park() {
  Park park;
  park.name = "示范园区";
  park.source = "test";
  park.enterprises.push_back(
      Enterprise{"P1", "热电厂", "4411", "utility", false, {{"产值", "12.5"}}, {}});
  park.enterprises.push_back(Enterprise{"L1", "Landfill", "", "", true, {}, {}});
  Exchange x;
  x.id = "x1";
  x.supplier = "P1";
  x.receiver = "L1";
  x.resource = "粉煤灰";
  x.layer = Layer::material;
  x.kind = Kind::waste;
  x.status = Status::planned;
  x.quantity = Quantity{0.1, "万吨/年"};
  x.amount = 1000.0;
  x.year = 2005;
  x.attributes = {{"note", "a \"quoted\" note"}};
  park.exchanges.push_back(x);
  Declaration d;
  d.enterprise = "P1";
  d.direction = Direction::need;
  d.resource = "water";
  d.layer = Layer::water;
  d.layer_inferred = false;
  d.quantity = Quantity{5, "m3/a"};
  park.declarations.push_back(d);
  return park;
}

void expect_sample(const Park& park) {
  EXPECT_EQ(park.name, "示范园区");
  EXPECT_EQ(park.source, "test");
  ASSERT_EQ(park.enterprises.size(), 2u);
  EXPECT_EQ(park.enterprises[0].name, "热电厂");
  EXPECT_EQ(park.enterprises[0].attributes.at(0).key, "产值");
  EXPECT_TRUE(park.enterprises[1].external);
  ASSERT_EQ(park.exchanges.size(), 1u);
  const Exchange& x = park.exchanges[0];
  EXPECT_EQ(x.resource, "粉煤灰");
  EXPECT_EQ(x.kind, Kind::waste);
  EXPECT_FALSE(x.kind_inferred);
  EXPECT_FALSE(x.layer_inferred);
  EXPECT_EQ(x.status, Status::planned);
  ASSERT_TRUE(x.quantity);
  EXPECT_EQ(x.quantity->value, 0.1);  // exact: doubles round-trip
  EXPECT_EQ(x.quantity->unit, "万吨/年");
  EXPECT_FALSE(x.amount);  // recomputed by finalize_park(), never trusted from input
  EXPECT_EQ(x.year, 2005);
  EXPECT_EQ(x.attributes.at(0).value, "a \"quoted\" note");
  ASSERT_EQ(park.declarations.size(), 1u);
  EXPECT_EQ(park.declarations[0].direction, Direction::need);
  EXPECT_EQ(park.declarations[0].layer, Layer::water);
}

TEST(ProtoParkTest, JsonRoundTrip) {
  const std::string json = park_to_json(sample_park());
  // Proto field names and enum names, Chinese kept as UTF-8.
  EXPECT_NE(json.find("\"supplier\": \"P1\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"LAYER_MATERIAL\""), std::string::npos);
  EXPECT_NE(json.find("热电厂"), std::string::npos);
  EXPECT_EQ(json.find("\"sector\": \"\""), std::string::npos);  // defaults are left out
  ValidationReport report;
  const Park back = park_from_json(json, "p.json", report);
  EXPECT_TRUE(report.problems().empty());
  expect_sample(back);
  EXPECT_EQ(back.exchanges[0].origin.file, "p.json");
  EXPECT_EQ(back.exchanges[0].origin.line, 0);
}

TEST(ProtoParkTest, BinaryAndTextRoundTrip) {
  ValidationReport report;
  const std::string binary = park_to_binary(sample_park());
  EXPECT_EQ(binary, park_to_binary(sample_park()));  // deterministic
  expect_sample(park_from_binary(binary, "p.pb", report));
  const std::string text = park_to_text_format(sample_park());
  EXPECT_NE(text.find("热电厂"), std::string::npos) << text;  // not octal escapes
  expect_sample(park_from_text_format(text, "p.pbtxt", report));
  EXPECT_TRUE(report.problems().empty());
}

TEST(ProtoParkTest, UnspecifiedLayerAndKindAreInferred) {
  ValidationReport report;
  const Park park =
      park_from_json(R"({"exchanges": [{"supplier": "A", "receiver": "B", "resource": "steam"}]})",
                     "p.json", report);
  EXPECT_TRUE(report.problems().empty());
  ASSERT_EQ(park.exchanges.size(), 1u);
  EXPECT_TRUE(park.exchanges[0].layer_inferred);
  EXPECT_TRUE(park.exchanges[0].kind_inferred);
  EXPECT_EQ(park.exchanges[0].status, Status::existing);
  EXPECT_FALSE(park.exchanges[0].quantity);
  EXPECT_FALSE(park.exchanges[0].year);
}

TEST(ProtoParkTest, CamelCaseJsonIsAccepted) {
  ValidationReport report;
  const Park park = park_from_json(R"({"enterprises": [{"id": "A"}], "declarations":
      [{"enterprise": "A", "direction": "DIRECTION_OUTPUT", "resource": "x"}]})",
                                   "p.json", report);
  EXPECT_FALSE(report.has_errors());
  EXPECT_EQ(park.declarations.size(), 1u);
}

TEST(ProtoParkTest, JsonSyntaxErrorHasALocation) {
  ValidationReport report;
  const Park park =
      park_from_json("{\n  \"name\": \"x\",\n  \"enterprises\": [ }\n", "p.json", report);
  EXPECT_TRUE(park.enterprises.empty());
  const Problem* p = find_problem(report, "bad-json");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->location.file, "p.json");
  EXPECT_EQ(p->location.line, 3);
  EXPECT_EQ(p->location.column, 20);
}

TEST(ProtoParkTest, JsonOfTheWrongShape) {
  for (const std::string text :
       {R"({"enterprises": "P1"})", R"({"exchanges": [{"supplier": 5}]})", R"({"factories": []})",
        R"([1, 2])", R"({"exchanges": [{"layer": "LAYER_PLASMA"}]})"}) {
    ValidationReport report;
    park_from_json(text, "p.json", report);
    const Problem* p = find_problem(report, "bad-json");
    ASSERT_NE(p, nullptr) << text;
    EXPECT_NE(p->message.find("symbio.v1.Park"), std::string::npos);
    EXPECT_GT(p->message.size(),
              std::string("not a symbio.v1.Park in the Protobuf JSON mapping: ").size())
        << "the parser's message is kept";
  }
}

TEST(ProtoParkTest, UnknownEnumNumber) {
  ValidationReport report;
  park_from_json(R"({"exchanges": [{"supplier": "A"}, {"supplier": "A", "layer": 7}]})", "p.json",
                 report);
  const Problem* p = find_problem(report, "bad-enum");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->subject, "exchanges[1]");
}

TEST(ProtoParkTest, TruncatedAndGarbageBinary) {
  const std::string binary = park_to_binary(sample_park());
  for (const std::string& bytes : {binary.substr(0, binary.size() - 3), std::string("\xFF\xFF\xFF"),
                                   std::string("\x0A\x05"
                                               "ab",
                                               4)}) {
    ValidationReport report;
    const Park park = park_from_binary(bytes, "p.pb", report);
    const Problem* p = find_problem(report, "bad-protobuf");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->location.file, "p.pb");
    EXPECT_TRUE(park.exchanges.empty());
  }
  ValidationReport limit;
  park_from_binary(binary, "p.pb", limit, 10);
  EXPECT_TRUE(limit.has_code("bad-protobuf"));
}

TEST(ProtoParkTest, TextFormatErrorHasALocation) {
  ValidationReport report;
  park_from_text_format("name: \"x\"\nenterprises {\n  idd: \"A\"\n}\n", "p.pbtxt", report);
  const Problem* p = find_problem(report, "bad-pbtxt");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->location.line, 3);
  EXPECT_EQ(p->location.column, 6);  // protobuf points just past the unknown name
  EXPECT_NE(p->message.find("idd"), std::string::npos);
}

}  // namespace
}  // namespace symbio::io
