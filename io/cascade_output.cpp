#include "io/cascade_output.hpp"

#include <stdexcept>

#include <nlohmann/json.hpp>

#include "core/csv.hpp"
#include "core/text.hpp"
#include "core/version.hpp"

namespace symbio::io {

using nlohmann::ordered_json;

namespace {

constexpr const char* kLostFlowColumns[] = {"cascade_lost_flow_material",
                                            "cascade_lost_flow_energy", "cascade_lost_flow_water"};

std::string cell(const std::optional<double>& value) {
  return value ? format_double(*value) : std::string();
}

ordered_json json_number(const std::optional<double>& value) {
  return value ? ordered_json(*value) : ordered_json(nullptr);
}

std::string csv_header(bool load) {
  std::string out = "trigger,cascade_failed,cascade_rounds,cascade_impact";
  for (const char* c : kLostFlowColumns)
    out += std::string(",") + c;
  if (load) out += ",alpha,beta";
  return out + "\n";
}

std::string csv_row(const net::SymbiosisGraph& graph, const net::CascadeSummary& row) {
  std::string out = csv_escape(graph.id(row.trigger)) + "," + std::to_string(row.failed) + "," +
                    std::to_string(row.rounds) + "," + cell(row.impact);
  for (const net::LostFlow& f : row.lost_flow)
    out += "," + cell(f.value());
  return out;
}

std::vector<std::string> ids_of(const net::SymbiosisGraph& graph,
                                std::span<const net::Vertex> vertices) {
  std::vector<std::string> out;
  out.reserve(vertices.size());
  for (const net::Vertex v : vertices)
    out.push_back(graph.id(v));
  return out;
}

void put_lost_flow(ordered_json& j, const std::array<net::LostFlow, 3>& flow) {
  for (std::size_t r = 0; r < 3; ++r)
    j[kLostFlowColumns[r]] = json_number(flow[r].value());
  ordered_json known = ordered_json::object();
  ordered_json missing = ordered_json::object();
  for (std::size_t r = 0; r < 3; ++r) {
    const std::string layer(to_string(kLayers[r]));
    known[layer] = flow[r].known;
    missing[layer] = flow[r].missing;
  }
  j["cascade_lost_flow_known"] = known;
  j["cascade_lost_flow_missing"] = missing;
}

ordered_json summary_json(const net::SymbiosisGraph& graph, const net::CascadeSummary& row) {
  ordered_json j;
  j["trigger"] = graph.id(row.trigger);
  j["cascade_failed"] = row.failed;
  j["cascade_rounds"] = row.rounds;
  j["cascade_impact"] = json_number(row.impact);
  put_lost_flow(j, row.lost_flow);
  return j;
}

ordered_json vulnerability_json(const net::SymbiosisGraph& graph,
                                std::span<const std::optional<double>> vulnerability) {
  ordered_json out = ordered_json::array();
  for (std::size_t v = 0; v < vulnerability.size(); ++v) {
    out.push_back({{"id", graph.id(static_cast<net::Vertex>(v))},
                   {"vulnerability", json_number(vulnerability[v])}});
  }
  return out;
}

ordered_json conventions() {
  ordered_json c;
  c["rounds"] =
      "round 0 = the triggers; round k = the enterprises failing because of the failures of "
      "rounds 0..k-1 (synchronous rounds)";
  c["cascade_failed"] = "enterprises failed, trigger included";
  c["cascade_rounds"] = "rounds after the trigger until nothing changes (0: nothing spreads)";
  c["cascade_impact"] = "(cascade_failed - 1) / (n - 1); null when n < 2";
  c["cascade_lost_flow_<layer>"] =
      "sum of the canonical amounts (material t/a, energy GJ/a, water m3/a) of the inbound "
      "exchanges of every failed enterprise, trigger included; null when one of them has no "
      "quantity (cascade_lost_flow_known then sums the known amounts, "
      "cascade_lost_flow_missing counts the others)";
  c["vulnerability"] =
      "share of the n - 1 single triggers other than the enterprise whose cascade makes it fail; "
      "null when n < 2";
  c["external"] = "external enterprises never fail by propagation; they can be triggers";
  c["dependency"] =
      "every exchange carries one dependency unless it is substitutable (substitutes: "
      "catalogue; the exchange's substitutable column, else the resource catalogue's): "
      "products, byproducts and utilities make the receiver depend on the supplier (supply), "
      "waste makes the supplier depend on the receiver (outlet). An enterprise fails when, for "
      "some layer, the share of its supply dependencies held by failed suppliers (direction "
      "supply or both), or of its outlet dependencies held by failed receivers (outlet or "
      "both), is strictly greater than the threshold (by canonical amounts when every "
      "dependency of that type and layer has one, by counting otherwise; parallel exchanges "
      "each count)";
  c["dominators"] =
      "dependency graph of the layer: an arc provider -> dependent per dependency (parallel "
      "arcs collapse), a virtual root with an arc to every enterprise of every source strongly "
      "connected component; x dominates d when every path from the root to d passes through x "
      "(Lengauer and Tarjan 1979, through Boost.Graph); immediate_dominator null when it is the "
      "root; dominators nearest first; dominated = enterprises it dominates";
  c["beta_c_largest_component"] =
      "beta_c over the largest weak component of U only (a two-enterprise component alone gives "
      "beta_c = 1)";
  c["load"] =
      "Motter and Lai (2002) with the load of Wang and Rong (2009), as Zeng, Xiao and Li (2013): "
      "on U, L_j = (k_j * sum of neighbours' degrees)^alpha, capacity (1 + beta) L_j; each "
      "enterprise failed in the previous round passes its current load to its live neighbours "
      "in proportion to their initial load; a load above capacity fails in the next round; "
      "beta_c = max over enterprises i of L_i / sum of L over i's neighbours (counting only "
      "enterprises with a neighbour that can fail): the smallest beta at which no single "
      "failure spreads";
  c["largest_component_share"] =
      "S(q): enterprises in the largest weak component after q removals / n of the intact view";
  c["global_efficiency"] =
      "sum of 1/d(i, j) over ordered pairs of remaining enterprises on D, divided by n(n-1) of "
      "the intact view; null where not computed";
  c["robustness_index"] = "R = (1/n) sum_{q=1..n} S(q) (Schneider et al. 2011)";
  c["removed"] = "id of the enterprise removed at step q; null for q = 0 and for random";
  c["strategies"] =
      "static degree (U), betweenness (D, raw Brandes), pagerank (D, damping 0.85) from the "
      "intact graph; adaptive_* recomputed on the remaining graph; ties by enterprise order "
      "(values within a relative 1e-9 are ties); random: seeded, mean over runs";
  return c;
}

}  // namespace

std::string dominators_csv(const net::SymbiosisGraph& graph,
                           std::span<const net::LayerDominators> layers) {
  std::string out = "layer,id,immediate_dominator,dominators,dominated\n";
  for (const net::LayerDominators& d : layers) {
    const std::string layer(net::to_string(d.layer));
    for (net::Vertex v = 0; v < graph.n(); ++v) {
      const auto i = static_cast<std::size_t>(v);
      std::string list;
      for (const net::Vertex x : d.dominators[i])
        list += (list.empty() ? "" : "|") + graph.id(x);
      out += csv_escape(layer) + "," + csv_escape(graph.id(v)) + "," +
             (d.immediate[i] ? csv_escape(graph.id(*d.immediate[i])) : std::string()) + "," +
             csv_escape(list) + "," + std::to_string(d.dominated[i]) + "\n";
    }
  }
  return out;
}

std::string cascade_csv(const net::SymbiosisGraph& graph, const net::DependencySweep& sweep) {
  std::string out = csv_header(false);
  for (const auto& row : sweep.rows)
    out += csv_row(graph, row) + "\n";
  return out;
}

std::string cascade_csv(const net::SymbiosisGraph& graph, const net::LoadSweep& sweep) {
  std::string out = csv_header(true);
  const std::string params =
      "," + format_double(sweep.options.alpha) + "," + format_double(sweep.options.beta);
  for (const auto& row : sweep.rows)
    out += csv_row(graph, row) + params + "\n";
  return out;
}

std::string vulnerability_csv(const net::SymbiosisGraph& graph,
                              std::span<const std::optional<double>> vulnerability) {
  if (vulnerability.size() != static_cast<std::size_t>(graph.n())) {
    throw std::invalid_argument("vulnerability needs one value per enterprise (a full sweep)");
  }
  std::string out = "id,vulnerability\n";
  for (std::size_t v = 0; v < vulnerability.size(); ++v) {
    out += csv_escape(graph.id(static_cast<net::Vertex>(v))) + "," + cell(vulnerability[v]) + "\n";
  }
  return out;
}

std::string robustness_csv(const net::SymbiosisGraph& graph, const net::RobustnessResult& result) {
  std::string out = "strategy,q,removed,largest_component_share,global_efficiency\n";
  for (const auto& curve : result.curves) {
    const std::string name(net::to_string(curve.strategy));
    for (std::size_t q = 0; q < curve.largest_component_share.size(); ++q) {
      out += name + "," + std::to_string(q) + ",";
      if (q > 0 && q <= curve.order.size()) out += csv_escape(graph.id(curve.order[q - 1]));
      out += "," + format_double(curve.largest_component_share[q]) + ",";
      if (q < curve.global_efficiency.size()) out += cell(curve.global_efficiency[q]);
      out += "\n";
    }
  }
  return out;
}

namespace {

// The parts of cascade.json that are written; a null pointer leaves its part out.
struct CascadeDocument {
  const net::DependencySweep* dependency = nullptr;
  const net::LoadSweep* load = nullptr;
  const net::CascadeRun* scenario = nullptr;
  const net::RobustnessResult* robustness = nullptr;
  const std::vector<net::LayerDominators>* dominators = nullptr;
  std::optional<double> beta_c;
  std::optional<double> beta_c_largest_component;
  const Provenance& meta;
};

std::string cascade_json(const net::SymbiosisGraph& graph, const CascadeDocument& document) {
  ordered_json root;
  ordered_json m;
  m["symbio_version"] = std::string(kVersion);
  m["input"] = document.meta.input_path;
  m["input_sha256"] = document.meta.input_sha256;
  ordered_json options = ordered_json::object();
  for (const auto& [name, value] : document.meta.options)
    options[name] = value;
  m["options"] = options;
  m["n"] = graph.n();
  if (document.dependency != nullptr) {
    const net::DependencyOptions& o = document.dependency->options;
    m["model"] = "dependency";
    m["model_options"] = {{"threshold", o.threshold},
                          {"direction", std::string(net::to_string(o.direction))},
                          {"substitutes", std::string(net::to_string(o.substitutes))},
                          {"external_immune", o.external_immune}};
  } else if (document.load != nullptr) {
    const net::LoadOptions& o = document.load->options;
    m["model"] = "load";
    m["model_options"] = {{"alpha", o.alpha},
                          {"beta", o.beta},
                          {"layer", std::string(net::to_string(o.layer))},
                          {"external_immune", o.external_immune}};
  }
  if (document.robustness != nullptr) {
    const net::RobustnessOptions& o = document.robustness->options;
    ordered_json strategies = ordered_json::array();
    for (const auto s : o.strategies)
      strategies.push_back(std::string(net::to_string(s)));
    m["seed"] = o.seed;
    m["robustness_options"] = {{"strategies", strategies},
                               {"layer", std::string(net::to_string(o.layer))},
                               {"runs", o.runs},
                               {"seed", o.seed},
                               {"efficiency_points", o.efficiency_points},
                               {"efficiency_max_n", o.efficiency_max_n},
                               {"betweenness_exact_max_n", o.betweenness_exact_max_n},
                               {"adaptive_exact_max", o.adaptive_exact_max},
                               {"betweenness_pivots", o.betweenness_pivots},
                               {"adaptive_batch", o.adaptive_batch}};
  }
  m["conventions"] = conventions();
  root["meta"] = m;

  const std::vector<net::CascadeSummary>* rows = nullptr;
  std::span<const std::optional<double>> vulnerability;
  if (document.dependency != nullptr) {
    root["model"] = "dependency";
    rows = &document.dependency->rows;
    vulnerability = document.dependency->vulnerability;
  } else if (document.load != nullptr) {
    root["model"] = "load";
    rows = &document.load->rows;
    vulnerability = document.load->vulnerability;
  }
  if (rows != nullptr) {
    ordered_json cascade = ordered_json::array();
    for (const auto& row : *rows) {
      ordered_json j = summary_json(graph, row);
      if (document.load != nullptr) {
        j["alpha"] = document.load->options.alpha;
        j["beta"] = document.load->options.beta;
      }
      cascade.push_back(std::move(j));
    }
    root["cascade"] = std::move(cascade);
    root["vulnerability"] = vulnerability_json(graph, vulnerability);
  }
  if (document.load != nullptr) {
    root["beta_c"] = document.load->beta_c;
    root["beta_c_largest_component"] = document.load->beta_c_largest_component;
  } else {
    if (document.beta_c) root["beta_c"] = *document.beta_c;
    if (document.beta_c_largest_component)
      root["beta_c_largest_component"] = *document.beta_c_largest_component;
  }
  if (document.dominators != nullptr) {
    ordered_json layers = ordered_json::array();
    for (const net::LayerDominators& d : *document.dominators) {
      ordered_json enterprises = ordered_json::array();
      for (net::Vertex v = 0; v < graph.n(); ++v) {
        const auto i = static_cast<std::size_t>(v);
        ordered_json list = ordered_json::array();
        for (const net::Vertex x : d.dominators[i])
          list.push_back(graph.id(x));
        enterprises.push_back(
            {{"id", graph.id(v)},
             {"immediate_dominator",
              d.immediate[i] ? ordered_json(graph.id(*d.immediate[i])) : ordered_json(nullptr)},
             {"dominators", std::move(list)},
             {"dominated", d.dominated[i]}});
      }
      layers.push_back({{"layer", std::string(net::to_string(d.layer))},
                        {"enterprises", std::move(enterprises)}});
    }
    root["dominators"] = std::move(layers);
  }
  if (document.scenario != nullptr) {
    const net::CascadeRun& run = *document.scenario;
    ordered_json s;
    s["triggers"] =
        run.rounds.empty() ? std::vector<std::string>{} : ids_of(graph, run.rounds.front());
    ordered_json rounds = ordered_json::array();
    for (const auto& r : run.rounds)
      rounds.push_back(ids_of(graph, r));
    s["rounds"] = std::move(rounds);
    s["cascade_failed"] = run.failed;
    s["cascade_rounds"] = run.spread_rounds();
    s["cascade_impact"] = json_number(run.impact);
    put_lost_flow(s, run.lost_flow);
    root["scenario"] = std::move(s);
  }
  if (document.robustness != nullptr) {
    ordered_json strategies = ordered_json::array();
    for (const auto& curve : document.robustness->curves) {
      ordered_json c;
      c["strategy"] = std::string(net::to_string(curve.strategy));
      c["robustness_index"] = json_number(curve.robustness_index);
      c["note"] = curve.note;
      ordered_json points = ordered_json::array();
      for (std::size_t q = 0; q < curve.largest_component_share.size(); ++q) {
        ordered_json p;
        p["q"] = q;
        p["removed"] = q > 0 && q <= curve.order.size() ? ordered_json(graph.id(curve.order[q - 1]))
                                                        : ordered_json(nullptr);
        p["largest_component_share"] = curve.largest_component_share[q];
        p["global_efficiency"] = q < curve.global_efficiency.size()
                                     ? json_number(curve.global_efficiency[q])
                                     : ordered_json(nullptr);
        points.push_back(std::move(p));
      }
      c["curve"] = std::move(points);
      strategies.push_back(std::move(c));
    }
    root["robustness"] = {{"strategies", std::move(strategies)}};
  }
  return root.dump(2) + "\n";
}

}  // namespace

std::string cascade_json(const net::SymbiosisGraph& graph, const audit::AuditResults& results,
                         const CascadeParts& parts) {
  CascadeDocument document{.meta = parts.meta};
  if (results.load_sweep) {
    document.load = &*results.load_sweep;
  } else {
    document.dependency = &results.sweep;
    if (parts.beta_c) {
      document.beta_c = results.beta_c;
      document.beta_c_largest_component = results.beta_c_largest_component;
    }
  }
  if (results.trigger_run) document.scenario = &*results.trigger_run;
  if (parts.robustness) document.robustness = &results.robustness;
  document.dominators = &results.dominators;
  return cascade_json(graph, document);
}

}  // namespace symbio::io
