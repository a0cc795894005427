#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
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
#include "network/communities.hpp"
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
  // The standards' clauses the indicators are compared with (`--standards FILE`).
  std::vector<StandardClause> standard_clauses = builtin_standard_clauses();
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
  // What `symbio cascade` computes beside the stages above: the load model's sweep (--model
  // load, written instead of `sweep`) and the triggers failing together (--trigger).
  std::optional<net::LoadSweep> load_sweep;
  std::optional<net::CascadeRun> trigger_run;
};

// The audit's one entry: the dependency sweep, the analysis of every view (reusing the sweep
// for cascade_impact), beta_c, the robustness curves, the flows, the audit focus, the allocation
// of declared outputs and the rules, in that order, each with
// the defaults `symbio audit` documents. `symbio audit` and `symbio convert --with-analysis`
// both call it, so their models of a park are the same.
AuditResults run_audit_pipeline(const Park& park, const net::SymbiosisGraph& graph,
                                const ResourceCatalogue& catalogue, const AuditOptions& options);

// The stages of run_audit_pipeline, each with the same options; `symbio analyze` and `symbio
// cascade` run the stages whose results they write (through the two functions below), so every
// command computes a result the same way.

// The supply-shortage model of the options (direction, substitutes, threads) with `threshold`.
net::DependencyOptions dependency_options(const AuditOptions& options,
                                          double threshold = net::DependencyOptions{}.threshold);

// Which views and indicators the analysis computes (`symbio analyze --layer --only
// --algorithm`); the audit computes every one, with Louvain communities.
struct AnalysisScope {
  std::vector<net::ViewLayer> layers;  // empty: every view the graph has
  std::vector<std::string> only;       // empty: every indicator
  net::CommunityAlgorithm algorithm = net::CommunityAlgorithm::louvain;
};

// net::analyze of the scope's views with the options' seed, threads and progress; cascade_impact
// comes from `sweep` when given (a sweep of dependency_options(options)), else from a sweep of
// its own.
std::vector<net::LayerAnalysis> analysis_stage(const net::SymbiosisGraph& graph,
                                               const AuditOptions& options,
                                               const net::DependencySweep* sweep,
                                               const AnalysisScope& scope = {});
// beta_c of the load-capacity model over the park, its largest component and every component.
void critical_beta_stage(const net::SymbiosisGraph& graph, AuditResults& results);
// The supply dominators of every view, with the options' direction and substitutes.
std::vector<net::LayerDominators> dominators_stage(const net::SymbiosisGraph& graph,
                                                   const AuditOptions& options);
// The robustness curves of `robustness` (strategies, view, runs) with the options' seed and
// threads.
net::RobustnessResult robustness_stage(const net::SymbiosisGraph& graph,
                                       const AuditOptions& options,
                                       net::RobustnessOptions robustness = {});
// The quantified park: flows, balances and ENA of every layer, and the standards' indicators
// when the park has enterprise data.
void quantified_stage(const Park& park, const net::SymbiosisGraph& graph, AuditResults& results,
                      const std::vector<StandardClause>& clauses = builtin_standard_clauses());

// What `symbio analyze` computes: analysis_stage over the scope (its own sweep, when
// cascade_impact is asked for) and quantified_stage; the other fields stay empty.
AuditResults run_analysis_stages(const Park& park, const net::SymbiosisGraph& graph,
                                 const AuditOptions& options, const AnalysisScope& scope);

// What `symbio cascade` chooses: the model of its sweep and of the triggers' scenario, and the
// robustness curves (none when `robustness` is empty).
struct CascadeScope {
  double threshold = net::DependencyOptions{}.threshold;  // the dependency model's tau
  std::optional<net::LoadOptions> load;  // the load model instead of the dependency model
  std::vector<net::Vertex> triggers;     // failing together; empty: no scenario
  std::optional<net::RobustnessOptions> robustness;  // seed and threads come from the options
};

// What `symbio cascade` computes: the sweep of the scope's model (`sweep`, or `load_sweep`), the
// triggers' scenario (`trigger_run`), the supply dominators and the robustness curves.
AuditResults run_cascade_stages(const net::SymbiosisGraph& graph, const AuditOptions& options,
                                const CascadeScope& scope);
// The audit focus alone, equal to run_audit_pipeline's `focus` with the same options, computing
// only what it reads (the sweep, key_score of the view `all`, the supply dominators of `all`, the
// flows without their network analysis): what `symbio render --highlight key` marks.
AuditFocus run_audit_focus(const Park& park, const net::SymbiosisGraph& graph,
                           const AuditOptions& options);

}  // namespace symbio::audit
