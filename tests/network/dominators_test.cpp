#include "network/dominators.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "tests/support/park_builder.hpp"

namespace symbio::net {
namespace {

using symbio::testing::ex;
using symbio::testing::park_of;
using Ids = std::vector<Vertex>;
using Idom = std::vector<std::optional<Vertex>>;

// Chain a -> b -> c of products: arcs a -> b -> c, source component {a}, root -> a.
// idom(b) = a, idom(c) = b; c's dominators nearest first are b, a; a dominates 2, b 1.
TEST(DominatorsTest, Chain) {
  const SymbiosisGraph g(park_of({"a", "b", "c"}, {ex("a", "b"), ex("b", "c")}));
  const LayerDominators d = supply_dominators(g, ViewLayer::all);
  EXPECT_EQ(d.immediate, (Idom{std::nullopt, 0, 1}));
  EXPECT_EQ(d.dominators[2], (Ids{1, 0}));
  EXPECT_EQ(d.dominated, (std::vector<std::int64_t>{2, 1, 0}));
}

// Diamond a -> b, a -> c, b -> d, c -> d: d has two paths from a, so only a dominates it.
TEST(DominatorsTest, DiamondHasRedundancy) {
  const SymbiosisGraph g(
      park_of({"a", "b", "c", "d"}, {ex("a", "b"), ex("a", "c"), ex("b", "d"), ex("c", "d")}));
  const LayerDominators d = supply_dominators(g, ViewLayer::all);
  EXPECT_EQ(d.immediate, (Idom{std::nullopt, 0, 0, 0}));
  EXPECT_EQ(d.dominated, (std::vector<std::int64_t>{3, 0, 0, 0}));
}

// x <-> y is a source component (no arc enters it from outside): the root reaches both, so
// neither dominates the other; y -> z makes y z's immediate dominator. w (isolated) is its own
// source component: no dominator.
TEST(DominatorsTest, SourceComponentsAreRooted) {
  const SymbiosisGraph g(park_of({"x", "y", "z", "w"}, {ex("x", "y"), ex("y", "x"), ex("y", "z")}));
  const LayerDominators d = supply_dominators(g, ViewLayer::all);
  EXPECT_EQ(d.immediate, (Idom{std::nullopt, std::nullopt, 1, std::nullopt}));
  EXPECT_EQ(d.dominated, (std::vector<std::int64_t>{0, 1, 0, 0}));
}

// Waste makes the supplier depend on the receiver: s -> w (waste, water) is the arc w -> s, and
// w -> p (byproduct) is w -> p: w dominates s and p. A substitutable exchange makes no arc; with
// substitutes ignored it does. Layers: the material layer has only the m -> s exchange.
TEST(DominatorsTest, OutletsSubstitutesAndLayers) {
  Exchange coal = ex("m", "s", 5.0, Layer::material, Kind::product);
  coal.substitutable = true;
  const SymbiosisGraph g(
      park_of({"s", "w", "p", "m"}, {ex("s", "w", 1.0, Layer::water, Kind::waste),
                                     ex("w", "p", 1.0, Layer::water, Kind::byproduct), coal}));
  const LayerDominators all = supply_dominators(g, ViewLayer::all);
  EXPECT_EQ(all.immediate, (Idom{1, std::nullopt, 1, std::nullopt}));
  EXPECT_EQ(all.dominated, (std::vector<std::int64_t>{0, 2, 0, 0}));
  // Ignoring substitutes, s has two providers (w and m): no dominator.
  const LayerDominators ignore =
      supply_dominators(g, ViewLayer::all, {.substitutes = Substitutes::ignore});
  EXPECT_EQ(ignore.immediate, (Idom{std::nullopt, std::nullopt, 1, std::nullopt}));
  // Supply arcs only: w -> p alone.
  const LayerDominators supply =
      supply_dominators(g, ViewLayer::all, {.direction = CascadeDirection::supply});
  EXPECT_EQ(supply.immediate, (Idom{std::nullopt, std::nullopt, 1, std::nullopt}));
  const LayerDominators material =
      supply_dominators(g, ViewLayer::material, {.substitutes = Substitutes::ignore});
  EXPECT_EQ(material.immediate, (Idom{3, std::nullopt, std::nullopt, std::nullopt}));
  // all, material, water: the layers the graph has.
  const std::vector<LayerDominators> layers = supply_dominators(g);
  ASSERT_EQ(layers.size(), 3u);
  EXPECT_EQ(layers[0].layer, ViewLayer::all);
  EXPECT_EQ(layers[1].layer, ViewLayer::material);
  EXPECT_EQ(layers[2].layer, ViewLayer::water);
  EXPECT_THROW(supply_dominators(g, ViewLayer::waste), OptionError);
}

}  // namespace
}  // namespace symbio::net
