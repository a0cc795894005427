#include "network/graph.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "tests/support/park_builder.hpp"

namespace symbio::net {
namespace {

using symbio::testing::park_of;

// symbio::testing::ex with the layer and kind first, as the cases below read best.
Exchange exchange(std::string s, std::string r, Layer layer, Kind kind,
                  std::optional<double> amount, Status status = Status::existing) {
  return symbio::testing::ex(std::move(s), std::move(r), amount, layer, kind, status);
}

// a -> b twice (material, 10 + 5 t/a), b -> a (material, 2), b -> c (energy, no quantity),
// a self-exchange, a planned c -> a, and an isolate d.
Park small_park() {
  return park_of({"a", "b", "c", "d"},
                 {
                     exchange("a", "b", Layer::material, Kind::byproduct, 10.0),
                     exchange("a", "b", Layer::material, Kind::product, 5.0),
                     exchange("b", "a", Layer::material, Kind::waste, 2.0),
                     exchange("b", "c", Layer::energy, Kind::utility, std::nullopt),
                     exchange("a", "a", Layer::material, Kind::waste, 1.0),
                     exchange("c", "a", Layer::water, Kind::product, 1.0, Status::planned),
                 });
}

TEST(SymbiosisGraphTest, CollapsesParallelExchangesAndDropsSelfAndPlanned) {
  const SymbiosisGraph g(small_park());
  EXPECT_EQ(g.n(), 4);
  EXPECT_EQ(g.exchanges().size(), 4u);  // 6 minus the self-exchange and the planned one
  EXPECT_EQ(g.layers(), (std::vector<ViewLayer>{ViewLayer::all, ViewLayer::material,
                                                ViewLayer::energy, ViewLayer::waste}));
  const LayerView& all = g.view();
  EXPECT_EQ(all.m(), 3);  // a->b, b->a, b->c
  EXPECT_EQ(all.exchange_count(), 4);
  EXPECT_EQ(all.undirected_edge_count(), 2);  // a-b, b-c
  EXPECT_FALSE(all.weighted());
  const Vertex a = 0, b = 1, c = 2, d = 3;
  EXPECT_EQ(std::vector<Vertex>(all.out(b).begin(), all.out(b).end()), (std::vector<Vertex>{a, c}));
  EXPECT_EQ(std::vector<Vertex>(all.in(a).begin(), all.in(a).end()), (std::vector<Vertex>{b}));
  EXPECT_TRUE(all.neighbors(d).empty());
  ASSERT_TRUE(all.find_tie(a, b));
  EXPECT_EQ(all.ties()[static_cast<std::size_t>(*all.find_tie(a, b))].exchanges, 2);
  EXPECT_FALSE(all.find_tie(c, a));
  // in_ties maps back to the tie list.
  EXPECT_EQ(all.ties()[static_cast<std::size_t>(all.in_ties(c)[0])].supplier, b);
}

TEST(SymbiosisGraphTest, WeightsOnlyWhereEveryExchangeHasAQuantity) {
  const SymbiosisGraph g(small_park());
  const LayerView& material = g.view(ViewLayer::material);
  ASSERT_TRUE(material.weighted());
  EXPECT_EQ(material.weight_unit(), "t/a");
  EXPECT_DOUBLE_EQ(material.out_weight(0, 0), 15.0);  // 10 + 5
  const LayerView& energy = g.view(ViewLayer::energy);
  EXPECT_FALSE(energy.weighted());
  EXPECT_EQ(energy.unweighted_reason(), "1 of 1 exchange has no quantity");
  // waste view: byproduct a->b and waste b->a, both material with quantities.
  EXPECT_TRUE(g.view(ViewLayer::waste).weighted());
  EXPECT_EQ(g.view(ViewLayer::waste).m(), 2);
  EXPECT_THROW((void)g.view(ViewLayer::water), OptionError);
}

TEST(SymbiosisGraphTest, ScenarioAndExternalOptions) {
  Park park = small_park();
  park.enterprises[2].external = true;  // c
  const SymbiosisGraph with_planned(park, GraphOptions{.include_planned = true});
  EXPECT_TRUE(with_planned.has_view(ViewLayer::water));
  EXPECT_EQ(with_planned.view().m(), 4);
  const SymbiosisGraph internal(park, GraphOptions{.exclude_external = true});
  EXPECT_EQ(internal.n(), 3);
  EXPECT_FALSE(internal.index_of("c"));
  EXPECT_EQ(internal.view().m(), 2);
  EXPECT_EQ(*internal.index_of("d"), 2);
}

}  // namespace
}  // namespace symbio::net
