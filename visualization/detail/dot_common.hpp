#pragma once

// What the two drawings of dot_writer.hpp share (the whole park, full_drawing.cpp; sectors,
// aggregate_drawing.cpp): DOT attribute text, edge widths, the legend, categories of a colour or
// cluster encoding, the title and graph attributes. Private to visualization/.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/park.hpp"
#include "core/text.hpp"
#include "network/graph.hpp"
#include "network/indicator_names.hpp"
#include "network/indicator_table.hpp"
#include "visualization/dot_writer.hpp"

namespace symbio::viz::detail {

using net::Vertex;

inline constexpr double kMinWidth = 0.75;
inline constexpr double kMaxWidth = 2.25;
inline constexpr double kMinPen = 1.0;
inline constexpr double kMaxPen = 6.0;
// Exchange widths: kMinPen at a fixed reference amount of the layer, kPenPerDecade more for
// every tenfold, up to kMaxPen. A fixed reference (not the smallest and largest amount drawn)
// keeps equal ratios equally far apart in every park: 2.1 and 2.6 million m3/a look alike.
inline constexpr double kPenPerDecade = 0.8;
// Reference amounts of material (t/a), energy (GJ/a) and water (m3/a); counts (the sector
// aggregate's exchanges) use 1.
inline constexpr double kReferenceAmount[3] = {100.0, 1000.0, 1000.0};
inline constexpr double kPlainPen = 1.5;  // edges of a layer without quantities
// Indicators shown in an enterprise's tooltip, in this order, when present.
inline constexpr std::string_view kTooltipIndicators[] = {
    net::col::degree,   net::col::in_degree, net::col::out_degree, net::col::betweenness,
    net::col::pagerank, net::col::key_score, net::col::community};

inline std::size_t at(Vertex v) {
  return static_cast<std::size_t>(v);
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

// Penwidth per layer on one logarithmic scale from a fixed reference (kReferenceAmount, or 1
// for counts): width = kMinPen + kPenPerDecade * log10(amount / reference), clamped to
// [kMinPen, kMaxPen]. A layer with an edge lacking a quantity is not scaled (kPlainPen).
// low/high: the smallest and largest amount drawn per layer, for the legend.
struct WidthScale {
  bool scaled[3] = {false, false, false};
  double low[3] = {0, 0, 0};
  double high[3] = {0, 0, 0};
  bool counts = false;

  template <typename Edges>
  explicit WidthScale(const Edges& edges, bool of_counts = false) : counts(of_counts) {
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

  double reference(Layer layer) const {
    return counts ? 1.0 : kReferenceAmount[static_cast<std::size_t>(layer)];
  }

  double width(Layer layer, double amount, bool quantified) const {
    const auto l = static_cast<std::size_t>(layer);
    if (!scaled[l] || !quantified) return kPlainPen;
    if (amount <= 0) return kMinPen;
    const double w = kMinPen + kPenPerDecade * std::log10(amount / reference(layer));
    return std::clamp(w, kMinPen, kMaxPen);
  }
};

// Interface words of the diagram in English or Chinese.
struct Words {
  bool zh = false;
  std::string operator()(std::string_view en, std::string_view chinese) const {
    return std::string(zh ? chinese : en);
  }
};
// material, energy, water / 物质, 能量, 水; product, byproduct, waste, utility / 产品, 副产品,
// 废物, 公用工程.
std::string layer_word(Layer layer, bool zh);
std::string kind_word(Kind kind, bool zh);
// all, material, energy, water, waste / 全部, 物质, 能量, 水, 废物.
std::string view_word(net::ViewLayer layer, bool zh);

// An indicator's name in a tooltip: the column name, or its Chinese label
// (network/conventions.hpp) in a Chinese diagram.
std::string indicator_word(std::string_view name, bool zh);

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

// Categories of a colour or cluster encoding: a label per drawn vertex, the sorted category
// names (communities by number), and the index of each vertex's category.
struct Categories {
  std::vector<std::string> names;
  std::vector<std::size_t> sizes;
  std::vector<std::size_t> of;  // per vertex (n entries), meaningful for drawn vertices
};

std::string attribute(std::string_view name, std::string_view value);

std::string_view kind_style(Kind kind);

// Legend samples of the line styles, drawn with box-drawing characters (Noto Sans CJK has them).
std::string_view kind_sample(Kind kind);

// Four significant digits for tooltips; integers without a fraction.
std::string indicator_text(double value);

// Breaks a long name at spaces into lines of about 18 characters; CJK names (no spaces) stay on
// one line, which suits their short length.
std::string wrap(std::string_view text);

std::string layer_set_name(unsigned mask, bool zh = false);

// An id no enterprise has, for the legend node.
std::string unused_id(const net::SymbiosisGraph& graph, std::string id);

std::vector<std::optional<double>> degrees_of(const net::SymbiosisGraph& graph,
                                              net::ViewLayer layer,
                                              const net::LayerAnalysis& indicators);

// Whether the indicators have the column `name` with at least one defined value.
bool has_values(const net::LayerAnalysis& indicators, std::string_view name);

Categories categorize(const std::vector<Vertex>& drawn, std::size_t n,
                      const std::function<std::pair<double, std::string>(Vertex)>& key_of);

std::pair<double, std::string> community_key(const net::LayerAnalysis& indicators, Vertex v,
                                             bool zh = false);

std::pair<double, std::string> text_key(const std::string& text, std::string_view empty);

std::string data_title(const Park& park, const net::SymbiosisGraph& graph,
                       const std::vector<std::size_t>& exchange_indices, bool zh);

std::string choose_engine(const DotOptions& options, std::int32_t nodes);

std::string graph_attributes(const std::string& engine, const std::string& font,
                             const std::string& label, std::int32_t nodes);

std::string legend_block(const net::SymbiosisGraph& graph, const Legend& legend, bool zh,
                         const std::string& font);

std::string quantity_text(const Exchange& x, bool zh = false);

void add_layer_legend(Legend& legend, bool zh, const bool (&layers)[3], const bool (&kinds)[4],
                      bool proposed);

void add_width_legend(Legend& legend, bool zh, const WidthScale& scale, std::string_view what);

// The whole-park drawing, one node per enterprise (full_drawing.cpp).
DotResult full_drawing(const Park& park, const net::SymbiosisGraph& graph,
                       const DotOptions& options, const net::LayerAnalysis& indicators);

// One node per sector, one edge per ordered pair of different sectors (aggregate_drawing.cpp).
DotResult aggregate_drawing(const Park& park, const net::SymbiosisGraph& graph,
                            const DotOptions& options);

}  // namespace symbio::viz::detail
