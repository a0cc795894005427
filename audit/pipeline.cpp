#include "audit/pipeline.hpp"

#include "network/analyze.hpp"
#include "network/indicator_names.hpp"
#include "network/load_cascade.hpp"

namespace symbio::audit {

std::string_view pipeline_stage_name(int stage) {
  switch (stage) {
    case 1:
      return "dependency cascades";
    case 2:
      return "indicators of every layer";
    case 3:
      return "load cascades, supply dominators, robustness";
    case 4:
      return "flows and standards";
    case 5:
      return "audit focus and findings";
    default:
      return "";
  }
}

AuditResults run_audit_pipeline(const Park& park, const net::SymbiosisGraph& graph,
                                const ResourceCatalogue& catalogue, const AuditOptions& options) {
  AuditResults results;
  const auto stage = [&options](int number) {
    if (options.stage) options.stage(number);
  };
  // The models run once with their defaults and feed every output.
  stage(1);
  results.sweep = net::dependency_sweep(graph, dependency_options(options));
  stage(2);
  results.layers = analysis_stage(graph, options, &results.sweep);
  stage(3);
  critical_beta_stage(graph, results);
  results.dominators = dominators_stage(graph, options);
  if (options.robustness) results.robustness = robustness_stage(graph, options);
  if (options.quantified) {
    stage(4);
    quantified_stage(park, graph, results, options.standard_clauses);
  }
  stage(5);
  if (!results.layers.empty()) {
    results.focus =
        compute_audit_focus(park, graph, results.layers.front(), results.sweep, results.dominators,
                            results.flows, focus_weights(options.thresholds));
  }
  results.allocation = allocate_declared(park, catalogue);
  if (options.findings) {
    // The findings read every result above: the flows state their quantities in the input's
    // units, the standards give below-standard, the allocation and the focus their options and
    // audit focus.
    const AuditInput input{.park = park,
                           .graph = graph,
                           .analysis = results.layers,
                           .cascade = &results.sweep,
                           .beta_c = results.beta_c,
                           .catalogue = catalogue,
                           .beta_c_components = results.beta_c_components,
                           .dominators = &results.dominators,
                           .flows = options.quantified ? &results.flows : nullptr,
                           .standards = &results.standards,
                           .allocation = &results.allocation,
                           .focus = &results.focus};
    results.findings = audit_findings(input, options.thresholds);
  }
  return results;
}

net::DependencyOptions dependency_options(const AuditOptions& options, double threshold) {
  return {.threshold = threshold,
          .direction = options.direction,
          .substitutes = options.substitutes,
          .threads = options.threads};
}

std::vector<net::LayerAnalysis> analysis_stage(const net::SymbiosisGraph& graph,
                                               const AuditOptions& options,
                                               const net::DependencySweep* sweep,
                                               const AnalysisScope& scope) {
  net::AnalyzeOptions analyze_options;
  analyze_options.layers = scope.layers;
  analyze_options.only = scope.only;
  analyze_options.communities.algorithm = scope.algorithm;
  analyze_options.communities.seed = options.seed;
  analyze_options.distance.threads = options.threads;
  analyze_options.distance.progress = options.progress;
  analyze_options.cascade = dependency_options(options);
  analyze_options.sweep = sweep;
  return net::analyze(graph, analyze_options);
}

void critical_beta_stage(const net::SymbiosisGraph& graph, AuditResults& results) {
  results.beta_c = net::critical_beta(graph);
  results.beta_c_components = net::critical_beta_by_component(graph);
  results.beta_c_largest_component = net::critical_beta_largest_component(graph);
}

std::vector<net::LayerDominators> dominators_stage(const net::SymbiosisGraph& graph,
                                                   const AuditOptions& options) {
  return net::supply_dominators(
      graph, {.substitutes = options.substitutes, .direction = options.direction});
}

net::RobustnessResult robustness_stage(const net::SymbiosisGraph& graph,
                                       const AuditOptions& options,
                                       net::RobustnessOptions robustness) {
  robustness.seed = options.seed;
  robustness.threads = options.threads;
  return net::compute_robustness(graph, robustness);
}

void quantified_stage(const Park& park, const net::SymbiosisGraph& graph, AuditResults& results,
                      const std::vector<StandardClause>& clauses) {
  results.flows = net::compute_flows(park, graph);
  if (!park.data.empty()) results.standards = compute_standards(park, clauses);
}

AuditResults run_analysis_stages(const Park& park, const net::SymbiosisGraph& graph,
                                 const AuditOptions& options, const AnalysisScope& scope) {
  AuditResults results;
  results.layers = analysis_stage(graph, options, nullptr, scope);
  quantified_stage(park, graph, results, options.standard_clauses);
  return results;
}

AuditResults run_cascade_stages(const net::SymbiosisGraph& graph, const AuditOptions& options,
                                const CascadeScope& scope) {
  AuditResults results;
  if (scope.load) {
    net::LoadOptions load = *scope.load;
    load.threads = options.threads;
    results.load_sweep = net::load_sweep(graph, load);
    if (!scope.triggers.empty())
      results.trigger_run = net::load_cascade(graph, scope.triggers, load);
  } else {
    const net::DependencyOptions dependency = dependency_options(options, scope.threshold);
    results.sweep = net::dependency_sweep(graph, dependency);
    if (!scope.triggers.empty())
      results.trigger_run = net::dependency_cascade(graph, scope.triggers, dependency);
  }
  results.dominators = dominators_stage(graph, options);
  if (scope.robustness) results.robustness = robustness_stage(graph, options, *scope.robustness);
  return results;
}

AuditFocus run_audit_focus(const Park& park, const net::SymbiosisGraph& graph,
                           const AuditOptions& options) {
  // The same models as run_audit_pipeline, reduced to what the focus reads: key_score of `all`
  // (its own components, the sweep's cascade_impact), the dominators of `all` and the flows
  // without the network analysis.
  const net::DependencyOptions cascade = dependency_options(options);
  const net::DependencySweep sweep = net::dependency_sweep(graph, cascade);
  net::AnalyzeOptions analyze_options;
  // key_score with its components asked for too: with key_score alone analyze_layer leaves the
  // distances (betweenness) out.
  analyze_options.only = net::default_key_score_columns();
  analyze_options.only.emplace_back(net::col::key_score);
  analyze_options.communities.seed = options.seed;
  analyze_options.distance.threads = options.threads;
  analyze_options.distance.progress = options.progress;
  analyze_options.cascade = cascade;
  analyze_options.sweep = &sweep;
  const net::LayerAnalysis all = net::analyze_layer(graph, net::ViewLayer::all, analyze_options);
  const std::vector<net::LayerDominators> dominators = {
      net::supply_dominators(graph, net::ViewLayer::all,
                             {.substitutes = options.substitutes, .direction = options.direction})};
  const net::FlowsResult flows =
      options.quantified ? net::compute_flows(park, graph, false) : net::FlowsResult{};
  return compute_audit_focus(park, graph, all, sweep, dominators, flows,
                             focus_weights(options.thresholds));
}

}  // namespace symbio::audit
