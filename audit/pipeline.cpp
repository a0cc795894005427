#include "audit/pipeline.hpp"

#include "network/analyze.hpp"
#include "network/load_cascade.hpp"

namespace symbio::audit {

AuditResults run_audit_pipeline(const Park& park, const net::SymbiosisGraph& graph,
                                const ResourceCatalogue& catalogue, const AuditOptions& options) {
  AuditResults results;
  // The models run once with their defaults and feed every output.
  const net::DependencyOptions cascade{.direction = options.direction,
                                       .substitutes = options.substitutes,
                                       .threads = options.threads};
  results.sweep = net::dependency_sweep(graph, cascade);
  net::AnalyzeOptions analyze_options;
  analyze_options.communities.seed = options.seed;
  analyze_options.distance.threads = options.threads;
  analyze_options.distance.progress = options.progress;
  analyze_options.cascade = cascade;
  analyze_options.sweep = &results.sweep;
  results.layers = net::analyze(graph, analyze_options);
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
    results.flows = net::compute_flows(park, graph);
    if (!park.data.empty()) results.standards = compute_standards(park);
  }
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

}  // namespace symbio::audit
