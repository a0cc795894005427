#include "audit/pipeline.hpp"

#include <gtest/gtest.h>

#include "network/analyze.hpp"
#include "network/dominators.hpp"
#include "network/load_cascade.hpp"
#include "tests/audit/audit_fixture.hpp"

namespace symbio::audit {
namespace {

// The pipeline is the chain `symbio audit` ran by hand before: the same sweep, analyses, beta_c
// (of the park and per component), supply dominators, robustness and findings as calling each
// step with its defaults.
TEST(Pipeline, IsTheChainOfItsSteps) {
  io::LoadedPark loaded = io::read_park(fixture::example_dir("kalundborg"));
  const net::SymbiosisGraph graph(loaded.park);
  AuditOptions options;
  options.threads = 1;
  const AuditResults results = run_audit_pipeline(loaded.park, graph, loaded.catalogue, options);

  const net::DependencySweep sweep = net::dependency_sweep(graph, {.threads = 1});
  net::AnalyzeOptions analyze_options;
  analyze_options.distance.threads = 1;
  const std::vector<net::LayerAnalysis> layers = net::analyze(graph, analyze_options);
  const double beta_c = net::critical_beta(graph);
  const std::vector<net::ComponentBeta> components = net::critical_beta_by_component(graph);
  const std::vector<net::LayerDominators> dominators = net::supply_dominators(graph);
  const net::RobustnessResult robustness =
      net::compute_robustness(graph, {.seed = 42, .threads = 1});
  const AuditFindings findings =
      audit_findings(AuditInput{loaded.park, graph, layers, &sweep, beta_c, loaded.catalogue,
                                components, &dominators},
                     default_thresholds());

  ASSERT_EQ(results.sweep.rows.size(), sweep.rows.size());
  for (std::size_t k = 0; k < sweep.rows.size(); ++k) {
    EXPECT_EQ(results.sweep.rows[k].failed, sweep.rows[k].failed);
    EXPECT_EQ(results.sweep.rows[k].impact, sweep.rows[k].impact);
  }
  ASSERT_EQ(results.layers.size(), layers.size());
  for (std::size_t k = 0; k < layers.size(); ++k) {
    ASSERT_EQ(results.layers[k].enterprise_columns.size(), layers[k].enterprise_columns.size());
    for (std::size_t c = 0; c < layers[k].enterprise_columns.size(); ++c) {
      EXPECT_EQ(results.layers[k].enterprise_columns[c].values,
                layers[k].enterprise_columns[c].values)
          << layers[k].enterprise_columns[c].name;
    }
  }
  EXPECT_EQ(results.beta_c, beta_c);
  EXPECT_EQ(results.beta_c_largest_component, net::critical_beta_largest_component(graph));
  ASSERT_EQ(results.dominators.size(), dominators.size());
  for (std::size_t k = 0; k < dominators.size(); ++k)
    EXPECT_EQ(results.dominators[k].immediate, dominators[k].immediate);
  ASSERT_EQ(results.robustness.curves.size(), robustness.curves.size());
  for (std::size_t k = 0; k < robustness.curves.size(); ++k)
    EXPECT_EQ(results.robustness.curves[k].robustness_index, robustness.curves[k].robustness_index);
  EXPECT_EQ(results.findings.findings, findings.findings);
  EXPECT_FALSE(results.findings.findings.empty());

  options.findings = false;
  options.robustness = false;
  const AuditResults models = run_audit_pipeline(loaded.park, graph, loaded.catalogue, options);
  EXPECT_TRUE(models.findings.findings.empty());
  EXPECT_TRUE(models.robustness.curves.empty());
}

}  // namespace
}  // namespace symbio::audit
