#include "visualization/report_html.hpp"

#include "visualization/report_interactive.hpp"
#include "visualization/style.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

namespace symbio::viz {
namespace {

constexpr std::string_view kCss = R"css(
:root { --ink: #1a1a1a; --muted: #5a5a5a; --rule: #d0d0d0; --high: #b2182b; --medium: #d6604d; --low: #4393c3; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 64rem; padding: 1.5rem 2rem 4rem; color: var(--ink);
  font: 15px/1.6 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.6rem; border-bottom: 3px solid var(--ink); padding-bottom: .4rem; }
h2 { font-size: 1.3rem; margin-top: 2.2rem; border-bottom: 1px solid var(--rule); padding-bottom: .2rem; }
h3 { font-size: 1.1rem; margin-top: 1.6rem; }
h4 { font-size: 1rem; margin: 1.4rem 0 .3rem; }
nav { font-size: .9rem; color: var(--muted); margin-bottom: 1rem; }
nav a { color: inherit; margin-right: 1rem; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0 1rem; font-size: .9rem; }
th, td { border: 1px solid var(--rule); padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
table.appendix td:nth-child(3) { color: var(--muted); }
p.priority-high { border-left: 4px solid var(--high); padding-left: .5rem; }
p.priority-medium { border-left: 4px solid var(--medium); padding-left: .5rem; }
p.priority-low { border-left: 4px solid var(--low); padding-left: .5rem; }
figure { margin: 1rem 0; text-align: center; }
figure svg { max-width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: .9rem; }
@media print {
  @page { size: A4; margin: 15mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav { display: none; }
  h2 { break-before: auto; break-after: avoid; }
  h3, h4 { break-after: avoid; }
  table, figure, tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
)css";

// The SVG element of a standalone SVG file: the XML declaration, comments before the root and
// the DOCTYPE are dropped so that it can sit inside HTML.
std::string inline_svg(const std::string& svg) {
  const auto start = svg.find("<svg");
  return start == std::string::npos ? std::string() : svg.substr(start);
}

// Text of a paragraph, list item or table cell: escaped, and a span between backticks (an
// identifier: a column name, a library call) set as code, as Markdown shows it.
std::string inline_text(const std::string& text) {
  const std::string escaped = html_escape(text);
  std::string out;
  std::size_t at = 0;
  while (true) {
    const auto open = escaped.find('`', at);
    const auto close = open == std::string::npos ? open : escaped.find('`', open + 1);
    if (close == std::string::npos) break;
    out += escaped.substr(at, open - at) + "<code>" + escaped.substr(open + 1, close - open - 1) +
           "</code>";
    at = close + 1;
  }
  return out + escaped.substr(at);
}

// The network diagram with its tools: search, layer selector, zoom and fit buttons, and the
// details panel the script fills on a click.
std::string network_figure(const std::string& svg, const std::string& caption, bool zh) {
  auto tr = [zh](std::string_view z, std::string_view e) { return std::string(zh ? z : e); };
  std::string out = "<figure class=\"network-figure\">\n<div class=\"network-tools\">";
  out += "<input id=\"search\" type=\"search\" placeholder=\"" +
         tr("搜索企业（名称或编号）", "Search enterprises (name or id)") + "\" aria-label=\"" +
         tr("搜索企业", "Search enterprises") + "\">";
  out += "<span id=\"search-status\" class=\"search-status\"></span>";
  out += "<label>" + tr("层：", "Layer: ") + "<select id=\"layer\">";
  const std::array<std::array<std::string_view, 3>, 4> layers{{{"all", "全部", "all"},
                                                               {"material", "物质", "material"},
                                                               {"energy", "能量", "energy"},
                                                               {"water", "水", "water"}}};
  for (const auto& l : layers) {
    out += "<option value=\"" + std::string(l[0]) + "\">" + tr(l[1], l[2]) + "</option>";
  }
  out += "</select></label>";
  out +=
      "<button type=\"button\" id=\"zoom-in\" title=\"" + tr("放大", "Zoom in") + "\">+</button>";
  out +=
      "<button type=\"button\" id=\"zoom-out\" title=\"" + tr("缩小", "Zoom out") + "\">−</button>";
  out += "<button type=\"button\" id=\"fit\">" + tr("适应窗口", "Fit") + "</button>";
  out += "</div>\n<div class=\"network-body\">\n<div id=\"network\">" + svg +
         "</div>\n<aside id=\"details\" aria-live=\"polite\"><p>" +
         tr("点击图中的企业查看其指标和相关发现；滚轮缩放，拖动平移。",
            "Click an enterprise to see its indicators and findings; wheel to zoom, drag to "
            "pan.") +
         "</p></aside>\n</div>\n<figcaption>" + html_escape(caption) + "</figcaption>\n</figure>\n";
  return out;
}

}  // namespace

std::string html_escape(std::string_view text) {
  return xml_escape(text, "&#39;");
}

std::string report_html(const ReportInput& input) {
  const std::vector<ReportBlock> blocks = report_blocks(input);
  const bool zh = input.language == ReportLanguage::zh;
  std::string title;
  for (const ReportBlock& b : blocks) {
    if (b.kind == ReportBlock::Kind::heading && b.level == 1) {
      title = b.text;
      break;
    }
  }
  std::string out = "<!DOCTYPE html>\n<html lang=\"";
  out += zh ? "zh-CN" : "en";
  out +=
      "\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
  out += html_escape(title);
  out += "</title>\n<style>";
  out += kCss;
  out += report_interactive_css();
  out += "</style>\n</head>\n<body>\n";
  std::string nav;
  for (const ReportBlock& b : blocks) {
    if (b.kind == ReportBlock::Kind::heading && b.level == 2 && !b.anchor.empty()) {
      nav += "<a href=\"#" + html_escape(b.anchor) + "\">" + html_escape(b.text) + "</a>";
    }
  }
  bool nav_written = false;
  std::vector<std::string> drawn;  // enterprises of the interactive diagram
  for (const ReportBlock& b : blocks) {
    const std::string css =
        b.css_class.empty() ? "" : " class=\"" + html_escape(b.css_class) + "\"";
    switch (b.kind) {
      case ReportBlock::Kind::heading: {
        const std::string level = std::to_string(std::clamp(b.level, 1, 6));
        out += "<h" + level;
        if (!b.anchor.empty()) out += " id=\"" + html_escape(b.anchor) + "\"";
        out += ">" + html_escape(b.text) + "</h" + level + ">\n";
        if (b.level == 1 && !nav_written) {
          out += "<nav>" + nav + "</nav>\n";
          nav_written = true;
        }
        break;
      }
      case ReportBlock::Kind::paragraph:
        out += "<p" + css + ">" + inline_text(b.text) + "</p>\n";
        break;
      case ReportBlock::Kind::list:
        out += "<ul>\n";
        for (const auto& row : b.rows)
          out += "<li>" + inline_text(row.at(0)) + "</li>\n";
        out += "</ul>\n";
        break;
      case ReportBlock::Kind::figure:
        if (b.file == input.network_svg_file && !b.svg.empty()) {
          out += network_figure(annotate_network_svg(b.svg, input.graph, &drawn), b.text, zh);
          break;
        }
        out += "<figure>\n" + inline_svg(b.svg) + "\n<figcaption>" + html_escape(b.text) +
               "</figcaption>\n</figure>\n";
        break;
      case ReportBlock::Kind::table:
        out += "<table" + css + ">\n<thead><tr>";
        for (const std::string& h : b.header)
          out += "<th>" + html_escape(h) + "</th>";
        out += "</tr></thead>\n<tbody>\n";
        for (const auto& row : b.rows) {
          out += "<tr>";
          for (const std::string& c : row)
            out += "<td>" + inline_text(c) + "</td>";
          out += "</tr>\n";
        }
        out += "</tbody>\n</table>\n";
        break;
    }
  }
  // The data the script shows, then the pan-and-zoom library and the script, all inline.
  out += "<script type=\"application/json\" id=\"symbio-data\">";
  out += report_data_json(input, drawn);
  out += "</script>\n<script>\n";
  out += pan_zoom_library();
  out += "\n</script>\n<script>\n";
  out += report_script();
  out += "</script>\n</body>\n</html>\n";
  return out;
}

}  // namespace symbio::viz
