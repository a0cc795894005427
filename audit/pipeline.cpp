#include "audit/pipeline.hpp"

#include "network/analyze.hpp"
#include "network/load_cascade.hpp"

namespace symbio::audit {

AuditResults run_audit_pipeline(const Park& park, const net::SymbiosisGraph& graph,
                                const ResourceCatalogue& catalogue, const AuditOptions& options) {
  AuditResults results;
  // The models run once with their defaults and feed every output.
  results.sweep = net::dependency_sweep(graph, {.threads = options.threads});
  net::AnalyzeOptions analyze_options;
  analyze_options.communities.seed = options.seed;
  analyze_options.distance.threads = options.threads;
  analyze_options.distance.progress = options.progress;
  analyze_options.sweep = &results.sweep;
  results.layers = net::analyze(graph, analyze_options);
  results.beta_c = net::critical_beta(graph);
  if (options.robustness) {
    results.robustness =
        net::compute_robustness(graph, {.seed = options.seed, .threads = options.threads});
  }
  if (options.findings) {
    results.findings = audit_findings(
        AuditInput{park, graph, results.layers, &results.sweep, results.beta_c, catalogue},
        options.thresholds);
  }
  return results;
}

}  // namespace symbio::audit
