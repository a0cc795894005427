#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "audit/allocation.hpp"
#include "audit/audit_focus.hpp"
#include "audit/finding.hpp"
#include "audit/rules.hpp"
#include "audit/standards.hpp"
#include "audit/thresholds.hpp"
#include "core/catalogue.hpp"
#include "core/park.hpp"
#include "network/cascade.hpp"
#include "network/dominators.hpp"
#include "network/flows.hpp"
#include "network/graph.hpp"
#include "network/indicator_table.hpp"
#include "network/load_cascade.hpp"
#include "network/robustness.hpp"

namespace symbio::audit {

// How the audit's models run: their defaults, a seed for communities and random removals, the
// threads of the parallel kernels, and the rules' thresholds.
struct AuditOptions {
  std::uint64_t seed = 42;
  int threads = 0;  // 0: all cores
  // The supply-shortage model of the sweep and of the supply dominators: its direction
  // (default both) and whether substitutable exchanges carry a dependency (default: they do
  // not); the threshold stays at its default. `threads` is taken from above.
  net::CascadeDirection direction = net::CascadeDirection::both;
  net::Substitutes substitutes = net::Substitutes::catalogue;
  std::function<void(double)> progress;  // share of the distance traversals done, for displays
  // Called as each stage of the pipeline starts (kPipelineStages of them, numbered from 1, with
  // the names of pipeline_stage_name), for displays; stages switched off below are not called.
  std::function<void(int stage)> stage;
  Thresholds thresholds = default_thresholds();
  bool robustness = true;  // false: no robustness curves (a format that cannot hold them)
  bool findings = true;    // false: the models only (what `convert --with-analysis` writes)
  bool quantified = true;  // false: no flows, balances, ENA or standards
};

// The stages of run_audit_pipeline, in order: 1 dependency cascades, 2 indicators of every
// layer, 3 load cascades, supply dominators and robustness, 4 flows and standards, 5 audit focus
// and findings.
inline constexpr int kPipelineStages = 5;
// "dependency cascades", ... (English, for the command line's progress line).
std::string_view pipeline_stage_name(int stage);

// Everything the audit computes on a park, one plain value that the writers read. Later results
// are added as fields here.
struct AuditResults {
  net::DependencySweep sweep;              // downstream single-trigger sweep, default threshold
  std::vector<net::LayerAnalysis> layers;  // net::analyze of every view, `all` first
  double beta_c = 0.0;                     // critical tolerance of the load-capacity cascade
  double beta_c_largest_component = 0.0;   // the same on the largest component of U alone
  std::vector<net::ComponentBeta> beta_c_components;  // per weak component, largest first
  std::vector<net::LayerDominators> dominators;       // supply dominators, `all` first
  net::RobustnessResult robustness;  // every removal strategy (unless not asked for)
  net::FlowsResult flows;            // flows, balances and ENA of every layer
  // The standards' indicators, when the park has enterprise data (data.csv).
  std::optional<std::vector<StandardIndicator>> standards;
  AuditFocus focus;  // the audit focus (审核重点), every internal enterprise ranked
  // Declared unused outputs allocated to declared needs (min-cost flow), largest first.
  std::vector<PotentialExchange> allocation;
  AuditFindings findings;  // empty when AuditOptions::findings is false
};

// The audit's one entry: the dependency sweep, the analysis of every view (reusing the sweep
// for cascade_impact), beta_c, the robustness curves and the rules, in that order, each with
// the defaults `symbio audit` documents. `symbio audit` and `symbio convert --with-analysis`
// both call it, so their models of a park are the same.
AuditResults run_audit_pipeline(const Park& park, const net::SymbiosisGraph& graph,
                                const ResourceCatalogue& catalogue, const AuditOptions& options);

}  // namespace symbio::audit
