#include "network/distance.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "tests/support/park_builder.hpp"

namespace symbio::net {
namespace {

using symbio::testing::Ties;

// A park of n enterprises e0..e<n-1> with one material exchange per listed tie: a byproduct
// of 1 t/a, so that the weighted views exist too.
Park park_of(int n, const Ties& ties) {
  return symbio::testing::park_of(
      n, ties, symbio::testing::ex("", "", 1.0, Layer::material, Kind::byproduct));
}

// Both directions of each listed pair.
Ties reciprocal(const Ties& pairs) {
  Ties out;
  for (const auto& [a, b] : pairs) {
    out.emplace_back(a, b);
    out.emplace_back(b, a);
  }
  return out;
}

// Every configuration of the fast sweep must give the hand-worked values: threads, folding, and
// the sources per traversal (capped by the processor, so 4 and 8 may run as fewer).
std::vector<DistanceOptions> configurations() {
  return {DistanceOptions{.threads = 1, .fold_pendants = true},
          DistanceOptions{.threads = 2, .fold_pendants = true},
          DistanceOptions{.threads = 1, .fold_pendants = false},
          DistanceOptions{.threads = 2, .fold_pendants = false},
          DistanceOptions{.threads = 1, .fold_pendants = true, .lanes = 2},
          DistanceOptions{.threads = 2, .fold_pendants = false, .lanes = 4},
          DistanceOptions{.threads = 1, .fold_pendants = true, .lanes = 8}};
}

std::vector<DistanceIndicators> all_results(const Park& park) {
  const SymbiosisGraph g(park);
  std::vector<DistanceIndicators> results;
  for (const DistanceOptions& o : configurations())
    results.push_back(compute_distance_indicators(g.view(), o));
  results.push_back(compute_distance_indicators_reference(g.view()));
  return results;
}

void expect_values(const std::vector<std::optional<double>>& actual,
                   const std::vector<double>& expected, const char* what) {
  ASSERT_EQ(actual.size(), expected.size()) << what;
  for (std::size_t i = 0; i < expected.size(); ++i) {
    ASSERT_TRUE(actual[i].has_value()) << what << " " << i;
    EXPECT_NEAR(*actual[i], expected[i], 1e-14) << what << " " << i;
  }
}

struct Expected {
  std::vector<double> betweenness, closeness_out, closeness_in, harmonic_out, harmonic_in;
  std::int64_t pairs = 0;
  double apl = 0.0, diameter = 0.0, efficiency = 0.0;
};

void expect_all(const Park& park, const Expected& e) {
  for (const DistanceIndicators& r : all_results(park)) {
    ASSERT_EQ(r.betweenness.size(), e.betweenness.size());
    for (std::size_t i = 0; i < e.betweenness.size(); ++i)
      EXPECT_NEAR(r.betweenness[i], e.betweenness[i], 1e-12) << "betweenness " << i;
    expect_values(r.closeness_out, e.closeness_out, "closeness_out");
    expect_values(r.closeness_in, e.closeness_in, "closeness_in");
    expect_values(r.harmonic_out, e.harmonic_out, "harmonic_out");
    expect_values(r.harmonic_in, e.harmonic_in, "harmonic_in");
    EXPECT_EQ(r.connected_pairs, e.pairs);
    ASSERT_TRUE(r.average_path_length && r.diameter && r.global_efficiency);
    EXPECT_NEAR(*r.average_path_length, e.apl, 1e-14);
    EXPECT_DOUBLE_EQ(*r.diameter, e.diameter);
    EXPECT_NEAR(*r.global_efficiency, e.efficiency, 1e-14);
  }
}

// Hub 0 -> leaves 1..4 (n = 5). No path has an interior, so betweenness is 0. The hub reaches 4
// enterprises at distance 1: closeness (4/4)(4/4) = 1, harmonic 4/4 = 1. Each leaf is reached
// by the hub only: closeness_in (1/4)(1/1) = 1/4, harmonic_in 1/4. Pairs 4, APL 1, diameter 1,
// efficiency 4 / (5 * 4) = 0.2. The leaves are folded pendants of the hub.
TEST(DistanceTest, OutStar) {
  expect_all(park_of(5, {{0, 1}, {0, 2}, {0, 3}, {0, 4}}),
             Expected{.betweenness = {0, 0, 0, 0, 0},
                      .closeness_out = {1, 0, 0, 0, 0},
                      .closeness_in = {0, 0.25, 0.25, 0.25, 0.25},
                      .harmonic_out = {1, 0, 0, 0, 0},
                      .harmonic_in = {0, 0.25, 0.25, 0.25, 0.25},
                      .pairs = 4,
                      .apl = 1,
                      .diameter = 1,
                      .efficiency = 0.2});
}

// Leaves 1..4 -> hub 0: the mirror image (the leaves are folded roots of the hub).
TEST(DistanceTest, InStar) {
  expect_all(park_of(5, {{1, 0}, {2, 0}, {3, 0}, {4, 0}}),
             Expected{.betweenness = {0, 0, 0, 0, 0},
                      .closeness_out = {0, 0.25, 0.25, 0.25, 0.25},
                      .closeness_in = {1, 0, 0, 0, 0},
                      .harmonic_out = {0, 0.25, 0.25, 0.25, 0.25},
                      .harmonic_in = {1, 0, 0, 0, 0},
                      .pairs = 4,
                      .apl = 1,
                      .diameter = 1,
                      .efficiency = 0.2});
}

// Chain a -> b -> c -> d (0..3). Pairs a-b 1, a-c 2, a-d 3, b-c 1, b-d 2, c-d 1: 6 pairs,
// distance sum 10, APL 5/3, diameter 3, efficiency (1 + 1/2 + 1/3 + 1 + 1/2 + 1) / 12 = 13/36.
// b lies inside a-c and a-d, c inside a-d and b-d: betweenness 2 each.
// closeness_out: a r=3 sum=6 -> (3/3)(3/6) = 1/2; b r=2 sum=3 -> (2/3)(2/3) = 4/9; c r=1 sum=1 ->
// 1/3; d 0. harmonic_out: a (1 + 1/2 + 1/3)/3 = 11/18; b (1 + 1/2)/3 = 1/2; c 1/3; d 0. The in
// values mirror them. a is a folded root, d a folded leaf.
TEST(DistanceTest, Chain) {
  expect_all(park_of(4, {{0, 1}, {1, 2}, {2, 3}}),
             Expected{.betweenness = {0, 2, 2, 0},
                      .closeness_out = {0.5, 4.0 / 9, 1.0 / 3, 0},
                      .closeness_in = {0, 1.0 / 3, 4.0 / 9, 0.5},
                      .harmonic_out = {11.0 / 18, 0.5, 1.0 / 3, 0},
                      .harmonic_in = {0, 1.0 / 3, 0.5, 11.0 / 18},
                      .pairs = 6,
                      .apl = 10.0 / 6,
                      .diameter = 3,
                      .efficiency = 13.0 / 36});
}

// Directed cycle 0 -> 1 -> 2 -> 3 -> 0: everyone reaches the three others at 1, 2, 3.
// closeness (3/3)(3/6) = 1/2, harmonic 11/18. Interiors: 4 pairs at distance 2 (one interior
// each) and 4 at distance 3 (two each): 12, shared by symmetry, betweenness 3 each.
// APL 24/12 = 2, diameter 3, efficiency 4 * (11/6) / 12 = 11/18.
TEST(DistanceTest, Cycle) {
  const double h = 11.0 / 18;
  expect_all(park_of(4, {{0, 1}, {1, 2}, {2, 3}, {3, 0}}),
             Expected{.betweenness = {3, 3, 3, 3},
                      .closeness_out = {0.5, 0.5, 0.5, 0.5},
                      .closeness_in = {0.5, 0.5, 0.5, 0.5},
                      .harmonic_out = {h, h, h, h},
                      .harmonic_in = {h, h, h, h},
                      .pairs = 12,
                      .apl = 2,
                      .diameter = 3,
                      .efficiency = h});
}

// Diamond a -> b, a -> c, b -> d, c -> d. a reaches d by two shortest paths, one through b and
// one through c: betweenness 1/2 each. Pairs: a-b, a-c, b-d, c-d at 1, a-d at 2: APL 6/5,
// diameter 2, efficiency (4 + 1/2) / 12 = 3/8. closeness_out a: r=3 sum=4 -> 3/4; b, c: 1/3.
// harmonic_out a: (1 + 1 + 1/2)/3 = 5/6; b, c: 1/3. In values mirror (d like a).
TEST(DistanceTest, Diamond) {
  expect_all(park_of(4, {{0, 1}, {0, 2}, {1, 3}, {2, 3}}),
             Expected{.betweenness = {0, 0.5, 0.5, 0},
                      .closeness_out = {0.75, 1.0 / 3, 1.0 / 3, 0},
                      .closeness_in = {0, 1.0 / 3, 1.0 / 3, 0.75},
                      .harmonic_out = {5.0 / 6, 1.0 / 3, 1.0 / 3, 0},
                      .harmonic_in = {0, 1.0 / 3, 1.0 / 3, 5.0 / 6},
                      .pairs = 5,
                      .apl = 1.2,
                      .diameter = 2,
                      .efficiency = 0.375});
}

// Cliques {0,1,2,3} and {4,5,6,7}, every tie reciprocal, bridge 3 = 4. Ordered pairs from
// {0,1,2} to {4..7} pass through 3 (12 pairs) and so do the 12 reverse ones: betweenness of 3
// is 24, likewise 4; undirected (unordered pairs) 12. From 0: 1, 2, 3 at 1, 4 at 2, 5, 6, 7 at 3:
// sum 14, closeness (7/7)(7/14) = 1/2, harmonic (3 + 1/2 + 1)/7 = 9/14. From 3: four at 1,
// three at 2: sum 10, closeness 7/10, harmonic (4 + 3/2)/7 = 11/14. All 56 pairs connected,
// distance sum 6 * 14 + 2 * 10 = 104: APL 13/7, diameter 3, efficiency (6 * 4.5 + 2 * 5.5)/56
// = 19/28.
TEST(DistanceTest, TwoCliquesAndABridge) {
  Ties pairs;
  for (int base : {0, 4}) {
    for (int i = 0; i < 4; ++i) {
      for (int j = i + 1; j < 4; ++j)
        pairs.emplace_back(base + i, base + j);
    }
  }
  pairs.emplace_back(3, 4);
  const Park park = park_of(8, reciprocal(pairs));
  const double c = 0.5, cb = 0.7, h = 9.0 / 14, hb = 11.0 / 14;
  expect_all(park, Expected{.betweenness = {0, 0, 0, 24, 24, 0, 0, 0},
                            .closeness_out = {c, c, c, cb, cb, c, c, c},
                            .closeness_in = {c, c, c, cb, cb, c, c, c},
                            .harmonic_out = {h, h, h, hb, hb, h, h, h},
                            .harmonic_in = {h, h, h, hb, hb, h, h, h},
                            .pairs = 56,
                            .apl = 13.0 / 7,
                            .diameter = 3,
                            .efficiency = 19.0 / 28});
  const SymbiosisGraph g(park);
  for (const DistanceOptions& o : configurations()) {
    EXPECT_EQ(undirected_betweenness(g.view(), o), (std::vector<double>{0, 0, 0, 12, 12, 0, 0, 0}));
  }
}

// a -> b and two isolates c, d (n = 4). The isolates reach nothing and are reached by nobody:
// closeness 0 (not undefined: n >= 2), harmonic 0. a: (1/3)(1/1) = 1/3, harmonic 1/3. One pair:
// APL 1, diameter 1, efficiency 1/12. With folding b is a leaf of a, and a stays a source.
TEST(DistanceTest, IsolatesAndADyad) {
  expect_all(park_of(4, {{0, 1}}), Expected{.betweenness = {0, 0, 0, 0},
                                            .closeness_out = {1.0 / 3, 0, 0, 0},
                                            .closeness_in = {0, 1.0 / 3, 0, 0},
                                            .harmonic_out = {1.0 / 3, 0, 0, 0},
                                            .harmonic_in = {0, 1.0 / 3, 0, 0},
                                            .pairs = 1,
                                            .apl = 1,
                                            .diameter = 1,
                                            .efficiency = 1.0 / 12});
}

// n = 2 with a -> b: closeness (1/1)(1/1) = 1 out of a and into b, efficiency 1/2.
TEST(DistanceTest, TwoEnterprises) {
  expect_all(park_of(2, {{0, 1}}), Expected{.betweenness = {0, 0},
                                            .closeness_out = {1, 0},
                                            .closeness_in = {0, 1},
                                            .harmonic_out = {1, 0},
                                            .harmonic_in = {0, 1},
                                            .pairs = 1,
                                            .apl = 1,
                                            .diameter = 1,
                                            .efficiency = 0.5});
}

// Two enterprises without a tie: closeness 0, no path (APL and diameter undefined), efficiency 0.
TEST(DistanceTest, NoTies) {
  for (const DistanceIndicators& r : all_results(park_of(2, {}))) {
    expect_values(r.closeness_out, {0, 0}, "closeness_out");
    expect_values(r.harmonic_in, {0, 0}, "harmonic_in");
    EXPECT_EQ(r.connected_pairs, 0);
    EXPECT_FALSE(r.average_path_length);
    EXPECT_FALSE(r.diameter);
    ASSERT_TRUE(r.global_efficiency);
    EXPECT_EQ(*r.global_efficiency, 0.0);
  }
}

// n = 1: betweenness 0, every closeness and harmonic undefined (n - 1 = 0), no park value.
TEST(DistanceTest, SingleEnterprise) {
  for (const DistanceIndicators& r : all_results(park_of(1, {}))) {
    EXPECT_EQ(r.betweenness, std::vector<double>{0.0});
    ASSERT_EQ(r.closeness_out.size(), 1u);
    EXPECT_FALSE(r.closeness_out[0]);
    EXPECT_FALSE(r.closeness_in[0]);
    EXPECT_FALSE(r.harmonic_out[0]);
    EXPECT_FALSE(r.harmonic_in[0]);
    EXPECT_FALSE(r.average_path_length);
    EXPECT_FALSE(r.diameter);
    EXPECT_FALSE(r.global_efficiency);
  }
  const SymbiosisGraph g(park_of(1, {}));
  EXPECT_EQ(undirected_betweenness(g.view()), std::vector<double>{0.0});
}

TEST(DistanceTest, EmptyPark) {
  for (const DistanceIndicators& r : all_results(park_of(0, {}))) {
    EXPECT_TRUE(r.betweenness.empty());
    EXPECT_TRUE(r.closeness_out.empty());
    EXPECT_TRUE(r.harmonic_in.empty());
    EXPECT_EQ(r.connected_pairs, 0);
    EXPECT_FALSE(r.average_path_length);
    EXPECT_FALSE(r.global_efficiency);
  }
  const SymbiosisGraph g(park_of(0, {}));
  EXPECT_TRUE(undirected_betweenness(g.view()).empty());
}

// A seeded random park: several components of different densities, reciprocal ties, pendant
// chains and stars of both directions (what the folding handles), isolated dyads and isolates.
Park random_park(unsigned seed, int n) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  Ties ties;
  int next = 0;
  while (next < n) {
    const int size = std::min(n - next, 2 + static_cast<int>(rng() % 40));
    const double p = 0.02 + 0.25 * unit(rng);
    for (int i = 0; i < size; ++i) {
      for (int j = 0; j < size; ++j) {
        if (i == j || unit(rng) >= p) continue;
        ties.emplace_back(next + i, next + j);
        if (unit(rng) < 0.3) ties.emplace_back(next + j, next + i);
      }
    }
    next += size;
  }
  // Pendants: new enterprises hanging from random ones, as suppliers or receivers, some in
  // chains (a root above a root is not folded, only the top one's receiver must be core).
  const int pendants = n / 3;
  for (int k = 0; k < pendants; ++k) {
    const int anchor = static_cast<int>(rng() % static_cast<unsigned>(next));
    const int v = next++;
    if (unit(rng) < 0.5) {
      ties.emplace_back(anchor, v);
    } else {
      ties.emplace_back(v, anchor);
    }
  }
  next += 3;                          // isolates
  ties.emplace_back(next, next + 1);  // isolated dyad
  next += 2;
  return park_of(next, ties);
}

bool close(double a, double b) {
  return std::abs(a - b) <= 1e-12 * std::max(std::abs(a), std::abs(b));
}

void expect_close(const std::vector<std::optional<double>>& a,
                  const std::vector<std::optional<double>>& b, const char* what) {
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    ASSERT_EQ(a[i].has_value(), b[i].has_value()) << what << " " << i;
    if (a[i]) {
      EXPECT_PRED2(close, *a[i], *b[i]) << what << " " << i;
    }
  }
}

