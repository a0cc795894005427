#include "core/park_check.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/support/park_builder.hpp"

namespace symbio {
namespace {

using symbio::testing::park_of;

// Codes of the problems of a given severity, in report order.
std::vector<std::string> codes(const ValidationReport& report, Severity severity) {
  std::vector<std::string> out;
  for (const Problem& p : report.problems()) {
    if (p.severity == severity) out.push_back(p.code);
  }
  return out;
}

const Problem* find(const ValidationReport& report, const std::string& code) {
  for (const Problem& p : report.problems()) {
    if (p.code == code) return &p;
  }
  return nullptr;
}

Exchange with_quantity(Exchange x, double value, std::string unit) {
  x.quantity = Quantity{value, std::move(unit)};
  return x;
}

TEST(ParkCheckTest, CleanParkHasNoProblemAndGetsIds) {
  Park park =
      park_of({"a", "b", "c"}, {symbio::testing::ex("a", "b"), symbio::testing::ex("b", "c")});
  const ValidationReport report = finalize_park(park, ResourceCatalogue::builtin());
  EXPECT_TRUE(report.problems().empty());
  // Missing ids are numbered in input order from 1.
  EXPECT_EQ(park.exchanges[0].id, "x1");
  EXPECT_EQ(park.exchanges[1].id, "x2");
}

TEST(ParkCheckTest, EnterpriseErrors) {
  Park park = park_of({"a", "a", "b"}, {symbio::testing::ex("a", "b")});
  park.enterprises[2].name = "  ";
  const ValidationReport report = finalize_park(park, ResourceCatalogue::builtin());
  EXPECT_EQ(codes(report, Severity::error),
            (std::vector<std::string>{"duplicate-enterprise", "empty-name"}));
  EXPECT_EQ(find(report, "empty-name")->subject, "b");
}

TEST(ParkCheckTest, UnknownEnterpriseIsAnErrorUnlessAdded) {
  Park listed = park_of({"a"}, {symbio::testing::ex("a", "z")});
  const ValidationReport strict = finalize_park(listed, ResourceCatalogue::builtin());
  ASSERT_EQ(codes(strict, Severity::error), std::vector<std::string>{"unknown-enterprise"});
  EXPECT_NE(find(strict, "unknown-enterprise")->message.find("receiver 'z'"), std::string::npos);

  // A single exchanges file: enterprises are added in order of first use, named by their id.
  Park single;
  single.exchanges = {symbio::testing::ex("p", "q"), symbio::testing::ex("q", "r")};
  const ValidationReport added =
      finalize_park(single, ResourceCatalogue::builtin(), {.add_missing_enterprises = true});
  EXPECT_FALSE(added.has_errors());
  ASSERT_EQ(single.enterprises.size(), 3U);
  EXPECT_EQ(single.enterprises[0].id, "p");
  EXPECT_EQ(single.enterprises[1].id, "q");
  EXPECT_EQ(single.enterprises[2].id, "r");
  EXPECT_EQ(single.enterprises[2].name, "r");
}

TEST(ParkCheckTest, ExchangeChecks) {
  Exchange self = symbio::testing::ex("a", "a");
  Exchange old = symbio::testing::ex("a", "b");
  old.year = 1799;  // the first year accepted is 1800
  Exchange fine = symbio::testing::ex("b", "a");
  fine.year = 2200;  // the last year accepted
  Exchange twin = symbio::testing::ex("b", "a");
  fine.id = "dup";
  twin.id = "dup";
  Park park = park_of({"a", "b"}, {self, old, fine, twin});
  const ValidationReport report = finalize_park(park, ResourceCatalogue::builtin());
  EXPECT_EQ(codes(report, Severity::warning), std::vector<std::string>{"self-exchange"});
  EXPECT_EQ(codes(report, Severity::error),
            (std::vector<std::string>{"bad-year", "duplicate-exchange"}));
  EXPECT_EQ(find(report, "bad-year")->subject, "x2");
}

TEST(ParkCheckTest, LayerAndKindInferredFromTheCatalogue) {
  Exchange steam = symbio::testing::ex("a", "b");
  steam.resource = "低压蒸汽";  // an alias of the catalogue's steam: energy, utility
  steam.layer_inferred = true;
  steam.kind_inferred = true;
  Exchange ash = symbio::testing::ex("a", "b");
  ash.resource = "Fly Ash";  // fly_ash: material, byproduct
  ash.layer_inferred = true;
  ash.kind_inferred = true;
  Exchange unknown = symbio::testing::ex("a", "b", std::nullopt, Layer::water, Kind::waste);
  unknown.resource = "mystery slurry";  // not in the catalogue: material, product
  unknown.layer_inferred = true;
  unknown.kind_inferred = true;
  Exchange given = symbio::testing::ex("a", "b", std::nullopt, Layer::water, Kind::waste);
  given.resource = "steam";  // given layer and kind stay
  Park park = park_of({"a", "b"}, {steam, ash, unknown, given});
  EXPECT_FALSE(finalize_park(park, ResourceCatalogue::builtin()).has_errors());
  EXPECT_EQ(park.exchanges[0].layer, Layer::energy);
  EXPECT_EQ(park.exchanges[0].kind, Kind::utility);
  EXPECT_EQ(park.exchanges[1].layer, Layer::material);
  EXPECT_EQ(park.exchanges[1].kind, Kind::byproduct);
  EXPECT_EQ(park.exchanges[2].layer, Layer::material);
  EXPECT_EQ(park.exchanges[2].kind, Kind::product);
  EXPECT_EQ(park.exchanges[3].layer, Layer::water);
  EXPECT_EQ(park.exchanges[3].kind, Kind::waste);
}

TEST(ParkCheckTest, QuantitiesConvertedToTheLayerUnit) {
  // 20 万吨/年 = 200,000 t/a; 3 MWh/a = 10.8 GJ/a (3,600 MJ per MWh); a mass on the water layer
  // of an unknown resource has no density to bridge it: an error at the unit.
  Park park = park_of(
      {"a", "b"},
      {with_quantity(symbio::testing::ex("a", "b"), 20, "万吨/年"),
       with_quantity(symbio::testing::ex("a", "b", std::nullopt, Layer::energy), 3, "MWh/a"),
       with_quantity(symbio::testing::ex("a", "b", std::nullopt, Layer::water), 5, "t/a")});
  const ValidationReport report = finalize_park(park, ResourceCatalogue::builtin());
  ASSERT_TRUE(park.exchanges[0].amount.has_value());
  EXPECT_DOUBLE_EQ(*park.exchanges[0].amount, 200000.0);
  ASSERT_TRUE(park.exchanges[1].amount.has_value());
  EXPECT_DOUBLE_EQ(*park.exchanges[1].amount, 10.8);
  EXPECT_FALSE(park.exchanges[2].amount.has_value());
  EXPECT_EQ(codes(report, Severity::error).size(), 1U);
  EXPECT_EQ(report.problems().back().subject, "x3");
}

TEST(ParkCheckTest, LayerSumsMustStayFinite) {
  // 1e308 + 1e308 t/a overflows a double: reported once, at the exchange where the sum does.
  Park park = park_of(
      {"a", "b", "c"},
      {with_quantity(symbio::testing::ex("a", "b"), 1e308, "t/a"),
       with_quantity(symbio::testing::ex("b", "c"), 1e308, "t/a"),
       with_quantity(symbio::testing::ex("a", "c"), 1e308, "t/a"),
       with_quantity(symbio::testing::ex("a", "c", std::nullopt, Layer::energy), 1e308, "GJ/a")});
  const ValidationReport report = finalize_park(park, ResourceCatalogue::builtin());
  ASSERT_EQ(codes(report, Severity::error), std::vector<std::string>{"bad-quantity"});
  EXPECT_EQ(find(report, "bad-quantity")->subject, "x2");
}

TEST(ParkCheckTest, IsolatesCountOnlyExistingExchanges) {
  // c takes part only in a planned exchange and d only in a self-exchange: both are isolates.
  Park park = park_of(
      {"a", "b", "c", "d"},
      {symbio::testing::ex("a", "b"),
       symbio::testing::ex("a", "c", std::nullopt, Layer::material, Kind::product, Status::planned),
       symbio::testing::ex("d", "d")});
  const ValidationReport report = finalize_park(park, ResourceCatalogue::builtin());
  std::vector<std::string> isolates;
  for (const Problem& p : report.problems()) {
    if (p.code == "isolate") isolates.push_back(p.subject);
  }
  EXPECT_EQ(isolates, (std::vector<std::string>{"c", "d"}));
}

TEST(ParkCheckTest, Declarations) {
  Declaration output;
  output.enterprise = "a";
  output.resource = "fly ash";
  output.quantity = Quantity{2, "万吨/年"};
  Declaration stranger;
  stranger.enterprise = "nobody";
  stranger.resource = "steam";
  Park park = park_of({"a", "b"}, {symbio::testing::ex("a", "b")});
  park.declarations = {output, stranger};
  const ValidationReport report = finalize_park(park, ResourceCatalogue::builtin());
  EXPECT_EQ(codes(report, Severity::error), std::vector<std::string>{"unknown-enterprise"});
  EXPECT_EQ(park.declarations[0].layer, Layer::material);
  ASSERT_TRUE(park.declarations[0].amount.has_value());
  EXPECT_DOUBLE_EQ(*park.declarations[0].amount, 20000.0);
  EXPECT_EQ(park.declarations[1].layer, Layer::energy);  // steam, from the catalogue
}

}  // namespace
}  // namespace symbio
