#pragma once

#include <functional>

#include <cstdint>
#include <vector>

#include "network/graph.hpp"

namespace symbio::net::detail {

// Unsigned fixed point with 64 fractional bits. Sums of non-negative contributions in this form
// are exact, hence independent of the order in which threads add them; 64 integer bits hold any
// raw betweenness of a graph with 2^31 vertices ((n-1)(n-2) < 2^62).
__extension__ typedef unsigned __int128 Fixed;

inline constexpr double kFixedOne = 18446744073709551616.0;  // 2^64

// Rounds toward zero at 2^-64: the only rounding the reduction adds (absolute, per block).
inline Fixed to_fixed(double x) {
  return static_cast<Fixed>(x * kFixedOne);
}
inline double from_fixed(Fixed x) {
  return static_cast<double>(x) / kFixedOne;
}

// The graph one sweep traverses: CSR rows (each sorted, as relabel() leaves them; the lane kernel
// relies on it), the sources to start from (in increasing order), and per vertex the folded
// leaves hanging below it and the folded roots standing above it (all zero when nothing is
// folded). Every leaf of v adds 1 to the dependency of v on every source that reaches v (and,
// for the in-distances, lies one hop behind v: directed pendants); a traversal from v stands
// for v and its roots. On U a folded tree is both: its members are v's leaves and roots.
struct SweepGraph {
  Vertex n = 0;
  std::vector<std::int64_t> offsets;
  std::vector<Vertex> targets;
  std::vector<Vertex> sources;
  std::vector<std::int32_t> leaves;
  std::vector<std::int32_t> roots;
};

// What one breadth-first traversal per source leaves behind, folded leaves counted as targets
// and each traversal from u counted 1 + roots[u] times for the dependencies and in-distances.
// Out-quantities are filled for the sources only.
struct SweepResult {
  std::vector<Fixed> betweenness;          // sum of dependencies, v != source
  std::vector<Fixed> in_harmonic;          // sum over sources x of 1 / d(x, v)
  std::vector<Fixed> in_harmonic_shift;    // sum over sources x of 1 / (d(x, v) + 1)
  std::vector<std::int64_t> in_reach;      // sources reaching v
  std::vector<std::int64_t> in_sum;        // sum of their distances to v
  std::vector<std::int64_t> out_reach;     // targets reached from the source
  std::vector<std::int64_t> out_sum;       // sum of distances to them
  std::vector<double> out_harmonic;        // sum of 1 / d
  std::vector<double> out_harmonic_shift;  // sum of 1 / (d + 1), for the roots
  std::vector<std::int32_t> eccentricity;  // largest finite distance, 0 if none
};

// A breadth-first order of the graph's vertices, ties followed both ways, from the smallest
// unvisited index (Cuthill and McKee 1969 without the degree sort): order[new] = old. Parks
// whose exchanges stay mostly among neighbours end up in contiguous index ranges, so a
// traversal touches few cache lines. Depends on the graph only.
std::vector<Vertex> locality_order(const SweepGraph& graph);

// The graph relabelled by order (sources: every vertex that was a source, in the new order).
SweepGraph relabel(const SweepGraph& graph, const std::vector<Vertex>& order);

// The order in which sweep() batches the graph's sources: grouped by their hub (the
// out-neighbour of largest out-degree, the smaller index on ties), hubs in index order, sources
// without out-ties last. Sources that share a hub reach most vertices through it, one hop
// further than the hub, so the lanes of a batch stay on common levels: on the synthetic park of
// 100,000 enterprises (bench/) a vertex is visited 2.3 times per batch of 8 instead of 3.1 on D
// (sampled blocks) and 1.67 instead of 1.83 on U (whole sweep). Depends on the graph only.
std::vector<Vertex> batch_order(const SweepGraph& graph);

// Brings a result of the relabelled graph back to the original indices.
void restore(SweepResult& result, const std::vector<Vertex>& order);

// Brandes (2001) with every distance-based sum accumulated in the same traversal, several
// sources per traversal (LaneSweeper, sweep_lanes.hpp; lanes 0: the widest the processor runs).
// kInbound false skips the closeness sums (undirected betweenness). Deterministic: sources are
// taken in batch_order() and cut into blocks depending on the graph only, each block is summed
// by one thread in source order, and block sums meet in Fixed, so the result depends on neither
// the number of threads nor the lanes. `progress` (may be empty) is called from one thread with the
// share of sources done.
template <bool kInbound>
SweepResult sweep(const SweepGraph& graph, int threads, int lanes = 0,
                  const std::function<void(double)>& progress = {});

}  // namespace symbio::net::detail
