#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <map>
#include <sstream>

#include "cli/command.hpp"
#include "cli/exit_status.hpp"
#include "cli/park_input.hpp"
#include "core/text.hpp"
#include "io/info_json.hpp"
#include "network/cohesion.hpp"
#include "network/degree.hpp"
#include "network/distance.hpp"
#include "network/flows.hpp"
#include "network/graph.hpp"

namespace symbio::cli {

namespace {

std::string percent(double share) {
  std::ostringstream out;
  out.precision(3);
  out << share * 100.0 << " %";
  return out.str();
}

// Pads or cuts to a display width (with "…"), counting a CJK character as two columns.
std::string pad(const std::string& text, std::size_t width) {
  std::size_t columns = 0;
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    const std::size_t len = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4;
    const std::size_t wide = len >= 3 ? 2 : 1;
    if (columns + wide > width - 2) {
      return out + "… " + std::string(width - 2 - columns, ' ');
    }
    out.append(text, i, len);
    columns += wide;
    i += len;
  }
  return out + std::string(width - columns, ' ');
}

// Four significant digits: a screen for people; the files of `analyze` keep every digit.
std::string short_number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.4g", value);
  return buffer;
}

// A flow as a reader takes it in: whole units from 1,000 up ("200000", not "2e+05"), else four
// significant digits.
std::string flow_number(double value) {
  return std::fabs(value) >= 1000 ? format_double(std::round(value)) : short_number(value);
}

// The quantified park per layer, in the unit the input used most for the layer.
void add_flows(const Park& park, const net::SymbiosisGraph& graph, io::ParkInfo& info) {
  const net::FlowsResult flows = net::compute_flows(park, graph, false);
  for (const net::LayerFlows& l : flows.layers) {
    io::ParkInfo::Flow f;
    f.layer = std::string(to_string(l.layer));
    if (l.exchanges > 0) {
      f.quantified_share = static_cast<double>(l.quantified) / static_cast<double>(l.exchanges);
    }
    if (l.internal_flow) f.internal_flow = *l.internal_flow / l.display_factor;
    f.display_unit = l.display_unit;
    f.byproduct_utilisation_rate = l.byproduct_utilisation_rate;
    info.flows.push_back(std::move(f));
  }
}

void print_flows(const io::ParkInfo& info, std::ostream& out) {
  if (info.flows.empty()) return;
  out << "Flows (in the unit the input used most):\n";
  for (const io::ParkInfo::Flow& f : info.flows) {
    out << "  " << pad(f.layer, 10) << "quantified "
        << (f.quantified_share ? percent(*f.quantified_share) : std::string("-"))
        << ", internal flow "
        << (f.internal_flow ? flow_number(*f.internal_flow) + " " + f.display_unit
                            : std::string("-"))
        << ", by-product utilisation rate "
        << (f.byproduct_utilisation_rate ? percent(*f.byproduct_utilisation_rate)
                                         : std::string("-"))
        << "\n";
  }
}

