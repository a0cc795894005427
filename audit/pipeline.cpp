#include "audit/pipeline.hpp"

#include "network/analyze.hpp"
#include "network/indicator_names.hpp"
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
  if (!results.layers.empty()) {
    results.focus =
        compute_audit_focus(park, graph, results.layers.front(), results.sweep, results.dominators,
                            results.flows, focus_weights(options.thresholds));
  }
  results.allocation = allocate_declared(park, catalogue);
  if (options.findings) {
    results.findings =
        audit_findings(AuditInput{park, graph, results.layers, &results.sweep, results.beta_c,
                                  catalogue, results.beta_c_components, &results.dominators},
                       options.thresholds);
  }
  return results;
}

AuditFocus run_audit_focus(const Park& park, const net::SymbiosisGraph& graph,
                           const AuditOptions& options) {
  // The same models as run_audit_pipeline, reduced to what the focus reads: key_score of `all`
  // (its own components, the sweep's cascade_impact), the dominators of `all` and the flows
  // without the network analysis.
  const net::DependencyOptions cascade{.direction = options.direction,
                                       .substitutes = options.substitutes,
                                       .threads = options.threads};
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
