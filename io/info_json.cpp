#include "io/info_json.hpp"

#include <nlohmann/json.hpp>

#include "core/version.hpp"

namespace symbio::io {

namespace {

using nlohmann::ordered_json;

ordered_json counts(const std::vector<std::pair<std::string, std::size_t>>& entries) {
  ordered_json out = ordered_json::object();
  for (const auto& [name, count] : entries)
    out[name] = count;
  return out;
}

ordered_json known(int value) {
  return value > 0 ? ordered_json(value) : ordered_json(nullptr);
}

}  // namespace

std::string park_info_json(const ParkInfo& info, const std::string& input_path,
                           const std::string& input_sha256) {
  ordered_json root;
  root["symbio_version"] = std::string(kVersion);
  root["input"] = {{"path", input_path}, {"sha256", input_sha256}};
  root["park"] = info.name;
  root["enterprises"] = {{"count", info.enterprises}, {"external", info.external}};
  root["exchanges"] = {{"count", info.exchanges}, {"by_status", counts(info.by_status)}};
  root["ties"] = info.ties;
  ordered_json layers = ordered_json::array();
  for (const ParkInfo::Layer& layer : info.layers) {
    ordered_json l = {{"layer", layer.layer},
                      {"exchanges", layer.exchanges},
                      {"with_quantity", layer.with_quantity}};
    l["total"] = layer.total ? ordered_json(*layer.total) : ordered_json(nullptr);
    l["unit"] = layer.total ? ordered_json(layer.unit) : ordered_json(nullptr);
    layers.push_back(std::move(l));
  }
  root["layers"] = layers;
  root["by_kind"] = counts(info.by_kind);
  ordered_json flows = ordered_json::array();
  const auto number = [](const std::optional<double>& x) {
    return x ? ordered_json(*x) : ordered_json(nullptr);
  };
  for (const ParkInfo::Flow& f : info.flows) {
    flows.push_back({{"layer", f.layer},
                     {"quantified_share", number(f.quantified_share)},
                     {"internal_flow", number(f.internal_flow)},
                     {"unit", f.display_unit},
                     {"byproduct_utilisation_rate", number(f.byproduct_utilisation_rate)}});
  }
  root["flows"] = flows;
  root["components"] = {{"weak", info.weak_components},
                        {"strong", info.strong_components},
                        {"largest_weak_share", info.largest_weak_share}};
  ordered_json top = ordered_json::array();
  for (const ParkInfo::TopEnterprise& e : info.top) {
    top.push_back({{"id", e.id},
                   {"name", e.name},
                   {"external", e.external},
                   {"partners", e.partners},
                   {"suppliers", e.suppliers},
                   {"receivers", e.receivers},
                   {"betweenness", e.betweenness}});
  }
  root["top_enterprises"] = top;
  return root.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

std::string validation_json(const std::string& input_path, const std::string& park_name,
                            std::size_t enterprises, std::size_t exchanges,
                            const ValidationReport& report) {
  ordered_json root;
  root["symbio_version"] = std::string(kVersion);
  root["input"] = input_path;
  root["park"] = park_name;
  root["enterprises"] = enterprises;
  root["exchanges"] = exchanges;
  root["usable"] = !report.has_errors();
  root["counts"] = {{"error", report.count(Severity::error)},
                    {"warning", report.count(Severity::warning)},
                    {"note", report.count(Severity::note)}};
  ordered_json problems = ordered_json::array();
  for (const Problem& p : report.problems()) {
    problems.push_back({{"severity", to_string(p.severity)},
                        {"code", p.code},
                        {"subject", p.subject},
                        {"file", p.location.file},
                        {"line", known(p.location.line)},
                        {"column", known(p.location.column)},
                        {"message", p.message}});
  }
  root["problems"] = problems;
  return root.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace symbio::io
