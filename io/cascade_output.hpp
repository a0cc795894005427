#pragma once

#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "audit/pipeline.hpp"
#include "io/provenance.hpp"
#include "network/cascade.hpp"
#include "network/dominators.hpp"
#include "network/graph.hpp"
#include "network/load_cascade.hpp"
#include "network/robustness.hpp"

namespace symbio::io {

// The files of `symbio cascade` (docs/formats.md), as text; the caller writes them atomically.
// Enterprises are named by id; rows follow the sweep's trigger order (the enterprise order for a
// full sweep). Numbers are the shortest text that reads back as the same double; an undefined
// value is an empty CSV cell and a JSON null, never 0. Equal inputs give byte-identical text.

// cascade.csv: trigger,cascade_failed,cascade_rounds,cascade_impact,cascade_lost_flow_material,
// cascade_lost_flow_energy,cascade_lost_flow_water. A lost flow is empty when an inbound
// exchange of a failed enterprise in that layer has no quantity. The load model adds alpha,beta.
std::string cascade_csv(const net::SymbiosisGraph& graph, const net::DependencySweep& sweep);
std::string cascade_csv(const net::SymbiosisGraph& graph, const net::LoadSweep& sweep);

// vulnerability.csv: id,vulnerability, one row per enterprise (empty when n < 2). Throws
// std::invalid_argument when the vector does not have one entry per enterprise.
std::string vulnerability_csv(const net::SymbiosisGraph& graph,
                              std::span<const std::optional<double>> vulnerability);

// robustness.csv: strategy,q,removed,largest_component_share,global_efficiency, one row per
// strategy and q = 0..n; `removed` is the id removed at step q (empty for q = 0 and for
// `random`, a mean over runs); global_efficiency empty where it was not computed.
std::string robustness_csv(const net::SymbiosisGraph& graph, const net::RobustnessResult& result);

// dominators.csv: layer,id,immediate_dominator,dominators,dominated, one row per layer of
// `layers` and enterprise; `dominators` lists the ids nearest first, separated by '|' (empty
// when the only dominator is the virtual root).
std::string dominators_csv(const net::SymbiosisGraph& graph,
                           std::span<const net::LayerDominators> layers);

// Which parts of the results cascade.json holds and where they came from. The sweep is the
// load model's when `load_sweep` is set, else the dependency model's `sweep`; the triggers'
// scenario is written when `trigger_run` is set; the supply dominators always. `symbio audit`
// writes every part; `symbio cascade` leaves out beta_c, and the robustness curves with
// --strategies none.
struct CascadeParts {
  bool beta_c = true;  // beta_c, beta_c_largest_component of a dependency sweep (a load sweep
                       // carries and writes its own)
  bool robustness = true;
  Provenance meta;
};

// cascade.json: {"meta": {symbio_version, input, input_sha256, options, model, model options,
// seed, conventions of every column}, "model", "cascade": [rows as cascade.csv, plus
// cascade_lost_flow_known (per layer: the sum of the known amounts) and
// cascade_lost_flow_missing (exchanges without quantity)], "vulnerability": [{id,
// vulnerability}], "beta_c", "beta_c_largest_component" (load, or given), "dominators": [{layer,
// enterprises: [{id, immediate_dominator, dominators, dominated}]}], "scenario": {triggers, rounds:
// [[ids]], cascade_failed, cascade_rounds, cascade_impact, lost flows}, "robustness": {strategies:
// [{strategy, robustness_index, note, curve: [{q, removed, largest_component_share,
// global_efficiency}]}]}}.
std::string cascade_json(const net::SymbiosisGraph& graph, const audit::AuditResults& results,
                         const CascadeParts& parts);

}  // namespace symbio::io
