#include "network/communities.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/error.hpp"
#include "network/detail/igraph_adapter.hpp"

namespace symbio::net {

CommunityResult detect_communities(const LayerView& view, const CommunityOptions& options) {
  if (!(options.resolution > 0.0) || !std::isfinite(options.resolution)) {
    throw OptionError("the community resolution must be a positive number");
  }
  const auto n = static_cast<std::size_t>(view.n());
  CommunityResult result;
  const detail::UndirectedEdges edges = detail::undirected_edges(view);
  std::vector<std::int64_t> raw(n);
  if (edges.edges.empty()) {
    // igraph is not asked about a graph without edges: every enterprise is its own community.
    for (std::size_t v = 0; v < n; ++v)
      raw[v] = static_cast<std::int64_t>(v);
  } else {
    raw = options.algorithm == CommunityAlgorithm::louvain
              ? detail::louvain_membership(edges, options.resolution, options.seed)
              : detail::leiden_membership(edges, options.resolution, options.seed);
  }
  // An isolate gains nothing by joining a community, but the optimisers need not move it out of
  // one either: give each its own label (beyond igraph's 0..n-1) so the header's promise holds.
  for (std::size_t v = 0; v < n; ++v) {
    if (view.neighbors(static_cast<Vertex>(v)).empty()) raw[v] = static_cast<std::int64_t>(n + v);
  }
  // Relabel 0, 1, ... in order of each community's smallest member.
  std::vector<std::int64_t> relabel(2 * n, -1);
  std::int64_t next = 0;
  result.label.resize(n);
  for (std::size_t v = 0; v < n; ++v) {
    auto& target = relabel[static_cast<std::size_t>(raw[v])];
    if (target < 0) target = next++;
    result.label[v] = target;
  }
  result.modularity = compute_modularity(view, result.label);
  return result;
}

double compute_modularity(const LayerView& view, const std::vector<std::int64_t>& label) {
  const auto n = static_cast<std::size_t>(view.n());
  if (label.size() != n) {
    throw OptionError("modularity needs one community label per enterprise: " +
                      std::to_string(label.size()) + " labels for " + std::to_string(n));
  }
  const auto m = static_cast<double>(view.undirected_edge_count());
  if (m == 0.0) return 0.0;
  // Labels may be any integers; compress them so the sums run in a fixed order.
  std::vector<std::int64_t> names(label);
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  std::vector<std::size_t> community(n);
  for (std::size_t v = 0; v < n; ++v) {
    community[v] = static_cast<std::size_t>(std::lower_bound(names.begin(), names.end(), label[v]) -
                                            names.begin());
  }
  // Newman (2006): Q = sum_c [ L_c / m - (d_c / 2m)^2 ], L_c the edges inside c and d_c the sum
  // of its degrees.
  std::vector<double> inside(names.size(), 0.0);
  std::vector<double> degree(names.size(), 0.0);
  for (std::size_t u = 0; u < n; ++u) {
    const auto row = view.neighbors(static_cast<Vertex>(u));
    degree[community[u]] += static_cast<double>(row.size());
    for (const Vertex v : row) {
      if (static_cast<std::size_t>(v) > u &&
          community[static_cast<std::size_t>(v)] == community[u]) {
        inside[community[u]] += 1.0;
      }
    }
  }
  double q = 0.0;
  for (std::size_t c = 0; c < names.size(); ++c) {
    const double share = degree[c] / (2.0 * m);
    q += inside[c] / m - share * share;
  }
  return q;
}

}  // namespace symbio::net