TEST(DistanceTest, FastMatchesReferenceOnRandomParks) {
  for (unsigned seed = 1; seed <= 12; ++seed) {
    const int n = 20 + static_cast<int>(seed) * 17;
    const SymbiosisGraph g(random_park(seed, n));
    const DistanceIndicators ref = compute_distance_indicators_reference(g.view());
    ASSERT_GT(ref.connected_pairs, 0);
    for (const DistanceOptions& o : configurations()) {
      SCOPED_TRACE("seed " + std::to_string(seed) + " threads " + std::to_string(o.threads) +
                   (o.fold_pendants ? " folded" : " unfolded"));
      const DistanceIndicators fast = compute_distance_indicators(g.view(), o);
      ASSERT_EQ(fast.betweenness.size(), ref.betweenness.size());
      for (std::size_t i = 0; i < ref.betweenness.size(); ++i)
        EXPECT_PRED2(close, fast.betweenness[i], ref.betweenness[i]) << i;
      expect_close(fast.closeness_out, ref.closeness_out, "closeness_out");
      expect_close(fast.closeness_in, ref.closeness_in, "closeness_in");
      expect_close(fast.harmonic_out, ref.harmonic_out, "harmonic_out");
      expect_close(fast.harmonic_in, ref.harmonic_in, "harmonic_in");
      EXPECT_EQ(fast.connected_pairs, ref.connected_pairs);
      EXPECT_PRED2(close, *fast.average_path_length, *ref.average_path_length);
      EXPECT_EQ(*fast.diameter, *ref.diameter);
      EXPECT_PRED2(close, *fast.global_efficiency, *ref.global_efficiency);
    }
  }
}

