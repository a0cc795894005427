#include "network/flows.hpp"

#include <gtest/gtest.h>

#include "tests/support/park_builder.hpp"

namespace symbio::net {
namespace {

using symbio::testing::ex;

// A power plant a, a cement works b and a farm c inside the park; the market m and the
// landfill l outside it.
//   material: m -> a 1000 (product), a -> b 300 (byproduct), a -> c 50 (byproduct),
//             a -> l 100 (waste), b -> m 250 (product), c -> m 20 (byproduct)
//   energy:   a -> b 500 GJ/a (utility), a -> c without a quantity
//   declared: a puts out 150 t/a it cannot place; c needs 40 t/a
Park small_park() {
  Park park = symbio::testing::park_of(
      {"a", "b", "c", "m", "l"},
      {ex("m", "a", 1000), ex("a", "b", 300, Layer::material, Kind::byproduct),
       ex("a", "c", 50, Layer::material, Kind::byproduct),
       ex("a", "l", 100, Layer::material, Kind::waste), ex("b", "m", 250),
       ex("c", "m", 20, Layer::material, Kind::byproduct),
       ex("a", "b", 500, Layer::energy, Kind::utility),
       ex("a", "c", std::nullopt, Layer::energy, Kind::utility)});
  park.enterprises[3].external = true;
  park.enterprises[4].external = true;
  Declaration unused;
  unused.enterprise = "a";
  unused.direction = Direction::output;
  unused.resource = "fly ash";
  unused.amount = 150;
  Declaration need;
  need.enterprise = "c";
  need.direction = Direction::need;
  need.resource = "compost";
  need.amount = 40;
  park.declarations = {unused, need};
  return park;
}

TEST(FlowsTest, HandWorkedBalanceAndRates) {
  const Park park = small_park();
  const SymbiosisGraph graph(park);
  const FlowsResult flows = compute_flows(park, graph);
  ASSERT_EQ(flows.layers.size(), 2u);  // no water exchange and no water declaration
  const LayerFlows& m = flows.layers[0];
  EXPECT_EQ(m.layer, Layer::material);
  EXPECT_EQ(m.unit, "t/a");
  EXPECT_EQ(m.exchanges, 6);
  EXPECT_EQ(m.quantified, 6);
  EXPECT_DOUBLE_EQ(*m.internal_flow, 350.0);   // 300 + 50
  EXPECT_DOUBLE_EQ(*m.import_flow, 1000.0);    // m -> a
  EXPECT_DOUBLE_EQ(*m.export_flow, 370.0);     // 100 + 250 + 20
  EXPECT_DOUBLE_EQ(*m.byproduct_flow, 370.0);  // 300 + 50 + 20
  EXPECT_DOUBLE_EQ(*m.waste_flow, 100.0);
  EXPECT_DOUBLE_EQ(m.declared_unused, 150.0);
  EXPECT_DOUBLE_EQ(m.declared_need, 40.0);
  // Denominator 370 + 100 + 150 = 620.
  EXPECT_DOUBLE_EQ(*m.byproduct_utilisation_rate, 370.0 / 620.0);
  EXPECT_DOUBLE_EQ(*m.internal_byproduct_share, 350.0 / 620.0);

  ASSERT_EQ(m.balance.size(), 3u);  // a, b, c: the external ones have no balance row
  const EnterpriseBalance& a = m.balance[0];
  EXPECT_DOUBLE_EQ(*a.in_internal, 0.0);
  EXPECT_DOUBLE_EQ(*a.in_external, 1000.0);
  EXPECT_DOUBLE_EQ(*a.out_internal, 350.0);
  EXPECT_DOUBLE_EQ(*a.out_external, 100.0);
  EXPECT_DOUBLE_EQ(a.declared_unused, 150.0);
  const EnterpriseBalance& b = m.balance[1];
  EXPECT_DOUBLE_EQ(*b.in_internal, 300.0);
  EXPECT_DOUBLE_EQ(*b.out_external, 250.0);
  const EnterpriseBalance& c = m.balance[2];
  EXPECT_DOUBLE_EQ(*c.in_internal, 50.0);
  EXPECT_DOUBLE_EQ(*c.out_external, 20.0);
  EXPECT_DOUBLE_EQ(c.declared_need, 40.0);

  // Every material exchange has a quantity: ENA over a, b, c. a receives 1000 and sends 450,
  // b 300 / 250, c 50 / 20, so T = (1000, 300, 50), TST = 1350, boundary = import 1000, no
  // cycle.
  ASSERT_TRUE(m.ena);
  EXPECT_EQ(m.ena_nodes.size(), 3u);
  EXPECT_DOUBLE_EQ(m.ena->tst, 1350.0);
  EXPECT_DOUBLE_EQ(m.ena->boundary, 1000.0);
  EXPECT_DOUBLE_EQ(*m.ena->apl, 1.35);
  EXPECT_DOUBLE_EQ(*m.ena->fci, 0.0);
  EXPECT_DOUBLE_EQ(*a.ena_throughflow, 1000.0);
  EXPECT_DOUBLE_EQ(*b.ena_throughflow, 300.0);
}

TEST(FlowsTest, PartialQuantitiesGiveNoNetworkAnalysisAndANote) {
  const Park park = small_park();
  const SymbiosisGraph graph(park);
  const FlowsResult flows = compute_flows(park, graph);
  const LayerFlows& e = flows.layers[1];
  EXPECT_EQ(e.layer, Layer::energy);
  EXPECT_EQ(e.exchanges, 2);
  EXPECT_EQ(e.quantified, 1);
  EXPECT_DOUBLE_EQ(*e.internal_flow, 500.0);
  EXPECT_FALSE(e.ena);
  EXPECT_FALSE(e.balance[0].ena_throughflow);
  EXPECT_FALSE(e.byproduct_utilisation_rate);  // 0 / 0
  ASSERT_FALSE(e.notes.empty());
  EXPECT_NE(e.notes.front().find("1 of 2"), std::string::npos);
}

TEST(FlowsTest, NoQuantityLeavesFlowsEmptyNotZero) {
  const Park park = symbio::testing::park_of({"a", "b"}, {ex("a", "b")});
  const SymbiosisGraph graph(park);
  const FlowsResult flows = compute_flows(park, graph);
  const LayerFlows& m = flows.layers.at(0);
  EXPECT_EQ(m.quantified, 0);
  EXPECT_FALSE(m.internal_flow);
  EXPECT_FALSE(m.import_flow);
  EXPECT_FALSE(m.balance[0].in_internal);
  EXPECT_FALSE(m.ena);
  EXPECT_FALSE(m.notes.empty());
}

// The report's unit is the one written most: two exchanges in 万吨/年 and one in t/a.
TEST(FlowsTest, DisplayUnitIsTheMostUsedInputUnit) {
  Park park = symbio::testing::park_of({"a", "b", "c"},
                                       {ex("a", "b", 2e4), ex("b", "c", 3e4), ex("a", "c", 5)});
  park.exchanges[0].quantity = Quantity{2, "万吨/年"};
  park.exchanges[1].quantity = Quantity{3, "万吨/年"};
  park.exchanges[2].quantity = Quantity{5, "t/a"};
  const SymbiosisGraph graph(park);
  const FlowsResult flows = compute_flows(park, graph);
  const LayerFlows& m = flows.layers.at(0);
  EXPECT_EQ(m.display_unit, "万吨/年");
  EXPECT_DOUBLE_EQ(m.display_factor, 1e4);
}

}  // namespace
}  // namespace symbio::net
