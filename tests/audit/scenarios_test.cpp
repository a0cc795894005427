#include "audit/scenarios.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <map>

#include "tests/audit/audit_fixture.hpp"

namespace symbio::audit {
namespace {

using fixture::ParkBuilder;

EnterpriseDatum datum(const std::string& enterprise, DataItem item, double value,
                      const std::string& unit) {
  EnterpriseDatum d;
  d.enterprise = enterprise;
  d.item = item;
  d.value = value;
  d.quantity = Quantity{value, unit};
  return d;
}

// Three enterprises and a market. Existing: m -> a (20 t/a), a -> b by-product (10 t/a),
// b -> c (5 t/a); planned: c -> a energy by-product (100 GJ/a); potential: b -> m waste water
// (3 m3/a). c declares 8 t/a of slag unused, a needs 6 t/a of it. a reports value added and
// energy use, so the standards have a value.
ParkBuilder base_builder() {
  ParkBuilder b;
  b.enterprise("a").enterprise("b").enterprise("c").enterprise("m", "market", true);
  b.exchange("m", "a", "coal", Layer::material, Kind::product, 20.0);
  b.exchange("a", "b", "fly ash", Layer::material, Kind::byproduct, 10.0);
  b.exchange("b", "c", "cement", Layer::material, Kind::product, 5.0);
  return b;
}

Park finalized(Park park) {
  park.data = {datum("a", DataItem::value_added, 100.0, "万元"),
               datum("a", DataItem::energy_use, 50.0, "tce")};
  finalize_park(park, ResourceCatalogue::builtin());
  return park;
}

Park base_park() {
  ParkBuilder b = base_builder();
  b.exchange("c", "a", "waste heat", Layer::energy, Kind::byproduct, 100.0, Status::planned);
  b.exchange("b", "m", "waste water", Layer::water, Kind::waste, 3.0, Status::potential);
  b.declare("c", Direction::output, "slag", Layer::material, 8.0);
  b.declare("a", Direction::need, "slag", Layer::material, 6.0);
  return finalized(b.build());
}

std::vector<PotentialExchange> slag_option() {
  PotentialExchange p;
  p.supplier = "c";
  p.receiver = "a";
  p.resource = "slag";
  p.need = "slag";
  p.match = "same-resource";
  p.layer = Layer::material;
  p.quantity = 6.0;
  p.unit = "t/a";
  return {p};
}

// The audit's results of the park as it is, as the pipeline computes them.
AuditResults existing_results(const Park& park, const net::SymbiosisGraph& graph,
                              std::vector<PotentialExchange> allocation) {
  AuditResults results;
  net::AnalyzeOptions options;
  options.distance.threads = 1;
  results.layers = net::analyze(graph, options);
  results.robustness = net::compute_robustness(graph, {.seed = 42, .threads = 1});
  results.flows = net::compute_flows(park, graph);
  if (!park.data.empty()) results.standards = compute_standards(park);
  results.allocation = std::move(allocation);
  return results;
}

// A flow indicator of scenarios.csv read from flows.csv's fields directly.
std::optional<double> flow_value(const net::LayerFlows& l, const std::string& name) {
  const net::EnaResult* e = l.ena ? &*l.ena : nullptr;
  static const std::map<std::string, std::optional<double> net::LayerFlows::*> sums = {
      {"internal_flow", &net::LayerFlows::internal_flow},
      {"import", &net::LayerFlows::import_flow},
      {"export", &net::LayerFlows::export_flow},
      {"byproduct_flow", &net::LayerFlows::byproduct_flow},
      {"waste_flow", &net::LayerFlows::waste_flow},
      {"byproduct_utilisation_rate", &net::LayerFlows::byproduct_utilisation_rate},
      {"internal_byproduct_share", &net::LayerFlows::internal_byproduct_share}};
  if (const auto it = sums.find(name); it != sums.end()) return l.*(it->second);
  if (name == "quantified") return static_cast<double>(l.quantified);
  if (name == "declared_unused") return l.declared_unused;
  if (name == "declared_need") return l.declared_need;
  if (e == nullptr) return std::nullopt;
  static const std::map<std::string, std::optional<double> net::EnaResult::*> ena = {
      {"ena_apl", &net::EnaResult::apl},           {"ena_fci", &net::EnaResult::fci},
      {"ena_ami", &net::EnaResult::ami},           {"ena_ascendency", &net::EnaResult::ascendency},
      {"ena_overhead", &net::EnaResult::overhead}, {"ena_capacity", &net::EnaResult::capacity},
      {"ena_asc_cap", &net::EnaResult::asc_cap},   {"ena_robustness", &net::EnaResult::robustness}};
  if (const auto it = ena.find(name); it != ena.end()) return (*e).*(it->second);
  if (name == "ena_nodes") return static_cast<double>(l.ena_nodes.size());
  if (name == "ena_boundary") return e->boundary;
  if (name == "ena_tst") return e->tst;
  if (name == "ena_tstp") return e->tstp;
  ADD_FAILURE() << "unknown flow indicator " << name;
  return std::nullopt;
}

// Every row of `scenario` in the comparison equals the direct analysis of `expected_park` (built
// by hand with the scenario's exchanges): net::analyze's park fields of every view, the fields of
// net::compute_flows of every layer, compute_standards' values, the robustness index of the
// random, degree and PageRank removals of net::compute_robustness with the audit's defaults; and
// every one of those has a row.
void expect_equals_direct_analysis(const ScenarioComparison& comparison,
                                   const std::string& scenario, const Park& expected_park) {
  const net::SymbiosisGraph graph(expected_park);
  net::AnalyzeOptions options;
  options.distance.threads = 1;
  const std::vector<net::LayerAnalysis> layers = net::analyze(graph, options);
  const net::FlowsResult flows = net::compute_flows(expected_park, graph);
  const std::vector<StandardIndicator> standards = compute_standards(expected_park);
  const net::RobustnessResult robustness =
      net::compute_robustness(graph, {.seed = 42, .threads = 1});

  std::size_t network_rows = 0;
  std::size_t flow_rows = 0;
  std::size_t standard_rows = 0;
  std::size_t robustness_rows = 0;
  for (const ScenarioValue& v : comparison.values) {
    if (v.scenario != scenario) continue;
    SCOPED_TRACE(v.layer + " " + v.indicator);
    if (v.group == ScenarioGroup::network) {
      const net::LayerAnalysis* analysis = nullptr;
      for (const auto& a : layers) {
        if (net::to_string(a.layer) == v.layer) analysis = &a;
      }
      if (analysis == nullptr) {
        EXPECT_FALSE(v.value.has_value());  // a view this scenario does not have
        continue;
      }
      const net::ParkField* f = analysis->park_field(v.indicator);
      ASSERT_NE(f, nullptr);
      EXPECT_EQ(v.value, f->value);
      EXPECT_EQ(v.text, f->text);
      ++network_rows;
    } else if (v.group == ScenarioGroup::robustness) {
      const auto curve = std::find_if(
          robustness.curves.begin(), robustness.curves.end(), [&](const net::RobustnessCurve& c) {
            return "robustness_index_" + std::string(net::to_string(c.strategy)) == v.indicator;
          });
      ASSERT_NE(curve, robustness.curves.end());
      EXPECT_EQ(v.value, curve->robustness_index);
      ++robustness_rows;
    } else if (v.group == ScenarioGroup::flows) {
      const net::LayerFlows* layer = nullptr;
      for (const auto& l : flows.layers) {
        if (to_string(l.layer) == v.layer) layer = &l;
      }
      if (layer == nullptr) {
        EXPECT_FALSE(v.value.has_value());  // a layer this scenario does not have
        continue;
      }
      EXPECT_EQ(v.value, flow_value(*layer, v.indicator));
      ++flow_rows;
    } else {
      const auto s = std::find_if(standards.begin(), standards.end(),
                                  [&](const auto& row) { return row.indicator == v.indicator; });
      ASSERT_NE(s, standards.end());
      EXPECT_EQ(v.value, s->value);
      ++standard_rows;
    }
  }
  std::size_t fields = 0;
  for (const auto& a : layers)
    fields += a.park_fields.size();
  EXPECT_EQ(network_rows, fields);
  EXPECT_EQ(flow_rows, flows.layers.size() * scenario_flow_indicators().size());
  EXPECT_EQ(standard_rows, standard_indicator_names().size());
  EXPECT_EQ(robustness_rows, 3u);  // random, degree, pagerank
}

const ScenarioValue& row(const ScenarioComparison& c, const std::string& scenario,
                         const std::string& layer, const std::string& indicator) {
  for (const ScenarioValue& v : c.values) {
    if (v.scenario == scenario && v.layer == layer && v.indicator == indicator) return v;
  }
  throw std::runtime_error("no row " + scenario + " " + layer + " " + indicator);
}

TEST(Scenarios, EachScenarioEqualsADirectAnalysisOfTheParkWithItsExchanges) {
  const Park park = base_park();
  const net::SymbiosisGraph graph(park);
  const AuditResults results = existing_results(park, graph, slag_option());
  const ScenarioComparison comparison =
      compare_scenarios(park, graph, results,
                        {ScenarioKind::planned, ScenarioKind::potential, ScenarioKind::options,
                         ScenarioKind::planned},
                        {.threads = 1});

  ASSERT_EQ(comparison.scenarios.size(), 4u);  // planned given twice is compared once
  EXPECT_EQ(comparison.scenarios[0].name, "existing");
  EXPECT_EQ(comparison.scenarios[1].name, "planned");
  EXPECT_EQ(comparison.scenarios[1].exchanges_added, 1);
  EXPECT_EQ(comparison.scenarios[2].name, "potential");
  EXPECT_EQ(comparison.scenarios[3].name, "options");
  EXPECT_EQ(comparison.scenarios[3].candidates, 1);
  EXPECT_EQ(comparison.scenarios[3].exchanges_added, 1);

  expect_equals_direct_analysis(comparison, "existing", park);

  ParkBuilder planned = base_builder();
  planned.exchange("c", "a", "waste heat", Layer::energy, Kind::byproduct, 100.0);
  planned.exchange("b", "m", "waste water", Layer::water, Kind::waste, 3.0, Status::potential);
  planned.declare("c", Direction::output, "slag", Layer::material, 8.0);
  planned.declare("a", Direction::need, "slag", Layer::material, 6.0);
  expect_equals_direct_analysis(comparison, "planned", finalized(planned.build()));

  ParkBuilder potential = base_builder();
  potential.exchange("c", "a", "waste heat", Layer::energy, Kind::byproduct, 100.0,
                     Status::planned);
  potential.exchange("b", "m", "waste water", Layer::water, Kind::waste, 3.0);
  potential.declare("c", Direction::output, "slag", Layer::material, 8.0);
  potential.declare("a", Direction::need, "slag", Layer::material, 6.0);
  expect_equals_direct_analysis(comparison, "potential", finalized(potential.build()));

  // The option moves 6 t/a of slag c -> a: c keeps 8 - 6 = 2 t/a declared unused, a's need of
  // 6 t/a is met and leaves the park.
  ParkBuilder options = base_builder();
  options.exchange("c", "a", "waste heat", Layer::energy, Kind::byproduct, 100.0, Status::planned);
  options.exchange("b", "m", "waste water", Layer::water, Kind::waste, 3.0, Status::potential);
  options.exchange("c", "a", "slag", Layer::material, Kind::byproduct, 6.0);
  options.declare("c", Direction::output, "slag", Layer::material, 2.0);
  expect_equals_direct_analysis(comparison, "options", finalized(options.build()));

  // By hand, material layer. Existing: by-product flow 10 (a -> b), waste 0, declared unused 8:
  // rate 10 / 18. With the option: by-product flow 10 + 6 = 16, declared unused 2: rate 16 / 18;
  // internal flow 10 + 5 + 6 = 21. The ties of `all` go from 3 to 4 (c -> a), density from
  // 3 / 12 to 4 / 12 (n = 4).
  EXPECT_DOUBLE_EQ(*row(comparison, "existing", "material", "byproduct_utilisation_rate").value,
                   10.0 / 18.0);
  EXPECT_DOUBLE_EQ(*row(comparison, "options", "material", "byproduct_utilisation_rate").value,
                   16.0 / 18.0);
  EXPECT_DOUBLE_EQ(*row(comparison, "options", "material", "internal_flow").value, 21.0);
  EXPECT_DOUBLE_EQ(*row(comparison, "options", "material", "declared_unused").value, 2.0);
  EXPECT_DOUBLE_EQ(*row(comparison, "existing", "all", "density").value, 3.0 / 12.0);
  EXPECT_DOUBLE_EQ(*row(comparison, "options", "all", "density").value, 4.0 / 12.0);
  // Degree removal on U of `all` (enterprises a, b, c, m). Existing: the path m - a - b - c,
  // degrees a 2, b 2, c 1, m 1, removed a, b, c, m: S = 2/4, 1/4, 1/4, 0 and R = (1/4) sum =
  // 0.25. With the option c - a closes the triangle a, b, c: degrees 3, 2, 2, 1, the same order
  // and the same S, R = 0.25.
  EXPECT_DOUBLE_EQ(*row(comparison, "existing", "all", "robustness_index_degree").value, 0.25);
  EXPECT_DOUBLE_EQ(*row(comparison, "options", "all", "robustness_index_degree").value, 0.25);
  // Standards do not depend on exchanges: energy_use / value_added = 50 / 100 in every scenario.
  for (const char* s : {"existing", "planned", "potential", "options"})
    EXPECT_DOUBLE_EQ(*row(comparison, s, "all", "energy_intensity").value, 0.5) << s;
}

TEST(Scenarios, EveryScenarioHasTheSameRowsInTheSameOrder) {
  // The planned exchange is the park's only energy exchange: the view `energy` exists only in
  // the scenario `planned`, and is empty in `existing`.
  const Park park = base_park();
  const net::SymbiosisGraph graph(park);
  const AuditResults results = existing_results(park, graph, {});
  const ScenarioComparison comparison =
      compare_scenarios(park, graph, results, {ScenarioKind::planned}, {.threads = 1});
  ASSERT_EQ(comparison.values.size() % 2, 0u);
  const std::size_t half = comparison.values.size() / 2;
  for (std::size_t k = 0; k < half; ++k) {
    const ScenarioValue& a = comparison.values[k];
    const ScenarioValue& b = comparison.values[half + k];
    EXPECT_EQ(a.scenario, "existing");
    EXPECT_EQ(b.scenario, "planned");
    EXPECT_EQ(std::tie(a.group, a.layer, a.indicator), std::tie(b.group, b.layer, b.indicator));
  }
  EXPECT_FALSE(row(comparison, "existing", "energy", "density").value.has_value());
  // n = 4: one tie c -> a in the energy view, density 1 / 12.
  EXPECT_DOUBLE_EQ(*row(comparison, "planned", "energy", "density").value, 1.0 / 12.0);
  // Views in their order: all, material, energy, ... (energy between material and water).
  std::vector<std::string> views;
  for (std::size_t k = 0; k < half; ++k) {
    const ScenarioValue& v = comparison.values[k];
    if (v.group == ScenarioGroup::network && (views.empty() || views.back() != v.layer))
      views.push_back(v.layer);
  }
  EXPECT_EQ(views, (std::vector<std::string>{"all", "material", "energy", "waste"}));
}

TEST(Scenarios, ParkWithSelectsTheExchangesOfTheStatus) {
  const Park park = base_park();
  const Park planned = park_with(park, ScenarioKind::planned, {});
  ASSERT_EQ(planned.exchanges.size(), park.exchanges.size());
  EXPECT_EQ(planned.exchanges[3].status, Status::existing);   // c -> a, planned
  EXPECT_EQ(planned.exchanges[4].status, Status::potential);  // b -> m stays potential
  const Park potential = park_with(park, ScenarioKind::potential, slag_option());
  EXPECT_EQ(potential.exchanges[3].status, Status::planned);
  EXPECT_EQ(potential.exchanges[4].status, Status::existing);
  EXPECT_EQ(potential.declarations.size(), 2u);  // the options are not used here
  for (std::size_t k = 0; k < 3; ++k) {
    EXPECT_EQ(planned.exchanges[k].status, Status::existing);
    EXPECT_EQ(potential.exchanges[k].status, Status::existing);
  }
}

TEST(Scenarios, OptionsAddExchangesWithTheirQuantityInTheDeclaredUnit) {
  Park park = base_park();
  park.exchanges[0].id = "option-1";  // the new exchange's id is taken: it gets a suffix
  // c declared its slag in 万吨/年: 8 t/a is 0.0008 万吨/年, so 6 t/a is written 0.0006 万吨/年.
  park.declarations[0].quantity = Quantity{0.0008, "万吨/年"};
  std::vector<PotentialExchange> options = slag_option();
  PotentialExchange water;  // names the park's potential exchange b -> m
  water.supplier = "b";
  water.receiver = "m";
  water.resource = "waste water";
  water.layer = Layer::water;
  water.exchange_id = "x5";
  water.quantity = 3.0;
  options.push_back(water);

  const Park scenario = park_with(park, ScenarioKind::options, options);
  ASSERT_EQ(scenario.exchanges.size(), park.exchanges.size() + 1);
  EXPECT_EQ(scenario.exchanges[4].status, Status::existing);  // x5 turned existing, not added
  EXPECT_EQ(scenario.exchanges[3].status, Status::planned);
  const Exchange& added = scenario.exchanges.back();
  EXPECT_EQ(added.id, "option-1-2");
  EXPECT_EQ(added.supplier, "c");
  EXPECT_EQ(added.receiver, "a");
  EXPECT_EQ(added.resource, "slag");
  EXPECT_EQ(added.kind, Kind::byproduct);
  EXPECT_EQ(added.status, Status::existing);
  EXPECT_EQ(added.amount, 6.0);
  ASSERT_TRUE(added.quantity.has_value());
  EXPECT_EQ(added.quantity->unit, "万吨/年");
  EXPECT_NEAR(added.quantity->value, 0.0006, 1e-15);
  // c keeps 2 of its 8 t/a (0.0002 万吨/年); a's need of 6 t/a is met and leaves.
  ASSERT_EQ(scenario.declarations.size(), 1u);
  EXPECT_EQ(scenario.declarations[0].enterprise, "c");
  EXPECT_DOUBLE_EQ(*scenario.declarations[0].amount, 2.0);
  EXPECT_NEAR(scenario.declarations[0].quantity->value, 0.0002, 1e-15);
}

TEST(Scenarios, AScenarioWithoutExchangesEqualsExistingWithANote) {
  ParkBuilder b = base_builder();
  const Park park = finalized(b.build());
  const net::SymbiosisGraph graph(park);
  const AuditResults results = existing_results(park, graph, {});
  const ScenarioComparison comparison = compare_scenarios(
      park, graph, results, {ScenarioKind::planned, ScenarioKind::options}, {.threads = 1});
  ASSERT_EQ(comparison.scenarios.size(), 3u);
  EXPECT_EQ(comparison.scenarios[1].exchanges_added, 0);
  const std::size_t third = comparison.values.size() / 3;
  for (std::size_t k = 0; k < third; ++k) {
    EXPECT_EQ(comparison.values[k].value, comparison.values[third + k].value);
    EXPECT_EQ(comparison.values[k].value, comparison.values[2 * third + k].value);
  }
  EXPECT_EQ(scenario_notes(comparison),
            (std::vector<std::string>{
                "--compare planned: the park has no planned exchanges; the scenario 'planned' "
                "equals 'existing'",
                "--compare options: the audit proposes no exchange; the scenario 'options' "
                "equals 'existing'"}));
}

TEST(Scenarios, PlannedExchangesAlreadyIncludedAddNothing) {
  const Park park = base_park();
  const net::SymbiosisGraph graph(park, {.include_planned = true});
  const AuditResults results = existing_results(park, graph, {});
  const ScenarioComparison comparison =
      compare_scenarios(park, graph, results, {ScenarioKind::planned}, {.threads = 1});
  EXPECT_EQ(comparison.scenarios[1].candidates, 1);
  EXPECT_EQ(comparison.scenarios[1].exchanges_added, 0);
  ASSERT_EQ(scenario_notes(comparison).size(), 1u);
  EXPECT_NE(scenario_notes(comparison)[0].find("already in the analysis"), std::string::npos);
}

TEST(Scenarios, KindsParseAndPrint) {
  EXPECT_EQ(parse_scenario_kind(" Planned "), ScenarioKind::planned);
  EXPECT_EQ(parse_scenario_kind("potential"), ScenarioKind::potential);
  EXPECT_EQ(parse_scenario_kind("OPTIONS"), ScenarioKind::options);
  EXPECT_FALSE(parse_scenario_kind("existing").has_value());
  EXPECT_FALSE(parse_scenario_kind("").has_value());
  EXPECT_EQ(to_string(ScenarioKind::options), "options");
}

}  // namespace
}  // namespace symbio::audit
