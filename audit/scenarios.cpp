#include "audit/scenarios.hpp"

#include <algorithm>
#include <set>
#include <tuple>

#include "core/text.hpp"
#include "network/analyze.hpp"
#include "network/conventions.hpp"

namespace symbio::audit {

namespace {

// Takes `amount` (canonical unit) off the first declaration of `enterprise` with this direction,
// resource and layer that still has some, scaling the quantity as written by the same share;
// a declaration used up leaves the park.
void use_declared(Park& park, const std::string& enterprise, Direction direction,
                  const std::string& resource, Layer layer, double amount) {
  auto& declarations = park.declarations;
  for (auto it = declarations.begin(); it != declarations.end(); ++it) {
    Declaration& d = *it;
    if (d.enterprise != enterprise || d.direction != direction || d.resource != resource ||
        d.layer != layer || !d.amount || *d.amount <= 0.0) {
      continue;
    }
    const double before = *d.amount;
    const double after = std::max(0.0, before - amount);
    // Within rounding of the whole declaration: used up.
    if (after <= before * 1e-12) {
      declarations.erase(it);
      return;
    }
    d.amount = after;
    if (d.quantity) d.quantity->value *= after / before;
    return;
  }
}

// The quantity moved as the supplier's declaration writes it ("20" "万吨/年"), else canonical.
Quantity written_quantity(const Park& park, const PotentialExchange& p, double amount) {
  for (const Declaration& d : park.declarations) {
    if (d.enterprise == p.supplier && d.direction == Direction::output &&
        d.resource == p.resource && d.layer == p.layer && d.amount && *d.amount > 0.0 &&
        d.quantity) {
      return {d.quantity->value * amount / *d.amount, d.quantity->unit};
    }
  }
  return {amount, p.unit};
}

void add_options(Park& park, const std::vector<PotentialExchange>& options) {
  std::set<std::string> ids;
  for (const Exchange& x : park.exchanges)
    ids.insert(x.id);
  std::size_t number = 0;
  for (const PotentialExchange& p : options) {
    ++number;
    if (!p.exchange_id.empty()) {
      const auto it = std::find_if(park.exchanges.begin(), park.exchanges.end(),
                                   [&](const Exchange& x) { return x.id == p.exchange_id; });
      if (it != park.exchanges.end()) {
        it->status = Status::existing;
        continue;
      }
    }
    Exchange x;
    const std::string base = "option-" + std::to_string(number);
    x.id = base;
    for (int suffix = 2; ids.count(x.id) > 0; ++suffix)
      x.id = base + "-" + std::to_string(suffix);
    ids.insert(x.id);
    x.supplier = p.supplier;
    x.receiver = p.receiver;
    x.resource = p.resource;
    x.layer = p.layer;
    x.kind = Kind::byproduct;
    x.status = Status::existing;
    if (p.quantity) {
      // Written before the declarations are used, so that the unit is the supplier's.
      x.quantity = written_quantity(park, p, *p.quantity);
      x.amount = *p.quantity;
      use_declared(park, p.supplier, Direction::output, p.resource, p.layer, *p.quantity);
      if (!p.need.empty()) {
        use_declared(park, p.receiver, Direction::need, p.need, p.layer, *p.quantity);
      }
    }
    park.exchanges.push_back(std::move(x));
  }
}

Status status_of(ScenarioKind kind) {
  return kind == ScenarioKind::planned ? Status::planned : Status::potential;
}

std::int64_t candidates(const Park& park, ScenarioKind kind,
                        const std::vector<PotentialExchange>& options) {
  if (kind == ScenarioKind::options) return static_cast<std::int64_t>(options.size());
  return std::count_if(park.exchanges.begin(), park.exchanges.end(),
                       [&](const Exchange& x) { return x.status == status_of(kind); });
}

std::vector<std::string> park_field_names() {
  std::vector<std::string> names;
  for (const net::Convention& c : net::park_conventions())
    names.emplace_back(c.name);
  return names;
}

// The analysis of every view of a scenario's graph. A scenario only adds exchanges, so a view
// with as many exchanges as in the park as it is has the same exchanges, enterprises and ties,
// and so the same indicators: its analysis is taken from `existing` rather than run again (a
// scenario that adds nothing costs no analysis at all).
std::vector<net::LayerAnalysis> analyze_changed_views(
    const net::SymbiosisGraph& graph, const std::vector<net::LayerAnalysis>& existing,
    const net::SymbiosisGraph& scenario_graph, net::AnalyzeOptions options) {
  auto unchanged = [&](net::ViewLayer layer) -> const net::LayerAnalysis* {
    if (!graph.has_view(layer) ||
        graph.view(layer).exchange_count() != scenario_graph.view(layer).exchange_count()) {
      return nullptr;
    }
    for (const net::LayerAnalysis& a : existing) {
      if (a.layer == layer) return &a;
    }
    return nullptr;
  };
  options.layers.clear();
  for (const net::ViewLayer layer : scenario_graph.layers()) {
    if (unchanged(layer) == nullptr) options.layers.push_back(layer);
  }
  std::vector<net::LayerAnalysis> fresh;
  if (!options.layers.empty()) fresh = net::analyze(scenario_graph, options);
  std::vector<net::LayerAnalysis> layers;
  std::size_t next = 0;
  for (const net::ViewLayer layer : scenario_graph.layers()) {
    const net::LayerAnalysis* same = unchanged(layer);
    layers.push_back(same != nullptr ? *same : std::move(fresh[next++]));
  }
  return layers;
}

// The robustness curves of kScenarioStrategies on the view `all` of a scenario's graph, with the
// audit's settings (run_audit_pipeline: its seed and threads, the other options at their
// defaults); those of the park as it is when the scenario leaves `all` unchanged.
net::RobustnessResult scenario_robustness(const net::SymbiosisGraph& graph,
                                          const net::RobustnessResult& existing,
                                          const net::SymbiosisGraph& scenario_graph,
                                          const ScenarioOptions& options) {
  if (!scenario_graph.has_view(net::ViewLayer::all)) return {};
  if (graph.has_view(net::ViewLayer::all) &&
      graph.view().exchange_count() == scenario_graph.view().exchange_count()) {
    return existing;
  }
  net::RobustnessOptions robustness{.seed = options.seed, .threads = options.threads};
  robustness.strategies.assign(std::begin(kScenarioStrategies), std::end(kScenarioStrategies));
  return net::compute_robustness(scenario_graph, robustness);
}

using RowKey = std::tuple<ScenarioGroup, std::string, std::string>;

RowKey key_of(const ScenarioValue& v) {
  return {v.group, v.layer, v.indicator};
}

}  // namespace

std::string_view to_string(ScenarioKind kind) {
  switch (kind) {
    case ScenarioKind::planned:
      return "planned";
    case ScenarioKind::potential:
      return "potential";
    case ScenarioKind::options:
      return "options";
  }
  return "planned";
}

std::optional<ScenarioKind> parse_scenario_kind(std::string_view text) {
  const std::string word = to_lower_ascii(trim(text));
  for (const ScenarioKind kind :
       {ScenarioKind::planned, ScenarioKind::potential, ScenarioKind::options}) {
    if (word == to_string(kind)) return kind;
  }
  return std::nullopt;
}

Park park_with(const Park& park, ScenarioKind kind, const std::vector<PotentialExchange>& options) {
  Park scenario = park;
  if (kind == ScenarioKind::options) {
    add_options(scenario, options);
    return scenario;
  }
  for (Exchange& x : scenario.exchanges) {
    if (x.status == status_of(kind)) x.status = Status::existing;
  }
  return scenario;
}

const std::vector<std::string>& scenario_flow_indicators() {
  static const std::vector<std::string> names = {"quantified",
                                                 "internal_flow",
                                                 "import",
                                                 "export",
                                                 "byproduct_flow",
                                                 "waste_flow",
                                                 "declared_unused",
                                                 "declared_need",
                                                 "byproduct_utilisation_rate",
                                                 "internal_byproduct_share",
                                                 "ena_nodes",
                                                 "ena_boundary",
                                                 "ena_tst",
                                                 "ena_tstp",
                                                 "ena_apl",
                                                 "ena_fci",
                                                 "ena_ami",
                                                 "ena_ascendency",
                                                 "ena_overhead",
                                                 "ena_capacity",
                                                 "ena_asc_cap",
                                                 "ena_robustness"};
  return names;
}

std::vector<ScenarioValue> scenario_values(
    std::string_view scenario, const std::vector<net::LayerAnalysis>& layers,
    const net::RobustnessResult& robustness, const net::FlowsResult& flows,
    const std::optional<std::vector<StandardIndicator>>& standards) {
  std::vector<ScenarioValue> rows;
  auto add = [&](ScenarioGroup group, std::string_view layer, std::string_view indicator,
                 std::optional<double> value, net::ColumnType type = net::ColumnType::real) {
    rows.push_back(ScenarioValue{std::string(scenario), group, std::string(layer),
                                 std::string(indicator), value, "", type});
  };
  for (const net::LayerAnalysis& analysis : layers) {
    for (const net::ParkField& f : analysis.park_fields) {
      add(ScenarioGroup::network, net::to_string(analysis.layer), f.name, f.value, f.type);
      rows.back().text = f.text;
    }
  }
  for (const net::RemovalStrategy strategy : kScenarioStrategies) {
    for (const net::RobustnessCurve& curve : robustness.curves) {
      if (curve.strategy != strategy) continue;
      add(ScenarioGroup::robustness, "all",
          "robustness_index_" + std::string(net::to_string(strategy)), curve.robustness_index);
      break;
    }
  }
  using net::ColumnType;
  for (const net::LayerFlows& l : flows.layers) {
    const std::string_view layer = to_string(l.layer);
    const net::EnaResult* e = l.ena ? &*l.ena : nullptr;
    auto ena = [&](std::optional<double> value) { return e == nullptr ? std::nullopt : value; };
    add(ScenarioGroup::flows, layer, "quantified", static_cast<double>(l.quantified),
        ColumnType::integer);
    add(ScenarioGroup::flows, layer, "internal_flow", l.internal_flow);
    add(ScenarioGroup::flows, layer, "import", l.import_flow);
    add(ScenarioGroup::flows, layer, "export", l.export_flow);
    add(ScenarioGroup::flows, layer, "byproduct_flow", l.byproduct_flow);
    add(ScenarioGroup::flows, layer, "waste_flow", l.waste_flow);
    add(ScenarioGroup::flows, layer, "declared_unused", l.declared_unused);
    add(ScenarioGroup::flows, layer, "declared_need", l.declared_need);
    add(ScenarioGroup::flows, layer, "byproduct_utilisation_rate", l.byproduct_utilisation_rate);
    add(ScenarioGroup::flows, layer, "internal_byproduct_share", l.internal_byproduct_share);
    add(ScenarioGroup::flows, layer, "ena_nodes",
        e == nullptr ? std::nullopt
                     : std::optional<double>(static_cast<double>(l.ena_nodes.size())),
        ColumnType::integer);
    add(ScenarioGroup::flows, layer, "ena_boundary", ena(e ? e->boundary : 0.0));
    add(ScenarioGroup::flows, layer, "ena_tst", ena(e ? e->tst : 0.0));
    add(ScenarioGroup::flows, layer, "ena_tstp", ena(e ? e->tstp : 0.0));
    add(ScenarioGroup::flows, layer, "ena_apl", ena(e ? e->apl : std::nullopt));
    add(ScenarioGroup::flows, layer, "ena_fci", ena(e ? e->fci : std::nullopt));
    add(ScenarioGroup::flows, layer, "ena_ami", ena(e ? e->ami : std::nullopt));
    add(ScenarioGroup::flows, layer, "ena_ascendency", ena(e ? e->ascendency : std::nullopt));
    add(ScenarioGroup::flows, layer, "ena_overhead", ena(e ? e->overhead : std::nullopt));
    add(ScenarioGroup::flows, layer, "ena_capacity", ena(e ? e->capacity : std::nullopt));
    add(ScenarioGroup::flows, layer, "ena_asc_cap", ena(e ? e->asc_cap : std::nullopt));
    add(ScenarioGroup::flows, layer, "ena_robustness", ena(e ? e->robustness : std::nullopt));
  }
  if (standards) {
    std::set<std::string> seen;
    for (const StandardIndicator& s : *standards) {
      if (seen.insert(s.indicator).second) {
        add(ScenarioGroup::standards, "all", s.indicator, s.value);
      }
    }
  }
  return rows;
}

ScenarioComparison compare_scenarios(const Park& park, const net::SymbiosisGraph& graph,
                                     const AuditResults& results,
                                     const std::vector<ScenarioKind>& kinds,
                                     const ScenarioOptions& options) {
  ScenarioComparison comparison;
  std::vector<std::vector<ScenarioValue>> per_scenario;
  comparison.scenarios.push_back({"existing", 0, 0});
  per_scenario.push_back(scenario_values("existing", results.layers, results.robustness,
                                         results.flows, results.standards));

  // The settings of the audit's own analysis (run_audit_pipeline), restricted to the park
  // indicators: the enterprise columns and the cascade sweep are not needed here.
  net::AnalyzeOptions analyze_options;
  analyze_options.only = park_field_names();
  analyze_options.communities.seed = options.seed;
  analyze_options.distance.threads = options.threads;
  analyze_options.distance.progress = options.progress;

  std::vector<ScenarioKind> done;
  for (const ScenarioKind kind : kinds) {
    if (std::find(done.begin(), done.end(), kind) != done.end()) continue;
    done.push_back(kind);
    const std::string name(to_string(kind));
    if (options.on_scenario) options.on_scenario(name);
    const Park scenario_park = park_with(park, kind, results.allocation);
    const net::SymbiosisGraph scenario_graph(scenario_park, graph.options());
    ScenarioRun run{name, candidates(park, kind, results.allocation),
                    static_cast<std::int64_t>(scenario_graph.exchanges().size()) -
                        static_cast<std::int64_t>(graph.exchanges().size())};
    comparison.scenarios.push_back(run);
    std::optional<std::vector<StandardIndicator>> standards;
    if (!scenario_park.data.empty())
      standards = compute_standards(scenario_park, options.standard_clauses);
    per_scenario.push_back(scenario_values(
        name, analyze_changed_views(graph, results.layers, scenario_graph, analyze_options),
        scenario_robustness(graph, results.robustness, scenario_graph, options),
        net::compute_flows(scenario_park, scenario_graph), standards));
  }

  // The union of the rows, in the order: network by view, flows by layer, standards; within
  // them as the scenarios list them (existing first), so that every scenario has the same rows.
  std::vector<RowKey> keys;
  std::set<RowKey> known;
  std::vector<ScenarioValue> templates;
  for (const ScenarioGroup group : {ScenarioGroup::network, ScenarioGroup::robustness,
                                    ScenarioGroup::flows, ScenarioGroup::standards}) {
    for (const auto& rows : per_scenario) {
      for (const ScenarioValue& v : rows) {
        if (v.group != group || !known.insert(key_of(v)).second) continue;
        keys.push_back(key_of(v));
        templates.push_back(v);
      }
    }
  }
  // Views and layers in their own order (a view a scenario adds goes to its place).
  auto layer_rank = [](const std::string& layer) {
    for (std::size_t k = 0; k < std::size(net::kViewLayers); ++k) {
      if (net::to_string(net::kViewLayers[k]) == layer) return k;
    }
    return std::size(net::kViewLayers);
  };
  std::vector<std::size_t> order(keys.size());
  for (std::size_t k = 0; k < order.size(); ++k)
    order[k] = k;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const auto& [ga, la, ia] = keys[a];
    const auto& [gb, lb, ib] = keys[b];
    if (ga != gb) return ga < gb;
    return layer_rank(la) < layer_rank(lb);
  });

  for (std::size_t s = 0; s < per_scenario.size(); ++s) {
    const auto& rows = per_scenario[s];
    for (const std::size_t k : order) {
      const auto found = std::find_if(rows.begin(), rows.end(),
                                      [&](const ScenarioValue& v) { return key_of(v) == keys[k]; });
      if (found != rows.end()) {
        comparison.values.push_back(*found);
      } else {
        ScenarioValue empty = templates[k];
        empty.scenario = comparison.scenarios[s].name;
        empty.value.reset();
        empty.text.clear();
        comparison.values.push_back(std::move(empty));
      }
    }
  }
  return comparison;
}

std::vector<std::string> scenario_notes(const ScenarioComparison& comparison) {
  std::vector<std::string> notes;
  for (const ScenarioRun& run : comparison.scenarios) {
    if (run.name == "existing" || run.exchanges_added > 0) continue;
    std::string why;
    if (run.candidates == 0) {
      why = run.name == "options" ? "the audit proposes no exchange"
                                  : "the park has no " + run.name + " exchanges";
    } else {
      why = run.name == "options"
                ? "the proposed exchanges add nothing to the analysed graph"
                : "the park's " + run.name + " exchanges are already in the analysis";
    }
    notes.push_back("--compare " + run.name + ": " + why + "; the scenario '" + run.name +
                    "' equals 'existing'");
  }
  return notes;
}

}  // namespace symbio::audit
