#pragma once

#include <cstdint>
#include <vector>

// The adapter to Boost.Graph's minimum-cost flow: plain vectors in, plain vectors out, so that no
// Boost type leaves network/detail/ (Boost headers are included only in min_cost_flow.cpp).
namespace symbio::net::detail {

// An arc of a flow network between vertices 0..n-1: its capacity (>= 0, finite) and its cost per
// unit of flow (>= 0, integral in the callers so that sums of costs are exact in a double).
struct FlowArc {
  std::int64_t from = 0;
  std::int64_t to = 0;
  double capacity = 0.0;
  double cost = 0.0;
};

struct MinCostFlow {
  std::vector<double> flow;  // per arc, in the order given
  double total_flow = 0.0;   // out of the source
  double total_cost = 0.0;   // sum of flow * cost
};

// A maximum flow from `source` to `sink` of minimum cost among the maximum flows: successive
// shortest paths with Dijkstra on reduced costs (Edmonds and Karp 1972; Boost.Graph's
// successive_shortest_path_nonnegative_weights). Costs must be non-negative. Deterministic: the
// same arcs in the same order give the same flow (Boost's Dijkstra breaks ties by the order the
// arcs were added). O(F (m + n log n)) for F augmenting paths.
MinCostFlow min_cost_max_flow(std::int64_t n, const std::vector<FlowArc>& arcs, std::int64_t source,
                              std::int64_t sink);

}  // namespace symbio::net::detail
