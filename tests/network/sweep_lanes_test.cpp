#include "network/detail/sweep_lanes.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <random>
#include <span>
#include <string>
#include <vector>

namespace symbio::net::detail {
namespace {

// A seeded random digraph as the sweep sees it: sparse random ties, a long directed chain (deep
// traversals), and some folded leaves and roots on random vertices.
SweepGraph random_graph(unsigned seed, Vertex n, int chain) {
  std::mt19937 rng(seed);
  std::vector<std::vector<Vertex>> rows(static_cast<std::size_t>(n));
  for (Vertex v = 0; v < n; ++v) {
    const int degree = static_cast<int>(rng() % 4);
    for (int k = 0; k < degree; ++k) {
      const auto w = static_cast<Vertex>(rng() % static_cast<unsigned>(n));
      if (w != v) rows[static_cast<std::size_t>(v)].push_back(w);
    }
  }
  for (Vertex v = 0; v + 1 < chain && v + 1 < n; ++v)
    rows[static_cast<std::size_t>(v)].push_back(v + 1);
  SweepGraph g;
  g.n = n;
  g.offsets.push_back(0);
  for (auto& row : rows) {
    std::sort(row.begin(), row.end());
    row.erase(std::unique(row.begin(), row.end()), row.end());
    g.targets.insert(g.targets.end(), row.begin(), row.end());
    g.offsets.push_back(static_cast<std::int64_t>(g.targets.size()));
  }
  for (Vertex v = 0; v < n; ++v) {
    g.sources.push_back(v);
    g.leaves.push_back(rng() % 5 == 0 ? static_cast<std::int32_t>(rng() % 3) : 0);
    g.roots.push_back(rng() % 7 == 0 ? static_cast<std::int32_t>(rng() % 2 + 1) : 0);
  }
  return g;
}

struct Sweep {
  std::vector<BlockSums> block;
  SweepResult out;
};

Sweep sweep_all(const SweepGraph& g, bool inbound, int lanes, std::int64_t narrow_levels = 0) {
  const auto n = static_cast<std::size_t>(g.n);
  std::vector<double> inv(n + 3, 0.0);
  for (std::size_t d = 1; d < inv.size(); ++d)
    inv[d] = 1.0 / static_cast<double>(d);
  Sweep r;
  r.block.resize(n);
  r.out.out_reach.assign(n, 0);
  r.out.out_sum.assign(n, 0);
  r.out.out_harmonic.assign(n, 0.0);
  r.out.out_harmonic_shift.assign(n, 0.0);
  r.out.eccentricity.assign(n, 0);
  LaneSweeper sweeper(g, inv, inbound, lanes, narrow_levels);
  const auto batch = static_cast<std::size_t>(sweeper.lanes());
  for (std::size_t k = 0; k < g.sources.size(); k += batch) {
    sweeper.traverse(
        std::span<const Vertex>(g.sources).subspan(k, std::min(batch, g.sources.size() - k)),
        r.block, r.out);
  }
  return r;
}

bool same_bits(double a, double b) {
  return std::memcmp(&a, &b, sizeof a) == 0;
}

void expect_identical(const Sweep& a, const Sweep& b) {
  ASSERT_EQ(a.block.size(), b.block.size());
  for (std::size_t v = 0; v < a.block.size(); ++v) {
    EXPECT_TRUE(same_bits(a.block[v].betweenness, b.block[v].betweenness)) << v;
    EXPECT_TRUE(same_bits(a.block[v].harmonic, b.block[v].harmonic)) << v;
    EXPECT_TRUE(same_bits(a.block[v].harmonic_shift, b.block[v].harmonic_shift)) << v;
    EXPECT_EQ(a.block[v].reach, b.block[v].reach) << v;
    EXPECT_EQ(a.block[v].sum, b.block[v].sum) << v;
  }
  EXPECT_EQ(a.out.out_reach, b.out.out_reach);
  EXPECT_EQ(a.out.out_sum, b.out.out_sum);
  EXPECT_EQ(a.out.eccentricity, b.out.eccentricity);
  for (std::size_t v = 0; v < a.out.out_harmonic.size(); ++v) {
    EXPECT_TRUE(same_bits(a.out.out_harmonic[v], b.out.out_harmonic[v])) << v;
    EXPECT_TRUE(same_bits(a.out.out_harmonic_shift[v], b.out.out_harmonic_shift[v])) << v;
  }
}

std::vector<int> lane_counts() {
  std::vector<int> counts;
  for (const int lanes : {2, 4, 8}) {
    if (lanes <= widest_lanes()) counts.push_back(lanes);
  }
  return counts;
}

TEST(SweepLanesTest, LaneCountsAreCappedByTheProcessor) {
  const int w = widest_lanes();
  EXPECT_TRUE(w == 2 || w == 4 || w == 8) << w;
  const SweepGraph g = random_graph(1, 10, 0);
  const std::vector<double> inv(13, 1.0);
  EXPECT_EQ(LaneSweeper(g, inv, true, 0).lanes(), w);  // 0: the widest
  EXPECT_EQ(LaneSweeper(g, inv, true, 2).lanes(), 2);
  EXPECT_EQ(LaneSweeper(g, inv, true, 3).lanes(), 2);
  EXPECT_EQ(LaneSweeper(g, inv, true, 4).lanes(), std::min(4, w));
  EXPECT_EQ(LaneSweeper(g, inv, true, 8).lanes(), w);
  EXPECT_EQ(LaneSweeper(g, inv, false, 16).lanes(), w);
}

// Path counts are summed over parents in index order and block terms in source order whatever
// the batch, and no multiply-add is fused: every lane count gives the same bits, in both modes.
TEST(SweepLanesTest, EveryLaneCountGivesTheSameBits) {
  for (unsigned seed = 1; seed <= 6; ++seed) {
    const SweepGraph g = random_graph(seed, 150 + static_cast<Vertex>(seed) * 23, 40);
    for (const bool inbound : {true, false}) {
      SCOPED_TRACE("seed " + std::to_string(seed) + (inbound ? " inbound" : " betweenness"));
      const Sweep two = sweep_all(g, inbound, 2);
      for (const int lanes : lane_counts())
        expect_identical(two, sweep_all(g, inbound, lanes));
    }
  }
}

// A traversal deeper than the 16-bit levels allow is redone two sources at a time with 32-bit
// levels; lowering the limit to 5 levels sends most batches of these chains there.
TEST(SweepLanesTest, DeepTraversalsFallBackToWideLevels) {
  for (unsigned seed = 7; seed <= 9; ++seed) {
    const SweepGraph g = random_graph(seed, 120, 100);
    for (const bool inbound : {true, false}) {
      const Sweep whole = sweep_all(g, inbound, 2);
      for (const int lanes : lane_counts())
        expect_identical(whole, sweep_all(g, inbound, lanes, 5));
    }
  }
}

// Eight sources 0..7, each heading its own chain of 1500 enterprises, the chains one after the
// other in index order: on every level the eight lanes sit about 1500 indices apart, so a batch
// of 4 or 8 lanes finds its few new enterprises by walking the level's ties (gather) rather than
// scanning some hundred bitmap words, and 2 lanes mostly by scanning. Both must agree bit for
// bit, and with the hand count: the j-th enterprise of a chain (j = 1..1500) lies j hops from
// its source, which reaches the 1500 of its chain at a distance sum of 1500 * 1501 / 2.
TEST(SweepLanesTest, SparseWideLevelsAreGatheredFromTheTies) {
  constexpr Vertex kChain = 1500;
  SweepGraph g;
  g.n = 8 + 8 * kChain;
  std::vector<std::vector<Vertex>> rows(static_cast<std::size_t>(g.n));
  for (Vertex k = 0; k < 8; ++k) {
    const Vertex head = 8 + k * kChain;
    rows[static_cast<std::size_t>(k)].push_back(head);
    for (Vertex j = 0; j + 1 < kChain; ++j)
      rows[static_cast<std::size_t>(head + j)].push_back(head + j + 1);
  }
  g.offsets.push_back(0);
  for (const auto& row : rows) {
    g.targets.insert(g.targets.end(), row.begin(), row.end());
    g.offsets.push_back(static_cast<std::int64_t>(g.targets.size()));
  }
  g.sources = {0, 1, 2, 3, 4, 5, 6, 7};
  g.leaves.assign(static_cast<std::size_t>(g.n), 0);
  g.roots.assign(static_cast<std::size_t>(g.n), 0);
  const Sweep two = sweep_all(g, true, 2);
  for (const int lanes : lane_counts())
    expect_identical(two, sweep_all(g, true, lanes));
  for (Vertex k = 0; k < 8; ++k) {
    EXPECT_EQ(two.out.out_reach[static_cast<std::size_t>(k)], kChain);
    EXPECT_EQ(two.out.out_sum[static_cast<std::size_t>(k)], kChain * (kChain + 1) / 2);
    EXPECT_EQ(two.out.eccentricity[static_cast<std::size_t>(k)], kChain);
  }
  // The first enterprise of chain 0 carries the paths from source 0 to the 1499 below it.
  EXPECT_EQ(two.block[8].betweenness, kChain - 1);
}

// The chain 0 -> 1 -> 2 -> 3 (no other ties), worked by hand with the fallback forced at every
// batch: from source s the chain beyond s is reached at distances 1, 2, ..., so vertex v gets
// dependency (3 - v) from each of the v sources above it, and out_sum[s] = 1 + ... + (3 - s).
TEST(SweepLanesTest, ChainByHand) {
  SweepGraph g;
  g.n = 4;
  g.offsets = {0, 1, 2, 3, 3};
  g.targets = {1, 2, 3};
  g.sources = {0, 1, 2, 3};
  g.leaves.assign(4, 0);
  g.roots.assign(4, 0);
  for (const std::int64_t narrow : {0, 1}) {
    const Sweep r = sweep_all(g, true, widest_lanes(), narrow);
    const std::vector<double> betweenness = {0.0, 2.0, 2.0, 0.0};  // v * (3 - v)
    for (std::size_t v = 0; v < 4; ++v)
      EXPECT_EQ(r.block[v].betweenness, betweenness[v]) << v;
    EXPECT_EQ(r.out.out_reach, (std::vector<std::int64_t>{3, 2, 1, 0}));
    EXPECT_EQ(r.out.out_sum, (std::vector<std::int64_t>{6, 3, 1, 0}));
    EXPECT_EQ(r.out.eccentricity, (std::vector<std::int32_t>{3, 2, 1, 0}));
    EXPECT_DOUBLE_EQ(r.out.out_harmonic[0], 1.0 + 0.5 + 1.0 / 3.0);
    // In-sums: vertex 3 is reached from 0, 1, 2 at distances 3, 2, 1.
    EXPECT_EQ(r.block[3].reach, 3);
    EXPECT_EQ(r.block[3].sum, 6);
    EXPECT_DOUBLE_EQ(r.block[3].harmonic, 1.0 / 3.0 + 0.5 + 1.0);
  }
}

}  // namespace
}  // namespace symbio::net::detail
