#pragma once

#include <cstdint>
#include <utility>
#include <vector>

// The adapter to Boost.Graph: plain vectors in, plain vectors out, so that no Boost type leaves
// network/detail/ (Boost headers are included only in boost_graph.cpp).
namespace symbio::net::detail {

// Arcs or edges between vertices 0..n-1, as (from, to) pairs.
using EdgeList = std::vector<std::pair<std::int64_t, std::int64_t>>;

// Immediate dominators of a directed graph from `root` (Lengauer and Tarjan 1979, Boost.Graph's
// lengauer_tarjan_dominator_tree): idom[v] is the immediate dominator of v, -1 for the root and
// for vertices the root does not reach. O((n + m) log(n + m)) as Boost implements it (path
// compression without balancing).
std::vector<std::int64_t> immediate_dominators(std::int64_t n, const EdgeList& arcs,
                                               std::int64_t root);

// Strongly connected components of a directed graph (Tarjan 1972, Boost.Graph's
// strong_components): component[v] in 0..count-1. O(n + m).
std::vector<std::int64_t> strong_components(std::int64_t n, const EdgeList& arcs);

// Biconnected components of an undirected simple graph (Hopcroft and Tarjan 1973, Boost.Graph's
// biconnected_components and articulation_points): component[e] labels edge e (in the order of
// `edges`), articulation[v] is 1 when removing v increases the number of components. An edge is
// a bridge exactly when it is the only edge of its component. O(n + m).
struct Biconnected {
  std::vector<std::int64_t> component;
  std::vector<char> articulation;
};
Biconnected biconnected_components(std::int64_t n, const EdgeList& edges);

}  // namespace symbio::net::detail
