#pragma once

#include <string>
#include <string_view>

#include "network/robustness.hpp"

namespace symbio::viz {

struct ChartOptions {
  int width = 640;   // pixels, >= 200
  int height = 420;  // pixels, >= 150
  std::string title = "Robustness under enterprise removal";
  std::string x_label = "share of enterprises removed (q/n)";
  std::string y_label = "largest component share S(q)";
  bool show_index = true;  // legend entries end with "(R = 0.254)"
  bool chinese = false;    // strategy names in the legend in Chinese (strategy_name)
};

// The chart's options with every label in English (the defaults) or in Chinese: title,
// axes and the strategies of the legend, for a report in that language.
ChartOptions chart_options(bool chinese);

// The name of a removal strategy as a reader sees it: "random", "degree", ...,
// "adaptive degree"; in Chinese 随机移除, 按度移除, 按中介中心性移除, 按 PageRank 移除,
// 自适应按度移除 (each removal recomputes the ranking), ...
std::string strategy_name(net::RemovalStrategy strategy, bool chinese);

// The width in pixels that `text` takes at `font_size`, estimated (no font is at hand): 0.6 em
// for an ASCII character, 1 em for a wide one (CJK), which overestimates sans-serif Latin text
// slightly so that what is laid out with it is never clipped.
double estimated_text_width(std::string_view text, double font_size);

// The robustness curves as a standalone SVG line chart: x = q/n from 0 to 1, y = S(q) from 0 to
// 1, one polyline per strategy in the order of the result, axes with ticks every 0.2 and a light
// grid, a legend, a title. The legend stands to the right of the plot when its widest entry
// leaves the plot at least half the width, otherwise below the plot (the chart grows in height);
// either way no entry is clipped. Colours are the Okabe-Ito palette (safe for colour-blind
// readers), adaptive strategies are dashed. Pure text: coordinates with two decimals written with
// std::to_chars (no locale), text escaped for XML, so equal inputs give identical files.
// Consecutive points that fall on the same rounded coordinates are merged. Throws
// std::invalid_argument for a size below the minimum.
std::string robustness_chart_svg(const net::RobustnessResult& result,
                                 const ChartOptions& options = {});

}  // namespace symbio::viz
