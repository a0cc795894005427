#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "network/cascade.hpp"
#include "network/graph.hpp"

namespace symbio::net {

// Supply dominators (docs/methods.md, "Supply dominators"). The dependency graph of a layer has
// an arc p -> d for every dependency of an exchange of that layer (dependency_of(); `all`: of
// every exchange), p the provider and d the dependent; parallel arcs collapse. A virtual root R
// gets an arc to every enterprise of every source strongly connected component (one that no arc
// enters from another component), so that every enterprise is reached. x dominates d when every
// path from R to d passes through x: if x fails, no redundancy covers d.
struct DominatorOptions {
  Substitutes substitutes = Substitutes::catalogue;
  // Which dependencies make arcs: supply, outlet, or both (the cascade's default).
  CascadeDirection direction = CascadeDirection::both;
};

struct LayerDominators {
  ViewLayer layer = ViewLayer::all;  // all, material, energy or water
  // Per enterprise: the immediate dominator (nullopt when it is R), every dominator nearest
  // first (R left out), and how many enterprises it dominates.
  std::vector<std::optional<Vertex>> immediate;
  std::vector<std::vector<Vertex>> dominators;
  std::vector<std::int64_t> dominated;
};

// One layer: Lengauer-Tarjan through Boost.Graph, O((n + m) log(n + m)) for m dependency arcs,
// plus O(sum of the dominator chains' lengths) for the lists (at most n per enterprise).
// Throws OptionError for the layer `waste` (not a layer of exchanges).
LayerDominators supply_dominators(const SymbiosisGraph& graph, ViewLayer layer,
                                  const DominatorOptions& options = {});

// `all`, then material, energy and water where the graph has exchanges of the layer.
std::vector<LayerDominators> supply_dominators(const SymbiosisGraph& graph,
                                               const DominatorOptions& options = {});

}  // namespace symbio::net
