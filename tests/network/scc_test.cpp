#include "network/detail/scc.hpp"

#include <gtest/gtest.h>

#include <queue>
#include <random>
#include <vector>

#include "network/graph.hpp"
#include "tests/support/park_builder.hpp"

namespace symbio::net::detail {
namespace {

using symbio::testing::park_of;
using symbio::testing::Ties;

// Second implementation: i and j share a component iff each reaches the other, with one BFS per
// enterprise on D. O(n (n + m)).
std::vector<std::vector<char>> reachability(const LayerView& view) {
  const auto n = static_cast<std::size_t>(view.n());
  std::vector<std::vector<char>> reach(n, std::vector<char>(n, 0));
  for (std::size_t s = 0; s < n; ++s) {
    std::queue<Vertex> queue;
    queue.push(static_cast<Vertex>(s));
    reach[s][s] = 1;
    while (!queue.empty()) {
      const Vertex v = queue.front();
      queue.pop();
      for (const Vertex w : view.out(v)) {
        if (!reach[s][static_cast<std::size_t>(w)]) {
          reach[s][static_cast<std::size_t>(w)] = 1;
          queue.push(w);
        }
      }
    }
  }
  return reach;
}

void expect_matches_reachability(const LayerView& view) {
  const StrongComponents scc = strong_components(view);
  const auto n = static_cast<std::size_t>(view.n());
  ASSERT_EQ(scc.component.size(), n);
  const auto reach = reachability(view);
  std::vector<char> used(static_cast<std::size_t>(scc.count), 0);
  for (std::size_t i = 0; i < n; ++i) {
    ASSERT_GE(scc.component[i], 0);
    ASSERT_LT(scc.component[i], scc.count);
    used[static_cast<std::size_t>(scc.component[i])] = 1;
    for (std::size_t j = 0; j < n; ++j) {
      EXPECT_EQ(scc.component[i] == scc.component[j], reach[i][j] && reach[j][i])
          << "enterprises " << i << " and " << j;
    }
  }
  for (const char u : used)
    EXPECT_TRUE(u);  // every number names a component
  // Reverse topological order of the condensation: a tie between components goes from a
  // component completed later (higher number) to one completed earlier.
  for (std::size_t v = 0; v < n; ++v) {
    for (const Vertex w : view.out(static_cast<Vertex>(v))) {
      EXPECT_GE(scc.component[v], scc.component[static_cast<std::size_t>(w)]);
    }
  }
}

// 0 -> 1 -> 2 -> 0 (a cycle), 2 -> 3, 3 <-> 4, 5 isolated: components {0,1,2}, {3,4}, {5}.
TEST(SccTest, HandExample) {
  const Park park = park_of(6, Ties{{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 4}, {4, 3}});
  const SymbiosisGraph graph(park);
  const StrongComponents scc = strong_components(graph.view());
  EXPECT_EQ(scc.count, 3);
  EXPECT_EQ(scc.component[0], scc.component[1]);
  EXPECT_EQ(scc.component[1], scc.component[2]);
  EXPECT_EQ(scc.component[3], scc.component[4]);
  EXPECT_NE(scc.component[0], scc.component[3]);
  EXPECT_NE(scc.component[5], scc.component[0]);
  EXPECT_NE(scc.component[5], scc.component[3]);
  // {3,4} is reached from {0,1,2}, so Tarjan completes it first.
  EXPECT_GT(scc.component[0], scc.component[3]);
  expect_matches_reachability(graph.view());
}

TEST(SccTest, EmptyAndTieless) {
  const Park none = park_of(0, Ties{});
  const SymbiosisGraph empty(none);
  EXPECT_EQ(strong_components(empty.view()).count, 0);
  const Park three = park_of(3, Ties{});
  const SymbiosisGraph isolated(three);
  EXPECT_EQ(strong_components(isolated.view()).count, 3);
}

TEST(SccTest, RandomParksAgreeWithReachability) {
  std::mt19937 rng(7);
  for (const int permille : {20, 60, 150}) {
    const Park park = park_of(60, symbio::testing::random_ties(60, permille, rng));
    const SymbiosisGraph graph(park);
    expect_matches_reachability(graph.view());
  }
}

TEST(SccTest, LongPathAndLongCycleNeedNoDeepStack) {
  // 100,000 enterprises on one path (every one its own component), then closed into one cycle:
  // a recursive Tarjan would overflow the call stack here.
  constexpr int kN = 100000;
  Ties path;
  for (int i = 0; i + 1 < kN; ++i)
    path.emplace_back(i, i + 1);
  const Park open = park_of(kN, path);
  EXPECT_EQ(strong_components(SymbiosisGraph(open).view()).count, kN);
  path.emplace_back(kN - 1, 0);
  const Park closed = park_of(kN, path);
  EXPECT_EQ(strong_components(SymbiosisGraph(closed).view()).count, 1);
}

}  // namespace
}  // namespace symbio::net::detail
