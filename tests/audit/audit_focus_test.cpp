#include "audit/audit_focus.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "audit/pipeline.hpp"
#include "network/indicator_names.hpp"
#include "tests/audit/audit_fixture.hpp"

namespace symbio::audit {
namespace {

// Four internal enterprises a, b, c, d and the external market m (vertices 0..4), the models'
// outputs written by hand so that every score can be worked out on paper.
struct Fixture {
  Park park;
  std::unique_ptr<net::SymbiosisGraph> graph;
  net::LayerAnalysis all;
  net::DependencySweep sweep;
  std::vector<net::LayerDominators> dominators;
  net::FlowsResult flows;

  Fixture() {
    park = fixture::ParkBuilder()
               .enterprise("a")
               .enterprise("b")
               .enterprise("c")
               .enterprise("d")
               .enterprise("m", "market", true)
               .build();
    graph = std::make_unique<net::SymbiosisGraph>(park);
    all.enterprise_columns.push_back(
        {std::string(net::col::key_score), net::ColumnType::real, "", {0.9, 0.5, 0.5, 0.1, 1.0}});
    const std::vector<std::int64_t> failed = {0, 3, 1, 0, 4};
    for (net::Vertex v = 0; v < 5; ++v)
      sweep.rows.push_back({.trigger = v, .failed = failed[static_cast<std::size_t>(v)]});
    net::LayerDominators d;
    d.dominated = {2, 0, 0, 0, 5};
    dominators.push_back(d);
    // Material: max(in, out) = 100, 300, 20, 0; energy 5, 5, 10, 1; water without quantities.
    net::LayerFlows material;
    material.layer = Layer::material;
    material.balance = {balance(0, 60, 40, 50, 0), balance(1, 0, 0, 200, 100),
                        balance(2, 20, 0, 0, 20), balance(3, 0, 0, 0, 0)};
    net::LayerFlows energy;
    energy.layer = Layer::energy;
    energy.balance = {balance(0, 5, 0, 0, 0), balance(1, 0, 0, 5, 0), balance(2, 0, 10, 0, 0),
                      balance(3, 0, 0, 1, 0)};
    net::LayerFlows water;
    water.layer = Layer::water;
    for (net::Vertex v = 0; v < 4; ++v)
      water.balance.push_back({.enterprise = v});
    flows.layers = {material, energy, water};
  }

  static net::EnterpriseBalance balance(net::Vertex v, double in_int, double in_ext, double out_int,
                                        double out_ext) {
    return {.enterprise = v,
            .in_internal = in_int,
            .in_external = in_ext,
            .out_internal = out_int,
            .out_external = out_ext};
  }

  void datum(const std::string& id, DataItem item, double value, std::optional<int> year = {}) {
    park.data.push_back({.enterprise = id, .item = item, .value = value, .year = year});
  }

