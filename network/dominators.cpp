#include "network/dominators.hpp"

#include <algorithm>

#include "core/error.hpp"
#include "network/detail/boost_graph.hpp"

namespace symbio::net {

namespace {

bool wanted(Dependency d, CascadeDirection direction) {
  if (d == Dependency::none) return false;
  if (direction == CascadeDirection::supply) return d == Dependency::supply;
  if (direction == CascadeDirection::outlet) return d == Dependency::outlet;
  return true;
}

}  // namespace

LayerDominators supply_dominators(const SymbiosisGraph& graph, ViewLayer layer,
                                  const DominatorOptions& options) {
  if (layer == ViewLayer::waste) throw OptionError("supply dominators: no layer 'waste'");
  const std::int64_t n = graph.n();
  detail::EdgeList arcs;
  for (const GraphExchange& x : graph.exchanges()) {
    if (layer != ViewLayer::all && view_of(x.layer) != layer) continue;
    const Dependency d = dependency_of(x, options.substitutes);
    if (!wanted(d, options.direction)) continue;
    arcs.emplace_back(provider_of(x, d), dependent_of(x, d));
  }
  std::sort(arcs.begin(), arcs.end());
  arcs.erase(std::unique(arcs.begin(), arcs.end()), arcs.end());

  // Source components: no arc enters them from another component.
  const std::vector<std::int64_t> component = detail::strong_components(n, arcs);
  std::vector<char> entered(static_cast<std::size_t>(n), 0);  // indexed by component
  for (const auto& [p, d] : arcs) {
    if (component[static_cast<std::size_t>(p)] != component[static_cast<std::size_t>(d)])
      entered[static_cast<std::size_t>(component[static_cast<std::size_t>(d)])] = 1;
  }
  const std::int64_t root = n;
  for (std::int64_t v = 0; v < n; ++v) {
    if (entered[static_cast<std::size_t>(component[static_cast<std::size_t>(v)])] == 0)
      arcs.emplace_back(root, v);
  }
  const std::vector<std::int64_t> idom = detail::immediate_dominators(n + 1, arcs, root);

  LayerDominators out;
  out.layer = layer;
  out.immediate.assign(static_cast<std::size_t>(n), std::nullopt);
  out.dominators.assign(static_cast<std::size_t>(n), {});
  out.dominated.assign(static_cast<std::size_t>(n), 0);
  for (std::int64_t v = 0; v < n; ++v) {
    // Every enterprise is reached from R (each lies in or below a source component).
    std::int64_t x = idom[static_cast<std::size_t>(v)];
    if (x != root && x >= 0) out.immediate[static_cast<std::size_t>(v)] = static_cast<Vertex>(x);
    while (x != root && x >= 0) {
      out.dominators[static_cast<std::size_t>(v)].push_back(static_cast<Vertex>(x));
      ++out.dominated[static_cast<std::size_t>(x)];
      x = idom[static_cast<std::size_t>(x)];
    }
  }
  return out;
}

std::vector<LayerDominators> supply_dominators(const SymbiosisGraph& graph,
                                               const DominatorOptions& options) {
  std::vector<LayerDominators> out;
  for (const ViewLayer layer : graph.layers()) {
    if (layer != ViewLayer::waste) out.push_back(supply_dominators(graph, layer, options));
  }
  return out;
}

}  // namespace symbio::net
