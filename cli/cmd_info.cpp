#include <algorithm>
#include <cstdio>
#include <iostream>
#include <map>
#include <sstream>

#include "cli/command.hpp"
#include "cli/exit_status.hpp"
#include "cli/park_input.hpp"
#include "core/text.hpp"
#include "network/cohesion.hpp"
#include "network/degree.hpp"
#include "network/distance.hpp"
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

void print_info(const Park& park, std::ostream& out) {
  const net::SymbiosisGraph graph(park);
  const net::LayerView& all = graph.view();
  const auto externals = std::count_if(park.enterprises.begin(), park.enterprises.end(),
                                       [](const Enterprise& e) { return e.external; });
  out << "Park: " << park.name << "\n";
  out << "Enterprises: " << park.enterprises.size() << " (" << externals << " external)\n";

  std::map<std::string, std::pair<int, int>> by_layer;  // exchanges, with quantity
  std::map<std::string, int> by_kind;
  std::map<std::string, int> by_status;
  for (const Exchange& x : park.exchanges) {
    auto& [count, quantified] = by_layer[std::string(to_string(x.layer))];
    ++count;
    if (x.amount) ++quantified;
    ++by_kind[std::string(to_string(x.kind))];
    ++by_status[std::string(to_string(x.status))];
  }
  out << "Exchanges: " << park.exchanges.size() << " (";
  bool first = true;
  for (const Status s : kStatuses) {
    if (by_status.count(std::string(to_string(s))) == 0) continue;
    out << (first ? "" : ", ") << to_string(s) << " " << by_status[std::string(to_string(s))];
    first = false;
  }
  out << "); " << count_noun(all.m(), "tie", "ties") << " between enterprises in the metrics\n";
  for (const Layer layer : kLayers) {
    const auto it = by_layer.find(std::string(to_string(layer)));
    if (it == by_layer.end()) continue;
    out << "  " << pad(std::string(to_string(layer)), 10)
        << count_noun(it->second.first, "exchange", "exchanges") << ", " << it->second.second
        << " with a quantity";
    const auto view = net::view_of(layer);
    if (graph.has_view(view) && graph.view(view).weighted()) {
      double total = 0;
      for (const auto& tie : graph.view(view).ties())
        total += tie.weight;
      out << ", " << format_double(total) << " " << graph.view(view).weight_unit() << " in all";
    }
    out << "\n";
  }
  out << "  by kind:  ";
  first = true;
  for (const Kind k : kKinds) {
    const auto it = by_kind.find(std::string(to_string(k)));
    if (it == by_kind.end()) continue;
    out << (first ? "" : ", ") << to_string(k) << " " << it->second;
    first = false;
  }
  out << "\n";

  const net::Components components = net::compute_components(all);
  out << "Components: " << components.weak << " weak, " << components.strong
      << " strong; the largest weak component holds " << percent(components.largest_weak_share)
      << " of the enterprises\n";

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
  out << "Top enterprises by partners (all layers):\n";
  out << "  " << pad("enterprise", 40) << pad("partners", 10) << pad("suppliers", 11)
      << pad("receivers", 11) << "betweenness\n";
  for (std::size_t k = 0; k < top; ++k) {
    const auto v = static_cast<std::size_t>(order[k]);
    const std::string label =
        graph.name(order[k]) + (graph.external(order[k]) ? " (external)" : "");
    out << "  " << pad(label, 40) << pad(std::to_string(degrees.degree[v]), 10)
        << pad(std::to_string(degrees.in_degree[v]), 11)
        << pad(std::to_string(degrees.out_degree[v]), 11) << short_number(distances.betweenness[v])
        << "\n";
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
  command->callback([&action, input] {
    action = [input](const Console& console) {
      const io::LoadedPark loaded = load_park(*input, console);
      print_info(loaded.park, std::cout);
      return static_cast<int>(ExitStatus::success);
    };
  });
}

}  // namespace symbio::cli