// Every fact `info` shows, computed once for the text and the JSON.
io::ParkInfo park_info(const Park& park) {
  const net::SymbiosisGraph graph(park);
  const net::LayerView& all = graph.view();
  io::ParkInfo info;
  info.name = park.name;
  info.enterprises = park.enterprises.size();
  info.external =
      static_cast<std::size_t>(std::count_if(park.enterprises.begin(), park.enterprises.end(),
                                             [](const Enterprise& e) { return e.external; }));
  info.exchanges = park.exchanges.size();

  std::map<std::string, std::pair<std::size_t, std::size_t>> by_layer;  // exchanges, quantified
  std::map<std::string, std::size_t> by_kind;
  std::map<std::string, std::size_t> by_status;
  for (const Exchange& x : park.exchanges) {
    auto& [count, quantified] = by_layer[std::string(to_string(x.layer))];
    ++count;
    if (x.amount) ++quantified;
    ++by_kind[std::string(to_string(x.kind))];
    ++by_status[std::string(to_string(x.status))];
  }
  for (const Status s : kStatuses) {
    const auto it = by_status.find(std::string(to_string(s)));
    if (it != by_status.end()) info.by_status.emplace_back(it->first, it->second);
  }
  info.ties = static_cast<std::size_t>(all.m());
  for (const Layer layer : kLayers) {
    const auto it = by_layer.find(std::string(to_string(layer)));
    if (it == by_layer.end()) continue;
    io::ParkInfo::Layer entry{it->first, it->second.first, it->second.second, std::nullopt, ""};
    const auto view = net::view_of(layer);
    if (graph.has_view(view) && graph.view(view).weighted()) {
      double total = 0;
      for (const auto& tie : graph.view(view).ties())
        total += tie.weight;
      entry.total = total;
      entry.unit = graph.view(view).weight_unit();
    }
    info.layers.push_back(std::move(entry));
  }
  for (const Kind k : kKinds) {
    const auto it = by_kind.find(std::string(to_string(k)));
    if (it != by_kind.end()) info.by_kind.emplace_back(it->first, it->second);
  }
  add_flows(park, graph, info);

  const net::Components components = net::compute_components(all);
  info.weak_components = components.weak;
  info.strong_components = components.strong;
  info.largest_weak_share = components.largest_weak_share;

  const net::DegreeIndicators degrees = net::compute_degrees(all);
  const net::DistanceIndicators distances = net::compute_distance_indicators(all);
  std::vector<net::Vertex> order(static_cast<std::size_t>(graph.n()));
  for (net::Vertex v = 0; v < graph.n(); ++v)
    order[static_cast<std::size_t>(v)] = v;
  std::stable_sort(order.begin(), order.end(), [&](net::Vertex a, net::Vertex b) {
    const auto ua = static_cast<std::size_t>(a);
    const auto ub = static_cast<std::size_t>(b);
    if (degrees.degree[ua] != degrees.degree[ub]) return degrees.degree[ua] > degrees.degree[ub];
    return distances.betweenness[ua] > distances.betweenness[ub];
  });
  const std::size_t top = std::min<std::size_t>(order.size(), 10);
  for (std::size_t k = 0; k < top; ++k) {
    const net::Vertex v = order[k];
    const auto u = static_cast<std::size_t>(v);
    info.top.push_back({graph.id(v), graph.name(v), graph.external(v), degrees.degree[u],
                        degrees.in_degree[u], degrees.out_degree[u], distances.betweenness[u]});
  }
  return info;
}

void print_info(const io::ParkInfo& info, std::ostream& out) {
  out << "Park: " << info.name << "\n";
  out << "Enterprises: " << info.enterprises << " (" << info.external << " external)\n";
  out << "Exchanges: " << info.exchanges << " (";
  bool first = true;
  for (const auto& [status, count] : info.by_status) {
    out << (first ? "" : ", ") << status << " " << count;
    first = false;
  }
  out << "); " << count_noun(static_cast<std::int64_t>(info.ties), "tie", "ties")
      << " between enterprises in the metrics\n";
  for (const io::ParkInfo::Layer& layer : info.layers) {
    out << "  " << pad(layer.layer, 10)
        << count_noun(static_cast<std::int64_t>(layer.exchanges), "exchange", "exchanges") << ", "
        << layer.with_quantity << " with a quantity";
    if (layer.total) out << ", " << format_double(*layer.total) << " " << layer.unit << " in all";
    out << "\n";
  }
  out << "  by kind:  ";
  first = true;
  for (const auto& [kind, count] : info.by_kind) {
    out << (first ? "" : ", ") << kind << " " << count;
    first = false;
  }
  out << "\n";
  print_flows(info, out);
  out << "Components: " << info.weak_components << " weak, " << info.strong_components
      << " strong; the largest weak component holds " << percent(info.largest_weak_share)
      << " of the enterprises\n";
  out << "Top enterprises by partners (all layers):\n";
  out << "  " << pad("enterprise", 40) << pad("partners", 10) << pad("suppliers", 11)
      << pad("receivers", 11) << "betweenness\n";
  for (const io::ParkInfo::TopEnterprise& e : info.top) {
    const std::string label = e.name + (e.external ? " (external)" : "");
    out << "  " << pad(label, 40) << pad(std::to_string(e.partners), 10)
        << pad(std::to_string(e.suppliers), 11) << pad(std::to_string(e.receivers), 11)
        << short_number(e.betweenness) << "\n";
  }
}

}  // namespace

void register_info(CLI::App& app, Action& action) {
  auto input = std::make_shared<ParkInput>();
  CLI::App* command = app.add_subcommand(
      "info",
      "One screen about a park: enterprises, exchanges by layer and kind, components, the "
      "enterprises with most partners.\n"
      "Example: symbio info examples/guitang");
  add_park_input(*command, *input);
  auto json = std::make_shared<bool>(false);
  command->add_flag("--json", *json,
                    "print the same facts as one JSON document (for scripts) instead of text");
  command->callback([&action, input, json] {
    action = [input, json](const Console& console) {
      const io::LoadedPark loaded = load_park(*input, console);
      const io::ParkInfo info = park_info(loaded.park);
      if (*json) {
        std::cout << io::park_info_json(info, loaded.path, loaded.sha256);
      } else {
        print_info(info, std::cout);
      }
      return static_cast<int>(ExitStatus::success);
    };
  });
}

}  // namespace symbio::cli
