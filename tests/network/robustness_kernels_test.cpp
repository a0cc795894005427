#include "network/robustness_kernels.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <vector>

#include "network/graph.hpp"
#include "tests/support/park_builder.hpp"

namespace symbio::net::detail {
namespace {

using symbio::testing::Ties;

SymbiosisGraph graph_of(int n, const Ties& ties) {
  return SymbiosisGraph(symbio::testing::park_of(n, ties));
}

std::vector<Vertex> sorted(std::vector<Vertex> members) {
  std::sort(members.begin(), members.end());
  return members;
}

// U of 0-1-2-3 and 4-5, enterprise 6 dead: components {0,1,2,3} and {4,5}. Removing 1 splits
// the first into {0} and {2,3} and leaves {4,5} as it was.
TEST(RobustnessKernelsTest, AliveComponentsSplitWhatARemovalTouches) {
  const SymbiosisGraph g = graph_of(7, {{0, 1}, {2, 1}, {2, 3}, {4, 5}, {5, 6}});
  std::vector<char> alive{1, 1, 1, 1, 1, 1, 0};
  AliveComponents components(g.view(ViewLayer::all), alive);
  ASSERT_EQ(components.all().size(), 2u);
  EXPECT_EQ(sorted(components.all()[0]), (std::vector<Vertex>{0, 1, 2, 3}));
  EXPECT_EQ(sorted(components.all()[1]), (std::vector<Vertex>{4, 5}));
  EXPECT_EQ(components.label(0), components.label(3));
  EXPECT_NE(components.label(0), components.label(4));

  alive[1] = 0;
  const std::vector<Vertex> removed{1};
  std::vector<std::vector<Vertex>> parts = components.split(removed, alive);
  for (auto& part : parts)
    part = sorted(part);
  std::sort(parts.begin(), parts.end());
  EXPECT_EQ(parts, (std::vector<std::vector<Vertex>>{{0}, {2, 3}}));
  EXPECT_NE(components.label(0), components.label(2));
  EXPECT_EQ(components.label(2), components.label(3));
  EXPECT_EQ(sorted(components.all()[static_cast<std::size_t>(components.label(4))]),
            (std::vector<Vertex>{4, 5}));
}

// Exact Brandes on the directed path 0 -> 1 -> 2 -> 3: 1 lies on the shortest paths 0->2 and
// 0->3, 2 on 0->3 and 1->3 (raw sums over ordered pairs: 0, 2, 2, 0). With 3 dead the path
// 0 -> 1 -> 2 is left: 1 on 0->2 only.
TEST(RobustnessKernelsTest, MaskedBetweennessExactOnAPath) {
  const SymbiosisGraph g = graph_of(4, {{0, 1}, {1, 2}, {2, 3}});
  MaskedBetweenness betweenness(g.view(ViewLayer::all), 100, 2, 1, 1);
  std::vector<double> out(4, -1.0);
  std::vector<char> alive(4, 1);
  const std::vector<Vertex> all{0, 1, 2, 3};
  EXPECT_FALSE(betweenness.compute(all, alive, out));
  EXPECT_EQ(out, (std::vector<double>{0, 2, 2, 0}));
  alive[3] = 0;
  const std::vector<Vertex> left{0, 1, 2};
  out.assign(4, -1.0);
  EXPECT_FALSE(betweenness.compute(left, alive, out));
  EXPECT_EQ(out, (std::vector<double>{0, 1, 0, -1}));  // the dead one is not written
}

// Directed 6-cycle: from a source s, the dependency of the enterprise k steps ahead is 5 - k, so
// the exact betweenness is 4 + 3 + 2 + 1 = 10 for each and the total 60. A sample of 3 sources
// scaled by 6/3 keeps the total: every source contributes 10 in all.
TEST(RobustnessKernelsTest, MaskedBetweennessSampledKeepsTheTotal) {
  const SymbiosisGraph g = graph_of(6, {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 0}});
  const std::vector<char> alive(6, 1);
  const std::vector<Vertex> all{0, 1, 2, 3, 4, 5};
  std::vector<double> exact(6);
  MaskedBetweenness full(g.view(ViewLayer::all), 6, 3, 7, 1);
  EXPECT_FALSE(full.compute(all, alive, exact));
  EXPECT_EQ(exact, std::vector<double>(6, 10.0));

  std::vector<double> sampled(6);
  std::vector<double> again(6);
  MaskedBetweenness a(g.view(ViewLayer::all), 5, 3, 7, 1);
  MaskedBetweenness b(g.view(ViewLayer::all), 5, 3, 7, 2);
  EXPECT_TRUE(a.compute(all, alive, sampled));
  EXPECT_TRUE(b.compute(all, alive, again));
  EXPECT_EQ(std::accumulate(sampled.begin(), sampled.end(), 0.0), 60.0);
  EXPECT_EQ(sampled, again) << "the same seed samples the same sources on any thread count";
}

// 0 -> 1 alone (1 dangling: its rank is spread over the two alive), 2 dead. With d = 0.85:
// r0 = (1 - d)/2 + d r1/2 and r0 + r1 = 1, so r0 = 0.075 + 0.425 (1 - r0), r0 = 0.5 / 1.425.
TEST(RobustnessKernelsTest, MaskedPagerankSpreadsDanglingRankOverTheAlive) {
  const SymbiosisGraph g = graph_of(3, {{0, 1}, {1, 2}});
  const std::vector<char> alive{1, 1, 0};
  std::vector<double> rank(3, 0.0);  // uniform start
  masked_pagerank(g.view(ViewLayer::all), alive, rank);
  EXPECT_NEAR(rank[0], 0.5 / 1.425, 1e-10);
  EXPECT_NEAR(rank[1], 1.0 - 0.5 / 1.425, 1e-10);
  EXPECT_EQ(rank[2], 0.0);
}

// Path 0 -> 1 -> 2: 1/d over (0,1), (1,2), (0,2) = 1 + 1 + 1/2. Without 1 nothing is connected.
TEST(RobustnessKernelsTest, InverseDistanceSumOverTheAlive) {
  const SymbiosisGraph g = graph_of(3, {{0, 1}, {1, 2}});
  EXPECT_EQ(masked_inverse_distance_sum(g.view(ViewLayer::all), std::vector<char>{1, 1, 1}, 2),
            2.5);
  EXPECT_EQ(masked_inverse_distance_sum(g.view(ViewLayer::all), std::vector<char>{1, 0, 1}, 1),
            0.0);
}

TEST(RobustnessKernelsTest, ArgmaxAndRankingBreakTiesByIndex) {
  const std::vector<double> values{3.0, 5.0, 5.0 * (1 + 1e-12), 7.0};
  EXPECT_EQ(argmax_alive(values, std::vector<char>{1, 1, 1, 0}), 1);  // 7 is dead; 1 and 2 tie
  EXPECT_EQ(argmax_alive(values, std::vector<char>{1, 1, 1, 1}), 3);
  EXPECT_EQ(argmax_alive(values, std::vector<char>{0, 0, 0, 0}), -1);
  EXPECT_EQ(rank_descending(std::vector<double>{1.0, 3.0, 3.0, 2.0}),
            (std::vector<Vertex>{1, 2, 3, 0}));
}

}  // namespace
}  // namespace symbio::net::detail
