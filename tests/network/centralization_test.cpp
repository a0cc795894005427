#include "network/centralization.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "network/degree.hpp"
#include "network/distance.hpp"
#include "tests/support/park_builder.hpp"

namespace symbio::net {
namespace {

using symbio::testing::park_of;

// Hub 0 -> 1..4. U is the star, the most centralized graph of its order: every index is 1.
// Degree: (4 - 1) * 4 / (4 * 3) = 1. Out-degree: 4 * 4 / 4^2 = 1; in-degrees 0, 1, 1, 1, 1:
// (1 - 0) / 16. Betweenness on U: the centre lies on C(4,2) = 6 pairs, b' = 2 * 6 / (4 * 3) = 1,
// sum (1 - 0) * 4 / 4 = 1.
TEST(CentralizationTest, StarIsMaximal) {
  const SymbiosisGraph g(park_of(5, {{0, 1}, {0, 2}, {0, 3}, {0, 4}}));
  const DegreeIndicators d = compute_degrees(g.view());
  EXPECT_DOUBLE_EQ(*degree_centralization(d.degree), 1.0);
  EXPECT_DOUBLE_EQ(*directed_degree_centralization(d.out_degree), 1.0);
  EXPECT_DOUBLE_EQ(*directed_degree_centralization(d.in_degree), 1.0 / 16);
  const std::vector<double> b = undirected_betweenness(g.view());
  EXPECT_EQ(b, (std::vector<double>{6, 0, 0, 0, 0}));
  EXPECT_DOUBLE_EQ(*betweenness_centralization(b), 1.0);
}

// Chain 0 -> 1 -> 2 -> 3: U degrees 1, 2, 2, 1: (1 + 1) / (3 * 2) = 1/3. Undirected betweenness
// 0, 2, 2, 0 (1 inside 0-2 and 0-3, 2 inside 0-3 and 1-3): b' = 2 * 2 / 6 = 2/3, sum 4/3 over 3
// = 4/9. Out-degrees 1, 1, 1, 0: 1/9.
TEST(CentralizationTest, Chain) {
  const SymbiosisGraph g(park_of(4, {{0, 1}, {1, 2}, {2, 3}}));
  const DegreeIndicators d = compute_degrees(g.view());
  EXPECT_DOUBLE_EQ(*degree_centralization(d.degree), 1.0 / 3);
  EXPECT_DOUBLE_EQ(*directed_degree_centralization(d.out_degree), 1.0 / 9);
  const std::vector<double> b = undirected_betweenness(g.view());
  EXPECT_EQ(b, (std::vector<double>{0, 2, 2, 0}));
  EXPECT_DOUBLE_EQ(*betweenness_centralization(b), 4.0 / 9);
}

// Two 4-cliques joined by the bridge 3 - 4 (reciprocal exchanges). Degrees 3 except 4 at the
// bridge ends: 6 * 1 / (7 * 6) = 1/7. Undirected betweenness 12 at 3 and 4 (the 3 * 4 pairs
// across the bridge each), b' = 2 * 12 / (7 * 6) = 4/7, sum 6 * 4/7 over 7 = 24/49.
TEST(CentralizationTest, TwoCliquesAndABridge) {
  std::vector<std::pair<int, int>> ties;
  for (int base : {0, 4}) {
    for (int i = 0; i < 4; ++i) {
      for (int j = 0; j < 4; ++j) {
        if (i != j) ties.emplace_back(base + i, base + j);
      }
    }
  }
  ties.emplace_back(3, 4);
  ties.emplace_back(4, 3);
  const SymbiosisGraph g(park_of(8, ties));
  const DegreeIndicators d = compute_degrees(g.view());
  EXPECT_DOUBLE_EQ(*degree_centralization(d.degree), 1.0 / 7);
  EXPECT_DOUBLE_EQ(*directed_degree_centralization(d.in_degree), 6.0 / 49);
  EXPECT_DOUBLE_EQ(*betweenness_centralization(undirected_betweenness(g.view())), 24.0 / 49);
}

// Everyone equal (a cycle, or no tie at all): 0.
TEST(CentralizationTest, RegularGraphsAreZero) {
  const SymbiosisGraph g(park_of(4, {{0, 1}, {1, 2}, {2, 3}, {3, 0}}));
  const DegreeIndicators d = compute_degrees(g.view());
  EXPECT_EQ(*degree_centralization(d.degree), 0.0);
  EXPECT_EQ(*directed_degree_centralization(d.in_degree), 0.0);
  EXPECT_EQ(*betweenness_centralization(undirected_betweenness(g.view())), 0.0);
  EXPECT_EQ(*degree_centralization({0, 0, 0}), 0.0);
}

// Undefined below the smallest order with a non-zero denominator.
TEST(CentralizationTest, SmallOrders) {
  EXPECT_FALSE(degree_centralization({}));
  EXPECT_FALSE(degree_centralization({1, 1}));
  EXPECT_FALSE(betweenness_centralization({0.0, 0.0}));
  EXPECT_FALSE(directed_degree_centralization({0}));
  EXPECT_FALSE(directed_degree_centralization({}));
  // n = 2, a -> b: out-degrees 1, 0: 1 / 1^2.
  EXPECT_EQ(*directed_degree_centralization({1, 0}), 1.0);
}

}  // namespace
}  // namespace symbio::net
