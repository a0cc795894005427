#include "visualization/detail/dot_common.hpp"

#include <charconv>
#include <map>

#include "core/error.hpp"
#include "core/units.hpp"
#include "network/conventions.hpp"
#include "visualization/style.hpp"

namespace symbio::viz::detail {

std::string attribute(std::string_view name, std::string_view value) {
  return std::string(name) + "=" + dot_quote(value);
}

std::string_view kind_style(Kind kind) {
  switch (kind) {
    case Kind::product:
      return "solid";
    case Kind::byproduct:
      return "dashed";
    case Kind::waste:
      return "dotted";
    case Kind::utility:
      return "double";
  }
  return "solid";
}

std::string_view kind_sample(Kind kind) {
  switch (kind) {
    case Kind::product:
      return "────";
    case Kind::byproduct:
      return "╌╌╌╌";
    case Kind::waste:
      return "┈┈┈┈";
    case Kind::utility:
      return "════";
  }
  return "────";
}

std::string indicator_text(double value) {
  if (!std::isfinite(value)) return "undefined";
  if (value == std::round(value) && std::fabs(value) < 1e15) return fixed(value, 0);
  char buffer[64];
  const auto result =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, 4);
  return std::string(buffer, result.ptr);
}

std::string wrap(std::string_view text) {
  constexpr std::size_t kLine = 18;
  std::string out;
  std::size_t line = 0;
  for (const auto& word : split(text, ' ')) {
    const std::size_t length = utf8_length(word);
    if (line > 0 && line + 1 + length > kLine) {
      out += '\n';
      line = 0;
    } else if (!out.empty()) {
      out += ' ';
      ++line;
    }
    out += word;
    line += length;
  }
  return out;
}

std::string layer_word(Layer layer, bool zh) {
  return std::string(zh ? to_chinese(layer) : to_string(layer));
}

std::string kind_word(Kind kind, bool zh) {
  return std::string(zh ? to_chinese(kind) : to_string(kind));
}

std::string view_word(net::ViewLayer layer, bool zh) {
  if (!zh) return std::string(net::to_string(layer));
  switch (layer) {
    case net::ViewLayer::all:
      return "全部";
    case net::ViewLayer::material:
      return "物质";
    case net::ViewLayer::energy:
      return "能量";
    case net::ViewLayer::water:
      return "水";
    case net::ViewLayer::waste:
      return "废物";
  }
  return std::string(net::to_string(layer));
}

std::string layer_set_name(unsigned mask, bool zh) {
  if (mask == 0) return zh ? "（无交换）" : "(no exchanges)";
  std::string name;
  for (const Layer layer : kLayers) {
    if ((mask & (1U << static_cast<unsigned>(layer))) == 0) continue;
    if (!name.empty()) name += " + ";
    name += layer_word(layer, zh);
  }
  return name;
}

std::string unused_id(const net::SymbiosisGraph& graph, std::string id) {
  while (graph.index_of(id))
    id += '_';
  return id;
}

std::vector<std::optional<double>> degrees_of(const net::SymbiosisGraph& graph,
                                              net::ViewLayer layer,
                                              const net::LayerAnalysis& indicators) {
  if (const net::Column* degree = indicators.column(net::col::degree)) return degree->values;
  const net::LayerView& view = graph.view(layer);
  std::vector<std::optional<double>> values(at(graph.n()));
  for (Vertex v = 0; v < graph.n(); ++v)
    values[at(v)] = static_cast<double>(view.neighbors(v).size());
  return values;
}

bool has_values(const net::LayerAnalysis& indicators, std::string_view name) {
  const net::Column* column = indicators.column(name);
  return column != nullptr &&
         std::any_of(column->values.begin(), column->values.end(), [](const auto& v) { return v; });
}

Categories categorize(const std::vector<Vertex>& drawn, std::size_t n,
                      const std::function<std::pair<double, std::string>(Vertex)>& key_of) {
  std::map<std::pair<double, std::string>, std::size_t> index;
  for (const Vertex v : drawn)
    index.emplace(key_of(v), 0);
  Categories c;
  for (auto& [key, i] : index) {
    i = c.names.size();
    c.names.push_back(key.second);
  }
  c.sizes.assign(c.names.size(), 0);
  c.of.assign(n, 0);
  for (const Vertex v : drawn) {
    c.of[at(v)] = index.at(key_of(v));
    ++c.sizes[c.of[at(v)]];
  }
  return c;
}

std::pair<double, std::string> community_key(const net::LayerAnalysis& indicators, Vertex v,
                                             bool zh) {
  const net::Column* community = indicators.column(net::col::community);
  if (community == nullptr || !community->values[at(v)]) {
    return {1e300, zh ? "（无社区）" : "(no community)"};
  }
  const double c = *community->values[at(v)];
  return {c, (zh ? "社区 " : "community ") + indicator_text(c)};
}

std::pair<double, std::string> text_key(const std::string& text, std::string_view empty) {
  return {0.0, text.empty() ? std::string(empty) : text};
}

std::string data_title(const Park& park, const net::SymbiosisGraph& graph,
                       const std::vector<std::size_t>& exchange_indices, bool zh) {
  std::optional<int> year;
  for (const std::size_t i : exchange_indices) {
    const Exchange& x = park.exchanges[graph.exchanges()[i].park_index];
    if (x.year && (!year || *x.year > *year)) year = x.year;
  }
  std::string title =
      park.name.empty() ? std::string(zh ? "工业园区" : "Industrial park") : park.name;
  if (year) {
    title += zh ? " — " + std::to_string(*year) + " 年数据" : " — data of " + std::to_string(*year);
  }
  return title;
}

