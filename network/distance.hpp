#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "network/graph.hpp"

namespace symbio::net {

struct DistanceOptions {
  int threads = 0;  // 0: all cores (OpenMP)
  // Fold pendants out of the traversals (exact; see distance.cpp): on D, enterprises with one
  // supplier and no receiver, and enterprises with one receiver and no supplier; on U (the
  // undirected betweenness), the trees that repeatedly removing degree-1 enterprises takes off.
  bool fold_pendants = true;
  // Sources traversed together (2, 4 or 8, capped by the processor: AVX2 runs 4, AVX-512 8);
  // 0: the widest the processor runs. The results are bit-identical for every value.
  int lanes = 0;
  // Called from one thread with the share of the traversals done (0..1), for progress displays.
  std::function<void(double)> progress;
};

// Every indicator that needs hop distances on D, from one breadth-first traversal per source,
// several sources traversed together (network/detail/sweep_lanes.hpp) (docs/methods.md,
// enterprise and park indicators):
// - betweenness: Brandes (2001) on D, unweighted, raw sum of pair dependencies over ordered
//   pairs (NetworkX betweenness_centrality(normalized=False) on a DiGraph);
// - closeness_out/in: Wasserman-Faust, (r/(n-1)) * (r / sum of distances) over the r
//   enterprises reachable from (to) i; 0 when r = 0; nullopt when n < 2;
// - harmonic_out/in: sum of 1/d(i,j) (1/d(j,i)) over j != i, divided by n-1; nullopt when n < 2;
// - average_path_length, diameter: mean and max of d(i,j) over ordered pairs with a path
//   (nullopt when there is none); global_efficiency: sum of 1/d over ordered pairs / (n(n-1)).
// O(n m) time, O(n + m) memory per thread. Parallel over sources (OpenMP); the result is
// bit-identical for every thread count (fixed source blocks, exact fixed-point reduction).
struct DistanceIndicators {
  std::vector<double> betweenness;
  std::vector<std::optional<double>> closeness_out;
  std::vector<std::optional<double>> closeness_in;
  std::vector<std::optional<double>> harmonic_out;
  std::vector<std::optional<double>> harmonic_in;
  std::optional<double> average_path_length;
  std::optional<double> diameter;
  std::optional<double> global_efficiency;
  std::int64_t connected_pairs = 0;  // ordered pairs (i, j), i != j, with a path i -> j
};

DistanceIndicators compute_distance_indicators(const LayerView& view,
                                               const DistanceOptions& options = {});

// A plain one-indicator-at-a-time implementation of the same definitions (single thread,
// textbook Brandes and BFS), used only by the tests to check the fast one.
DistanceIndicators compute_distance_indicators_reference(const LayerView& view);

// Undirected Brandes betweenness on U, raw (each unordered pair counted once), for Freeman's
// betweenness centralization.
std::vector<double> undirected_betweenness(const LayerView& view,
                                           const DistanceOptions& options = {});

}  // namespace symbio::net
