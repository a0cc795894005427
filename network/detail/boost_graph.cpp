#include "network/detail/boost_graph.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/biconnected_components.hpp>
#include <boost/graph/dominator_tree.hpp>
#include <boost/graph/strong_components.hpp>
#include <boost/property_map/property_map.hpp>

namespace symbio::net::detail {

std::vector<std::int64_t> immediate_dominators(std::int64_t n, const EdgeList& arcs,
                                               std::int64_t root) {
  // bidirectionalS: the algorithm walks in-edges. vecS keeps vertex descriptors = indices.
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
  using V = boost::graph_traits<Graph>::vertex_descriptor;
  Graph g(static_cast<std::size_t>(n));
  for (const auto& [from, to] : arcs)
    boost::add_edge(static_cast<V>(from), static_cast<V>(to), g);
  std::vector<V> idom(static_cast<std::size_t>(n), boost::graph_traits<Graph>::null_vertex());
  auto index = boost::get(boost::vertex_index, g);
  boost::lengauer_tarjan_dominator_tree(g, static_cast<V>(root),
                                        boost::make_iterator_property_map(idom.begin(), index));
  std::vector<std::int64_t> out(static_cast<std::size_t>(n), -1);
  for (std::size_t v = 0; v < idom.size(); ++v) {
    if (idom[v] != boost::graph_traits<Graph>::null_vertex())
      out[v] = static_cast<std::int64_t>(idom[v]);
  }
  return out;
}

std::vector<std::int64_t> strong_components(std::int64_t n, const EdgeList& arcs) {
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
  Graph g(static_cast<std::size_t>(n));
  for (const auto& [from, to] : arcs)
    boost::add_edge(static_cast<std::size_t>(from), static_cast<std::size_t>(to), g);
  std::vector<std::size_t> component(static_cast<std::size_t>(n), 0);
  boost::strong_components(
      g, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, g)));
  return {component.begin(), component.end()};
}

Biconnected biconnected_components(std::int64_t n, const EdgeList& edges) {
  using Graph =
      boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                            boost::property<boost::edge_index_t, std::size_t>>;
  using V = boost::graph_traits<Graph>::vertex_descriptor;
  Graph g(static_cast<std::size_t>(n));
  for (std::size_t e = 0; e < edges.size(); ++e)
    boost::add_edge(static_cast<V>(edges[e].first), static_cast<V>(edges[e].second), e, g);
  std::vector<std::size_t> component(edges.size(), 0);
  std::vector<V> points;
  boost::biconnected_components(
      g, boost::make_iterator_property_map(component.begin(), boost::get(boost::edge_index, g)),
      std::back_inserter(points));
  Biconnected out;
  out.component.assign(component.begin(), component.end());
  out.articulation.assign(static_cast<std::size_t>(n), 0);
  for (const V v : points)
    out.articulation[static_cast<std::size_t>(v)] = 1;
  return out;
}

}  // namespace symbio::net::detail
