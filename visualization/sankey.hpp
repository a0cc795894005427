#pragma once

#include <string>
#include <vector>

#include "core/park.hpp"
#include "network/graph.hpp"

namespace symbio::viz {

// What a bar stands for: a sector, or an enterprise (the `max_enterprises` with the largest
// flow in the layer, the others together in one bar, so the drawing stays readable for a
// large park).
enum class SankeyGroup { sector, enterprise };

struct SankeyOptions {
  Layer layer = Layer::material;
  SankeyGroup group = SankeyGroup::sector;
  std::size_t max_enterprises = 12;
  std::string others_label = "others";
  // Quantities shown in this unit ("万吨/年"), one of it being `unit_factor` canonical units;
  // "" = the layer's canonical unit.
  std::string unit;
  double unit_factor = 1.0;
  int width = 960;  // pixels, >= 400
  // Height of the bars' column in pixels; 0 = 32 per sector of the longer column, at least 320.
  int plot_height = 0;
  std::string title;  // "" = "<park>: <layer> flows between sectors|enterprises (<unit>)"
  std::string font = "Noto Sans CJK SC, Noto Sans, sans-serif";
  double min_band_px = 0.5;  // thinnest band drawn; its label keeps the true number
  // The subtitle, the bands' tooltips and "(no sector)" in Chinese (the Chinese report's
  // diagrams); set the title and others_label in the same language.
  bool chinese = false;
};

struct SankeyResult {
  std::string svg;
  std::vector<std::string> notes;  // exchanges left out for lack of a quantity
};

// A Sankey-style SVG of one layer's flows between sectors, written by our own code: supplying
// sectors as bars in the left column, receiving sectors in the right one (a sector that does
// both appears twice, so flows within a sector are bands too), bars ordered by their total
// (largest first, ties by name). Band widths are proportional to the summed canonical amounts
// (one pixel scale for every band, so widths compare across the drawing); a band thinner than
// min_band_px is drawn at that width while its label and tooltip keep the true number. Bars are
// labelled with the sector and its total, bands wide enough with their quantity, every band has
// a tooltip (<title>) "A → B: quantity unit (k exchanges)". Sector colours are those of
// network_dot's sector fill on the view `all`. Exchanges without a quantity are left out with a
// note. Deterministic. O(E + S^2) for S sectors.
// Throws OptionError when the graph has no exchange in the layer or none has a quantity, and
// std::invalid_argument for a width below 400.
SankeyResult sankey_svg(const Park& park, const net::SymbiosisGraph& graph,
                        const SankeyOptions& options = {});

}  // namespace symbio::viz
