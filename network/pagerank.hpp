#pragma once

#include <vector>

#include "network/graph.hpp"

namespace symbio::net {

struct PageRankOptions {
  double damping = 0.85;
  bool weighted = false;     // use W weights as strengths (requires view.weighted())
  double tolerance = 1e-12;  // L1 change between iterations
  int max_iterations = 10000;
};

// PageRank on D (Page et al. 1999): uniform teleport, dangling enterprises (no out-tie, or zero
// out-weight) spread their rank uniformly over all n; sums to 1. Matches NetworkX
// pagerank(alpha=0.85) and igraph PRPACK to the tolerance. Empty vector when n = 0.
std::vector<double> compute_pagerank(const LayerView& view, const PageRankOptions& options = {});

// HITS (Kleinberg 1999) on D, unweighted, each vector scaled to max 1 (igraph's scale=True).
// Both empty when the view has no ties.
struct HitsScores {
  std::vector<double> hub;
  std::vector<double> authority;
};
HitsScores compute_hits(const LayerView& view);

}  // namespace symbio::net
