#include "visualization/dot_writer.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <functional>
#include <map>
#include <tuple>

#include "core/error.hpp"
#include "core/text.hpp"
#include "core/units.hpp"
#include "visualization/style.hpp"

namespace symbio::viz {

namespace {

using net::Vertex;

constexpr double kMinWidth = 0.75;
constexpr double kMaxWidth = 2.25;
constexpr double kMinPen = 1.0;
constexpr double kMaxPen = 5.0;
constexpr double kPlainPen = 1.5;  // edges of a layer without quantities
// Indicators shown in an enterprise's tooltip, in this order, when present.
constexpr std::string_view kTooltipIndicators[] = {
    "degree", "in_degree", "out_degree", "betweenness", "pagerank", "key_score", "community"};

std::size_t at(Vertex v) {
  return static_cast<std::size_t>(v);
}

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

// Legend samples of the line styles, drawn with box-drawing characters (Noto Sans CJK has them).
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

// Four significant digits for tooltips; integers without a fraction.
std::string indicator_text(double value) {
  if (!std::isfinite(value)) return "undefined";
  if (value == std::round(value) && std::fabs(value) < 1e15) return fixed(value, 0);
  char buffer[64];
  const auto result =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, 4);
  return std::string(buffer, result.ptr);
}

// Breaks a long name at spaces into lines of about 18 characters; CJK names (no spaces) stay on
// one line, which suits their short length.
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

std::string layer_set_name(unsigned mask) {
  if (mask == 0) return "(no exchanges)";
  std::string name;
  for (const Layer layer : kLayers) {
    if ((mask & (1U << static_cast<unsigned>(layer))) == 0) continue;
    if (!name.empty()) name += " + ";
    name += to_string(layer);
  }
  return name;
}

// Exchanges drawn as one edge: same endpoints, layer, kind, and existing or not.
struct EdgeGroup {
  Vertex supplier = 0;
  Vertex receiver = 0;
  Layer layer = Layer::material;
  Kind kind = Kind::product;
  bool proposed = false;               // planned or potential
  std::vector<std::size_t> exchanges;  // positions in SymbiosisGraph::exchanges()
  double amount = 0.0;                 // sum of the canonical amounts
  bool quantified = true;              // every exchange has an amount
};

// A log scale of penwidth per layer, over the amounts of the edges of that layer; a layer
// with an edge lacking a quantity is not scaled.
struct WidthScale {
  bool scaled[3] = {false, false, false};
  double low[3] = {0, 0, 0};
  double high[3] = {0, 0, 0};

  template <typename Edges>
  explicit WidthScale(const Edges& edges) {
    bool seen[3] = {false, false, false};
    bool complete[3] = {true, true, true};
    for (const auto& e : edges) {
      const auto l = static_cast<std::size_t>(e.layer);
      if (!e.quantified) complete[l] = false;
      if (!e.quantified || e.amount <= 0) continue;
      low[l] = seen[l] ? std::min(low[l], e.amount) : e.amount;
      high[l] = seen[l] ? std::max(high[l], e.amount) : e.amount;
      seen[l] = true;
    }
    for (std::size_t l = 0; l < 3; ++l)
      scaled[l] = seen[l] && complete[l];
  }

  double width(Layer layer, double amount, bool quantified) const {
    const auto l = static_cast<std::size_t>(layer);
    if (!scaled[l] || !quantified) return kPlainPen;
    if (amount <= 0) return kMinPen;
    if (high[l] <= low[l]) return (kMinPen + kMaxPen) / 2;
    const double t = (std::log(amount) - std::log(low[l])) / (std::log(high[l]) - std::log(low[l]));
    return kMinPen + t * (kMaxPen - kMinPen);
  }
};

// Rows of the legend table.
class Legend {
 public:
  void section(std::string_view title) {
    rows_ += "<tr><td colspan=\"2\" align=\"left\"><b>" + xml_escape(title) + "</b></td></tr>";
  }
  void swatch(std::string_view colour, std::string_view text) {
    rows_ += "<tr><td bgcolor=\"" + std::string(colour) +
             "\" width=\"18\" height=\"10\" border=\"1\"></td><td align=\"left\">" +
             xml_escape(text) + "</td></tr>";
  }
  void sample(std::string_view colour, std::string_view glyphs, std::string_view text) {
    rows_ += "<tr><td><font color=\"" + std::string(colour) + "\">" + xml_escape(glyphs) +
             "</font></td><td align=\"left\">" + xml_escape(text) + "</td></tr>";
  }
  void outline(std::string_view colour, std::string_view text) {
    rows_ += "<tr><td border=\"3\" color=\"" + std::string(colour) +
             "\" width=\"18\" height=\"10\"></td><td align=\"left\">" + xml_escape(text) +
             "</td></tr>";
  }
  void line(std::string_view text) {
    rows_ += "<tr><td colspan=\"2\" align=\"left\">" + xml_escape(text) + "</td></tr>";
  }
  bool empty() const { return rows_.empty(); }
  std::string label() const {
    return "<<table border=\"0\" cellborder=\"0\" cellspacing=\"2\" cellpadding=\"1\">" + rows_ +
           "</table>>";
  }

