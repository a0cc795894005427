#pragma once

#include <string>

#include "visualization/report_model.hpp"

namespace symbio::viz {

// report.html: the blocks of report_blocks() as one self-contained HTML5 file that works
// offline: inline CSS (with an @media print section: A4, no navigation or tools, tables not
// split), inline SVG figures (the XML declaration and DOCTYPE of the SVG text are dropped), and
// inline scripts, no external resource. The network diagram (the figure whose file is
// input.network_svg_file) sits in #network with pan and zoom (wheel, drag, #fit, #zoom-in,
// #zoom-out), a search box #search that highlights matching enterprises, a layer selector
// #layer (all, material, energy, water) and a panel #details filled on a click on an enterprise
// (annotate_network_svg, report_data_json); every table sorts by a click on its header. Every
// text is escaped; lang="zh-CN" or "en". Deterministic.
std::string report_html(const ReportInput& input);

// Text escaped for HTML content and attribute values (& < > " ').
std::string html_escape(std::string_view text);

}  // namespace symbio::viz
