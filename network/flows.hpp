#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/park.hpp"
#include "network/ena.hpp"
#include "network/graph.hpp"

namespace symbio::net {

// One internal enterprise's balance in one layer, canonical unit of the layer. Flows from its
// side: in_internal from internal suppliers, in_external from boundary actors, likewise out.
// Empty (nullopt) when no exchange of the layer carries a quantity.
struct EnterpriseBalance {
  Vertex enterprise = 0;
  std::optional<double> in_internal;
  std::optional<double> in_external;
  std::optional<double> out_internal;
  std::optional<double> out_external;
  double declared_unused = 0.0;  // sum of its declared outputs of the layer with a quantity
  double declared_need = 0.0;    // sum of its declared needs of the layer with a quantity
  std::optional<double> ena_throughflow;
  std::optional<double> ena_cycling;
};

// The quantified park in one layer (P = the internal enterprises; exchanges that entered the
// graph, self-exchanges never do; sums over those that carry a quantity, canonical unit):
// internal_flow (s, r in P), import (s not in P, r in P), export (s in P, r not in P),
// byproduct_flow and waste_flow (kind byproduct / waste, s in P), declared_unused and
// declared_need (declarations of P in the layer, direction output / need), the by-product
// utilisation rate byproduct_flow / (byproduct_flow + waste_flow + declared_unused) and the
// internal by-product share (by-product flow with s, r in P over the same denominator), both
// nullopt for 0/0. Flow sums are nullopt when no exchange carries a quantity.
struct LayerFlows {
  Layer layer = Layer::material;
  std::string unit;  // canonical: t/a, GJ/a, m3/a
  // The unit the input used most for the layer's quantities ("万吨/年"), and how many canonical
  // units one of it is; reports show quantities in it. The canonical unit when none was given.
  std::string display_unit;
  double display_factor = 1.0;
  std::int64_t exchanges = 0;
  std::int64_t quantified = 0;
  std::optional<double> internal_flow;
  std::optional<double> import_flow;
  std::optional<double> export_flow;
  std::optional<double> byproduct_flow;
  std::optional<double> waste_flow;
  double declared_unused = 0.0;
  double declared_need = 0.0;
  std::int64_t declarations = 0;             // declarations of P in the layer
  std::int64_t declarations_quantified = 0;  // of which carry a quantity
  std::optional<double> byproduct_utilisation_rate;
  std::optional<double> internal_byproduct_share;
  // Ecological network analysis (ena.hpp) when every exchange of the layer carries a quantity
  // and some internal enterprise takes part; nodes are those enterprises in vertex order.
  std::optional<EnaResult> ena;
  std::vector<Vertex> ena_nodes;
  std::vector<EnterpriseBalance> balance;  // every internal enterprise, vertex order
  std::vector<std::string> notes;          // why something is empty or partial
};

struct FlowsResult {
  std::vector<LayerFlows> layers;  // material, energy, water: each with exchanges or declarations
};

// The flows, balances and ecological network analysis of every layer (see LayerFlows and
// compute_ena). `park` is the park `graph` was built from (declarations, units as written).
// With `ena` false the network analysis is skipped (a one-screen summary needs only the sums).
// O(n + E + declarations + ENA).
FlowsResult compute_flows(const Park& park, const SymbiosisGraph& graph, bool ena = true);

}  // namespace symbio::net