 private:
  std::string rows_;
};

// An id no enterprise has, for the legend node.
std::string unused_id(const net::SymbiosisGraph& graph, std::string id) {
  while (graph.index_of(id))
    id += '_';
  return id;
}

std::vector<std::optional<double>> degrees_of(const net::SymbiosisGraph& graph,
                                              net::ViewLayer layer,
                                              const IndicatorValues& indicators) {
  if (const auto it = indicators.find("degree"); it != indicators.end()) return it->second;
  const net::LayerView& view = graph.view(layer);
  std::vector<std::optional<double>> values(at(graph.n()));
  for (Vertex v = 0; v < graph.n(); ++v)
    values[at(v)] = static_cast<double>(view.neighbors(v).size());
  return values;
}

bool has_values(const IndicatorValues& indicators, std::string_view name) {
  const auto it = indicators.find(name);
  return it != indicators.end() &&
         std::any_of(it->second.begin(), it->second.end(), [](const auto& v) { return v; });
}

// Categories of a colour or cluster encoding: a label per drawn vertex, the sorted category
// names (communities by number), and the index of each vertex's category.
struct Categories {
  std::vector<std::string> names;
  std::vector<std::size_t> sizes;
  std::vector<std::size_t> of;  // per vertex (n entries), meaningful for drawn vertices
};

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

std::pair<double, std::string> community_key(const IndicatorValues& indicators, Vertex v) {
  const auto it = indicators.find("community");
  if (it == indicators.end() || !it->second[at(v)]) return {1e300, "(no community)"};
  const double c = *it->second[at(v)];
  return {c, "community " + indicator_text(c)};
}

std::pair<double, std::string> text_key(const std::string& text, std::string_view empty) {
  return {0.0, text.empty() ? std::string(empty) : text};
}

std::string data_title(const Park& park, const net::SymbiosisGraph& graph,
                       const std::vector<std::size_t>& exchange_indices) {
  std::optional<int> year;
  for (const std::size_t i : exchange_indices) {
    const Exchange& x = park.exchanges[graph.exchanges()[i].park_index];
    if (x.year && (!year || *x.year > *year)) year = x.year;
  }
  std::string title = park.name.empty() ? std::string("Industrial park") : park.name;
  if (year) title += " — data of " + std::to_string(*year);
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

std::string legend_block(const net::SymbiosisGraph& graph, const Legend& legend,
                         const std::string& font) {
  if (legend.empty()) return {};
  std::string out = "  subgraph \"cluster_legend\" {\n";
  out += "    graph [label=\"Legend\", " + attribute("fontname", font) +
         ", fontsize=\"11\", style=\"rounded\", color=\"#BBBBBB\"];\n";
  out += "    " + dot_quote(unused_id(graph, "legend")) +
         " [shape=\"plain\", style=\"\", fontsize=\"9\", label=" + legend.label() +
         ", tooltip=\"legend\"];\n";
  out += "  }\n";
  return out;
}

std::string quantity_text(const Exchange& x) {
  if (!x.quantity) return "no quantity";
  std::string text = exact_number(x.quantity->value) + " " + x.quantity->unit;
  if (x.amount) {
    const std::string canonical =
        exact_number(*x.amount) + " " + std::string(canonical_unit(x.layer));
    if (canonical != text) text += " = " + canonical;
  }
  return text;
}

void add_layer_legend(Legend& legend, const bool (&layers)[3], const bool (&kinds)[4],
                      bool proposed) {
  if (layers[0] || layers[1] || layers[2]) {
    legend.section("Line colour: layer");
    for (const Layer layer : kLayers) {
      if (layers[static_cast<std::size_t>(layer)])
        legend.sample(layer_colour(layer), "━━━━", to_string(layer));
    }
  }
  if (kinds[0] || kinds[1] || kinds[2] || kinds[3]) {
    legend.section("Line style: kind");
    for (const Kind kind : kKinds) {
      if (kinds[static_cast<std::size_t>(kind)]) {
        legend.sample("#333333", kind_sample(kind),
                      std::string(to_string(kind)) + " (" + std::string(kind_style(kind)) + ")");
      }
    }
  }
  if (proposed) legend.line("hollow arrowhead: planned or potential exchange");
}

void add_width_legend(Legend& legend, const WidthScale& scale, std::string_view what) {
  bool any = false;
  for (const Layer layer : kLayers) {
    const auto l = static_cast<std::size_t>(layer);
    if (!scale.scaled[l]) continue;
    if (!any) legend.section(std::string("Line width: ") + std::string(what) + " (log scale)");
    any = true;
    legend.line(std::string(to_string(layer)) + ": " + readable_number(scale.low[l]) + " to " +
                readable_number(scale.high[l]) + " " + std::string(canonical_unit(layer)));
  }
}

// The whole-park drawing, one node per enterprise.
DotResult full_drawing(const Park& park, const net::SymbiosisGraph& graph,
                       const DotOptions& options, const IndicatorValues& indicators) {
  DotResult result;
  const net::LayerView& view = graph.view(options.layer);
  const std::size_t n = at(graph.n());

  // Edges, grouped; std::map keeps them sorted by supplier, receiver, layer, kind.
  std::map<std::tuple<Vertex, Vertex, int, int, bool>, EdgeGroup> groups;
  for (const std::size_t i : view.exchange_indices()) {
    const net::GraphExchange& e = graph.exchanges()[i];
    const Exchange& x = park.exchanges[e.park_index];
    const bool proposed = x.status != Status::existing;
    EdgeGroup& g = groups[{e.supplier, e.receiver, static_cast<int>(e.layer),
                           static_cast<int>(e.kind), proposed}];
    g.supplier = e.supplier;
    g.receiver = e.receiver;
    g.layer = e.layer;
    g.kind = e.kind;
    g.proposed = proposed;
    g.exchanges.push_back(i);
    if (e.amount) {
      g.amount += *e.amount;
    } else {
      g.quantified = false;
    }
  }
  std::vector<EdgeGroup> edges;
  edges.reserve(groups.size());
  for (auto& [key, g] : groups)
    edges.push_back(std::move(g));

  std::vector<char> is_drawn(n, options.layer == net::ViewLayer::all ? 1 : 0);
  std::vector<unsigned> layer_mask(n, 0);
  for (const EdgeGroup& g : edges) {
    is_drawn[at(g.supplier)] = is_drawn[at(g.receiver)] = 1;
    const unsigned bit = 1U << static_cast<unsigned>(g.layer);
    layer_mask[at(g.supplier)] |= bit;
    layer_mask[at(g.receiver)] |= bit;
  }
  std::vector<Vertex> drawn;
  for (Vertex v = 0; v < graph.n(); ++v) {
    if (is_drawn[at(v)]) drawn.push_back(v);
  }
  if (drawn.size() < n) {
    result.notes.push_back(
        count_noun(static_cast<long long>(n - drawn.size()), "enterprise", "enterprises") +
        " without " + std::string(net::to_string(options.layer)) + " exchanges " +
        (n - drawn.size() == 1 ? "is" : "are") + " not drawn");
  }
  result.nodes = static_cast<std::int32_t>(drawn.size());
  result.edges = static_cast<std::int32_t>(edges.size());
  result.engine = choose_engine(options, result.nodes);
  const bool labels = options.edge_labels.value_or(result.nodes <= options.dot_limit);

  // Node size.
  std::string size_by = options.size_by;
  if (size_by.empty()) size_by = has_values(indicators, "key_score") ? "key_score" : "degree";
  std::vector<std::optional<double>> size_values;
  if (const auto it = indicators.find(size_by); it != indicators.end()) {
    size_values = it->second;
  } else if (size_by == "degree") {
    size_values = degrees_of(graph, options.layer, indicators);
  } else {
    throw OptionError("--size-by: the indicator '" + size_by + "' was not computed");
  }
  if (size_values.size() != n)
    throw OptionError("--size-by: '" + size_by + "' has no value per enterprise");
  result.size_by = size_by;
  std::optional<double> low;
  std::optional<double> high;
  for (const Vertex v : drawn) {
    if (const auto& value = size_values[at(v)]) {
      low = low ? std::min(*low, *value) : *value;
      high = high ? std::max(*high, *value) : *value;
    }
  }
  auto width_of = [&](Vertex v) {
    const auto& value = size_values[at(v)];
    if (!value || !low || !high) return kMinWidth;
    if (*high <= *low) return (kMinWidth + kMaxWidth) / 2;
    // Area, not width, should follow the indicator: sqrt between the extremes.
    const double root_low = std::sqrt(std::max(0.0, *low));
    const double root_high = std::sqrt(std::max(0.0, *high));
    if (root_high <= root_low) return kMinWidth;
    const double t = (std::sqrt(std::max(0.0, *value)) - root_low) / (root_high - root_low);
    return kMinWidth + std::clamp(t, 0.0, 1.0) * (kMaxWidth - kMinWidth);
  };

  // Fill colours.
  const bool cascade = !options.failed_round.empty();
  if (cascade && options.failed_round.size() != n) {
    throw OptionError("failed_round must have one entry per enterprise");
  }
  if (options.color_by == ColorBy::community && !has_values(indicators, "community") && !cascade) {
    throw OptionError("--color-by community: the communities were not computed");
  }
  if (options.cluster == ClusterBy::community && !has_values(indicators, "community")) {
    throw OptionError("--cluster community: the communities were not computed");
  }
  std::function<std::pair<double, std::string>(Vertex)> colour_key;
  switch (options.color_by) {
    case ColorBy::sector:
      colour_key = [&](Vertex v) { return text_key(graph.sector(v), "(no sector)"); };
      break;
    case ColorBy::role:
      colour_key = [&](Vertex v) { return text_key(graph.role(v), "(no role)"); };
      break;
    case ColorBy::community:
      colour_key = [&](Vertex v) { return community_key(indicators, v); };
      break;
    case ColorBy::layer:
      colour_key = [&](Vertex v) {
        return std::pair<double, std::string>(0.0, layer_set_name(layer_mask[at(v)]));
      };
      break;
  }
  const Categories fills = categorize(drawn, n, colour_key);
  const std::vector<std::string> fill_colours = assign_colours(fills.names, fills.sizes);
  const auto rounds = cascade_round_palette();
  std::int32_t last_round = -1;
  if (cascade) {
    for (const Vertex v : drawn)
      last_round = std::max(last_round, options.failed_round[at(v)]);
  }
  auto fill_of = [&](Vertex v) -> std::string {
    if (!cascade) return fill_colours[fills.of[at(v)]];
    const std::int32_t round = options.failed_round[at(v)];
    if (round < 0) return std::string(kSurvivorColour);
    if (round == 0) return std::string(kTriggerColour);
    return std::string(rounds[std::min(at(round - 1), rounds.size() - 1)]);
  };

  std::vector<char> highlighted(n, 0);
  for (const Vertex v : options.highlight) {
    if (v < 0 || v >= graph.n()) throw OptionError("highlighted vertex out of range");
    highlighted[at(v)] = 1;
  }

  // Nodes.
  auto node_line = [&](Vertex v) {
    const std::string fill = fill_of(v);
    std::string attrs = attribute("label", wrap(graph.name(v)));
    attrs += ", " + attribute("fillcolor", fill);
    if (is_dark(fill)) attrs += ", fontcolor=\"white\"";
    const double width = width_of(v);
    attrs += ", width=\"" + fixed(width, 2) + "\", height=\"" + fixed(width * 0.55, 2) + "\"";
    std::string style = "filled";
    if (graph.external(v)) {
      attrs += ", shape=\"box\"";
      style += ",dashed";
    }
    if (highlighted[at(v)]) {
      attrs += ", color=\"" + std::string(kHighlightColour) + "\", penwidth=\"4\"";
    }
    if (style != "filled") attrs += ", " + attribute("style", style);
    std::string tip = graph.name(v) + "\nid: " + graph.id(v);
    if (!graph.sector(v).empty()) tip += "\nsector: " + graph.sector(v);
    if (!graph.role(v).empty()) tip += "\nrole: " + graph.role(v);
    if (graph.external(v)) tip += "\nexternal actor";
    for (const std::string_view name : kTooltipIndicators) {
      const auto it = indicators.find(name);
      if (it == indicators.end() || it->second.size() != n) continue;
      const auto& value = it->second[at(v)];
      tip += "\n" + std::string(name) + ": " + (value ? indicator_text(*value) : "undefined");
    }
    if (size_by != "degree" && indicators.find(size_by) != indicators.end() &&
        std::find(std::begin(kTooltipIndicators), std::end(kTooltipIndicators), size_by) ==
            std::end(kTooltipIndicators)) {
      const auto& value = size_values[at(v)];
      tip += "\n" + size_by + ": " + (value ? indicator_text(*value) : "undefined");
    }
    if (cascade) {
      const std::int32_t round = options.failed_round[at(v)];
      tip += round < 0    ? "\ncascade: survives"
             : round == 0 ? "\ncascade: trigger"
                          : "\ncascade: fails in round " + std::to_string(round);
    }
    attrs += ", " + attribute("tooltip", tip);
    return dot_quote(graph.id(v)) + " [" + attrs + "];\n";
  };

  std::string body;
  if (options.cluster == ClusterBy::none) {
    for (const Vertex v : drawn)
      body += "  " + node_line(v);
  } else {
    const Categories boxes =
        options.cluster == ClusterBy::sector
            ? categorize(drawn, n,
                         [&](Vertex v) { return text_key(graph.sector(v), "(no sector)"); })
            : categorize(drawn, n, [&](Vertex v) { return community_key(indicators, v); });
    std::vector<std::vector<Vertex>> members(boxes.names.size());
    for (const Vertex v : drawn)
      members[boxes.of[at(v)]].push_back(v);
    for (std::size_t c = 0; c < members.size(); ++c) {
      body += "  subgraph \"cluster_" + std::to_string(c) + "\" {\n";
      body += "    graph [" + attribute("label", boxes.names[c]) +
              ", style=\"rounded,dashed\", color=\"#888888\", fontsize=\"11\"];\n";
      for (const Vertex v : members[c])
        body += "    " + node_line(v);
      body += "  }\n";
    }
    if (result.engine == "sfdp" || result.engine == "neato" || result.engine == "circo") {
      result.notes.push_back("the layout engine " + result.engine +
                             " ignores cluster boxes; use --engine dot or fdp to see them");
    }
  }

  // Edges.
  const WidthScale scale(edges);
  bool layers_used[3] = {false, false, false};
  bool kinds_used[4] = {false, false, false, false};
  bool proposed_used = false;
  for (const EdgeGroup& g : edges) {
    layers_used[static_cast<std::size_t>(g.layer)] = true;
    kinds_used[static_cast<std::size_t>(g.kind)] = true;
    proposed_used = proposed_used || g.proposed;
    std::vector<std::string> resources;
    std::string tip = graph.name(g.supplier) + " → " + graph.name(g.receiver) + " (" +
                      std::string(to_string(g.layer)) + ", " + std::string(to_string(g.kind)) + ")";
    for (const std::size_t i : g.exchanges) {
      const Exchange& x = park.exchanges[graph.exchanges()[i].park_index];
      if (std::find(resources.begin(), resources.end(), x.resource) == resources.end())
        resources.push_back(x.resource);
      tip += "\n" + x.resource + ": " + quantity_text(x);
      if (x.year) tip += ", " + std::to_string(*x.year);
      if (x.status != Status::existing) tip += " (" + std::string(to_string(x.status)) + ")";
    }
    if (g.exchanges.size() > 1 && g.quantified) {
      tip += "\ntotal: " + exact_number(g.amount) + " " + std::string(canonical_unit(g.layer));
    }
    const std::string colour(layer_colour(g.layer));
    double pen = scale.width(g.layer, g.amount, g.quantified);
    std::string attrs;
    if (g.kind == Kind::utility) {
      // Graphviz's style "bold" would override penwidth, so utilities are a double line: two
      // lines of half the width keep about the ink of a single line of the quantity's width.
      attrs = attribute("color", colour + ":invis:" + colour);
      pen = std::max(0.75, pen / 2);
    } else {
      attrs = attribute("color", colour);
      if (g.kind != Kind::product) attrs += ", " + attribute("style", kind_style(g.kind));
    }
    attrs += ", penwidth=\"" + fixed(pen, 2) + "\"";
    if (g.proposed) attrs += ", arrowhead=\"empty\"";
    if (labels) {
      std::string label;
      for (const auto& r : resources)
        label += (label.empty() ? "" : "\n") + r;
      attrs += ", " + attribute("label", label);
    }
    attrs += ", " + attribute("tooltip", tip);
    body += "  " + dot_quote(graph.id(g.supplier)) + " -> " + dot_quote(graph.id(g.receiver)) +
            " [" + attrs + "];\n";
  }

  // Legend: only what is drawn.
  Legend legend;
  if (cascade) {
    legend.section("Fill: failure cascade");
    legend.swatch(kTriggerColour, "trigger");
    for (std::int32_t r = 1; r <= last_round; ++r) {
      const auto k = at(r - 1);
      if (k >= rounds.size()) break;
      const bool last = k + 1 == rounds.size() && r < last_round;
      legend.swatch(rounds[k], "fails in round " + std::to_string(r) + (last ? " or later" : ""));
    }
    legend.swatch(kSurvivorColour, "survives");
  } else if (!drawn.empty()) {
    legend.section("Fill: " + std::string(to_string(options.color_by)));
    bool other = false;
    for (std::size_t c = 0; c < fills.names.size(); ++c) {
      if (fill_colours[c] == kOtherColour) {
        other = true;
        continue;
      }
      legend.swatch(fill_colours[c], fills.names[c]);
    }
    if (other) legend.swatch(kOtherColour, "other");
  }
  if (std::any_of(drawn.begin(), drawn.end(), [&](Vertex v) { return graph.external(v); })) {
    legend.section("Shape");
    legend.line("ellipse: enterprise");
    legend.line("dashed box: external actor");
  }
  if (low && high && *high > *low) {
    legend.section("Size: " + size_by);
    legend.line("smallest " + indicator_text(*low) + ", largest " + indicator_text(*high));
  }
  if (std::any_of(drawn.begin(), drawn.end(), [&](Vertex v) { return highlighted[at(v)]; })) {
    legend.section("Outline");
    legend.outline(kHighlightColour, "highlighted enterprise");
  }
  if (options.cluster != ClusterBy::none) {
    legend.section("Boxes: " + std::string(to_string(options.cluster)));
  }
  add_layer_legend(legend, layers_used, kinds_used, proposed_used);
  add_width_legend(legend, scale, "quantity");

  std::string title =
      options.title.empty() ? data_title(park, graph, view.exchange_indices()) : options.title;
  title +=
      "\nlayer: " + std::string(net::to_string(options.layer)) + " · " +
      count_noun(static_cast<long long>(drawn.size()), "enterprise", "enterprises") + " · " +
      count_noun(static_cast<long long>(view.exchange_indices().size()), "exchange", "exchanges");

  std::string dot = "digraph " + dot_quote(park.name.empty() ? "park" : park.name) + " {\n";
  dot += graph_attributes(result.engine, options.font, title, result.nodes);
  dot += body;
  dot += legend_block(graph, legend, options.font);
  dot += "}\n";
  result.dot = std::move(dot);
  return result;
}

// Exchanges between two sectors (or within one), kept apart by layer because quantities of
// different layers are never added.
struct SectorFlows {
  std::int64_t count[3] = {0, 0, 0};
  double amount[3] = {0, 0, 0};
  bool quantified[3] = {true, true, true};

  std::int64_t total() const { return count[0] + count[1] + count[2]; }
  void add(const net::GraphExchange& e) {
    const auto l = static_cast<std::size_t>(e.layer);
    ++count[l];
    if (e.amount) {
      amount[l] += *e.amount;
    } else {
      quantified[l] = false;
    }
  }
  // One line per layer present: "material: 12 exchanges, 3400 t/a".
  std::string describe() const {
    std::string text;
    for (const Layer layer : kLayers) {
      const auto l = static_cast<std::size_t>(layer);
      if (count[l] == 0) continue;
      text += "\n" + std::string(to_string(layer)) + ": " + std::to_string(count[l]) +
              (count[l] == 1 ? " exchange, " : " exchanges, ");
      text += quantified[l] ? exact_number(amount[l]) + " " + std::string(canonical_unit(layer))
                            : std::string("quantity unknown (some have none)");
    }
    return text;
  }
};

// One node per sector, one edge per ordered pair of different sectors; exchanges within a
// sector are written on its node instead of a loop.
DotResult aggregate_drawing(const Park& park, const net::SymbiosisGraph& graph,
                            const DotOptions& options) {
  DotResult result;
  result.aggregated = true;
  result.size_by = "enterprises";
  const net::LayerView& view = graph.view(options.layer);
  const std::size_t n = at(graph.n());
  const bool cascade = !options.failed_round.empty();
  if (cascade && options.failed_round.size() != n) {
    throw OptionError("failed_round must have one entry per enterprise");
  }

  std::vector<char> is_drawn(n, options.layer == net::ViewLayer::all ? 1 : 0);
  for (const std::size_t i : view.exchange_indices()) {
    const net::GraphExchange& e = graph.exchanges()[i];
    is_drawn[at(e.supplier)] = is_drawn[at(e.receiver)] = 1;
  }
  std::vector<Vertex> drawn;
  for (Vertex v = 0; v < graph.n(); ++v) {
    if (is_drawn[at(v)]) drawn.push_back(v);
  }
  const Categories sectors =
      categorize(drawn, n, [&](Vertex v) { return text_key(graph.sector(v), "(no sector)"); });
  const std::vector<std::string> colours = assign_colours(sectors.names, sectors.sizes);
  const std::size_t s_count = sectors.names.size();

  std::vector<std::size_t> externals(s_count, 0);
  std::vector<char> has_highlight(s_count, 0);
  std::vector<std::size_t> failed(s_count, 0);
  std::vector<std::int32_t> first_round(s_count, -1);
  for (const Vertex v : drawn) {
    const std::size_t s = sectors.of[at(v)];
    if (graph.external(v)) ++externals[s];
    if (cascade && options.failed_round[at(v)] >= 0) {
      ++failed[s];
      const std::int32_t r = options.failed_round[at(v)];
      first_round[s] = first_round[s] < 0 ? r : std::min(first_round[s], r);
    }
  }
  for (const Vertex v : options.highlight) {
    if (v < 0 || v >= graph.n()) throw OptionError("highlighted vertex out of range");
    if (is_drawn[at(v)]) has_highlight[sectors.of[at(v)]] = 1;
  }

  std::vector<SectorFlows> within(s_count);
  std::map<std::pair<std::size_t, std::size_t>, SectorFlows> between;
  for (const std::size_t i : view.exchange_indices()) {
    const net::GraphExchange& e = graph.exchanges()[i];
    const std::size_t from = sectors.of[at(e.supplier)];
    const std::size_t to = sectors.of[at(e.receiver)];
    if (from == to) {
      within[from].add(e);
    } else {
      between[{from, to}].add(e);
    }
  }

  result.nodes = static_cast<std::int32_t>(s_count);
  result.edges = static_cast<std::int32_t>(between.size());
  // Sector graphs are small and dense: a circle keeps every pair visible, where dot's ranks
  // would stack hundreds of long edges.
  result.engine = options.engine.empty() ? "circo" : choose_engine(options, result.nodes);
  const bool labels = options.edge_labels.value_or(between.size() <= 40);
  result.notes.push_back(std::to_string(drawn.size()) + " enterprises are more than " +
                         std::to_string(options.aggregate_threshold) +
                         ": drew the sector-level aggregate (" + std::to_string(s_count) +
                         " sectors, exchanges summed per layer); --full draws every enterprise");
  if (options.color_by != ColorBy::sector) {
    result.notes.push_back("the aggregate is coloured by sector");
  }
  if (options.cluster != ClusterBy::none) {
    result.notes.push_back("the aggregate draws no cluster boxes");
  }
  if (!options.size_by.empty()) {
    result.notes.push_back("the aggregate sizes sectors by their enterprises, not by " +
                           options.size_by);
  }

  std::size_t largest = 1;
  for (const std::size_t size : sectors.sizes)
    largest = std::max(largest, size);
  const auto rounds = cascade_round_palette();
  std::string body;
  for (std::size_t s = 0; s < s_count; ++s) {
    std::string fill = colours[s];
    if (cascade) {
      const std::int32_t r = first_round[s];
      fill = r < 0    ? std::string(kSurvivorColour)
             : r == 0 ? std::string(kTriggerColour)
                      : std::string(rounds[std::min(at(r - 1), rounds.size() - 1)]);
    }
    std::string label = wrap(sectors.names[s]) + "\n" + std::to_string(sectors.sizes[s]) +
                        (sectors.sizes[s] == 1 ? " enterprise" : " enterprises");
    if (within[s].total() > 0) label += "\n" + std::to_string(within[s].total()) + " within";
    if (cascade) label += "\nfailed: " + std::to_string(failed[s]);
    const double t =
        std::sqrt(static_cast<double>(sectors.sizes[s]) / static_cast<double>(largest));
    const double width = kMinWidth + t * (kMaxWidth - kMinWidth);
    std::string attrs = attribute("label", label) + ", " + attribute("fillcolor", fill);
    if (is_dark(fill)) attrs += ", fontcolor=\"white\"";
    attrs += ", width=\"" + fixed(width, 2) + "\", height=\"" + fixed(width * 0.55, 2) + "\"";
    if (has_highlight[s]) {
      attrs += ", color=\"" + std::string(kHighlightColour) + "\", penwidth=\"4\"";
    }
    std::string tip =
        "sector: " + sectors.names[s] + "\nenterprises: " + std::to_string(sectors.sizes[s]);
    if (externals[s] > 0) tip += "\nexternal actors: " + std::to_string(externals[s]);
    if (within[s].total() > 0) tip += "\nexchanges within the sector:" + within[s].describe();
    if (cascade) {
      tip += "\nfailed in the cascade: " + std::to_string(failed[s]);
      if (first_round[s] >= 0) tip += " (first in round " + std::to_string(first_round[s]) + ")";
    }
    attrs += ", " + attribute("tooltip", tip);
    body += "  " + dot_quote("sector:" + sectors.names[s]) + " [" + attrs + "];\n";
  }

  // Width: the summed quantity when one layer is drawn and all its exchanges have one (the only
  // case where amounts may be compared), else the number of exchanges; log scale either way.
  const bool single = options.layer == net::ViewLayer::material ||
                      options.layer == net::ViewLayer::energy ||
                      options.layer == net::ViewLayer::water;
  const Layer single_layer = options.layer == net::ViewLayer::energy  ? Layer::energy
                             : options.layer == net::ViewLayer::water ? Layer::water
                                                                      : Layer::material;
  const auto sl = static_cast<std::size_t>(single_layer);
  bool by_amount = single;
  for (const auto& [key, flows] : between) {
    if (!flows.quantified[sl] || flows.amount[sl] <= 0) by_amount = false;
  }
  struct Scaled {
    Layer layer;
    double amount;
    bool quantified;
  };
  std::vector<Scaled> measures;
  for (const auto& [key, flows] : between) {
    // Counts share one scale, so they all go in as one "layer".
    measures.push_back(by_amount
                           ? Scaled{single_layer, flows.amount[sl], true}
                           : Scaled{Layer::material, static_cast<double>(flows.total()), true});
  }
  const WidthScale scale(measures);
  bool layers_used[3] = {false, false, false};
  std::size_t k = 0;
  for (const auto& [key, flows] : between) {
    const auto [from, to] = key;
    const Scaled& m = measures[k++];
    // A pair with exchanges in several layers is drawn as parallel lines, one per layer.
    std::string colour;
    for (const Layer layer : kLayers) {
      if (flows.count[static_cast<std::size_t>(layer)] == 0) continue;
      layers_used[static_cast<std::size_t>(layer)] = true;
      colour += (colour.empty() ? "" : ":") + std::string(layer_colour(layer));
    }
    std::string attrs = attribute("color", colour) + ", penwidth=\"" +
                        fixed(scale.width(m.layer, m.amount, true), 2) + "\"";
    if (labels) {
      std::string label =
          std::to_string(flows.total()) + (flows.total() == 1 ? " exchange" : " exchanges");
      if (by_amount)
        label += "\n" + readable_number(m.amount) + " " + std::string(canonical_unit(m.layer));
      attrs += ", " + attribute("label", label);
    }
    attrs += ", " + attribute("tooltip",
                              sectors.names[from] + " → " + sectors.names[to] + flows.describe());
    body += "  " + dot_quote("sector:" + sectors.names[from]) + " -> " +
            dot_quote("sector:" + sectors.names[to]) + " [" + attrs + "];\n";
  }

  Legend legend;
  if (cascade) {
    legend.section("Fill: earliest failure in the sector");
    legend.swatch(kTriggerColour, "holds the trigger");
    legend.swatch(rounds[0], "first failure in round 1 (darker) or later (lighter)");
    legend.swatch(kSurvivorColour, "no failure");
  } else {
    legend.section("Fill: sector");
    bool other = false;
    for (std::size_t s = 0; s < s_count; ++s) {
      if (colours[s] == kOtherColour) {
        other = true;
        continue;
      }
      legend.swatch(colours[s], sectors.names[s]);
    }
    if (other) legend.swatch(kOtherColour, "other");
  }
  legend.section("Size: enterprises in the sector");
  if (std::any_of(within.begin(), within.end(), [](const SectorFlows& f) { return f.total() > 0; }))
    legend.line("\"k within\": exchanges inside the sector");
  if (std::any_of(has_highlight.begin(), has_highlight.end(), [](char c) { return c != 0; })) {
    legend.section("Outline");
    legend.outline(kHighlightColour, "holds a highlighted enterprise");
  }
  const bool no_kinds[4] = {false, false, false, false};
  add_layer_legend(legend, layers_used, no_kinds, false);
  if ((layers_used[0] ? 1 : 0) + (layers_used[1] ? 1 : 0) + (layers_used[2] ? 1 : 0) > 1)
    legend.line("parallel lines: exchanges in several layers");
  if (!between.empty()) {
    if (by_amount) {
      add_width_legend(legend, scale, "summed quantity");
    } else {
      legend.section("Line width: exchanges between the sectors (log scale)");
      legend.line(readable_number(scale.low[0]) + " to " + readable_number(scale.high[0]));
    }
  }

  std::string title =
      options.title.empty() ? data_title(park, graph, view.exchange_indices()) : options.title;
  title +=
      "\nsector aggregate · layer: " + std::string(net::to_string(options.layer)) + " · " +
      std::to_string(drawn.size()) + " enterprises in " +
      count_noun(static_cast<long long>(s_count), "sector", "sectors") + " · " +
      count_noun(static_cast<long long>(view.exchange_indices().size()), "exchange", "exchanges");
  std::string dot = "digraph " + dot_quote(park.name.empty() ? "park" : park.name) + " {\n";
  dot += graph_attributes(result.engine, options.font, title, result.nodes);
  dot += body;
  dot += legend_block(graph, legend, options.font);
  dot += "}\n";
  result.dot = std::move(dot);
  return result;
}

}  // namespace

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

IndicatorValues indicator_values(const net::LayerAnalysis& analysis) {
  IndicatorValues values;
  for (const net::Column& column : analysis.enterprise_columns)
    values[column.name] = column.values;
  return values;
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
                      const IndicatorValues& indicators) {
  if (!options.engine.empty() && !is_layout_engine(options.engine)) {
    throw OptionError("unknown layout engine '" + options.engine +
                      "' (expected dot, neato, fdp, sfdp or circo)");
  }
  return draws_aggregate(graph, options) ? aggregate_drawing(park, graph, options)
                                         : full_drawing(park, graph, options, indicators);
}

std::vector<Vertex> key_enterprises(const net::SymbiosisGraph& graph,
                                    const IndicatorValues& indicators, std::size_t k,
                                    net::ViewLayer layer) {
  const std::vector<std::optional<double>> values = has_values(indicators, "key_score")
                                                        ? indicators.find("key_score")->second
                                                        : degrees_of(graph, layer, indicators);
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
