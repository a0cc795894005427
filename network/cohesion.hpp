#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "network/graph.hpp"

namespace symbio::net {

// k-core number on U (Batagelj and Zaversnik 2003). O(n + m).
std::vector<std::int64_t> compute_core_numbers(const LayerView& view);

// Local clustering on U: triangles / (k(k-1)/2); 0 for degree < 2 (NetworkX convention).
std::vector<double> compute_local_clustering(const LayerView& view);

// Global clustering (transitivity) on U: 3 x triangles / connected triples; 0 when there is no
// connected triple (NetworkX transitivity()).
double compute_transitivity(const LayerView& view);

struct Components {
  std::int64_t weak = 0;
  std::int64_t strong = 0;
  std::vector<std::int64_t> weak_label;  // smallest member index of each enterprise's component
  double largest_weak_share = 0.0;       // largest weak component / n (0 when n = 0)
};
// Weak components by breadth-first search of U, strong components by Tarjan on D. O(n + m).
Components compute_components(const LayerView& view);

// Articulation enterprises of U (Hopcroft and Tarjan 1973): removing one increases the number of
// connected components. Bridges: ties of D whose undirected edge is a bridge of U (a tie whose
// reverse tie exists is never a bridge: the pair is one edge of U, so both are flagged or
// neither). Indexed like LayerView::ties(). Both from Boost.Graph's biconnected_components (a
// bridge is an edge alone in its biconnected component): O(n + m) plus building Boost's
// adjacency list, and for bridges O(m log d) to find each tie's entry.
std::vector<bool> compute_articulation(const LayerView& view);
std::vector<bool> compute_bridges(const LayerView& view);

}  // namespace symbio::net