// On a park whose ties are all reciprocal, D is U in both directions: undirected Brandes is
// half the directed one.
TEST(DistanceTest, UndirectedBetweennessIsHalfTheDirectedOnSymmetricParks) {
  for (unsigned seed = 1; seed <= 5; ++seed) {
    const SymbiosisGraph random(random_park(seed, 60));
    Ties symmetric;
    for (const Tie& t : random.view().ties())
      symmetric.emplace_back(t.supplier, t.receiver);
    const SymbiosisGraph g(park_of(random.n(), reciprocal(symmetric)));
    const DistanceIndicators ref = compute_distance_indicators_reference(g.view());
    for (const int threads : {1, 2}) {
      const std::vector<double> u = undirected_betweenness(g.view(), {.threads = threads});
      ASSERT_EQ(u.size(), ref.betweenness.size());
      for (std::size_t i = 0; i < u.size(); ++i)
        EXPECT_PRED2(close, u[i], 0.5 * ref.betweenness[i]) << i;
    }
  }
}

// Trees hanging off U are folded into the enterprise they hang from (distance.cpp, fold_trees).
// By hand, undirected betweenness = unordered pairs whose only shortest paths run through v:
// - the path 0-1-2-3-4 (one tree, folded whole): 1 separates {0} from {2,3,4}: 3; 2 separates
//   {0,1} from {3,4}: 4; 3: 3; the ends 0.
// - the triangle 5-6-7 with the tail 7-8-9: 8 separates {9} from {5,6,7}: 3; 7 separates {8,9}
//   from {5,6}: 4; 5 and 6 are adjacent to each other and to 7: 0.
// - the star 10 with leaves 11..14: the centre separates every pair of leaves: C(4,2) = 6.
TEST(DistanceTest, UndirectedBetweennessOfFoldedTreesByHand) {
  const Ties pairs = {{0, 1}, {1, 2}, {2, 3},   {3, 4},   {5, 6},   {6, 7},  {7, 5},
                      {7, 8}, {8, 9}, {10, 11}, {10, 12}, {13, 10}, {14, 10}};
  const SymbiosisGraph g(park_of(15, pairs));
  const std::vector<double> expected = {0, 3, 4, 3, 0, 0, 0, 4, 3, 0, 6, 0, 0, 0, 0};
  for (const DistanceOptions& o : configurations())
    EXPECT_EQ(undirected_betweenness(g.view(), o), expected);
}

