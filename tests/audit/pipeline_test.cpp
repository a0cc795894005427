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

// `symbio analyze` runs the analysis stage over its scope: the same columns as net::analyze of that
// scope, and the quantified park of the audit.
TEST(Pipeline, AnalysisStagesAreTheAnalysisOfTheScope) {
  io::LoadedPark loaded = io::read_park(fixture::example_dir("coal_chemical_park"));
  const net::SymbiosisGraph graph(loaded.park);
  AuditOptions options;
  options.threads = 1;
  options.seed = 7;
  const AnalysisScope scope{.layers = {net::ViewLayer::material},
                            .only = {"degree", "community", "cascade_impact"},
                            .algorithm = net::CommunityAlgorithm::leiden};
  const AuditResults results = run_analysis_stages(loaded.park, graph, options, scope);

  net::AnalyzeOptions direct;
  direct.layers = scope.layers;
  direct.only = scope.only;
  direct.communities = {.algorithm = net::CommunityAlgorithm::leiden, .seed = 7};
  direct.distance.threads = 1;
  const std::vector<net::LayerAnalysis> layers = net::analyze(graph, direct);
  ASSERT_EQ(results.layers.size(), 1u);
  ASSERT_EQ(results.layers[0].enterprise_columns.size(), layers[0].enterprise_columns.size());
  for (std::size_t c = 0; c < layers[0].enterprise_columns.size(); ++c) {
    EXPECT_EQ(results.layers[0].enterprise_columns[c].values,
              layers[0].enterprise_columns[c].values)
        << layers[0].enterprise_columns[c].name;
  }
  EXPECT_EQ(results.flows.layers.size(), net::compute_flows(loaded.park, graph).layers.size());
  EXPECT_EQ(results.standards.has_value(), !loaded.park.data.empty());
  EXPECT_TRUE(results.sweep.rows.empty());  // the analysis ran its own sweep
}

// `symbio cascade` runs the cascade stages: the dependency sweep with its threshold, or the load
// sweep, the triggers' scenario, the dominators and the robustness curves of its options.
TEST(Pipeline, CascadeStagesFollowTheScope) {
  io::LoadedPark loaded = io::read_park(fixture::example_dir("kalundborg"));
  const net::SymbiosisGraph graph(loaded.park);
  AuditOptions options;
  options.threads = 1;
  options.seed = 3;
  options.substitutes = net::Substitutes::ignore;
  const std::vector<net::Vertex> triggers{0, 1};
  CascadeScope scope{.threshold = 0.25, .triggers = triggers};
  const AuditResults dependency = run_cascade_stages(graph, options, scope);
  const net::DependencyOptions model{
      .threshold = 0.25, .substitutes = net::Substitutes::ignore, .threads = 1};
  const net::DependencySweep sweep = net::dependency_sweep(graph, model);
  ASSERT_EQ(dependency.sweep.rows.size(), sweep.rows.size());
  for (std::size_t k = 0; k < sweep.rows.size(); ++k)
    EXPECT_EQ(dependency.sweep.rows[k].failed, sweep.rows[k].failed);
  EXPECT_EQ(dependency.sweep.options.threshold, 0.25);
  ASSERT_TRUE(dependency.trigger_run.has_value());
  EXPECT_EQ(dependency.trigger_run->failed_round,
            net::dependency_cascade(graph, triggers, model).failed_round);
  EXPECT_FALSE(dependency.load_sweep.has_value());
  EXPECT_TRUE(dependency.robustness.curves.empty());
  const std::vector<net::LayerDominators> dominators =
      net::supply_dominators(graph, {.substitutes = net::Substitutes::ignore});
  ASSERT_EQ(dependency.dominators.size(), dominators.size());
  for (std::size_t k = 0; k < dominators.size(); ++k)
    EXPECT_EQ(dependency.dominators[k].immediate, dominators[k].immediate);

  scope.load = net::LoadOptions{.beta = 0.5};
  scope.triggers.clear();
  scope.robustness =
      net::RobustnessOptions{.strategies = {net::RemovalStrategy::random}, .runs = 2};
  const AuditResults load = run_cascade_stages(graph, options, scope);
  ASSERT_TRUE(load.load_sweep.has_value());
  EXPECT_EQ(load.load_sweep->beta_c, net::load_sweep(graph, {.beta = 0.5}).beta_c);
  EXPECT_FALSE(load.trigger_run.has_value());
  EXPECT_TRUE(load.sweep.rows.empty());
  ASSERT_EQ(load.robustness.curves.size(), 1u);
  EXPECT_EQ(load.robustness.options.seed, 3u);
  EXPECT_EQ(
      load.robustness.curves[0].robustness_index,
      net::compute_robustness(
          graph, {.strategies = {net::RemovalStrategy::random}, .runs = 2, .seed = 3, .threads = 1})
          .curves[0]
          .robustness_index);
}

}  // namespace
}  // namespace symbio::audit