std::string choose_engine(const DotOptions& options, std::int32_t nodes) {
  if (!options.engine.empty()) {
    if (!is_layout_engine(options.engine)) {
      throw OptionError("unknown layout engine '" + options.engine +
                        "' (expected dot, neato, fdp, sfdp or circo)");
    }
    return options.engine;
  }
  return nodes <= options.dot_limit ? "dot" : "sfdp";
}

std::string graph_attributes(const std::string& engine, const std::string& font,
                             const std::string& label, std::int32_t nodes) {
  std::string out = "  graph [" + attribute("layout", engine) + ", " + attribute("fontname", font) +
                    ", " + attribute("label", label) +
                    ", labelloc=\"t\", labeljust=\"c\", fontsize=\"18\", bgcolor=\"white\", "
                    "pad=\"0.3\", outputorder=\"edgesfirst\"";
  if (engine == "dot") {
    // Suppliers left, receivers right: exchanges read as flows.
    out += ", rankdir=\"LR\", ranksep=\"0.9\", nodesep=\"0.3\", newrank=\"true\"";
  } else {
    out += ", overlap=\"false\", sep=\"+6\"";
    // Routed splines (splines=true) cost minutes on thousands of edges, and Graphviz 2.43's
    // router crashes (SIGSEGV in circo) on dense graphs such as the sector aggregate: "curved"
    // bends each edge without routing, straight lines are the fastest.
    out += nodes > 150 ? ", splines=\"false\"" : ", splines=\"curved\"";
  }
  out += "];\n";
  out += "  node [" + attribute("fontname", font) +
         ", fontsize=\"10\", shape=\"ellipse\", style=\"filled\", penwidth=\"1\", "
         "color=\"#333333\", margin=\"0.08,0.04\"];\n";
  out += "  edge [" + attribute("fontname", font) +
         ", fontsize=\"8\", fontcolor=\"#333333\", arrowsize=\"0.7\"];\n";
  return out;
}

std::string indicator_word(std::string_view name, bool zh) {
  if (zh) {
    if (const net::Convention* c = net::find_convention(name)) return std::string(c->label_zh);
  }
  return std::string(name);
}

std::string legend_block(const net::SymbiosisGraph& graph, const Legend& legend, bool zh,
                         const std::string& font) {
  if (legend.empty()) return {};
  std::string out = "  subgraph \"cluster_legend\" {\n";
  out += "    graph [" + attribute("label", zh ? "图例" : "Legend") + ", " +
         attribute("fontname", font) +
         ", fontsize=\"11\", style=\"rounded\", color=\"#BBBBBB\"];\n";
  out += "    " + dot_quote(unused_id(graph, "legend")) +
         " [shape=\"plain\", style=\"\", fontsize=\"9\", label=" + legend.label() + ", " +
         attribute("tooltip", zh ? "图例" : "legend") + "];\n";
  out += "  }\n";
  return out;
}

std::string quantity_text(const Exchange& x, bool zh) {
  if (!x.quantity) return zh ? "无数量" : "no quantity";
  std::string text = exact_number(x.quantity->value) + " " + x.quantity->unit;
  if (x.amount) {
    const std::string canonical =
        exact_number(*x.amount) + " " + std::string(canonical_unit(x.layer));
    if (canonical != text) text += " = " + canonical;
  }
  return text;
}

void add_layer_legend(Legend& legend, bool zh, const bool (&layers)[3], const bool (&kinds)[4],
                      bool proposed) {
  const Words w{zh};
  if (layers[0] || layers[1] || layers[2]) {
    legend.section(w("Line colour: layer", "线条颜色：层"));
    for (const Layer layer : kLayers) {
      if (layers[static_cast<std::size_t>(layer)])
        legend.sample(layer_colour(layer), "━━━━", layer_word(layer, zh));
    }
  }
  if (kinds[0] || kinds[1] || kinds[2] || kinds[3]) {
    legend.section(w("Line style: kind", "线型：类型"));
    for (const Kind kind : kKinds) {
      if (!kinds[static_cast<std::size_t>(kind)]) continue;
      const std::string_view style = kind_style(kind);
      const std::string style_word = !zh                 ? std::string(style)
                                     : style == "solid"  ? "实线"
                                     : style == "dashed" ? "虚线"
                                     : style == "dotted" ? "点线"
                                                         : "双线";
      legend.sample("#333333", kind_sample(kind), kind_word(kind, zh) + " (" + style_word + ")");
    }
  }
  if (proposed) {
    legend.line(w("hollow arrowhead: planned or potential exchange", "空心箭头：规划或潜在交换"));
  }
}

void add_width_legend(Legend& legend, bool zh, const WidthScale& scale, std::string_view what) {
  const Words w{zh};
  bool any = false;
  for (const Layer layer : kLayers) {
    const auto l = static_cast<std::size_t>(layer);
    if (!scale.scaled[l]) continue;
    if (!any) {
      legend.section(w("Line width: ", "线宽：") + std::string(what) +
                     w(" (log scale, +0.8 pt per ×10)", "（对数刻度，每增加 10 倍加 0.8 pt）"));
    }
    any = true;
    const std::string unit(canonical_unit(layer));
    legend.line(layer_word(layer, zh) + ": " + w("1 pt at ", "1 pt 对应 ") +
                readable_number(scale.reference(layer)) + " " + unit + w("; drawn ", "；图中 ") +
                readable_number(scale.low[l]) + w(" to ", " 至 ") + readable_number(scale.high[l]) +
                " " + unit);
  }
}

}  // namespace symbio::viz::detail
