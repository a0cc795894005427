#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "network/detail/distance_sweep.hpp"

namespace symbio::net::detail {

// A vertex's sums over the sources of the current block of the sweep, side by side: they are
// added to together, so they share one cache line.
struct BlockSums {
  double betweenness = 0.0;
  double harmonic = 0.0;
  double harmonic_shift = 0.0;
  std::int64_t reach = 0;
  std::int64_t sum = 0;
};

// The widest lane count this processor runs: 8 with AVX-512, 4 with AVX2, else 2 (SSE2, which
// every x86-64 processor has).
int widest_lanes();

// Brandes' traversals from several sources at once (multi-source breadth-first search in the
// manner of Then et al. 2014, "The more the merrier", with path counts instead of bits): each
// vertex holds one distance and one path count per source ("lane") side by side, a level of the
// search visits the vertices that have any lane on it in increasing index order, and every tie
// read serves all lanes in one vector operation. Sources that are close in the locality order
// reach most vertices on the same one to three levels, so a tie is read about three times per
// batch of eight sources instead of eight times.
//
// Results do not depend on the lane count: path counts are summed over parents in increasing
// index order whatever the batch, dependencies over the tie rows in CSR order, and the
// per-vertex sums of a block are added in source order. Levels are 16-bit; a traversal deeper
// than 32,000 hops is redone with 32-bit levels.
class LaneSweeper {
 public:
  // lanes: 2, 4 or 8, capped by widest_lanes(); 0 for widest_lanes(). inv[d] = 1/d for
  // d <= n + 2. narrow_levels: the levels a 16-bit traversal may use before it is redone with 32
  // bits (0: what 16 bits hold; tests lower it to reach the 32-bit kernel on small graphs).
  LaneSweeper(const SweepGraph& graph, const std::vector<double>& inv, bool inbound, int lanes,
              std::int64_t narrow_levels = 0);
  ~LaneSweeper();
  LaneSweeper(const LaneSweeper&) = delete;
  LaneSweeper& operator=(const LaneSweeper&) = delete;

  int lanes() const { return lanes_; }

  // One traversal from each source (at most lanes() of them): adds every (source, vertex) term
  // to block, sources in the given order, and writes the sources' own sums into out (out_*,
  // eccentricity; inbound only). A traversal from u counts 1 + roots[u] times.
  void traverse(std::span<const Vertex> sources, std::vector<BlockSums>& block, SweepResult& out);

  struct State;

 private:
  const SweepGraph& graph_;
  const std::vector<double>& inv_;
  bool inbound_;
  int lanes_;
  std::unique_ptr<State> narrow_;  // 16-bit levels
  std::unique_ptr<State> wide_;    // 32-bit levels, made on the first deep traversal
};

}  // namespace symbio::net::detail
