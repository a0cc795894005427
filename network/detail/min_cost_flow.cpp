#include "network/detail/min_cost_flow.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/successive_shortest_path_nonnegative_weights.hpp>

#include <stdexcept>

namespace symbio::net::detail {

MinCostFlow min_cost_max_flow(std::int64_t n, const std::vector<FlowArc>& arcs, std::int64_t source,
                              std::int64_t sink) {
  using Traits = boost::adjacency_list_traits<boost::vecS, boost::vecS, boost::directedS>;
  using Graph = boost::adjacency_list<
      boost::vecS, boost::vecS, boost::directedS, boost::no_property,
      boost::property<
          boost::edge_capacity_t, double,
          boost::property<boost::edge_residual_capacity_t, double,
                          boost::property<boost::edge_reverse_t, Traits::edge_descriptor,
                                          boost::property<boost::edge_weight_t, double>>>>>;
  using Edge = Traits::edge_descriptor;
  if (n < 2 || source < 0 || sink < 0 || source >= n || sink >= n || source == sink) {
    throw std::invalid_argument("min_cost_max_flow: source and sink must be distinct vertices");
  }
  Graph g(static_cast<std::size_t>(n));
  auto capacity = boost::get(boost::edge_capacity, g);
  auto reverse = boost::get(boost::edge_reverse, g);
  auto weight = boost::get(boost::edge_weight, g);
  std::vector<Edge> forward;
  forward.reserve(arcs.size());
  for (const FlowArc& arc : arcs) {
    if (arc.from < 0 || arc.to < 0 || arc.from >= n || arc.to >= n || !(arc.capacity >= 0.0) ||
        !(arc.cost >= 0.0)) {
      throw std::invalid_argument("min_cost_max_flow: an arc out of range or of negative cost");
    }
    // Each arc with its residual twin of capacity 0 and cost -cost, as the algorithm expects.
    const Edge e =
        boost::add_edge(static_cast<std::size_t>(arc.from), static_cast<std::size_t>(arc.to), g)
            .first;
    const Edge r =
        boost::add_edge(static_cast<std::size_t>(arc.to), static_cast<std::size_t>(arc.from), g)
            .first;
    capacity[e] = arc.capacity;
    capacity[r] = 0.0;
    weight[e] = arc.cost;
    weight[r] = -arc.cost;
    reverse[e] = r;
    reverse[r] = e;
    forward.push_back(e);
  }
  boost::successive_shortest_path_nonnegative_weights(g, static_cast<std::size_t>(source),
                                                      static_cast<std::size_t>(sink));
  auto residual = boost::get(boost::edge_residual_capacity, g);
  MinCostFlow out;
  out.flow.reserve(arcs.size());
  for (std::size_t k = 0; k < arcs.size(); ++k) {
    const double f = arcs[k].capacity - residual[forward[k]];
    out.flow.push_back(f);
    out.total_cost += f * arcs[k].cost;
    if (arcs[k].from == source) out.total_flow += f;
    if (arcs[k].to == source) out.total_flow -= f;
  }
  return out;
}

}  // namespace symbio::net::detail
