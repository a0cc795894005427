#include "network/robustness.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "core/error.hpp"
#include "network/distance.hpp"
#include "network/pagerank.hpp"
#include "network/robustness_kernels.hpp"
#include "tests/support/park_builder.hpp"

namespace symbio::net {
namespace {

using symbio::testing::ex;
using symbio::testing::park_of;

// Directed chain a -> b -> c -> d.
Park chain4() {
  return park_of({"a", "b", "c", "d"}, {ex("a", "b"), ex("b", "c"), ex("c", "d")});
}

RobustnessOptions only(RemovalStrategy s) {
  RobustnessOptions o;
  o.strategies = {s};
  return o;
}

// Hub h with leaves l1..l4 (n = 5). Degree attack removes h first: five isolates remain, S(1) =
// 1/5, and so on until S(5) = 0. R = (1/5)(4 * 1/5 + 0) = 4/25.
TEST(RobustnessTest, StarUnderDegreeAttack) {
  const SymbiosisGraph g(park_of({"l1", "l2", "h", "l3", "l4"},
                                 {ex("h", "l1"), ex("h", "l2"), ex("l3", "h"), ex("l4", "h")}));
  const RobustnessResult r = compute_robustness(g, only(RemovalStrategy::degree));
  ASSERT_EQ(r.curves.size(), 1u);
  const RobustnessCurve& c = r.curves[0];
  EXPECT_EQ(c.order, (std::vector<Vertex>{2, 0, 1, 3, 4}));  // h, then ties by index
  EXPECT_EQ(c.largest_component_share, (std::vector<double>{1.0, 0.2, 0.2, 0.2, 0.2, 0.0}));
  EXPECT_DOUBLE_EQ(*c.robustness_index, 4.0 / 25.0);
}

// Chain a - b - c - d, degrees 1 2 2 1: order b, c (tie by index), a, d.
// S = 1, 2/4 ({c, d}), 1/4, 1/4, 0. R = (1/4)(1/2 + 1/4 + 1/4 + 0) = 1/4.
// Adaptive degree: after b, degrees a 0, c 1, d 1: c; then a, d (0, 0): the same order.
// Global efficiency on D: pairs a->b 1, a->c 1/2, a->d 1/3, b->c 1, b->d 1/2, c->d 1: sum 13/3,
// over n(n-1) = 12: 13/36. Without b: only c->d: 1/12. Without b and c: 0.
TEST(RobustnessTest, ChainOfFourByHand) {
  const SymbiosisGraph g(chain4());
  RobustnessOptions o = only(RemovalStrategy::degree);
  o.strategies.push_back(RemovalStrategy::adaptive_degree);
  const RobustnessResult r = compute_robustness(g, o);
  for (const RobustnessCurve& c : r.curves) {
    EXPECT_EQ(c.order, (std::vector<Vertex>{1, 2, 0, 3}));
    EXPECT_EQ(c.largest_component_share, (std::vector<double>{1.0, 0.5, 0.25, 0.25, 0.0}));
    EXPECT_DOUBLE_EQ(*c.robustness_index, 0.25);
    ASSERT_EQ(c.global_efficiency.size(), 5u);
    EXPECT_DOUBLE_EQ(*c.global_efficiency[0], 13.0 / 36.0);
    EXPECT_DOUBLE_EQ(*c.global_efficiency[1], 1.0 / 12.0);
    EXPECT_DOUBLE_EQ(*c.global_efficiency[2], 0.0);
    EXPECT_DOUBLE_EQ(*c.global_efficiency[4], 0.0);
  }
}

// Directed chain: betweenness b = 2 (pairs a->c, a->d), c = 2 (a->d, b->d): tie, b first.
// Static: then c, then a, d (0, by index): S = 1, 1/2, 1/4, 1/4, 0.
// Adaptive: without b, c's betweenness is 0 (only c->d remains), so all tie: a, c, d.
// S = 1, 1/2, 1/2 ({c, d} still whole), 1/4, 0; R = (1/2 + 1/2 + 1/4) / 4 = 5/16.
TEST(RobustnessTest, AdaptiveBetweennessDiffersFromStatic) {
  const SymbiosisGraph g(chain4());
  std::string note;
  EXPECT_EQ(removal_order(g.view(), RemovalStrategy::betweenness),
            (std::vector<Vertex>{1, 2, 0, 3}));
  EXPECT_EQ(removal_order(g.view(), RemovalStrategy::adaptive_betweenness, {}, &note),
            (std::vector<Vertex>{1, 0, 2, 3}));
  EXPECT_EQ(note, "");
  const RobustnessResult r = compute_robustness(g, only(RemovalStrategy::adaptive_betweenness));
  EXPECT_EQ(r.curves[0].largest_component_share, (std::vector<double>{1.0, 0.5, 0.5, 0.25, 0.0}));
  EXPECT_DOUBLE_EQ(*r.curves[0].robustness_index, 5.0 / 16.0);
}

Park random_park(std::uint64_t seed, int n, int exchanges) {
  symbio::testing::Picks pick(seed);
  Park park = symbio::testing::numbered_park(n);
  for (int k = 0; k < exchanges; ++k) {
    const auto [s, r] = pick.distinct(n);
    park.exchanges.push_back(ex("e" + std::to_string(s), "e" + std::to_string(r)));
  }
  return park;
}

TEST(RobustnessTest, RandomIsSeededAndReproducible) {
  const SymbiosisGraph g(random_park(3, 60, 120));
  RobustnessOptions o = only(RemovalStrategy::random);
  o.runs = 5;
  o.seed = 42;
  const RobustnessResult a = compute_robustness(g, o);
  const RobustnessResult b = compute_robustness(g, o);
  EXPECT_EQ(a.curves[0].largest_component_share, b.curves[0].largest_component_share);
  EXPECT_EQ(a.curves[0].robustness_index, b.curves[0].robustness_index);
  EXPECT_TRUE(a.curves[0].order.empty());
  o.seed = 43;
  EXPECT_NE(compute_robustness(g, o).curves[0].largest_component_share,
            a.curves[0].largest_component_share);
  // The mean of the runs: run r is the order of seed 42 + r.
  std::vector<double> mean(61, 0.0);
  for (std::uint64_t r = 0; r < 5; ++r) {
    RobustnessOptions one;
    one.seed = 42 + r;
    const auto order = removal_order(g.view(), RemovalStrategy::random, one);
    const auto s = component_curve(g.view(), order);
    for (std::size_t q = 0; q <= 60; ++q)
      mean[q] += s[q] / 5.0;
  }
  for (std::size_t q = 0; q <= 60; ++q)
    EXPECT_NEAR(a.curves[0].largest_component_share[q], mean[q], 1e-12);
  // Our own Fisher-Yates from std::mt19937_64(7), fixed on every standard library.
  RobustnessOptions seven;
  seven.seed = 7;
  const SymbiosisGraph small(chain4());
  EXPECT_EQ(removal_order(small.view(), RemovalStrategy::random, seven),
            removal_order(small.view(), RemovalStrategy::random, seven));
}

TEST(RobustnessTest, UnionFindCurveEqualsBfsCurve) {
  for (std::uint64_t seed = 1; seed <= 10; ++seed) {
    const SymbiosisGraph g(random_park(seed, 50, 40 + 10 * static_cast<int>(seed)));
    for (const RemovalStrategy s : kRemovalStrategies) {
      RobustnessOptions o;
      o.seed = seed;
      const auto order = removal_order(g.view(), s, o);
      ASSERT_EQ(order.size(), 50u);
      std::vector<Vertex> sorted = order;
      std::sort(sorted.begin(), sorted.end());
      for (Vertex v = 0; v < 50; ++v)
        ASSERT_EQ(sorted[static_cast<std::size_t>(v)], v);
      EXPECT_EQ(component_curve(g.view(), order), component_curve_reference(g.view(), order));
    }
  }
}

// The adaptive betweenness order recomputes only the components a removal touched; the plain
// version recomputes every component from scratch after each removal.
std::vector<Vertex> adaptive_betweenness_reference(const LayerView& view) {
  const auto n = static_cast<std::size_t>(view.n());
  std::vector<char> alive(n, 1);
  std::vector<Vertex> order;
  while (order.size() < n) {
    detail::AliveComponents components(view, alive);
    detail::MaskedBetweenness kernel(view, view.n(), 1, 0, 1);
    std::vector<double> b(n, 0.0);
    for (const auto& c : components.all())
      kernel.compute(c, alive, b);
    const Vertex v = detail::argmax_alive(b, alive);
    alive[static_cast<std::size_t>(v)] = 0;
    order.push_back(v);
  }
  return order;
}

TEST(RobustnessTest, AdaptiveBetweennessEqualsPlainRecomputation) {
  for (std::uint64_t seed = 1; seed <= 5; ++seed) {
    const SymbiosisGraph g(random_park(seed, 45, 90));
    RobustnessOptions o;
    o.adaptive_exact_max = 1000;
    std::string note;
    EXPECT_EQ(removal_order(g.view(), RemovalStrategy::adaptive_betweenness, o, &note),
              adaptive_betweenness_reference(g.view()));
    EXPECT_EQ(note, "");
  }
}

// Sampling is announced in the note; with as many pivots as enterprises it is exact.
TEST(RobustnessTest, SampledBetweennessIsAnnounced) {
  const SymbiosisGraph g(random_park(5, 80, 200));
  RobustnessOptions o;
  o.adaptive_exact_max = 10;
  o.betweenness_pivots = 16;
  std::string note;
  const auto order = removal_order(g.view(), RemovalStrategy::adaptive_betweenness, o, &note);
  EXPECT_NE(note.find("sampled betweenness"), std::string::npos) << note;
  EXPECT_EQ(order.size(), 80u);
  o.betweenness_pivots = 1000;
  note.clear();
  o.adaptive_exact_max = 1000;
  const auto exact = removal_order(g.view(), RemovalStrategy::adaptive_betweenness, o, &note);
  o.adaptive_exact_max = 10;
  EXPECT_EQ(removal_order(g.view(), RemovalStrategy::adaptive_betweenness, o, &note), exact);
  // Static betweenness above betweenness_exact_max_n is sampled too.
  o.betweenness_exact_max_n = 10;
  o.betweenness_pivots = 16;
  note.clear();
  removal_order(g.view(), RemovalStrategy::betweenness, o, &note);
  EXPECT_NE(note.find("sampled"), std::string::npos);
}

// The masked kernels on the intact view agree with distance.hpp and pagerank.hpp.
TEST(RobustnessTest, MaskedKernelsMatchTheIndicators) {
  for (std::uint64_t seed = 1; seed <= 4; ++seed) {
    const SymbiosisGraph g(random_park(seed, 70, 160));
    const LayerView& view = g.view();
    const std::vector<char> alive(70, 1);
    detail::AliveComponents components(view, alive);
    detail::MaskedBetweenness kernel(view, 1000, 1, 0, 2);
    std::vector<double> b(70, 0.0);
    for (const auto& c : components.all())
      kernel.compute(c, alive, b);
    const DistanceIndicators d = compute_distance_indicators(view);
    for (std::size_t v = 0; v < 70; ++v)
      EXPECT_NEAR(b[v], d.betweenness[v], 1e-9);
    const std::vector<char> none(70, 0);
    EXPECT_NEAR(*global_efficiency_without(view, none), *d.global_efficiency, 1e-12);
    std::vector<double> rank(70, 0.0);
    detail::masked_pagerank(view, alive, rank);
    const std::vector<double> pr = compute_pagerank(view);
    for (std::size_t v = 0; v < 70; ++v)
      EXPECT_NEAR(rank[v], pr[v], 1e-9);
  }
}

TEST(RobustnessTest, EfficiencyPointsAndLimits) {
  const SymbiosisGraph g(random_park(2, 30, 60));
  RobustnessOptions o = only(RemovalStrategy::degree);
  o.efficiency_points = 4;  // q = 0, 10, 20, 30
  const RobustnessCurve c = compute_robustness(g, o).curves[0];
  for (std::size_t q = 0; q <= 30; ++q)
    EXPECT_EQ(c.global_efficiency[q].has_value(), q % 10 == 0) << q;
  EXPECT_DOUBLE_EQ(*c.global_efficiency[30], 0.0);
  EXPECT_NE(c.note.find("4 evenly spaced"), std::string::npos);
  o.efficiency_max_n = 20;
  const RobustnessCurve none = compute_robustness(g, o).curves[0];
  for (const auto& e : none.global_efficiency)
    EXPECT_FALSE(e);
  EXPECT_NE(none.note.find("efficiency_max_n"), std::string::npos);
}

TEST(RobustnessTest, DegenerateAndOptions) {
  const SymbiosisGraph empty(Park{});
  const RobustnessResult r = compute_robustness(empty);
  ASSERT_EQ(r.curves.size(), 4u);
  EXPECT_FALSE(r.curves[0].robustness_index);
  const SymbiosisGraph one(park_of({"a"}, {}));
  const RobustnessResult r1 = compute_robustness(one);
  EXPECT_EQ(r1.curves[1].largest_component_share, (std::vector<double>{1.0, 0.0}));
  EXPECT_DOUBLE_EQ(*r1.curves[1].robustness_index, 0.0);
  EXPECT_FALSE(r1.curves[1].global_efficiency[0]);
  RobustnessOptions bad;
  bad.runs = 0;
  EXPECT_THROW(compute_robustness(one, bad), OptionError);
  EXPECT_EQ(parse_removal_strategy("adaptive-betweenness"), RemovalStrategy::adaptive_betweenness);
  EXPECT_EQ(parse_removal_strategy("PageRank"), RemovalStrategy::pagerank);
  EXPECT_FALSE(parse_removal_strategy("closeness"));
  for (const RemovalStrategy s : kRemovalStrategies)
    EXPECT_EQ(parse_removal_strategy(to_string(s)), s);
}

}  // namespace
}  // namespace symbio::net
