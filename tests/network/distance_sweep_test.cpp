#include "network/detail/distance_sweep.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace symbio::net::detail {
namespace {

SweepGraph graph_of(Vertex n, const std::vector<std::vector<Vertex>>& rows,
                    const std::vector<Vertex>& sources) {
  SweepGraph g;
  g.n = n;
  g.offsets.push_back(0);
  for (const auto& row : rows) {
    g.targets.insert(g.targets.end(), row.begin(), row.end());
    g.offsets.push_back(static_cast<std::int64_t>(g.targets.size()));
  }
  g.sources = sources;
  g.leaves.assign(static_cast<std::size_t>(n), 0);
  g.roots.assign(static_cast<std::size_t>(n), 0);
  return g;
}

// Out-degrees: 0: 2, 1: 1, 2: 3, 3: 0, 4: 2, 5: 2, 6: 0, 7: 1. Each source's hub is its
// out-neighbour of largest out-degree (smaller index on ties):
//   0 -> {2, 3}: 2 (3 ties); 1 -> {4}: 4; 2 -> {1, 5, 6}: 5 (2 ties; 1 has 1);
//   4 -> {5, 7}: 5; 5 -> {0, 4}: 0 (2 ties, 4 has 2 too: the smaller index); 7 -> {6}: 6;
//   3 and 6 have no out-ties and come last, in index order.
// Sorted by (hub, source): 5 (hub 0), 0 (hub 2), 1 (hub 4), 2 and 4 (hub 5), 7 (hub 6), 3, 6.
TEST(DistanceSweepTest, BatchOrderGroupsSourcesByHub) {
  const SweepGraph g =
      graph_of(8, {{2, 3}, {4}, {1, 5, 6}, {}, {5, 7}, {0, 4}, {}, {6}}, {0, 1, 2, 3, 4, 5, 6, 7});
  EXPECT_EQ(batch_order(g), (std::vector<Vertex>{5, 0, 1, 2, 4, 7, 3, 6}));
}

// Only the graph's sources are ordered: a vertex that is not a source never appears.
TEST(DistanceSweepTest, BatchOrderKeepsOnlyTheSources) {
  const SweepGraph g = graph_of(4, {{1}, {2}, {3}, {0}}, {1, 3});
  // 1 -> 2 (hub 2), 3 -> 0 (hub 0): 3 first.
  EXPECT_EQ(batch_order(g), (std::vector<Vertex>{3, 1}));
}

}  // namespace
}  // namespace symbio::net::detail
