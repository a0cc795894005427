#include "network/analyze.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "tests/support/park_builder.hpp"

namespace symbio::net {
namespace {

using symbio::testing::ex;
using symbio::testing::park_of;

// h supplies a, b and c (material, with quantities): a directed star.
Park star() {
  return park_of({"h", "a", "b", "c"},
                 {ex("h", "a", 10.0), ex("h", "b", 20.0), ex("h", "c", 30.0)});
}

std::optional<double> field(const LayerAnalysis& analysis, const std::string& name) {
  const ParkField* f = analysis.park_field(name);
  return f != nullptr ? f->value : std::nullopt;
}

std::string text(const LayerAnalysis& analysis, const std::string& name) {
  const ParkField* f = analysis.park_field(name);
  return f != nullptr ? f->text : "(absent)";
}

std::vector<std::string> column_names(const LayerAnalysis& analysis) {
  std::vector<std::string> names;
  for (const Column& c : analysis.enterprise_columns)
    names.push_back(c.name);
  return names;
}

TEST(AnalyzeTest, ViewsInGraphOrder) {
  const SymbiosisGraph graph(star());
  const std::vector<LayerAnalysis> all = analyze(graph);
  ASSERT_EQ(all.size(), 2U);  // `all` and the only layer with exchanges
  EXPECT_EQ(all[0].layer, ViewLayer::all);
  EXPECT_EQ(all[1].layer, ViewLayer::material);
  AnalyzeOptions material;
  material.layers = {ViewLayer::material};
  const std::vector<LayerAnalysis> one = analyze(graph, material);
  ASSERT_EQ(one.size(), 1U);
  EXPECT_EQ(one[0].layer, ViewLayer::material);
}

// n = 4, m = 3: density 3 / 12 = 0.25; degrees on U 3, 1, 1, 1, so Freeman's degree
// centralization is (0 + 2 + 2 + 2) / ((n-1)(n-2)) = 6 / 6 = 1.
TEST(AnalyzeTest, TypologyFollowsItsThresholds) {
  const SymbiosisGraph graph(star());
  const LayerAnalysis defaults = analyze_layer(graph, ViewLayer::all);
  EXPECT_DOUBLE_EQ(*field(defaults, "density"), 0.25);
  EXPECT_DOUBLE_EQ(*field(defaults, "degree_centralization"), 1.0);
  EXPECT_EQ(text(defaults, "typology"), "anchor tenant");  // centralization >= 0.5
  AnalyzeOptions options;
  options.typology = {.anchor_centralization = 1.5, .equality_density = 0.2};
  const LayerAnalysis equal = analyze_layer(graph, ViewLayer::all, options);
  EXPECT_EQ(text(equal, "typology"), "equality-oriented");  // density 0.25 >= 0.2
  options.typology.equality_density = 0.3;
  const LayerAnalysis weak = analyze_layer(graph, ViewLayer::all, options);
  EXPECT_EQ(text(weak, "typology"), "weak completeness");
}

TEST(AnalyzeTest, OnlyKeepsTheNamedColumnsAndFields) {
  const SymbiosisGraph graph(star());
  AnalyzeOptions options;
  options.only = {"degree", "density", "key_score"};
  const LayerAnalysis only = analyze_layer(graph, ViewLayer::all, options);
  EXPECT_EQ(column_names(only), (std::vector<std::string>{"degree", "key_score"}));
  ASSERT_EQ(only.park_fields.size(), 1U);
  EXPECT_EQ(only.park_fields[0].name, "density");
  // Every column states its convention.
  for (const Column& c : only.enterprise_columns)
    EXPECT_FALSE(c.convention.empty()) << c.name;
}

// cascade_impact: when h fails, a, b and c lose their only supplier (share 1 > 0.5) and fail:
// (4 - 1) / (4 - 1) = 1; a leaf failing alone takes nobody: 0.
// key_score, mean of percentile ranks (smaller + (equal - 1) / 2) / (4 - 1):
//   degree 3, 1, 1, 1: h 1, leaves (0 + 1) / 3 = 1/3;
//   betweenness all 0 (no path of length 2): everyone (0 + 1.5) / 3 = 1/2;
//   pagerank: h (no in-tie) lowest 0, the leaves equal (1 + 1) / 3 = 2/3;
//   cascade_impact 1, 0, 0, 0: h 1, leaves 1/3.
// h: (1 + 1/2 + 0 + 1) / 4 = 0.625; a leaf: (1/3 + 1/2 + 2/3 + 1/3) / 4 = 11/24.
TEST(AnalyzeTest, CascadeImpactAndKeyScore) {
  const SymbiosisGraph graph(star());
  for (const LayerAnalysis& a : analyze(graph)) {
    const Column* impact = a.column("cascade_impact");
    ASSERT_NE(impact, nullptr);
    EXPECT_DOUBLE_EQ(*impact->values[0], 1.0);
    for (std::size_t v = 1; v < 4; ++v)
      EXPECT_DOUBLE_EQ(*impact->values[v], 0.0);
    const Column* key = a.column("key_score");
    ASSERT_NE(key, nullptr);
    EXPECT_NEAR(*key->values[0], 0.625, 1e-12);
    for (std::size_t v = 1; v < 4; ++v)
      EXPECT_NEAR(*key->values[v], 11.0 / 24.0, 1e-12);
  }
}

TEST(AnalyzeTest, AGivenSweepGivesTheSameAnalysis) {
  const SymbiosisGraph graph(star());
  const DependencySweep sweep = dependency_sweep(graph, DependencyOptions{});
  const std::vector<LayerAnalysis> own = analyze(graph);
  AnalyzeOptions options;
  options.sweep = &sweep;
  const std::vector<LayerAnalysis> reused = analyze(graph, options);
  ASSERT_EQ(own.size(), reused.size());
  for (std::size_t l = 0; l < own.size(); ++l) {
    ASSERT_EQ(column_names(own[l]), column_names(reused[l]));
    for (std::size_t c = 0; c < own[l].enterprise_columns.size(); ++c) {
      EXPECT_EQ(own[l].enterprise_columns[c].values, reused[l].enterprise_columns[c].values)
          << own[l].enterprise_columns[c].name;
    }
  }
}

TEST(AnalyzeTest, LayerWithoutCompleteQuantitiesSaysWhy) {
  // One material exchange lacks a quantity: no W, strengths empty (not 0), and a warning.
  const Park park = park_of({"a", "b", "c"}, {ex("a", "b", 5.0), ex("b", "c")});
  const SymbiosisGraph graph(park);
  const LayerAnalysis material = analyze_layer(graph, ViewLayer::material);
  ASSERT_EQ(material.warnings.size(), 1U);
  EXPECT_NE(material.warnings[0].find("material"), std::string::npos);
  for (const auto& value : material.column("in_strength")->values)
    EXPECT_FALSE(value.has_value());
  // `all` never has W and says nothing about it.
  EXPECT_TRUE(analyze_layer(graph, ViewLayer::all).warnings.empty());
  // A complete layer has strengths: h sends 10 + 20 + 30 = 60 t/a, b receives 20.
  const SymbiosisGraph complete(star());
  const LayerAnalysis weighted = analyze_layer(complete, ViewLayer::material);
  EXPECT_TRUE(weighted.warnings.empty());
  EXPECT_DOUBLE_EQ(*weighted.column("out_strength")->values[0], 60.0);
  EXPECT_DOUBLE_EQ(*weighted.column("in_strength")->values[2], 20.0);
}

}  // namespace
}  // namespace symbio::net