  AuditFocus run(const FocusWeights& weights) const {
    return compute_audit_focus(park, *graph, all, sweep, dominators, flows, weights);
  }
};

const FocusRow& row(const AuditFocus& focus, const std::string& id) {
  const auto it = std::find_if(focus.rows.begin(), focus.rows.end(),
                               [&](const FocusRow& r) { return r.id == id; });
  EXPECT_NE(it, focus.rows.end()) << id;
  return *it;
}

constexpr std::size_t index(FocusCriterion c) {
  return static_cast<std::size_t>(c);
}

// Weights network_position 2, cascade_impact 1, supply_dominance 1, throughput 2, energy 1,
// water 3, waste 2, emissions 1.
constexpr FocusWeights kWeights = {2, 1, 1, 2, 1, 3, 2, 1};

// Percentile ranks among the internal enterprises (the market m never counts), ties sharing their
// mean position: rank = (smaller + (equal - 1) / 2) / (count - 1); score = 10 rank.
//   network_position, key_score a .9 b .5 c .5 d .1: d 0, b c (1 + 2) / 2 / 3 = .5, a 1
//     -> a 10, b 5, c 5, d 0
//   cascade_impact, failed a 0 b 3 c 1 d 0: a d (0 + 1) / 2 / 3 = 1/6, c 2/3, b 1
//     -> a 5/3, b 10, c 20/3, d 5/3
//   supply_dominance, dominated a 2 b 0 c 0 d 0: b c d (0 + 1 + 2) / 3 / 3 = 1/3, a 1
//     -> a 10, b c d 10/3
//   throughput, material max(in, out) 100 300 20 0: ranks 2/3 1 1/3 0; energy 5 5 10 1: ranks
//     .5 .5 1 0; water has no quantities and drops out
//     -> a 10 (2/3 + .5) / 2 = 35/6, b 7.5, c 10 (1/3 + 1) / 2 = 20/3, d 0
//   energy, a 1000 b 4000 (the 2022 figure, not the 2020 one) c 2000, d none:
//     a 0, c .5, b 1 -> a 0, b 10, c 5, d 0 (no figure scores 0)
//   water, only a reports fresh water: one value has no rank, the criterion drops out
//   waste, solid + hazardous a 10 + 0, b 5 + 10, c 0 + 1: c 0, a .5, b 1 -> a 5 b 10 c 0 d 0
//   emissions, co2 a 100 b 200 c 300 d 400 -> 0 1/3 2/3 1; cod only d (no rank); so2 a 1 d 1
//     -> .5 .5; mean of the ranks each has -> a (0 + .5) / 2 = .25, b 1/3, c 2/3,
//     d (1 + .5) / 2 = .75 -> a 2.5, b 10/3, c 20/3, d 7.5
// Weights without water: 2 + 1 + 1 + 2 + 1 + 2 + 1 = 10, renormalised .2 .1 .1 .2 .1 0 .2 .1:
//   a = 2 + 1/6 + 1 + 7/6 + 0 + 1 + .25 = 67/12 = 5.58333
//   b = 1 + 1 + 1/3 + 1.5 + 1 + 2 + 1/3 = 43/6 = 7.16667
//   c = 1 + 2/3 + 1/3 + 4/3 + .5 + 0 + 2/3 = 4.5
//   d = 0 + 1/6 + 1/3 + 0 + 0 + 0 + .75 = 1.25
TEST(AuditFocus, HandScoredFixture) {
  Fixture f;
  f.datum("a", DataItem::energy_use, 1000);
  f.datum("b", DataItem::energy_use, 4000, 2022);
  f.datum("b", DataItem::energy_use, 100, 2020);
  f.datum("c", DataItem::energy_use, 2000);
  f.datum("a", DataItem::fresh_water, 500);
  f.datum("a", DataItem::solid_waste_generated, 10);
  f.datum("b", DataItem::solid_waste_generated, 5);
  f.datum("b", DataItem::hazardous_waste, 10);
  f.datum("c", DataItem::hazardous_waste, 1);
  f.datum("a", DataItem::co2, 100);
  f.datum("b", DataItem::co2, 200);
  f.datum("c", DataItem::co2, 300);
  f.datum("d", DataItem::co2, 400);
  f.datum("d", DataItem::cod, 50);
  f.datum("a", DataItem::so2, 1);
  f.datum("d", DataItem::so2, 1);
  f.datum("m", DataItem::energy_use, 1e9);  // external: never scored
  const AuditFocus focus = f.run(kWeights);

  const FocusWeights expected_weights = {.2, .1, .1, .2, .1, 0, .2, .1};
  for (std::size_t c = 0; c < kFocusCriteria; ++c)
    EXPECT_NEAR(focus.weights[c], expected_weights[c], 1e-12) << c;

  ASSERT_EQ(focus.rows.size(), 4u);
  EXPECT_EQ(key_enterprises(focus, 10), (std::vector<std::string>{"b", "a", "c", "d"}));
  EXPECT_EQ(key_enterprises(focus, 1), std::vector<std::string>{"b"});
  for (std::size_t i = 0; i < focus.rows.size(); ++i)
    EXPECT_EQ(focus.rows[i].rank, i + 1);
  EXPECT_NEAR(row(focus, "a").score, 67.0 / 12.0, 1e-12);
  EXPECT_NEAR(row(focus, "b").score, 43.0 / 6.0, 1e-12);
  EXPECT_NEAR(row(focus, "c").score, 4.5, 1e-12);
  EXPECT_NEAR(row(focus, "d").score, 1.25, 1e-12);
  EXPECT_EQ(row(focus, "b").name, "b");

  const auto& a = row(focus, "a").scores;
  EXPECT_NEAR(*a[index(FocusCriterion::network_position)], 10.0, 1e-12);
  EXPECT_NEAR(*a[index(FocusCriterion::cascade_impact)], 5.0 / 3.0, 1e-12);
  EXPECT_NEAR(*a[index(FocusCriterion::supply_dominance)], 10.0, 1e-12);
  EXPECT_NEAR(*a[index(FocusCriterion::throughput)], 35.0 / 6.0, 1e-12);
  EXPECT_NEAR(*a[index(FocusCriterion::energy)], 0.0, 1e-12);
  EXPECT_FALSE(a[index(FocusCriterion::water)]);
  EXPECT_NEAR(*a[index(FocusCriterion::waste)], 5.0, 1e-12);
  EXPECT_NEAR(*a[index(FocusCriterion::emissions)], 2.5, 1e-12);
  const auto& d = row(focus, "d").scores;
  EXPECT_NEAR(*d[index(FocusCriterion::energy)], 0.0, 1e-12);  // no figure
  EXPECT_NEAR(*d[index(FocusCriterion::emissions)], 7.5, 1e-12);
  EXPECT_NEAR(*row(focus, "c").scores[index(FocusCriterion::throughput)], 20.0 / 3.0, 1e-12);
}

// Without data.csv and quantities, energy, water, waste, emissions and throughput drop out and
// the network's three weights 2, 1, 1 become .5, .25, .25:
//   a = .5 10 + .25 5/3 + .25 10 = 95/12 = 7.91667
//   b = .5 5 + .25 10 + .25 10/3 = 35/6 = 5.83333
//   c = .5 5 + .25 20/3 + .25 10/3 = 5
//   d = 0 + .25 5/3 + .25 10/3 = 1.25
TEST(AuditFocus, CriteriaWithoutDataDropOutAndWeightsAreRenormalised) {
  Fixture f;
  f.flows = {};
  const AuditFocus focus = f.run(kWeights);
  const FocusWeights expected_weights = {.5, .25, .25, 0, 0, 0, 0, 0};
  for (std::size_t c = 0; c < kFocusCriteria; ++c)
    EXPECT_NEAR(focus.weights[c], expected_weights[c], 1e-12) << c;
  EXPECT_EQ(key_enterprises(focus, 4), (std::vector<std::string>{"a", "b", "c", "d"}));
  EXPECT_NEAR(row(focus, "a").score, 95.0 / 12.0, 1e-12);
  EXPECT_NEAR(row(focus, "b").score, 35.0 / 6.0, 1e-12);
  EXPECT_NEAR(row(focus, "c").score, 5.0, 1e-12);
  EXPECT_NEAR(row(focus, "d").score, 1.25, 1e-12);
  for (const FocusRow& r : focus.rows) {
    for (const FocusCriterion c :
         {FocusCriterion::throughput, FocusCriterion::energy, FocusCriterion::water,
          FocusCriterion::waste, FocusCriterion::emissions}) {
      EXPECT_FALSE(r.scores[index(c)]) << r.id << " " << to_string(c);
    }
  }
}

// Equal scores keep the graph's order; weights all 0 leave every score 0.
TEST(AuditFocus, TiesKeepTheGraphOrder) {
  Fixture f;
  const AuditFocus focus = f.run(FocusWeights{});
  for (const double w : focus.weights)
    EXPECT_EQ(w, 0.0);
  EXPECT_EQ(key_enterprises(focus, 4), (std::vector<std::string>{"a", "b", "c", "d"}));
  for (const FocusRow& r : focus.rows)
    EXPECT_EQ(r.score, 0.0);
}

TEST(AuditFocus, WeightsComeFromTheConfiguration) {
  Thresholds t;
  t.focus_water = 1.5;
  t.focus_emissions = 0.0;
  const FocusWeights w = focus_weights(t);
  EXPECT_EQ(w[index(FocusCriterion::water)], 1.5);
  EXPECT_EQ(w[index(FocusCriterion::emissions)], 0.0);
  EXPECT_EQ(w[index(FocusCriterion::waste)], Thresholds{}.focus_waste);
  EXPECT_EQ(to_string(FocusCriterion::supply_dominance), "supply_dominance");
  EXPECT_EQ(to_chinese(FocusCriterion::throughput), "资源通量");
}

// The focus that `render --highlight key` computes alone is the pipeline's, on the example park
// with data.csv and quantities (every criterion has data).
TEST(AuditFocus, AloneEqualsThePipelines) {
  io::LoadedPark loaded = io::read_park(fixture::example_dir("coal_chemical_park"));
  const net::SymbiosisGraph graph(loaded.park);
  AuditOptions options;
  options.threads = 1;
  options.robustness = false;
  options.findings = false;
  const AuditResults results = run_audit_pipeline(loaded.park, graph, loaded.catalogue, options);
  const AuditFocus alone = run_audit_focus(loaded.park, graph, options);
  ASSERT_EQ(alone.rows.size(), results.focus.rows.size());
  EXPECT_EQ(alone.weights, results.focus.weights);
  for (std::size_t i = 0; i < alone.rows.size(); ++i) {
    EXPECT_EQ(alone.rows[i].id, results.focus.rows[i].id);
    EXPECT_EQ(alone.rows[i].score, results.focus.rows[i].score);
    EXPECT_EQ(alone.rows[i].scores, results.focus.rows[i].scores);
  }
  std::size_t internal = 0;
  for (const Enterprise& e : loaded.park.enterprises)
    internal += e.external ? 0 : 1;
  EXPECT_EQ(results.focus.rows.size(), internal);
  // Every criterion has data there, so every weight stays: the defaults over their sum 60.
  const FocusWeights defaults = focus_weights(Thresholds{});
  for (std::size_t c = 0; c < kFocusCriteria; ++c)
    EXPECT_NEAR(results.focus.weights[c], defaults[c] / 60.0, 1e-12) << c;
}

}  // namespace
}  // namespace symbio::audit
