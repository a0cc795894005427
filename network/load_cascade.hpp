#pragma once

#include <optional>
#include <span>
#include <vector>

#include "network/cascade.hpp"
#include "network/graph.hpp"

namespace symbio::net {

// Load-capacity cascade (`load`) of docs/methods.md#cascades: the model of Motter and Lai (2002)
// with the local load of Wang and Rong (2009), as Zeng, Xiao and Li (2013) apply it to
// eco-industrial parks. On U of the chosen view:
// - initial load L_j = (k_j * sum over neighbours m of j of k_m)^alpha, k = degree on U;
//   an isolate has L = 0 (and can neither pass nor take load);
// - capacity C_j = (1 + beta) L_j;
// - synchronous rounds: in round k every enterprise i that failed in round k-1 passes its
//   current load F_i to its live neighbours (not failed in rounds 0..k-1) in proportion to their
//   initial load: j receives (F_i / S_i) L_j with S_i = sum of L_n over i's live neighbours
//   (load with no live neighbour to take it is lost). After every transfer of the round, each
//   live enterprise whose load exceeds its capacity fails in round k. "Exceeds" is tested on the
//   received excess, F_j - L_j > beta L_j (the same inequality as F_j > C_j), which keeps
//   beta_c exact in floating point (below);
// - external enterprises never fail by propagation: they take their share of load (it is
//   absorbed by the outside world) and never pass it on. They can be triggers.
struct LoadOptions {
  double alpha = 1.0;  // load exponent, finite and >= 0
  double beta = 0.2;   // tolerance (spare capacity), finite and >= 0
  ViewLayer layer = ViewLayer::all;
  bool external_immune = true;  // as DependencyOptions::external_immune
  int threads = 0;              // sweeps: OpenMP threads, 0 = all cores
};

// Initial loads L of the view's enterprises. O(n + m).
std::vector<double> initial_loads(const LayerView& view, double alpha);

// Critical tolerance: a single trigger i passes L_i to each neighbour j the amount
// (L_i / S_i) L_j, S_i = sum of L_n over all neighbours of i, so j fails iff L_i / S_i > beta.
// Hence no single failure spreads iff beta >= beta_c = max over enterprises i that have a
// neighbour able to fail (non-external, unless external_immune is false) of L_i / S_i, and every
// beta < beta_c lets the failure of the maximising i spread. 0 when no enterprise has such a
// neighbour. Computed with the same floating-point operations as the simulation, so the
// simulation at beta = beta_c never spreads from a single trigger. O(n + m).
double critical_beta(const SymbiosisGraph& graph, const LoadOptions& options = {});

// beta_c of each weak component of U with at least two enterprises: the formula of
// critical_beta() with i over the component's enterprises (loads are local, so a component's
// terms are those of the whole park). Any two-enterprise component has beta_c = 1 exactly
// (each passes all its load to the other), which says nothing about the park's core; the
// largest component's value does. Components largest first (ties: smallest member index
// first), members in index order; the park's beta_c is the largest of these values (0 without
// components). O(n + m).
struct ComponentBeta {
  std::vector<Vertex> members;
  double beta_c = 0.0;
  double beta_c_largest_component = 0.0;
};
std::vector<ComponentBeta> critical_beta_by_component(const SymbiosisGraph& graph,
                                                      const LoadOptions& options = {});

// beta_c of the largest weak component of U (the first of critical_beta_by_component()); 0
// when U has no tie. O(n + m).
double critical_beta_largest_component(const SymbiosisGraph& graph,
                                       const LoadOptions& options = {});

// The cascade from the given triggers (rounds as in cascade.hpp; lost flow per layer over the
// failed enterprises' inbound exchanges of the whole graph). O(n + m + work of the rounds).
// Throws OptionError for a trigger out of range, a negative or non-finite alpha or beta, or an
// absent view.
CascadeRun load_cascade(const SymbiosisGraph& graph, std::span<const Vertex> triggers,
                        const LoadOptions& options = {});

// The same model computed plainly (each round recomputes every transfer into a fresh vector).
// Tests only.
CascadeRun load_cascade_reference(const SymbiosisGraph& graph, std::span<const Vertex> triggers,
                                  const LoadOptions& options = {});

// Single-trigger sweep, as DependencySweep, plus beta_c.
struct LoadSweep {
  LoadOptions options;
  std::vector<CascadeSummary> rows;
  std::vector<std::optional<double>> vulnerability;
  double beta_c = 0.0;
  double beta_c_largest_component = 0.0;
};

// Parallel over triggers with OpenMP; the result does not depend on the number of threads.
LoadSweep load_sweep(const SymbiosisGraph& graph, const LoadOptions& options = {},
                     std::span<const Vertex> triggers = {});

}  // namespace symbio::net
