#pragma once

#include <string>

#include "network/robustness.hpp"

namespace symbio::viz {

struct ChartOptions {
  int width = 640;   // pixels, >= 200
  int height = 420;  // pixels, >= 150
  std::string title = "Robustness under enterprise removal";
  std::string x_label = "share of enterprises removed (q/n)";
  std::string y_label = "largest component share S(q)";
  bool show_index = true;  // legend entries end with "(R = 0.254)"
};

// The robustness curves as a standalone SVG line chart: x = q/n from 0 to 1, y = S(q) from 0 to
// 1, one polyline per strategy in the order of the result, axes with ticks every 0.2 and a light
// grid, a legend, a title. Colours are the Okabe-Ito palette (safe for colour-blind readers),
// adaptive strategies are dashed. Pure text: coordinates with two decimals written with
// std::to_chars (no locale), text escaped for XML, so equal inputs give identical files.
// Consecutive points that fall on the same rounded coordinates are merged. Throws
// std::invalid_argument for a size below the minimum.
std::string robustness_chart_svg(const net::RobustnessResult& result,
                                 const ChartOptions& options = {});

}  // namespace symbio::viz
