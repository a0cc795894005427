#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

#include "core/error.hpp"
#include "core/text.hpp"
#include "core/units.hpp"
#include "visualization/detail/dot_common.hpp"
#include "visualization/style.hpp"

namespace symbio::viz::detail {

// The whole-park drawing, one node per enterprise.
DotResult full_drawing(const Park& park, const net::SymbiosisGraph& graph,
                       const DotOptions& options, const net::LayerAnalysis& indicators) {
  DotResult result;
  const net::LayerView& view = graph.view(options.layer);
  const std::size_t n = at(graph.n());
  const bool zh = options.chinese;
  const Words w{zh};

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
    const auto missing = static_cast<long long>(n - drawn.size());
    result.notes.push_back(count_noun(missing, "enterprise", "enterprises") + " without " +
                           std::string(net::to_string(options.layer)) + " exchanges " +
                           (missing == 1 ? "is" : "are") + " not drawn");
  }
  result.nodes = static_cast<std::int32_t>(drawn.size());
  result.edges = static_cast<std::int32_t>(edges.size());
  result.engine = choose_engine(options, result.nodes);
  const bool labels = options.edge_labels.value_or(result.nodes <= options.dot_limit);

  // Node size.
  std::string size_by = options.size_by;
  if (size_by.empty()) {
    size_by = has_values(indicators, net::col::key_score) ? net::col::key_score : net::col::degree;
  }
  std::vector<std::optional<double>> size_values;
  if (const net::Column* column = indicators.column(size_by)) {
    size_values = column->values;
  } else if (size_by == net::col::degree) {
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
  if (options.color_by == ColorBy::community && !has_values(indicators, net::col::community) &&
      !cascade) {
    throw OptionError("--color-by community: the communities were not computed");
  }
  if (options.cluster == ClusterBy::community && !has_values(indicators, net::col::community)) {
    throw OptionError("--cluster community: the communities were not computed");
  }
  std::function<std::pair<double, std::string>(Vertex)> colour_key;
  switch (options.color_by) {
    case ColorBy::sector:
      colour_key = [&](Vertex v) {
        return text_key(graph.sector(v), w("(no sector)", "（无行业）"));
      };
      break;
    case ColorBy::role:
      colour_key = [&](Vertex v) { return text_key(graph.role(v), w("(no role)", "（无角色）")); };
      break;
    case ColorBy::community:
      colour_key = [&](Vertex v) { return community_key(indicators, v, zh); };
      break;
    case ColorBy::layer:
      colour_key = [&](Vertex v) {
        return std::pair<double, std::string>(0.0, layer_set_name(layer_mask[at(v)], zh));
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
    std::string tip = graph.name(v) + w("\nid: ", "\n编号：") + graph.id(v);
    if (!graph.sector(v).empty()) tip += w("\nsector: ", "\n行业：") + graph.sector(v);
    if (!graph.role(v).empty()) tip += w("\nrole: ", "\n角色：") + graph.role(v);
    if (graph.external(v)) tip += w("\nexternal actor", "\n园区外主体");
    for (const std::string_view name : kTooltipIndicators) {
      const net::Column* column = indicators.column(name);
      if (column == nullptr || column->values.size() != n) continue;
      const auto& value = column->values[at(v)];
      tip += "\n" + indicator_word(name, zh) + (zh ? "：" : ": ") +
             (value ? indicator_text(*value) : w("undefined", "未定义"));
    }
    if (size_by != net::col::degree && indicators.column(size_by) != nullptr &&
        std::find(std::begin(kTooltipIndicators), std::end(kTooltipIndicators), size_by) ==
            std::end(kTooltipIndicators)) {
      const auto& value = size_values[at(v)];
      tip += "\n" + indicator_word(size_by, zh) + (zh ? "：" : ": ") +
             (value ? indicator_text(*value) : w("undefined", "未定义"));
    }
    if (cascade) {
      const std::int32_t round = options.failed_round[at(v)];
      tip += round < 0 ? w("\ncascade: survives", "\n级联：未失效")
             : round == 0
                 ? w("\ncascade: trigger", "\n级联：触发企业")
                 : w("\ncascade: fails in round ", "\n级联：失效轮次 ") + std::to_string(round);
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
                         [&](Vertex v) {
                           return text_key(graph.sector(v), w("(no sector)", "（无行业）"));
                         })
            : categorize(drawn, n, [&](Vertex v) { return community_key(indicators, v, zh); });
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
    // The first line ends with "(layer, kind)": the report's page reads the layer from it.
    std::string tip = graph.name(g.supplier) + " → " + graph.name(g.receiver) + " (" +
                      layer_word(g.layer, zh) + ", " + kind_word(g.kind, zh) + ")";
    for (const std::size_t i : g.exchanges) {
      const Exchange& x = park.exchanges[graph.exchanges()[i].park_index];
      if (std::find(resources.begin(), resources.end(), x.resource) == resources.end())
        resources.push_back(x.resource);
      tip += "\n" + x.resource + ": " + quantity_text(x, zh);
      if (x.year) tip += ", " + std::to_string(*x.year);
      if (x.status != Status::existing) {
        tip += " (" + (zh ? std::string(to_chinese(x.status)) : std::string(to_string(x.status))) +
               ")";
      }
    }
    if (g.exchanges.size() > 1 && g.quantified) {
      tip += w("\ntotal: ", "\n合计：") + exact_number(g.amount) + " " +
             std::string(canonical_unit(g.layer));
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
      // The resource, and its quantity as the input gave it when the group is one exchange.
      std::string label;
      for (const auto& r : resources)
        label += (label.empty() ? "" : "\n") + r;
      if (g.exchanges.size() == 1) {
        const Exchange& x = park.exchanges[graph.exchanges()[g.exchanges[0]].park_index];
        if (x.quantity) label += " " + exact_number(x.quantity->value) + " " + x.quantity->unit;
      }
      attrs += ", " + attribute("label", label);
    }
    attrs += ", " + attribute("tooltip", tip);
    body += "  " + dot_quote(graph.id(g.supplier)) + " -> " + dot_quote(graph.id(g.receiver)) +
            " [" + attrs + "];\n";
  }

  // Legend: only what is drawn.
  Legend legend;
  if (cascade) {
    legend.section(w("Fill: failure cascade", "填色：失效级联"));
    legend.swatch(kTriggerColour, w("trigger", "触发企业"));
    for (std::int32_t r = 1; r <= last_round; ++r) {
      const auto k = at(r - 1);
      if (k >= rounds.size()) break;
      const bool last = k + 1 == rounds.size() && r < last_round;
      legend.swatch(rounds[k],
                    zh ? "第 " + std::to_string(r) + " 轮" + (last ? "及以后" : "") + "失效"
                       : "fails in round " + std::to_string(r) + (last ? " or later" : ""));
    }
    legend.swatch(kSurvivorColour, w("survives", "未失效"));
  } else if (!drawn.empty()) {
    const std::string by(to_string(options.color_by));
    legend.section(zh ? "填色：" + std::string(by == "sector"      ? "行业"
                                               : by == "community" ? "社区"
                                               : by == "role"      ? "角色"
                                                                   : "层")
                      : "Fill: " + by);
    bool other = false;
    for (std::size_t c = 0; c < fills.names.size(); ++c) {
      if (fill_colours[c] == kOtherColour) {
        other = true;
        continue;
      }
      legend.swatch(fill_colours[c], fills.names[c]);
    }
    if (other) legend.swatch(kOtherColour, w("other", "其他"));
  }
  if (std::any_of(drawn.begin(), drawn.end(), [&](Vertex v) { return graph.external(v); })) {
    legend.section(w("Shape", "形状"));
    legend.line(w("ellipse: enterprise", "椭圆：园区企业"));
    legend.line(w("dashed box: external actor", "虚线框：园区外主体"));
  }
  if (low && high && *high > *low) {
    const std::string size_word = !zh                              ? size_by
                                  : size_by == net::col::key_score ? "关键企业指数"
                                  : size_by == net::col::degree    ? "度"
                                                                   : size_by;
    legend.section(w("Size: ", "大小：") + size_word);
    legend.line(w("smallest ", "最小 ") + indicator_text(*low) + w(", largest ", "，最大 ") +
                indicator_text(*high));
  }
  if (std::any_of(drawn.begin(), drawn.end(), [&](Vertex v) { return highlighted[at(v)]; })) {
    legend.section(w("Outline", "轮廓"));
    legend.outline(kHighlightColour, w("highlighted enterprise", "突出显示的企业"));
  }
  if (options.cluster != ClusterBy::none) {
    legend.section(
        zh ? std::string(options.cluster == ClusterBy::sector ? "分组框：行业" : "分组框：社区")
           : "Boxes: " + std::string(to_string(options.cluster)));
  }
  add_layer_legend(legend, zh, layers_used, kinds_used, proposed_used);
  add_width_legend(legend, zh, scale, w("quantity", "数量"));

  std::string title =
      options.title.empty() ? data_title(park, graph, view.exchange_indices(), zh) : options.title;
  const std::string layer_name = view_word(options.layer, zh);
  title += zh ? "\n层：" + layer_name + " · " + std::to_string(drawn.size()) + " 家企业 · " +
                    std::to_string(view.exchange_indices().size()) + " 项交换"
              : "\nlayer: " + layer_name + " · " +
                    count_noun(static_cast<long long>(drawn.size()), "enterprise", "enterprises") +
                    " · " +
                    count_noun(static_cast<long long>(view.exchange_indices().size()), "exchange",
                               "exchanges");

  std::string dot = "digraph " + dot_quote(park.name.empty() ? "park" : park.name) + " {\n";
  dot += graph_attributes(result.engine, options.font, title, result.nodes);
  dot += body;
  dot += legend_block(graph, legend, zh, options.font);
  dot += "}\n";
  result.dot = std::move(dot);
  return result;
}

}  // namespace symbio::viz::detail
