#include <gtest/gtest.h>

#include <random>
#include <vector>

#include "network/distance.hpp"
#include "network/graph.hpp"
#include "tests/support/park_builder.hpp"

namespace symbio::net {
namespace {

using symbio::testing::Ties;

DistanceIndicators reference_of(int n, const Ties& ties) {
  const SymbiosisGraph g(symbio::testing::park_of(n, ties));
  return compute_distance_indicators_reference(g.view(ViewLayer::all));
}

// Directed path 0 -> 1 -> 2, by hand: 1 lies on 0->2 only; 0 reaches 1 (d 1) and 2 (d 2):
// closeness (2/2)(2/3), harmonic (1 + 1/2)/2; 1 reaches 2: (1/2)(1/1), 1/2; 2 reaches nobody: 0.
// Pairs with a path: d = 1, 2, 1: mean 4/3, diameter 2, efficiency (1 + 1/2 + 1)/6.
TEST(DistanceReferenceTest, DirectedPathByHand) {
  const DistanceIndicators d = reference_of(3, {{0, 1}, {1, 2}});
  EXPECT_EQ(d.betweenness, (std::vector<double>{0, 1, 0}));
  EXPECT_DOUBLE_EQ(*d.closeness_out[0], 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(*d.closeness_out[1], 0.5);
  EXPECT_EQ(*d.closeness_out[2], 0.0);
  EXPECT_EQ(*d.closeness_in[0], 0.0);
  EXPECT_DOUBLE_EQ(*d.closeness_in[2], 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(*d.harmonic_out[0], 0.75);
  EXPECT_DOUBLE_EQ(*d.harmonic_out[1], 0.5);
  EXPECT_DOUBLE_EQ(*d.harmonic_in[2], 0.75);
  EXPECT_DOUBLE_EQ(*d.average_path_length, 4.0 / 3.0);
  EXPECT_EQ(*d.diameter, 2.0);
  EXPECT_DOUBLE_EQ(*d.global_efficiency, 2.5 / 6.0);
  EXPECT_EQ(d.connected_pairs, 3);
}

// Directed 4-cycle: every ordered pair has one path; the 4 pairs at distance 2 have one inner
// enterprise and the 4 at distance 3 two, 12 in all, 3 each. From every enterprise the distances
// are 1, 2, 3: closeness (3/3)(3/6) = 1/2, harmonic (1 + 1/2 + 1/3)/3 = 11/18, mean length 2,
// diameter 3, efficiency 4 (11/6) / 12 = 11/18.
TEST(DistanceReferenceTest, DirectedCycleByHand) {
  const DistanceIndicators d = reference_of(4, {{0, 1}, {1, 2}, {2, 3}, {3, 0}});
  EXPECT_EQ(d.betweenness, std::vector<double>(4, 3.0));
  for (int v = 0; v < 4; ++v) {
    EXPECT_DOUBLE_EQ(*d.closeness_out[static_cast<std::size_t>(v)], 0.5);
    EXPECT_DOUBLE_EQ(*d.harmonic_in[static_cast<std::size_t>(v)], 11.0 / 18.0);
  }
  EXPECT_DOUBLE_EQ(*d.average_path_length, 2.0);
  EXPECT_EQ(*d.diameter, 3.0);
  EXPECT_DOUBLE_EQ(*d.global_efficiency, 11.0 / 18.0);
  EXPECT_EQ(d.connected_pairs, 12);
}

// Fewer than two enterprises: closeness and harmonic undefined; no pair, so no path length.
TEST(DistanceReferenceTest, OneEnterpriseHasNoPairs) {
  const DistanceIndicators d = reference_of(1, {});
  ASSERT_EQ(d.closeness_out.size(), 1u);
  EXPECT_FALSE(d.closeness_out[0].has_value());
  EXPECT_FALSE(d.harmonic_in[0].has_value());
  EXPECT_FALSE(d.average_path_length.has_value());
  EXPECT_EQ(d.connected_pairs, 0);
}

// The textbook implementation and the fast sweep agree on random parks (two implementations of
// the same definitions; the fast one's tests check it against hand values as well).
TEST(DistanceReferenceTest, AgreesWithTheFastSweep) {
  std::mt19937_64 rng(11);
  for (int round = 0; round < 5; ++round) {
    const int n = 30;
    Ties ties;
    std::uniform_int_distribution<int> pick(0, n - 1);
    for (int k = 0; k < 60; ++k) {
      const int a = pick(rng);
      const int b = pick(rng);
      if (a != b) ties.emplace_back(a, b);
    }
    const SymbiosisGraph g(symbio::testing::park_of(n, ties));
    const DistanceIndicators slow = compute_distance_indicators_reference(g.view(ViewLayer::all));
    const DistanceIndicators fast =
        compute_distance_indicators(g.view(ViewLayer::all), {.threads = 1});
    ASSERT_EQ(slow.betweenness.size(), fast.betweenness.size());
    for (std::size_t v = 0; v < slow.betweenness.size(); ++v) {
      EXPECT_NEAR(slow.betweenness[v], fast.betweenness[v], 1e-9);
      EXPECT_NEAR(*slow.closeness_out[v], *fast.closeness_out[v], 1e-12);
      EXPECT_NEAR(*slow.harmonic_in[v], *fast.harmonic_in[v], 1e-12);
    }
    EXPECT_EQ(slow.connected_pairs, fast.connected_pairs);
    EXPECT_EQ(slow.diameter, fast.diameter);
    EXPECT_NEAR(*slow.global_efficiency, *fast.global_efficiency, 1e-12);
  }
}

}  // namespace
}  // namespace symbio::net
