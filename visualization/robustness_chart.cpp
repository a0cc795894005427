#include "visualization/robustness_chart.hpp"

#include "visualization/style.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <stdexcept>
#include <string_view>

namespace symbio::viz {

namespace {

// Okabe and Ito (2008), ordered so that the first colours differ most on white; yellow last.
constexpr std::string_view kPalette[] = {"#0072B2", "#D55E00", "#009E73", "#CC79A7",
                                         "#E69F00", "#56B4E9", "#000000", "#F0E442"};

// SVG coordinates and labels with a fixed number of decimals (style.hpp's coord()).
std::string coord(double value, int decimals = 2) {
  return fixed(value, decimals);
}

bool adaptive(net::RemovalStrategy s) {
  return s == net::RemovalStrategy::adaptive_degree ||
         s == net::RemovalStrategy::adaptive_betweenness ||
         s == net::RemovalStrategy::adaptive_pagerank;
}

std::string legend_label(const net::RobustnessCurve& curve, const ChartOptions& options) {
  std::string label = strategy_name(curve.strategy, options.chinese);
  if (options.show_index && curve.robustness_index)
    label += " (R = " + coord(*curve.robustness_index, 3) + ")";
  return label;
}

}  // namespace

ChartOptions chart_options(bool chinese) {
  ChartOptions options;
  if (chinese) {
    options.title = "企业移除下的网络稳健性";
    options.x_label = "移除企业占比 (q/n)";
    options.y_label = "最大连通分量占比 S(q)";
    options.chinese = true;
  }
  return options;
}

std::string strategy_name(net::RemovalStrategy strategy, bool chinese) {
  using S = net::RemovalStrategy;
  switch (strategy) {
    case S::random:
      return chinese ? "随机移除" : "random";
    case S::degree:
      return chinese ? "按度移除" : "degree";
    case S::betweenness:
      return chinese ? "按中介中心性移除" : "betweenness";
    case S::pagerank:
      return chinese ? "按 PageRank 移除" : "PageRank";
    case S::adaptive_degree:
      return chinese ? "自适应按度移除" : "adaptive degree";
    case S::adaptive_betweenness:
      return chinese ? "自适应按中介中心性移除" : "adaptive betweenness";
    case S::adaptive_pagerank:
      return chinese ? "自适应按 PageRank 移除" : "adaptive PageRank";
  }
  return std::string(net::to_string(strategy));
}

double estimated_text_width(std::string_view text, double font_size) {
  double em = 0.0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      em += 0.6;
    } else if (byte >= 0xC0) {
      em += byte >= 0xE0 ? 1.0 : 0.6;  // lead byte of a 3- or 4-byte sequence: a wide character
    }
  }
  return em * font_size;
}

