#pragma once

#include <string>

#include "visualization/report_markdown.hpp"

namespace symbio::viz {

// report.html: the blocks of report_blocks() as one self-contained HTML5 file: inline CSS
// (with an @media print section: A4, no navigation, tables not split), inline SVG figures (the
// XML declaration and DOCTYPE of the SVG text are dropped), no script, no external resource.
// Every text is escaped; lang="zh-CN" or "en". Deterministic.
std::string report_html(const ReportInput& input);

// Text escaped for HTML content and attribute values (& < > " ').
std::string html_escape(std::string_view text);

}  // namespace symbio::viz
