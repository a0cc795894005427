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
  const net::DependencyOptions cascade{.direction = options.direction,
                                       .substitutes = options.substitutes,
                                       .threads = options.threads};
  stage(1);
  results.sweep = net::dependency_sweep(graph, cascade);
  net::AnalyzeOptions analyze_options;
  analyze_options.communities.seed = options.seed;
  analyze_options.distance.threads = options.threads;
  analyze_options.distance.progress = options.progress;
  analyze_options.cascade = cascade;
  analyze_options.sweep = &results.sweep;
  stage(2);
  results.layers = net::analyze(graph, analyze_options);
  stage(3);
  results.beta_c = net::critical_beta(graph);
  results.beta_c_components = net::critical_beta_by_component(graph);
  results.beta_c_largest_component = net::critical_beta_largest_component(graph);
  results.dominators = net::supply_dominators(
      graph, {.substitutes = options.substitutes, .direction = options.direction});
  if (options.robustness) {
    results.robustness =
        net::compute_robustness(graph, {.seed = options.seed, .threads = options.threads});
  }
  if (options.quantified) {
    stage(4);
    results.flows = net::compute_flows(park, graph);
    if (!park.data.empty()) results.standards = compute_standards(park);
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

}  // namespace symbio::audit