std::string robustness_chart_svg(const net::RobustnessResult& result, const ChartOptions& options) {
  if (options.width < 200 || options.height < 150) {
    throw std::invalid_argument("robustness chart needs at least 200 x 150 pixels");
  }
  const double width = options.width;
  // Plot area, leaving room for the title, the axis labels and the legend: to the right when
  // the widest entry leaves the plot half the width, else in rows below the x-axis label.
  double widest = 0.0;
  for (const net::RobustnessCurve& curve : result.curves)
    widest = std::max(widest, estimated_text_width(legend_label(curve, options), 12.0));
  const double legend_width = 30.0 + widest + 12.0;
  const bool legend_right = width - 64.0 - 14.0 - legend_width >= width / 2.0;
  const double legend_rows = legend_right ? 0.0 : static_cast<double>(result.curves.size());
  const double height = options.height + 20.0 * legend_rows + (legend_rows > 0 ? 8.0 : 0.0);
  const int total_height = static_cast<int>(std::lround(height));
  const double left = 64.0;
  const double top = 40.0;
  const double right = legend_right ? width - 14.0 - legend_width : width - 20.0;
  const double bottom = options.height - 52.0;
  auto x_of = [&](double share) { return left + share * (right - left); };
  auto y_of = [&](double share) { return bottom - share * (bottom - top); };

  std::string svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + std::to_string(options.width) +
         "\" height=\"" + std::to_string(total_height) + "\" viewBox=\"0 0 " +
         std::to_string(options.width) + " " + std::to_string(total_height) +
         "\" font-family=\"sans-serif\" font-size=\"12\">\n";
  svg += "<title>" + xml_escape(options.title) + "</title>\n";
  svg += "<rect x=\"0\" y=\"0\" width=\"" + std::to_string(options.width) + "\" height=\"" +
         std::to_string(total_height) + "\" fill=\"#ffffff\"/>\n";
  svg += "<text x=\"" + coord(width / 2.0) +
         "\" y=\"24\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"bold\">" +
         xml_escape(options.title) + "</text>\n";

  svg += "<g id=\"axes\" stroke=\"#000000\" stroke-width=\"1\">\n";
  for (int i = 0; i <= 5; ++i) {
    const double t = i / 5.0;
    const std::string label = coord(t, 1);
    const std::string x = coord(x_of(t));
    const std::string y = coord(y_of(t));
    svg += "<line x1=\"" + x + "\" y1=\"" + coord(top) + "\" x2=\"" + x + "\" y2=\"" +
           coord(bottom) + "\" stroke=\"#dddddd\"/>\n";
    svg += "<line x1=\"" + coord(left) + "\" y1=\"" + y + "\" x2=\"" + coord(right) + "\" y2=\"" +
           y + "\" stroke=\"#dddddd\"/>\n";
    svg += "<line x1=\"" + x + "\" y1=\"" + coord(bottom) + "\" x2=\"" + x + "\" y2=\"" +
           coord(bottom + 5.0) + "\"/>\n";
    svg += "<line x1=\"" + coord(left - 5.0) + "\" y1=\"" + y + "\" x2=\"" + coord(left) +
           "\" y2=\"" + y + "\"/>\n";
    svg += "<text x=\"" + x + "\" y=\"" + coord(bottom + 18.0) +
           "\" text-anchor=\"middle\" stroke=\"none\">" + label + "</text>\n";
    svg += "<text x=\"" + coord(left - 8.0) + "\" y=\"" + coord(y_of(t) + 4.0) +
           "\" text-anchor=\"end\" stroke=\"none\">" + label + "</text>\n";
  }
  svg += "<line x1=\"" + coord(left) + "\" y1=\"" + coord(bottom) + "\" x2=\"" + coord(right) +
         "\" y2=\"" + coord(bottom) + "\"/>\n";
  svg += "<line x1=\"" + coord(left) + "\" y1=\"" + coord(top) + "\" x2=\"" + coord(left) +
         "\" y2=\"" + coord(bottom) + "\"/>\n";
  svg += "</g>\n";
  svg += "<text x=\"" + coord((left + right) / 2.0) + "\" y=\"" + coord(options.height - 14.0) +
         "\" text-anchor=\"middle\">" + xml_escape(options.x_label) + "</text>\n";
  svg += "<text x=\"18\" y=\"" + coord((top + bottom) / 2.0) +
         "\" text-anchor=\"middle\" transform=\"rotate(-90 18 " + coord((top + bottom) / 2.0) +
         ")\">" + xml_escape(options.y_label) + "</text>\n";

  svg += "<g id=\"curves\" fill=\"none\" stroke-width=\"2\">\n";
  const std::size_t colours = std::size(kPalette);
  for (std::size_t c = 0; c < result.curves.size(); ++c) {
    const net::RobustnessCurve& curve = result.curves[c];
    const auto& s = curve.largest_component_share;
    if (s.empty()) continue;
    const double steps = s.size() > 1 ? static_cast<double>(s.size() - 1) : 1.0;
    std::string points;
    std::string last;
    for (std::size_t q = 0; q < s.size(); ++q) {
      const std::string point =
          coord(x_of(static_cast<double>(q) / steps)) + "," + coord(y_of(s[q]));
      if (point == last) continue;
      if (!points.empty()) points += ' ';
      points += point;
      last = point;
    }
    svg += "<polyline data-strategy=\"" + xml_escape(net::to_string(curve.strategy)) +
           "\" stroke=\"" + std::string(kPalette[c % colours]) + "\"";
    if (adaptive(curve.strategy)) svg += " stroke-dasharray=\"6 3\"";
    svg += " points=\"" + points + "\"/>\n";
  }
  svg += "</g>\n";

  svg += "<g id=\"legend\" font-size=\"12\">\n";
  const double legend_x = legend_right ? right + 14.0 : left;
  const double legend_top = legend_right ? top + 8.0 : options.height + 8.0;
  for (std::size_t c = 0; c < result.curves.size(); ++c) {
    const net::RobustnessCurve& curve = result.curves[c];
    const double y = legend_top + 20.0 * static_cast<double>(c);
    svg += "<line x1=\"" + coord(legend_x) + "\" y1=\"" + coord(y) + "\" x2=\"" +
           coord(legend_x + 24.0) + "\" y2=\"" + coord(y) + "\" stroke=\"" +
           std::string(kPalette[c % colours]) + "\" stroke-width=\"2\"";
    if (adaptive(curve.strategy)) svg += " stroke-dasharray=\"6 3\"";
    svg += "/>\n";
    const std::string label = legend_label(curve, options);
    svg += "<text x=\"" + coord(legend_x + 30.0) + "\" y=\"" + coord(y + 4.0) + "\">" +
           xml_escape(label) + "</text>\n";
  }
  svg += "</g>\n</svg>\n";
  return svg;
}

}  // namespace symbio::viz
