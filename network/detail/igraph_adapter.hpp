#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "network/graph.hpp"

// The only door to igraph (README.md, Module map): plain C++ types in, plain C++ types out.
// igraph 0.10's argument orders live in igraph_adapter.cpp alone. Every call installs (once,
// process-wide) an error handler that returns instead of aborting and a warning handler that
// stays silent; a failed igraph call becomes std::runtime_error carrying igraph_strerror().
// igraph 0.10 as Debian builds it is not thread-safe (one global RNG, global handlers), so the
// calls are serialised by a mutex; seeding and running happen under the same lock, which keeps
// seeded results reproducible when analyses run in parallel.
namespace symbio::net::detail {

// An undirected simple graph: vertices 0..n-1, each edge listed once.
struct UndirectedEdges {
  std::int64_t n = 0;
  std::vector<std::pair<Vertex, Vertex>> edges;
};

// The edges of U, each once as (u, v) with u < v.
UndirectedEdges undirected_edges(const LayerView& view);

// Louvain (Blondel et al. 2008), igraph_community_multilevel with the given resolution; the
// membership of the final (coarsest) level. Requires at least one edge.
std::vector<std::int64_t> louvain_membership(const UndirectedEdges& graph, double resolution,
                                             std::uint64_t seed);

// Leiden (Traag et al. 2019), igraph_community_leiden with the modularity objective: node
// weights are the degrees and the resolution parameter is resolution / (2m), iterated until an
// iteration changes nothing; beta = 0.01 (igraph's default randomness). Requires an edge.
std::vector<std::int64_t> leiden_membership(const UndirectedEdges& graph, double resolution,
                                            std::uint64_t seed);

// igraph_modularity of a membership (labels >= 0), undirected, unweighted. Used by the tests to
// cross-check compute_modularity. NaN when the graph has no edge (igraph's convention).
double igraph_modularity_of(const UndirectedEdges& graph,
                            const std::vector<std::int64_t>& membership, double resolution);

}  // namespace symbio::net::detail
