#include "visualization/dot_writer.hpp"

#include <algorithm>

#include "core/error.hpp"
#include "core/text.hpp"
#include "network/indicator_names.hpp"
#include "visualization/detail/dot_common.hpp"

namespace symbio::viz {

using detail::at;
using net::Vertex;

std::string_view to_string(ColorBy color_by) {
  switch (color_by) {
    case ColorBy::sector:
      return "sector";
    case ColorBy::community:
      return "community";
    case ColorBy::role:
      return "role";
    case ColorBy::layer:
      return "layer";
  }
  return "sector";
}

std::optional<ColorBy> parse_color_by(std::string_view text) {
  for (const ColorBy c : {ColorBy::sector, ColorBy::community, ColorBy::role, ColorBy::layer}) {
    if (iequals_ascii(text, to_string(c))) return c;
  }
  return std::nullopt;
}

std::string_view to_string(ClusterBy cluster_by) {
  switch (cluster_by) {
    case ClusterBy::none:
      return "none";
    case ClusterBy::sector:
      return "sector";
    case ClusterBy::community:
      return "community";
  }
  return "none";
}

std::optional<ClusterBy> parse_cluster_by(std::string_view text) {
  for (const ClusterBy c : {ClusterBy::none, ClusterBy::sector, ClusterBy::community}) {
    if (iequals_ascii(text, to_string(c))) return c;
  }
  return std::nullopt;
}

bool is_layout_engine(std::string_view engine) {
  return std::find(std::begin(kLayoutEngines), std::end(kLayoutEngines), engine) !=
         std::end(kLayoutEngines);
}

bool draws_aggregate(const net::SymbiosisGraph& graph, const DotOptions& options) {
  if (options.full) return false;
  if (graph.n() <= options.aggregate_threshold) return false;
  if (options.layer == net::ViewLayer::all) return true;
  // A layer draws only the enterprises it touches.
  std::vector<char> touched(at(graph.n()), 0);
  std::int32_t count = 0;
  for (const std::size_t i : graph.view(options.layer).exchange_indices()) {
    const net::GraphExchange& e = graph.exchanges()[i];
    for (const Vertex v : {e.supplier, e.receiver}) {
      if (touched[at(v)] == 0) {
        touched[at(v)] = 1;
        ++count;
      }
    }
  }
  return count > options.aggregate_threshold;
}

DotResult network_dot(const Park& park, const net::SymbiosisGraph& graph, const DotOptions& options,
                      const net::LayerAnalysis& indicators) {
  if (!options.engine.empty() && !is_layout_engine(options.engine)) {
    throw OptionError("unknown layout engine '" + options.engine +
                      "' (expected dot, neato, fdp, sfdp or circo)");
  }
  return draws_aggregate(graph, options) ? detail::aggregate_drawing(park, graph, options)
                                         : detail::full_drawing(park, graph, options, indicators);
}

std::vector<Vertex> key_enterprises(const net::SymbiosisGraph& graph,
                                    const net::LayerAnalysis& indicators, std::size_t k,
                                    net::ViewLayer layer) {
  const std::vector<std::optional<double>> values =
      detail::has_values(indicators, net::col::key_score)
          ? indicators.column(net::col::key_score)->values
          : detail::degrees_of(graph, layer, indicators);
  std::vector<Vertex> ranked;
  for (Vertex v = 0; v < graph.n() && at(v) < values.size(); ++v) {
    if (values[at(v)] && *values[at(v)] > 0) ranked.push_back(v);
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [&](Vertex a, Vertex b) { return *values[at(a)] > *values[at(b)]; });
  if (ranked.size() > k) ranked.resize(k);
  return ranked;
}

std::string dot_quote(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        break;
      default:
        out += c;
    }
  }
  out += '"';
  return out;
}

}  // namespace symbio::viz
