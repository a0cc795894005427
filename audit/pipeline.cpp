#include "audit/pipeline.hpp"

#include "network/analyze.hpp"
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
    quantified_stage(park, graph, results);
  }
  if (options.findings) {
    stage(5);
    results.findings =
        audit_findings(AuditInput{park, graph, results.layers, &results.sweep, results.beta_c,
                                  catalogue, results.beta_c_components, &results.dominators},
                       options.thresholds);
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

void quantified_stage(const Park& park, const net::SymbiosisGraph& graph, AuditResults& results) {
  results.flows = net::compute_flows(park, graph);
  if (!park.data.empty()) results.standards = compute_standards(park);
}

AuditResults run_analysis_stages(const Park& park, const net::SymbiosisGraph& graph,
                                 const AuditOptions& options, const AnalysisScope& scope) {
  AuditResults results;
  results.layers = analysis_stage(graph, options, nullptr, scope);
  quantified_stage(park, graph, results);
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

}  // namespace symbio::audit