// Sparse parks of trees: small cyclic cores with random trees grown on them, tree components,
// dyads and isolates. Undirected betweenness with the trees folded must match the textbook
// Brandes of the reference on the symmetric park (whose D is U both ways: half its value).
TEST(DistanceTest, UndirectedBetweennessWithFoldedTreesMatchesTheReference) {
  for (unsigned seed = 1; seed <= 6; ++seed) {
    std::mt19937 rng(seed);
    Ties pairs;
    int next = 0;
    for (int part = 0; part < 5; ++part) {
      const int first = next;
      const int cycle = static_cast<int>(rng() % 6);  // 0, 1 or 2: a tree component
      for (int i = 0; i < cycle; ++i)
        pairs.emplace_back(first + i, first + (i + 1) % cycle);
      next += std::max(cycle, 1);
      const int grown = 5 + static_cast<int>(rng() % 25);
      for (int k = 0; k < grown; ++k) {
        const int anchor = first + static_cast<int>(rng() % static_cast<unsigned>(next - first));
        // Half of the new ties point inwards: U ignores directions.
        if (rng() % 2 == 0) {
          pairs.emplace_back(anchor, next);
        } else {
          pairs.emplace_back(next, anchor);
        }
        ++next;
      }
      if (rng() % 2 == 0) pairs.emplace_back(first, first + 2);  // a chord, sometimes a cycle
    }
    pairs.emplace_back(next, next + 1);  // a dyad and two isolates
    next += 4;
    const SymbiosisGraph g(park_of(next, pairs));
    Ties symmetric;
    for (const Tie& t : g.view().ties())
      symmetric.emplace_back(t.supplier, t.receiver);
    const SymbiosisGraph both(park_of(next, reciprocal(symmetric)));
    const DistanceIndicators ref = compute_distance_indicators_reference(both.view());
    for (const DistanceOptions& o : configurations()) {
      const std::vector<double> u = undirected_betweenness(g.view(), o);
      ASSERT_EQ(u.size(), ref.betweenness.size());
      for (std::size_t i = 0; i < u.size(); ++i)
        EXPECT_PRED2(close, u[i], 0.5 * ref.betweenness[i]) << "seed " << seed << " " << i;
    }
  }
}

