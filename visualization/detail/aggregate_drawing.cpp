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
namespace {

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

}  // namespace

// One node per sector, one edge per ordered pair of different sectors; exchanges within a
// sector are written on its node instead of a loop.
DotResult aggregate_drawing(const Park& park, const net::SymbiosisGraph& graph,
                            const DotOptions& options) {
  DotResult result;
  const bool zh = options.chinese;
  const Words w{zh};
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
  const Categories sectors = categorize(drawn, n, [&](Vertex v) {
    return text_key(graph.sector(v), w("(no sector)", "（无行业）"));
  });
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
  const WidthScale scale(measures, !by_amount);
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
    legend.section(w("Fill: earliest failure in the sector", "填色：行业内最早的失效"));
    legend.swatch(kTriggerColour, w("holds the trigger", "含触发企业"));
    legend.swatch(rounds[0], w("first failure in round 1 (darker) or later (lighter)",
                               "第 1 轮首次失效（深）或更晚（浅）"));
    legend.swatch(kSurvivorColour, w("no failure", "无失效"));
  } else {
    legend.section(w("Fill: sector", "填色：行业"));
    bool other = false;
    for (std::size_t s = 0; s < s_count; ++s) {
      if (colours[s] == kOtherColour) {
        other = true;
        continue;
      }
      legend.swatch(colours[s], sectors.names[s]);
    }
    if (other) legend.swatch(kOtherColour, w("other", "其他"));
  }
  legend.section(w("Size: enterprises in the sector", "大小：行业内企业数"));
  if (std::any_of(within.begin(), within.end(), [](const SectorFlows& f) { return f.total() > 0; }))
    legend.line(w("\"k within\": exchanges inside the sector", "“k within”：行业内部的交换数"));
  if (std::any_of(has_highlight.begin(), has_highlight.end(), [](char c) { return c != 0; })) {
    legend.section(w("Outline", "轮廓"));
    legend.outline(kHighlightColour, w("holds a highlighted enterprise", "含突出显示的企业"));
  }
  const bool no_kinds[4] = {false, false, false, false};
  add_layer_legend(legend, zh, layers_used, no_kinds, false);
  if ((layers_used[0] ? 1 : 0) + (layers_used[1] ? 1 : 0) + (layers_used[2] ? 1 : 0) > 1)
    legend.line(w("parallel lines: exchanges in several layers", "平行线：多层的交换"));
  if (!between.empty()) {
    if (by_amount) {
      add_width_legend(legend, zh, scale, w("summed quantity", "数量合计"));
    } else {
      legend.section(w("Line width: exchanges between the sectors (log scale)",
                       "线宽：行业之间的交换数（对数刻度）"));
      legend.line(readable_number(scale.low[0]) + w(" to ", " 至 ") +
                  readable_number(scale.high[0]));
    }
  }

  std::string title =
      options.title.empty() ? data_title(park, graph, view.exchange_indices(), zh) : options.title;
  title += zh ? "\n行业汇总 · 层：" + view_word(options.layer, zh) + " · " +
                    std::to_string(s_count) + " 个行业共 " + std::to_string(drawn.size()) +
                    " 家企业 · " + std::to_string(view.exchange_indices().size()) + " 项交换"
              : "\nsector aggregate · layer: " + view_word(options.layer, zh) + " · " +
                    std::to_string(drawn.size()) + " enterprises in " + std::to_string(s_count) +
                    " sectors · " + std::to_string(view.exchange_indices().size()) + " exchanges";
  std::string dot = "digraph " + dot_quote(park.name.empty() ? "park" : park.name) + " {\n";
  dot += graph_attributes(result.engine, options.font, title, result.nodes);
  dot += body;
  dot += legend_block(graph, legend, zh, options.font);
  dot += "}\n";
  result.dot = std::move(dot);
  return result;
}

}  // namespace symbio::viz::detail
