#include "io/flows_output.hpp"

#include <cmath>
#include <nlohmann/json.hpp>

#include "core/csv.hpp"
#include "core/text.hpp"
#include "io/number_format.hpp"

namespace symbio::io {

namespace {

using nlohmann::ordered_json;

std::string cell(const std::optional<double>& value) {
  return format_cell(value, net::ColumnType::real);
}

std::string count(std::int64_t value) {
  return std::to_string(value);
}

ordered_json json_number(const std::optional<double>& value) {
  if (!value || !std::isfinite(*value)) return nullptr;
  return *value;
}

std::string join_notes(const std::vector<std::string>& notes) {
  std::string text;
  for (const auto& note : notes)
    text += (text.empty() ? "" : "; ") + note;
  return text;
}

// The quantities of a layer, of its ENA and of an enterprise's balance, each named once: flows.csv
// and balance.csv write them as columns (the ENA's with the prefix "ena_"), analysis.json's
// "flows" as members, in this order.
template <typename Of>
struct Quantity {
  const char* name;
  std::optional<double> (*of)(const Of&);
};

constexpr Quantity<net::LayerFlows> kLayerQuantities[] = {
    {"internal_flow", [](const net::LayerFlows& l) { return l.internal_flow; }},
    {"import", [](const net::LayerFlows& l) { return l.import_flow; }},
    {"export", [](const net::LayerFlows& l) { return l.export_flow; }},
    {"byproduct_flow", [](const net::LayerFlows& l) { return l.byproduct_flow; }},
    {"waste_flow", [](const net::LayerFlows& l) { return l.waste_flow; }},
    {"declared_unused",
     [](const net::LayerFlows& l) { return std::optional<double>(l.declared_unused); }},
    {"declared_need",
     [](const net::LayerFlows& l) { return std::optional<double>(l.declared_need); }},
    {"byproduct_utilisation_rate",
     [](const net::LayerFlows& l) { return l.byproduct_utilisation_rate; }},
    {"internal_byproduct_share",
     [](const net::LayerFlows& l) { return l.internal_byproduct_share; }},
};

constexpr Quantity<net::EnaResult> kEnaQuantities[] = {
    {"boundary", [](const net::EnaResult& e) { return std::optional<double>(e.boundary); }},
    {"tst", [](const net::EnaResult& e) { return std::optional<double>(e.tst); }},
    {"tstp", [](const net::EnaResult& e) { return std::optional<double>(e.tstp); }},
    {"apl", [](const net::EnaResult& e) { return e.apl; }},
    {"fci", [](const net::EnaResult& e) { return e.fci; }},
    {"ami", [](const net::EnaResult& e) { return e.ami; }},
    {"ascendency", [](const net::EnaResult& e) { return e.ascendency; }},
    {"overhead", [](const net::EnaResult& e) { return e.overhead; }},
    {"capacity", [](const net::EnaResult& e) { return e.capacity; }},
    {"asc_cap", [](const net::EnaResult& e) { return e.asc_cap; }},
    {"robustness", [](const net::EnaResult& e) { return e.robustness; }},
};

constexpr Quantity<net::EnterpriseBalance> kBalanceQuantities[] = {
    {"in_internal", [](const net::EnterpriseBalance& b) { return b.in_internal; }},
    {"in_external", [](const net::EnterpriseBalance& b) { return b.in_external; }},
    {"out_internal", [](const net::EnterpriseBalance& b) { return b.out_internal; }},
    {"out_external", [](const net::EnterpriseBalance& b) { return b.out_external; }},
    {"declared_unused",
     [](const net::EnterpriseBalance& b) { return std::optional<double>(b.declared_unused); }},
    {"declared_need",
     [](const net::EnterpriseBalance& b) { return std::optional<double>(b.declared_need); }},
    {"ena_throughflow", [](const net::EnterpriseBalance& b) { return b.ena_throughflow; }},
    {"ena_cycling", [](const net::EnterpriseBalance& b) { return b.ena_cycling; }},
};

// ",name" for every quantity (after `prefix`), for a CSV header.
template <typename Of, std::size_t N>
std::string header_of(const Quantity<Of> (&quantities)[N], std::string_view prefix = {}) {
  std::string out;
  for (const Quantity<Of>& q : quantities)
    out += "," + std::string(prefix) + q.name;
  return out;
}

// ",value" for every quantity (empty cells when `of` is null), for a CSV row.
template <typename Of, std::size_t N>
std::string cells_of(const Quantity<Of> (&quantities)[N], const Of* of) {
  std::string out;
  for (const Quantity<Of>& q : quantities)
    out += "," + (of == nullptr ? std::string() : cell(q.of(*of)));
  return out;
}

template <typename Of, std::size_t N>
void put_json(ordered_json& j, const Quantity<Of> (&quantities)[N], const Of& of) {
  for (const Quantity<Of>& q : quantities)
    j[q.name] = json_number(q.of(of));
}

}  // namespace

std::string flows_csv(const net::FlowsResult& flows) {
  std::string out = "layer,unit,exchanges,quantified" + header_of(kLayerQuantities) + ",ena_nodes" +
                    header_of(kEnaQuantities, "ena_") + ",display_unit,display_factor,note\n";
  for (const net::LayerFlows& l : flows.layers) {
    const net::EnaResult* e = l.ena ? &*l.ena : nullptr;
    out += std::string(to_string(l.layer)) + "," + csv_escape(l.unit) + "," + count(l.exchanges) +
           "," + count(l.quantified) + cells_of(kLayerQuantities, &l) + "," +
           (e == nullptr ? std::string() : count(static_cast<std::int64_t>(l.ena_nodes.size()))) +
           cells_of(kEnaQuantities, e) + "," + csv_escape(l.display_unit) + "," +
           cell(l.display_factor) + "," + csv_escape(join_notes(l.notes)) + "\n";
  }
  return out;
}

std::string balance_csv(const net::SymbiosisGraph& graph, const net::FlowsResult& flows) {
  std::string out = "layer,id,name" + header_of(kBalanceQuantities) + ",unit\n";
  for (const net::LayerFlows& l : flows.layers) {
    const std::string layer(to_string(l.layer));
    for (const net::EnterpriseBalance& b : l.balance) {
      out += layer + "," + csv_escape(graph.id(b.enterprise)) + "," +
             csv_escape(graph.name(b.enterprise)) + cells_of(kBalanceQuantities, &b) + "," +
             csv_escape(l.unit) + "\n";
    }
  }
  return out;
}

std::string standards_csv(const std::vector<audit::StandardIndicator>& standards) {
  std::string out = "indicator,value,unit,coverage,standard,clause,threshold,direction,meets\n";
  for (const audit::StandardIndicator& s : standards) {
    out += csv_escape(s.indicator) + "," + cell(s.value) + "," + csv_escape(s.unit) + "," +
           cell(s.coverage) + "," + csv_escape(s.standard) + "," + csv_escape(s.clause) + "," +
           cell(s.threshold) + "," + csv_escape(s.direction) + "," +
           (s.meets ? (*s.meets ? "true" : "false") : "") + "\n";
  }
  return out;
}

std::string flows_json(const net::SymbiosisGraph& graph, const net::FlowsResult& flows,
                       const std::vector<audit::StandardIndicator>* standards) {
  ordered_json root;
  ordered_json layers = ordered_json::array();
  for (const net::LayerFlows& l : flows.layers) {
    ordered_json j;
    j["layer"] = std::string(to_string(l.layer));
    j["unit"] = l.unit;
    j["display_unit"] = l.display_unit;
    j["display_factor"] = l.display_factor;
    j["exchanges"] = l.exchanges;
    j["quantified"] = l.quantified;
    put_json(j, kLayerQuantities, l);
    if (l.ena) {
      ordered_json ena;
      ena["nodes"] = l.ena_nodes.size();
      put_json(ena, kEnaQuantities, *l.ena);
      j["ena"] = std::move(ena);
    } else {
      j["ena"] = nullptr;
    }
    ordered_json balance = ordered_json::array();
    for (const net::EnterpriseBalance& b : l.balance) {
      ordered_json row;
      row["id"] = graph.id(b.enterprise);
      put_json(row, kBalanceQuantities, b);
      balance.push_back(std::move(row));
    }
    j["balance"] = std::move(balance);
    j["notes"] = l.notes;
    layers.push_back(std::move(j));
  }
  root["layers"] = std::move(layers);
  if (standards != nullptr) {
    ordered_json rows = ordered_json::array();
    for (const audit::StandardIndicator& s : *standards) {
      ordered_json row;
      row["indicator"] = s.indicator;
      row["value"] = json_number(s.value);
      row["unit"] = s.unit;
      row["coverage"] = json_number(s.coverage);
      row["reporting"] = s.reporting;
      row["enterprises"] = s.enterprises;
      row["standard"] = s.standard;
      row["clause"] = s.clause;
      row["threshold"] = json_number(s.threshold);
      row["direction"] = s.direction;
      row["meets"] = s.meets ? ordered_json(*s.meets) : ordered_json(nullptr);
      rows.push_back(std::move(row));
    }
    root["standards"] = std::move(rows);
  }
  return root.dump();
}

}  // namespace symbio::io