// Blocks of sources are fixed by the graph and meet in exact fixed point, and every lane count
// adds the same terms in the same order, so neither the thread count nor the lanes change a
// single bit.
TEST(DistanceTest, BitIdenticalAcrossThreadCountsAndLanes) {
  const SymbiosisGraph g(random_park(99, 700));
  for (const bool fold : {true, false}) {
    const DistanceIndicators one =
        compute_distance_indicators(g.view(), {.threads = 1, .fold_pendants = fold, .lanes = 2});
    for (const auto& [threads, lanes] :
         {std::pair{1, 4}, std::pair{1, 8}, std::pair{2, 0}, std::pair{3, 8}}) {
      const DistanceIndicators many = compute_distance_indicators(
          g.view(), {.threads = threads, .fold_pendants = fold, .lanes = lanes});
      EXPECT_EQ(one.betweenness, many.betweenness);
      EXPECT_EQ(one.closeness_out, many.closeness_out);
      EXPECT_EQ(one.closeness_in, many.closeness_in);
      EXPECT_EQ(one.harmonic_out, many.harmonic_out);
      EXPECT_EQ(one.harmonic_in, many.harmonic_in);
      EXPECT_EQ(one.average_path_length, many.average_path_length);
      EXPECT_EQ(one.global_efficiency, many.global_efficiency);
    }
    EXPECT_EQ(undirected_betweenness(g.view(), {.threads = 1, .lanes = 2}),
              undirected_betweenness(g.view(), {.threads = 2, .lanes = 8}));
  }
}

}  // namespace
}  // namespace symbio::net
