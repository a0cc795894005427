#include "visualization/robustness_chart.hpp"

#include <gtest/gtest.h>

#include <cctype>
#include <stdexcept>
#include <string>
#include <vector>

namespace symbio::viz {
namespace {

// A minimal well-formedness check: every tag closes in order, attribute values are quoted, no
// raw '<' or stray '&' in text, exactly one root element. Returns an empty string when fine.
std::string xml_problem(const std::string& text) {
  std::vector<std::string> open;
  std::size_t roots = 0;
  std::size_t i = 0;
  if (text.rfind("<?xml", 0) == 0) i = text.find("?>") + 2;
  while (i < text.size()) {
    if (text[i] == '&') {
      const std::size_t end = text.find(';', i);
      if (end == std::string::npos) return "bare &";
      const std::string entity = text.substr(i, end - i + 1);
      if (entity != "&amp;" && entity != "&lt;" && entity != "&gt;" && entity != "&quot;" &&
          entity != "&apos;")
        return "unknown entity " + entity;
      i = end + 1;
      continue;
    }
    if (text[i] != '<') {
      if (text[i] == '>') return "stray >";
      ++i;
      continue;
    }
    bool closing = text[i + 1] == '/';
    std::size_t j = i + (closing ? 2 : 1);
    std::string name;
    while (j < text.size() && (std::isalnum(static_cast<unsigned char>(text[j])) != 0 ||
                               text[j] == '-' || text[j] == ':'))
      name += text[j++];
    if (name.empty()) return "tag without name";
    // Attributes: name="value" pairs.
    bool self_closing = false;
    while (j < text.size() && text[j] != '>') {
      if (text[j] == '"') {
        const std::size_t end = text.find('"', j + 1);
        if (end == std::string::npos) return "unterminated attribute";
        if (text.substr(j, end - j).find('<') != std::string::npos) return "< in attribute";
        j = end + 1;
        continue;
      }
      if (text[j] == '/' && j + 1 < text.size() && text[j + 1] == '>') self_closing = true;
      if (text[j] == '=' && text[j + 1] != '"') return "unquoted attribute in " + name;
      ++j;
    }
    if (j >= text.size()) return "unterminated tag";
    if (closing) {
      if (open.empty() || open.back() != name) return "mismatched </" + name + ">";
      open.pop_back();
    } else if (!self_closing) {
      if (open.empty()) ++roots;
      open.push_back(name);
    } else if (open.empty()) {
      ++roots;
    }
    i = j + 1;
  }
  if (!open.empty()) return "unclosed <" + open.back() + ">";
  if (roots != 1) return "expected one root element";
  return "";
}

net::RobustnessResult sample() {
  net::RobustnessResult r;
  r.n = 4;
  net::RobustnessCurve degree;
  degree.strategy = net::RemovalStrategy::degree;
  degree.order = {1, 2, 0, 3};
  degree.largest_component_share = {1.0, 0.5, 0.25, 0.25, 0.0};
  degree.robustness_index = 0.25;
  net::RobustnessCurve adaptive = degree;
  adaptive.strategy = net::RemovalStrategy::adaptive_betweenness;
  adaptive.largest_component_share = {1.0, 0.5, 0.5, 0.25, 0.0};
  adaptive.robustness_index = 0.3125;
  net::RobustnessCurve random = degree;
  random.strategy = net::RemovalStrategy::random;
  random.order.clear();
  random.largest_component_share = {1.0, 0.75, 0.5, 0.25, 0.0};
  random.robustness_index = 0.375;
  r.curves = {random, degree, adaptive};
  return r;
}

TEST(RobustnessChartTest, WellFormedWithEveryStrategy) {
  const std::string svg = robustness_chart_svg(sample());
  EXPECT_EQ(xml_problem(svg), "");
  for (const char* name : {"random", "degree", "adaptive betweenness"})
    EXPECT_NE(svg.find(std::string(">") + name), std::string::npos) << name;
  EXPECT_NE(svg.find("(R = 0.250)"), std::string::npos);
  EXPECT_NE(svg.find("stroke-dasharray"), std::string::npos);  // the adaptive curve
  EXPECT_NE(svg.find("#0072B2"), std::string::npos);
  EXPECT_NE(svg.find(">0.4<"), std::string::npos);  // a tick label
  EXPECT_EQ(svg, robustness_chart_svg(sample()));   // deterministic
}

// The widest legend entry, "adaptive betweenness (R = 0.312)", is 33 characters: 33 * 0.6 * 12
// = 237.6 px, so the legend takes 30 + 237.6 + 12 = 279.6 px and would leave the plot
// 640 - 64 - 14 - 279.6 = 282.4 px, less than half the width: it goes below the plot, which then
// spans x 64..620 (width - 20) and y 368..40 with the default 640 x 420, and the chart grows by
// 3 rows of 20 px plus 8 px to 488 px. The degree curve starts at (64.00, 40.00) and ends at
// (620.00, 368.00); S(1) = 0.5 at x = 64 + 556/4 = 203.00, y = 368 - 0.5 * 328 = 204.
TEST(RobustnessChartTest, CoordinatesByHand) {
  const std::string svg = robustness_chart_svg(sample());
  EXPECT_NE(svg.find("points=\"64.00,40.00 203.00,204.00 342.00,286.00 481.00,286.00 "
                     "620.00,368.00\""),
            std::string::npos)
      << svg;
  EXPECT_NE(svg.find("height=\"488\""), std::string::npos);
  // First legend row below the plot: y = 420 + 8, at the plot's left edge.
  EXPECT_NE(svg.find("<line x1=\"64.00\" y1=\"428.00\" x2=\"88.00\" y2=\"428.00\""),
            std::string::npos);
}

// A short legend stays to the right: "degree (R = 0.250)" is 18 characters, 18 * 7.2 = 129.6 px,
// the legend 171.6 px, the plot's right edge 640 - 14 - 171.6 = 454.40 and the legend's lines
// start 14 px further, at 468.40; the chart keeps its 420 px.
TEST(RobustnessChartTest, ShortLegendStaysRight) {
  net::RobustnessResult r = sample();
  r.curves = {r.curves[1]};
  const std::string svg = robustness_chart_svg(r);
  EXPECT_NE(svg.find("height=\"420\""), std::string::npos);
  EXPECT_NE(svg.find("<line x1=\"468.40\" y1=\"48.00\""), std::string::npos) << svg;
  EXPECT_NE(svg.find("454.40,368.00\""), std::string::npos);
}

TEST(RobustnessChartTest, ChineseStrategyNames) {
  const std::string svg = robustness_chart_svg(sample(), chart_options(true));
  for (const char* name :
       {">随机移除 (R = 0.375)<", ">按度移除 (R = 0.250)<", ">自适应按中介中心性移除 (R = 0.312)<",
        ">企业移除下的网络稳健性<", ">移除企业占比 (q/n)<", ">最大连通分量占比 S(q)<"})
    EXPECT_NE(svg.find(name), std::string::npos) << name;
  EXPECT_EQ(svg.find("share of enterprises removed"), std::string::npos);
  EXPECT_EQ(robustness_chart_svg(sample(), chart_options(false)), robustness_chart_svg(sample()));
  // 随 is a three-byte character: one em; "ab" two ASCII characters: 1.2 em.
  EXPECT_DOUBLE_EQ(estimated_text_width("随", 10.0), 10.0);
  EXPECT_DOUBLE_EQ(estimated_text_width("ab", 10.0), 12.0);
}

TEST(RobustnessChartTest, EscapesTextAndChecksSize) {
  ChartOptions o;
  o.title = "Park <A> & \"B\" 园区";
  const std::string svg = robustness_chart_svg(sample(), o);
  EXPECT_EQ(xml_problem(svg), "");
  EXPECT_NE(svg.find("Park &lt;A&gt; &amp; &quot;B&quot; 园区"), std::string::npos);
  o.width = 100;
  EXPECT_THROW(robustness_chart_svg(sample(), o), std::invalid_argument);
  // An empty result is still a valid (empty) chart.
  EXPECT_EQ(xml_problem(robustness_chart_svg(net::RobustnessResult{})), "");
}

}  // namespace
}  // namespace symbio::viz
