#include "io/detail/proto_convert.hpp"

#include <gtest/gtest.h>

#include "symbio/v1/park.pb.h"
#include "tests/io/temp_dir.hpp"

namespace symbio::io::detail {
namespace {

namespace pb = symbio::v1;
using testing::find_problem;

// Every field of the model goes into its field of the message; existing status and a known
// amount are written explicitly, layer and kind as they are.
TEST(ProtoConvertTest, ToProtoWritesEveryField) {
  Park park;
  park.name = "园区";
  park.description = "d";
  park.source = "s";
  park.enterprises.push_back({.id = "a",
                              .name = "热电",
                              .sector = "4411",
                              .role = "utility",
                              .external = true,
                              .attributes = {{"k", "v"}}});
  Exchange x;
  x.id = "x1";
  x.supplier = "a";
  x.receiver = "b";
  x.resource = "steam";
  x.layer = Layer::energy;
  x.kind = Kind::utility;
  x.quantity = Quantity{2.5, "GJ/a"};
  x.amount = 2.5;
  x.year = 2020;
  park.exchanges.push_back(x);
  park.declarations.push_back({.enterprise = "b",
                               .direction = Direction::need,
                               .resource = "water",
                               .layer = Layer::water});

  pb::Park message;
  to_proto(park, message);
  EXPECT_EQ(message.name(), "园区");
  EXPECT_EQ(message.source(), "s");
  ASSERT_EQ(message.enterprises_size(), 1);
  EXPECT_EQ(message.enterprises(0).name(), "热电");
  EXPECT_TRUE(message.enterprises(0).external());
  ASSERT_EQ(message.enterprises(0).attributes_size(), 1);
  EXPECT_EQ(message.enterprises(0).attributes(0).value(), "v");
  ASSERT_EQ(message.exchanges_size(), 1);
  const pb::Exchange& e = message.exchanges(0);
  EXPECT_EQ(e.layer(), pb::LAYER_ENERGY);
  EXPECT_EQ(e.kind(), pb::KIND_UTILITY);
  EXPECT_EQ(e.status(), pb::STATUS_EXISTING);
  EXPECT_EQ(e.quantity().value(), 2.5);
  EXPECT_EQ(e.quantity().unit(), "GJ/a");
  EXPECT_TRUE(e.has_amount());
  EXPECT_EQ(e.year(), 2020);
  ASSERT_EQ(message.declarations_size(), 1);
  EXPECT_EQ(message.declarations(0).direction(), pb::DIRECTION_NEED);
  EXPECT_EQ(message.declarations(0).layer(), pb::LAYER_WATER);
  EXPECT_FALSE(message.declarations(0).has_quantity());
}

// Unspecified layer and kind are to be inferred, unspecified status is existing; the amount is
// not read (finalize_park() computes it); origins are the file, line 0.
TEST(ProtoConvertTest, FromProtoInfersWhatIsUnspecified) {
  pb::Park message;
  pb::Exchange* e = message.add_exchanges();
  e->set_supplier("a");
  e->set_receiver("b");
  e->set_amount(7.0);
  pb::Exchange* water = message.add_exchanges();
  water->set_layer(pb::LAYER_WATER);
  water->set_kind(pb::KIND_WASTE);
  water->set_status(pb::STATUS_PLANNED);
  ValidationReport report;
  const Park park = from_proto(message, "park.pb", report);
  EXPECT_FALSE(report.has_errors());
  ASSERT_EQ(park.exchanges.size(), 2u);
  EXPECT_TRUE(park.exchanges[0].layer_inferred);
  EXPECT_TRUE(park.exchanges[0].kind_inferred);
  EXPECT_EQ(park.exchanges[0].status, Status::existing);
  EXPECT_FALSE(park.exchanges[0].amount.has_value());
  EXPECT_FALSE(park.exchanges[0].quantity.has_value());
  EXPECT_EQ(park.exchanges[0].origin.file, "park.pb");
  EXPECT_EQ(park.exchanges[0].origin.line, 0);
  EXPECT_FALSE(park.exchanges[1].layer_inferred);
  EXPECT_EQ(park.exchanges[1].layer, Layer::water);
  EXPECT_EQ(park.exchanges[1].kind, Kind::waste);
  EXPECT_EQ(park.exchanges[1].status, Status::planned);
}

// Values the schema does not define (an open enum keeps them) and a declaration without a
// direction are errors naming the element by its 0-based index.
TEST(ProtoConvertTest, UndefinedEnumValuesAndMissingDirectionsAreErrors) {
  pb::Park message;
  message.add_exchanges();
  message.add_exchanges()->set_layer(static_cast<pb::Layer>(9));
  message.add_declarations()->set_resource("steam");
  ValidationReport report;
  from_proto(message, "park.pb", report);
  const Problem* bad = find_problem(report, "bad-enum");
  ASSERT_NE(bad, nullptr);
  EXPECT_EQ(bad->subject, "exchanges[1]");
  EXPECT_NE(bad->message.find("layer has the value 9"), std::string::npos) << bad->message;
  const Problem* direction = find_problem(report, "unknown-direction");
  ASSERT_NE(direction, nullptr);
  EXPECT_EQ(direction->subject, "declarations[0]");
}

// What to_proto writes, from_proto reads back as the same model.
TEST(ProtoConvertTest, RoundTrip) {
  Park park;
  park.name = "p";
  park.enterprises.push_back({.id = "a", .name = "A"});
  park.enterprises.push_back({.id = "b", .name = "B"});
  Exchange x;
  x.supplier = "a";
  x.receiver = "b";
  x.layer = Layer::water;
  x.kind = Kind::byproduct;
  x.status = Status::potential;
  x.quantity = Quantity{3.0, "m3/a"};
  x.attributes = {{"note", "冷却水"}};
  park.exchanges.push_back(x);
  pb::Park message;
  to_proto(park, message);
  ValidationReport report;
  const Park back = from_proto(message, "f", report);
  EXPECT_FALSE(report.has_errors());
  ASSERT_EQ(back.exchanges.size(), 1u);
  const Exchange& y = back.exchanges[0];
  EXPECT_EQ(y.layer, Layer::water);
  EXPECT_EQ(y.kind, Kind::byproduct);
  EXPECT_EQ(y.status, Status::potential);
  EXPECT_EQ(y.quantity->value, 3.0);
  EXPECT_EQ(y.quantity->unit, "m3/a");
  ASSERT_EQ(y.attributes.size(), 1u);
  EXPECT_EQ(y.attributes[0].value, "冷却水");
  EXPECT_EQ(back.enterprises[1].name, "B");
}

}  // namespace
}  // namespace symbio::io::detail
