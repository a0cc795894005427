#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "audit/finding.hpp"
#include "audit/pipeline.hpp"
#include "audit/standards.hpp"
#include "core/park.hpp"
#include "network/flows.hpp"
#include "network/graph.hpp"
#include "network/indicator_table.hpp"
#include "network/robustness.hpp"

namespace symbio::audit {

// What a scenario adds to the park as it is (docs/methods.md#scenarios): its planned
// exchanges, its potential exchanges, or the options the audit proposes (the allocation of
// declared outputs to declared needs).
enum class ScenarioKind { planned, potential, options };

// "planned", "potential", "options": also the scenario's name in scenarios.csv.
std::string_view to_string(ScenarioKind kind);
// The word as to_string writes it, ASCII case-insensitive, surrounding blanks ignored.
std::optional<ScenarioKind> parse_scenario_kind(std::string_view text);

// The park of a scenario, every other part unchanged:
// - planned / potential: the exchanges of that status become existing;
// - options: each proposed exchange becomes an existing exchange of kind byproduct (the audit
//   proposes reusing declared outputs) carrying the proposed quantity, written in the unit of
//   the supplier's declaration when there is one; a proposal naming a park exchange
//   (`exchange_id`) turns that exchange to existing instead of adding one. New exchanges get the
//   ids "option-1", "option-2", ... in proposal order (a suffix "-2", "-3"... where the park
//   already uses the id). The quantity moved is taken off the supplier's declared output and
//   the receiver's declared need (a declaration used up leaves the park), so that an output the
//   scenario uses is no longer counted as unused.
Park park_with(const Park& park, ScenarioKind kind, const std::vector<PotentialExchange>& options);

// What the rows of a scenario are about: a park indicator of a view, the robustness index of a
// removal strategy, a flow of a layer, or an indicator of the park standards.
enum class ScenarioGroup { network, robustness, flows, standards };

// The removal strategies whose robustness index a scenario lists: those whose curve costs
// O(m alpha(n)) beyond a cheap ranking (the betweenness ranking would cost another O(n m) sweep).
inline constexpr net::RemovalStrategy kScenarioStrategies[] = {
    net::RemovalStrategy::random, net::RemovalStrategy::degree, net::RemovalStrategy::pagerank};

// One row of scenarios.csv. `layer` is a view (all, material, energy, water, waste) for the
// network group, a layer (material, energy, water) for flows, and `all` for robustness (the
// view `all`, indicator `robustness_index_<strategy>`) and the standards.
// `value` is empty when undefined; `text` is set instead for the typology.
struct ScenarioValue {
  std::string scenario;
  ScenarioGroup group = ScenarioGroup::network;
  std::string layer;
  std::string indicator;
  std::optional<double> value;
  std::string text;
  net::ColumnType type = net::ColumnType::real;
  bool operator==(const ScenarioValue&) const = default;
};

// The names of the flow indicators a scenario lists per layer, in the order of flows.csv (the
// exchange count is the network indicator `exchanges` of the layer's view).
const std::vector<std::string>& scenario_flow_indicators();

// The rows of one analysed park: the park indicators of every view of `layers` (fields in the
// analysis's order), the robustness index of each curve of `robustness` whose strategy is one of
// kScenarioStrategies, the flow indicators of every layer of `flows`, and one row per standard
// indicator (its first clause's row carries the value; all carry the same). Deterministic.
std::vector<ScenarioValue> scenario_values(
    std::string_view scenario, const std::vector<net::LayerAnalysis>& layers,
    const net::RobustnessResult& robustness, const net::FlowsResult& flows,
    const std::optional<std::vector<StandardIndicator>>& standards);

struct ScenarioOptions {
  std::uint64_t seed = 42;  // communities (modularity), as in the audit
  int threads = 0;          // the distance sweep; 0: all cores
  // Called with the scenario's name before its park is analysed (progress displays).
  std::function<void(std::string_view)> on_scenario;
  std::function<void(double)> progress;  // share of a scenario's distance traversals done
  // The standards' clauses, as the audit compared the park as it is with (`--standards FILE`).
  std::vector<StandardClause> standard_clauses = builtin_standard_clauses();
};

// One compared scenario: how many exchanges of its kind the park has (planned, potential) or
// the audit proposes (options), and how many it adds to the graph of the park as it is (0 when
// there are none, or the analysis already counts them).
struct ScenarioRun {
  std::string name;
  std::int64_t candidates = 0;  // exchanges of the kind in the park, or proposals
  std::int64_t exchanges_added = 0;
};

struct ScenarioComparison {
  std::vector<ScenarioRun> scenarios;  // `existing` first, then one per comparison
  // Scenario after scenario, each with the same (group, layer, indicator) rows in the same order
  // (the union over the scenarios; a row a scenario does not have is empty in it).
  std::vector<ScenarioValue> values;
};

// The park as it is (`results`, the audit of `park` on `graph`) and with the exchanges of each
// kind added (park_with; `options` are results.allocation), each scenario's park analysed with
// the graph options of `graph` and the audit's settings: net::analyze's park indicators of every
// view, the robustness curves of kScenarioStrategies on the view `all` (the audit's seed, runs
// and threads), net::compute_flows and compute_standards; the enterprise indicators, cascades
// and findings are not recomputed. A view the scenario leaves unchanged keeps the results of the
// park as it is. A kind given twice is compared once. The cost per scenario is one analysis of
// the views it changes, dominated by the distance sweep (O(n m) per view), and the flows.
ScenarioComparison compare_scenarios(const Park& park, const net::SymbiosisGraph& graph,
                                     const AuditResults& results,
                                     const std::vector<ScenarioKind>& kinds,
                                     const ScenarioOptions& options = {});

// One line per compared scenario that adds nothing ("the park has no planned exchanges: the
// scenario `planned` equals `existing`"), for the console.
std::vector<std::string> scenario_notes(const ScenarioComparison& comparison);

}  // namespace symbio::audit
