#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "network/graph.hpp"
#include "network/vertex_lookup.hpp"

namespace symbio::net {

// Failure cascades of docs/methods.md#cascades, shared types. Every model works on rounds:
// round 0 holds the triggers; round k (k >= 1) holds the enterprises that fail because of the
// failures of rounds 0..k-1 (synchronous rounds: every enterprise that meets its failure
// condition against the failed set after round k-1 fails in round k, all at once).

// Flow of one layer lost with the failed enterprises: the sum of the canonical amounts of the
// inbound exchanges of every failed enterprise (triggers included) in that layer. `complete` is
// false when some of those exchanges have no quantity; `known` then sums the ones that have one
// and the output writers leave the value empty (undefined, not a partial total).
struct LostFlow {
  double known = 0.0;
  std::int64_t missing = 0;  // inbound exchanges of failed enterprises without a quantity
  bool complete() const { return missing == 0; }
  std::optional<double> value() const {
    return complete() ? std::optional<double>(known) : std::nullopt;
  }
};

// One cascade from a set of triggers.
struct CascadeRun {
  // rounds[0]: the triggers (sorted, duplicates removed); rounds[k]: enterprises failing in
  // round k, sorted by index. The last round is never empty unless there are no triggers.
  std::vector<std::vector<Vertex>> rounds;
  // Round of each enterprise, -1 for the ones still alive (size n).
  std::vector<std::int32_t> failed_round;
  std::int64_t failed = 0;  // cascade_failed: enterprises failed, triggers included
  // cascade_rounds: rounds after the triggers until nothing changes (0 if nothing spreads).
  std::int32_t spread_rounds() const {
    return rounds.empty() ? 0 : static_cast<std::int32_t>(rounds.size()) - 1;
  }
  std::array<LostFlow, 3> lost_flow;  // indexed by Layer (material, energy, water)
  // cascade_impact: (failed - t) / (n - t) for t triggers, which is docs/methods.md's
  // (cascade_failed - 1) / (n - 1) for a single trigger; nullopt when n <= t.
  std::optional<double> impact;
};

// One row of a single-trigger sweep (what cascade.csv prints).
struct CascadeSummary {
  Vertex trigger = 0;
  std::int64_t failed = 0;
  std::int32_t rounds = 0;
  std::optional<double> impact;
  std::array<LostFlow, 3> lost_flow;
};

// The lost flow per layer of a failed set (failed_round[v] >= 0 means failed). O(E).
std::array<LostFlow, 3> lost_flow_of(const SymbiosisGraph& graph,
                                     std::span<const std::int32_t> failed_round);

// Who depends on whom (docs/methods.md, "Who depends on whom"). Every exchange that entered
// the graph carries one dependency unless it is substitutable:
// - kinds product, byproduct, utility: the receiver depends on the supplier (`supply`);
// - kind waste: the supplier depends on the receiver, which takes its waste for treatment or
//   disposal (`outlet`; a wastewater plant does not depend on receiving wastewater).
// A substitutable exchange (GraphExchange::substitutable: the input's column, else the
// catalogue) carries none: the dependent party replaces it from the market at short notice.
enum class Dependency { none, supply, outlet };
enum class Substitutes {
  catalogue,  // substitutable exchanges carry no dependency (the default)
  ignore,     // every exchange is a dependency: the model of the published cascade studies
};
std::string_view to_string(Substitutes substitutes);
std::optional<Substitutes> parse_substitutes(std::string_view text);

// The dependency an exchange carries, and the provider p and dependent d of it (p -> d in the
// dependency graph). O(1).
Dependency dependency_of(const GraphExchange& x, Substitutes substitutes);
inline Vertex provider_of(const GraphExchange& x, Dependency d) {
  return d == Dependency::outlet ? x.receiver : x.supplier;
}
inline Vertex dependent_of(const GraphExchange& x, Dependency d) {
  return d == Dependency::outlet ? x.supplier : x.receiver;
}

// Supply-shortage cascade (`dependency`, the default model).
enum class CascadeDirection {
  supply,  // condition (a): an enterprise fails when too much of a supply dependency fails
  outlet,  // condition (b): an enterprise fails when too much of an outlet dependency fails
  both,    // either condition (the default)
  // The names of the first version, kept as aliases.
  downstream = supply,
  upstream = outlet,
};
// "supply", "outlet", "both"; parse_cascade_direction also reads the aliases "downstream" and
// "upstream".
std::string_view to_string(CascadeDirection direction);
std::optional<CascadeDirection> parse_cascade_direction(std::string_view text);

struct DependencyOptions {
  // tau: an enterprise fails when a share is strictly greater than it. Must lie in [0, 1].
  double threshold = 0.5;
  CascadeDirection direction = CascadeDirection::both;
  Substitutes substitutes = Substitutes::catalogue;
  // External enterprises (market, grid, landfill) never fail by propagation. Setting this to
  // false lets them fail like any other enterprise (what-if only).
  bool external_immune = true;
  int threads = 0;  // sweeps: OpenMP threads, 0 = all cores
};

// The cascade of docs/methods.md over the dependencies of the exchanges of the graph (existing
// ones, plus the planned or potential ones the graph was built with; parallel exchanges each
// count). A live enterprise j fails when, for some layer r,
// - (a, direction supply or both) the share of j's supply dependencies of r held by failed
//   suppliers is > tau, or
// - (b, direction outlet or both) the share of j's outlet dependencies of r held by failed
//   receivers is > tau.
// Each share is by canonical amounts when every dependency of that type of j in r has one (and
// they sum to more than 0), and by counting dependencies otherwise. Layers are kept apart
// because quantities of different layers are never added.
// External enterprises never fail by propagation (unless options.external_immune is false);
// they can be triggers. The condition is monotone in the failed set, so the final set does not
// depend on the order of evaluation; the rounds are the synchronous ones defined above.
// Shares are compared as (failed amount) / (total amount) > tau in double precision.
// Worklist algorithm: after each round only the dependents of the newly failed are rechecked,
// with per-(enterprise, layer) totals precomputed: O(E + sum of the degrees of the failed) per
// run after an O(n + E) set-up. Throws OptionError for a trigger out of range or tau outside
// [0, 1].
CascadeRun dependency_cascade(const SymbiosisGraph& graph, std::span<const Vertex> triggers,
                              const DependencyOptions& options = {});

// The same definitions computed plainly: every round recomputes every live enterprise's shares
// from scratch over all exchanges until a round adds nobody. O(rounds * E). Tests only.
CascadeRun dependency_cascade_reference(const SymbiosisGraph& graph,
                                        std::span<const Vertex> triggers,
                                        const DependencyOptions& options = {});

// A single-trigger sweep: one row per trigger (every enterprise, in index order, when `triggers`
// is empty) and, when every enterprise was a trigger, vulnerability[j] = share of the n-1
// single triggers other than j whose cascade makes j fail (nullopt when n < 2; the vector is
// empty for a partial sweep).
struct DependencySweep {
  DependencyOptions options;
  std::vector<CascadeSummary> rows;
  std::vector<std::optional<double>> vulnerability;
};

// Parallel over triggers with OpenMP; every run is independent and counts are integers, so the
// result does not depend on the number of threads. O(n (E + cascade work)) in the worst case.
DependencySweep dependency_sweep(const SymbiosisGraph& graph, const DependencyOptions& options = {},
                                 std::span<const Vertex> triggers = {});

}  // namespace symbio::net
