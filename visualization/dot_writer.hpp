#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/park.hpp"
#include "network/graph.hpp"
#include "network/indicator_table.hpp"

namespace symbio::viz {

// What the fill colour of an enterprise shows. `layer`: the set of layers it exchanges in
// ("energy + water"), over the exchanges drawn.
enum class ColorBy { sector, community, role, layer };
// Which enterprises share a cluster box; `none` draws no boxes.
enum class ClusterBy { none, sector, community };

std::string_view to_string(ColorBy color_by);
std::optional<ColorBy> parse_color_by(std::string_view text);
std::string_view to_string(ClusterBy cluster_by);
std::optional<ClusterBy> parse_cluster_by(std::string_view text);

// The Graphviz layout engines `render` accepts.
inline constexpr std::string_view kLayoutEngines[] = {"dot", "neato", "fdp", "sfdp", "circo"};
bool is_layout_engine(std::string_view engine);

struct DotOptions {
  // The exchanges drawn: those of this view of the graph (so --include and --exclude-external
  // act through the graph). For a view other than `all`, enterprises without an exchange in it
  // are left out; `all` draws isolates too.
  net::ViewLayer layer = net::ViewLayer::all;
  // "" chooses: `dot` (rankdir=LR, suppliers left) up to dot_limit drawn nodes, `sfdp` above.
  std::string engine;
  std::int32_t dot_limit = 150;
  // Indicator behind node size; "" = key_score when the indicators have it, else degree (taken
  // from the indicators, or counted on the view when they lack it).
  std::string size_by;
  ColorBy color_by = ColorBy::sector;
  ClusterBy cluster = ClusterBy::none;
  // Enterprises outlined in thick red (see key_enterprises for `--highlight key`).
  std::vector<net::Vertex> highlight;
  // A cascade's CascadeRun::failed_round (n entries, -1 = survives): fills by failure round and
  // replaces colour_by. Empty: no cascade.
  std::vector<std::int32_t> failed_round;
  // Above this many drawn enterprises the sector-level aggregate is drawn unless `full`.
  std::int32_t aggregate_threshold = 2000;
  bool full = false;
  // Resource names on the edges: automatic (on up to dot_limit drawn nodes), or forced.
  std::optional<bool> edge_labels;
  // "" = the park's name and the year of the data (the latest `year` of the exchanges drawn).
  std::string title;
  // Every graph, node and edge gets this font, so that Chinese names render (fonts-noto-cjk).
  std::string font = "Noto Sans CJK SC";
  // The legend, the title line and the tooltips in Chinese (the Chinese report's diagram);
  // tooltips keep their form "A → B (layer, kind)" with the words translated.
  bool chinese = false;
};

struct DotResult {
  std::string dot;     // the DOT text
  std::string engine;  // the layout engine chosen (also written as the graph's `layout`)
  bool aggregated = false;
  std::string size_by;     // the indicator behind node size; "enterprises" in the aggregate
  std::int32_t nodes = 0;  // nodes drawn (enterprises or sectors), legend left out
  std::int32_t edges = 0;  // edges drawn
  // What the reader of the command should know: the aggregate was drawn instead of every
  // enterprise, enterprises left out of a layer, options the aggregate ignores.
  std::vector<std::string> notes;
};

// The park as a Graphviz digraph, written by our own code so that golden files can test it.
// Conventions:
// - node ids are the enterprise ids (every id quoted), labels are the names; externals are
//   dashed boxes, enterprises filled ellipses; node width grows with the square root of the
//   size indicator between 0.75 and 2.25 inches (minimum size: the label may make it larger);
// - one edge per (supplier, receiver, layer, kind, existing or not): parallel exchanges that
//   would look identical are merged into one edge whose label lists their resources and whose
//   tooltip lists each one with its quantity. This keeps every encoding faithful (an edge never
//   mixes layers or kinds) without drawing five identical arrows between two plants;
// - edge colour by layer, style by kind (product solid, byproduct dashed, waste dotted, utility
//   a double line: Graphviz's `bold` would override penwidth), hollow arrowhead for planned and
//   potential exchanges; penwidth from 1 to 5 on a log scale of the summed canonical amount, per
//   layer, for a layer where every drawn edge has a quantity (quantities of different layers are
//   never compared; each line of a double line gets half); `weight` is never set;
// - a legend (an HTML-like table in its own cluster) lists only the encodings used, and the
//   title names the park, the data year, the layer and the counts;
// - SVG tooltips: per enterprise its sector, role and the indicators present among degree,
//   in/out degree, betweenness, pagerank, key_score, community; per exchange the resource and
//   quantity as written and in the canonical unit.
// Above aggregate_threshold drawn enterprises (and without `full`), one node per sector is
// drawn instead, sized by its enterprises, with one edge per (sector, sector, layer) summing
// the amounts (or counting the exchanges where some lack a quantity), and a note says so.
// Deterministic: equal inputs give identical text. O(n log n + E log E).
// The indicators are enterprise columns, each indexed by Vertex (n entries; nullopt =
// undefined): usually net::analyze_layer of the view that is drawn; none by default.
// Throws OptionError for an unknown engine, a size_by indicator the indicators lack, a
// highlighted vertex out of range, or failed_round of the wrong size.
DotResult network_dot(const Park& park, const net::SymbiosisGraph& graph,
                      const DotOptions& options = {}, const net::LayerAnalysis& indicators = {});

// True when network_dot would draw the sector aggregate (so callers can skip the indicators).
bool draws_aggregate(const net::SymbiosisGraph& graph, const DotOptions& options);

// The enterprises of `--highlight key`: the k highest by key_score when the indicators have it,
// else by degree (from the indicators or counted on the view), only values > 0, ties by index.
// Returned best first.
std::vector<net::Vertex> key_enterprises(const net::SymbiosisGraph& graph,
                                         const net::LayerAnalysis& indicators, std::size_t k = 5,
                                         net::ViewLayer layer = net::ViewLayer::all);

// A DOT double-quoted string: `"` and `\` escaped with a backslash, a line break as `\n` (which
// Graphviz's escString turns back into a line break in labels and tooltips), carriage returns
// dropped.
std::string dot_quote(std::string_view text);

}  // namespace symbio::viz
