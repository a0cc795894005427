#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "network/graph.hpp"
#include "visualization/report_model.hpp"

namespace symbio::viz {

// The interactive parts of report.html: the network diagram marked up for the page's script,
// the data the script shows on a click, and the script and styles themselves.

// The Graphviz SVG of network_dot() with, on every enterprise's group (`<g class="node">`
// whose title is an enterprise id of `graph`), the attribute data-enterprise="ID", and on every
// exchange's group (`<g class="edge">`) data-layer="material|energy|water", read from the
// edge's tooltip, whose first line ends with "(layer, kind)" (network_dot's convention). The
// XML declaration and DOCTYPE are dropped so that the SVG sits inside HTML. Returns the ids
// marked, in drawing order, through `drawn` when it is not null. Text that is not well-formed
// XML is returned unchanged (after the prolog is dropped). O(size of the SVG).
std::string annotate_network_svg(std::string_view svg, const net::SymbiosisGraph& graph,
                                 std::vector<std::string>* drawn = nullptr);

// The JSON document the page's script reads (in a <script type="application/json"> element):
// {"lang", "labels": {...interface words in the report's language},
//  "enterprises": {ID: {"name", "sector", "indicators": [[label, text], ...],
//                       "findings": [[priority, title], ...]}}}
// for the enterprises `ids` (the ones drawn: a drawing of thousands of enterprises draws
// sectors, and then the document holds no enterprise, which keeps the page's size linear in
// what it shows). The indicators are those of the layer `all` that the analysis has, in a fixed
// order (key score and its rank, degrees, betweenness, cascade impact, vulnerability, ...),
// printed as the report prints numbers. "</" is written "<\/" so that the text cannot close its
// script element. Deterministic.
std::string report_data_json(const ReportInput& input, const std::vector<std::string>& ids);

// The page's script (pan and zoom through the embedded svg-pan-zoom, details on a click,
// search, layer selector, sortable tables) and the styles it needs, screen and print.
std::string_view report_script();
std::string_view pan_zoom_library();
std::string_view report_interactive_css();

}  // namespace symbio::viz
