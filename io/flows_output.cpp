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

}  // namespace

std::string flows_csv(const net::FlowsResult& flows) {
  std::string out =
      "layer,unit,exchanges,quantified,internal_flow,import,export,byproduct_flow,waste_flow,"
      "declared_unused,declared_need,byproduct_utilisation_rate,internal_byproduct_share,"
      "ena_nodes,ena_boundary,ena_tst,ena_tstp,ena_apl,ena_fci,ena_ami,ena_ascendency,"
      "ena_overhead,ena_capacity,ena_asc_cap,ena_robustness,display_unit,display_factor,note\n";
  for (const net::LayerFlows& l : flows.layers) {
    const net::EnaResult* e = l.ena ? &*l.ena : nullptr;
    auto plain = [&](double net::EnaResult::*member) {
      return e == nullptr ? std::string() : cell(e->*member);
    };
    auto optional = [&](std::optional<double> net::EnaResult::*member) {
      return e == nullptr ? std::string() : cell(e->*member);
    };
    out += std::string(to_string(l.layer)) + "," + csv_escape(l.unit) + "," + count(l.exchanges) +
           "," + count(l.quantified) + "," + cell(l.internal_flow) + "," + cell(l.import_flow) +
           "," + cell(l.export_flow) + "," + cell(l.byproduct_flow) + "," + cell(l.waste_flow) +
           "," + cell(l.declared_unused) + "," + cell(l.declared_need) + "," +
           cell(l.byproduct_utilisation_rate) + "," + cell(l.internal_byproduct_share) + "," +
           (e == nullptr ? std::string() : count(static_cast<std::int64_t>(l.ena_nodes.size()))) +
           "," + plain(&net::EnaResult::boundary) + "," + plain(&net::EnaResult::tst) + "," +
           plain(&net::EnaResult::tstp) + "," + optional(&net::EnaResult::apl) + "," +
           optional(&net::EnaResult::fci) + "," + optional(&net::EnaResult::ami) + "," +
           optional(&net::EnaResult::ascendency) + "," + optional(&net::EnaResult::overhead) + "," +
           optional(&net::EnaResult::capacity) + "," + optional(&net::EnaResult::asc_cap) + "," +
           optional(&net::EnaResult::robustness) + "," + csv_escape(l.display_unit) + "," +
           cell(l.display_factor) + "," + csv_escape(join_notes(l.notes)) + "\n";
  }
  return out;
}

std::string balance_csv(const net::SymbiosisGraph& graph, const net::FlowsResult& flows) {
  std::string out =
      "layer,id,name,in_internal,in_external,out_internal,out_external,declared_unused,"
      "declared_need,ena_throughflow,ena_cycling,unit\n";
  for (const net::LayerFlows& l : flows.layers) {
    const std::string layer(to_string(l.layer));
    for (const net::EnterpriseBalance& b : l.balance) {
      out += layer + "," + csv_escape(graph.id(b.enterprise)) + "," +
             csv_escape(graph.name(b.enterprise)) + "," + cell(b.in_internal) + "," +
             cell(b.in_external) + "," + cell(b.out_internal) + "," + cell(b.out_external) + "," +
             cell(b.declared_unused) + "," + cell(b.declared_need) + "," + cell(b.ena_throughflow) +
             "," + cell(b.ena_cycling) + "," + csv_escape(l.unit) + "\n";
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
    j["internal_flow"] = json_number(l.internal_flow);
    j["import"] = json_number(l.import_flow);
    j["export"] = json_number(l.export_flow);
    j["byproduct_flow"] = json_number(l.byproduct_flow);
    j["waste_flow"] = json_number(l.waste_flow);
    j["declared_unused"] = l.declared_unused;
    j["declared_need"] = l.declared_need;
    j["byproduct_utilisation_rate"] = json_number(l.byproduct_utilisation_rate);
    j["internal_byproduct_share"] = json_number(l.internal_byproduct_share);
    if (l.ena) {
      const net::EnaResult& e = *l.ena;
      ordered_json ena;
      ena["nodes"] = l.ena_nodes.size();
      ena["boundary"] = e.boundary;
      ena["tst"] = e.tst;
      ena["tstp"] = e.tstp;
      ena["apl"] = json_number(e.apl);
      ena["fci"] = json_number(e.fci);
      ena["ami"] = json_number(e.ami);
      ena["ascendency"] = json_number(e.ascendency);
      ena["overhead"] = json_number(e.overhead);
      ena["capacity"] = json_number(e.capacity);
      ena["asc_cap"] = json_number(e.asc_cap);
      ena["robustness"] = json_number(e.robustness);
      j["ena"] = std::move(ena);
    } else {
      j["ena"] = nullptr;
    }
    ordered_json balance = ordered_json::array();
    for (const net::EnterpriseBalance& b : l.balance) {
      ordered_json row;
      row["id"] = graph.id(b.enterprise);
      row["in_internal"] = json_number(b.in_internal);
      row["in_external"] = json_number(b.in_external);
      row["out_internal"] = json_number(b.out_internal);
      row["out_external"] = json_number(b.out_external);
      row["declared_unused"] = b.declared_unused;
      row["declared_need"] = b.declared_need;
      row["ena_throughflow"] = json_number(b.ena_throughflow);
      row["ena_cycling"] = json_number(b.ena_cycling);
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
