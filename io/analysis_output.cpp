#include "io/analysis_output.hpp"

#include <cmath>
#include <nlohmann/json.hpp>

#include "core/csv.hpp"
#include "core/text.hpp"
#include "core/version.hpp"
#include "io/flows_output.hpp"
#include "io/number_format.hpp"

namespace symbio::io {

namespace {

using nlohmann::ordered_json;

// Column names in first-seen order over all layers (normally every layer has the same).
std::vector<std::pair<std::string, net::ColumnType>> enterprise_columns(
    const std::vector<net::LayerAnalysis>& layers) {
  std::vector<std::pair<std::string, net::ColumnType>> names;
  for (const auto& layer : layers) {
    for (const auto& column : layer.enterprise_columns) {
      bool seen = false;
      for (const auto& [name, type] : names)
        seen = seen || name == column.name;
      if (!seen) names.emplace_back(column.name, column.type);
    }
  }
  return names;
}

std::vector<std::string> park_field_names(const std::vector<net::LayerAnalysis>& layers) {
  std::vector<std::string> names;
  for (const auto& layer : layers) {
    for (const auto& field : layer.park_fields) {
      if (std::find(names.begin(), names.end(), field.name) == names.end()) {
        names.push_back(field.name);
      }
    }
  }
  return names;
}

ordered_json json_value(const std::optional<double>& value, net::ColumnType type) {
  if (!value || !std::isfinite(*value)) return nullptr;
  switch (type) {
    case net::ColumnType::boolean:
      return *value != 0;
    case net::ColumnType::integer:
      return static_cast<std::int64_t>(std::llround(*value));
    case net::ColumnType::real:
      return *value;
  }
  return *value;
}

std::string park_field_cell(const net::ParkField& field) {
  return field.value ? format_cell(field.value, field.type) : csv_escape(field.text);
}

}  // namespace

std::string enterprises_csv(const net::SymbiosisGraph& graph,
                            const std::vector<net::LayerAnalysis>& layers) {
  const auto columns = enterprise_columns(layers);
  std::string out = "layer,id,name,sector";
  for (const auto& [name, type] : columns)
    out += "," + name;
  out += "\n";
  for (const auto& layer : layers) {
    for (net::Vertex v = 0; v < graph.n(); ++v) {
      out += std::string(net::to_string(layer.layer)) + "," + csv_escape(graph.id(v)) + "," +
             csv_escape(graph.name(v)) + "," + csv_escape(graph.sector(v));
      for (const auto& [name, type] : columns) {
        out += ",";
        if (const net::Column* c = layer.column(name)) {
          out += format_cell(c->values[static_cast<std::size_t>(v)], c->type);
        }
      }
      out += "\n";
    }
  }
  return out;
}

std::string park_csv(const std::vector<net::LayerAnalysis>& layers) {
  const auto names = park_field_names(layers);
  std::string out = "layer";
  for (const auto& name : names)
    out += "," + name;
  out += "\n";
  for (const auto& layer : layers) {
    out += std::string(net::to_string(layer.layer));
    for (const auto& name : names) {
      out += ",";
      if (const net::ParkField* f = layer.park_field(name)) out += park_field_cell(*f);
    }
    out += "\n";
  }
  return out;
}

std::string ties_csv(const net::SymbiosisGraph& graph,
                     const std::vector<net::LayerAnalysis>& layers) {
  std::string out = "layer,supplier,receiver,exchanges,weight,unit,bridge\n";
  for (const auto& layer : layers) {
    const net::LayerView& view = graph.view(layer.layer);
    const auto& ties = view.ties();
    for (std::size_t t = 0; t < ties.size(); ++t) {
      out += std::string(net::to_string(layer.layer)) + "," +
             csv_escape(graph.id(ties[t].supplier)) + "," + csv_escape(graph.id(ties[t].receiver)) +
             "," + std::to_string(ties[t].exchanges) + ",";
      if (view.weighted())
        out += format_double(ties[t].weight) + "," + view.weight_unit();
      else
        out += ",";
      out += ",";
      if (t < layer.bridge.size()) out += layer.bridge[t] ? "true" : "false";
      out += "\n";
    }
  }
  return out;
}

std::string analysis_json(const net::SymbiosisGraph& graph,
                          const std::vector<net::LayerAnalysis>& layers, const AnalysisMeta& meta) {
  return analysis_json(graph, layers, meta, std::string());
}

std::string analysis_json(const net::SymbiosisGraph& graph,
                          const std::vector<net::LayerAnalysis>& layers, const AnalysisMeta& meta,
                          const std::string& flows_json_text) {
  ordered_json root;
  ordered_json m;
  m["symbio_version"] = std::string(kVersion);
  m["input"] = meta.input_path;
  m["input_sha256"] = meta.input_sha256;
  m["seed"] = meta.seed;
  ordered_json options = ordered_json::object();
  for (const auto& [name, value] : meta.options)
    options[name] = value;
  m["options"] = options;
  m["conventions"] = {
      {"views",
       "D: simple directed graph of the layer's existing exchanges (parallel exchanges collapsed, "
       "self-exchanges dropped); U: its undirected simple graph; W: D with weights = summed "
       "quantities in the layer's canonical unit, only when every exchange has one"},
      {"n",
       "all enterprises of the park in every view, isolates and external actors included "
       "unless --exclude-external"},
      {"undefined", "empty CSV cell, JSON null: the value is not defined (never 0)"},
  };
  ordered_json columns = ordered_json::object();
  ordered_json fields = ordered_json::object();
  for (const auto& layer : layers) {
    for (const auto& c : layer.enterprise_columns)
      columns[c.name] = c.convention;
    for (const auto& f : layer.park_fields)
      fields[f.name] = f.convention;
  }
  m["columns"] = columns;
  m["park_fields"] = fields;
  root["meta"] = m;

  ordered_json out_layers = ordered_json::array();
  for (const auto& layer : layers) {
    ordered_json l;
    l["layer"] = std::string(net::to_string(layer.layer));
    ordered_json park = ordered_json::object();
    for (const auto& f : layer.park_fields) {
      park[f.name] = f.value ? json_value(f.value, f.type) : ordered_json(f.text);
    }
    l["park"] = park;
    ordered_json enterprises = ordered_json::array();
    for (net::Vertex v = 0; v < graph.n(); ++v) {
      ordered_json e;
      e["id"] = graph.id(v);
      e["name"] = graph.name(v);
      e["sector"] = graph.sector(v);
      for (const auto& c : layer.enterprise_columns) {
        e[c.name] = json_value(c.values[static_cast<std::size_t>(v)], c.type);
      }
      enterprises.push_back(std::move(e));
    }
    l["enterprises"] = std::move(enterprises);
    const net::LayerView& view = graph.view(layer.layer);
    ordered_json ties = ordered_json::array();
    for (std::size_t t = 0; t < view.ties().size(); ++t) {
      const net::Tie& tie = view.ties()[t];
      ordered_json j;
      j["supplier"] = graph.id(tie.supplier);
      j["receiver"] = graph.id(tie.receiver);
      j["exchanges"] = tie.exchanges;
      j["weight"] = view.weighted() ? ordered_json(tie.weight) : ordered_json(nullptr);
      j["unit"] = view.weight_unit();
      j["bridge"] = t < layer.bridge.size() ? ordered_json(static_cast<bool>(layer.bridge[t]))
                                            : ordered_json(nullptr);
      ties.push_back(std::move(j));
    }
    l["ties"] = std::move(ties);
    l["warnings"] = layer.warnings;
    out_layers.push_back(std::move(l));
  }
  root["layers"] = std::move(out_layers);
  if (!flows_json_text.empty()) root["flows"] = ordered_json::parse(flows_json_text);
  return root.dump(2) + "\n";
}

std::string analysis_json(const net::SymbiosisGraph& graph, const audit::AuditResults& results,
                          const AnalysisMeta& meta) {
  const auto* standards = results.standards ? &*results.standards : nullptr;
  return analysis_json(graph, results.layers, meta, flows_json(graph, results.flows, standards));
}

}  // namespace symbio::io
