#include "visualization/report_scenarios.hpp"

#include <gtest/gtest.h>

#include "tests/visualization/park_fixture.hpp"

namespace symbio::viz {
namespace {

using audit::ScenarioGroup;
using audit::ScenarioValue;
using net::ColumnType;

std::string all_text(const std::vector<ReportBlock>& blocks) {
  std::string text;
  for (const ReportBlock& b : blocks) {
    text += b.text + "\n";
    for (const auto& cell : b.header)
      text += cell + "|";
    text += "\n";
    for (const auto& row : b.rows) {
      for (const auto& cell : row)
        text += cell + "|";
      text += "\n";
    }
  }
  return text;
}

// Two scenarios, `existing` and `options`, with values set by hand: density 1/4 -> 1/3, the
// typology unchanged, the material layer's ties unchanged, the degree-removal robustness index
// 0.25 -> 0.3, 15 -> 21 万吨/年 of internal flow,
// a utilisation rate of 10/18 -> 16/18, and a standard indicator of 0.5 tce/万元 in both.
audit::ScenarioComparison comparison() {
  audit::ScenarioComparison c;
  c.scenarios = {{"existing", 0, 0}, {"options", 1, 1}};
  auto rows = [](const std::string& s, double density, double r, double flow, double rate) {
    return std::vector<ScenarioValue>{
        {s, ScenarioGroup::network, "all", "density", density, "", ColumnType::real},
        {s, ScenarioGroup::network, "all", "typology", std::nullopt, "weak completeness",
         ColumnType::real},
        {s, ScenarioGroup::network, "material", "ties", 2.0, "", ColumnType::integer},
        {s, ScenarioGroup::robustness, "all", "robustness_index_degree", r, "", ColumnType::real},
        {s, ScenarioGroup::flows, "material", "internal_flow", flow, "", ColumnType::real},
        {s, ScenarioGroup::flows, "material", "byproduct_utilisation_rate", rate, "",
         ColumnType::real},
        {s, ScenarioGroup::standards, "all", "energy_intensity", 0.5, "", ColumnType::real}};
  };
  c.values = rows("existing", 0.25, 0.25, 150000.0, 10.0 / 18.0);
  for (ScenarioValue& v : rows("options", 1.0 / 3.0, 0.3, 210000.0, 16.0 / 18.0))
    c.values.push_back(v);
  return c;
}

struct Fixture {
  Park park;
  std::unique_ptr<net::SymbiosisGraph> graph;
  std::vector<net::LayerAnalysis> analysis;
  std::vector<audit::Finding> findings;
  net::FlowsResult flows;
  std::vector<audit::StandardIndicator> standards;
  audit::ScenarioComparison scenarios = comparison();

  Fixture() {
    test_support::add_enterprise(park, "a", "A", "power");
    graph = std::make_unique<net::SymbiosisGraph>(park);
    net::LayerFlows material;
    material.layer = Layer::material;
    material.unit = "t/a";
    material.display_unit = "万吨/年";
    material.display_factor = 1e4;
    flows.layers.push_back(material);
    audit::StandardIndicator energy;
    energy.indicator = "energy_intensity";
    energy.chinese = "单位工业增加值综合能耗";
    energy.unit = "tce/万元";
    standards.push_back(energy);
  }
  std::string text(ReportLanguage language, bool with_scenarios = true) const {
    ReportInput input{park, *graph, analysis, findings};
    input.language = language;
    input.flows = &flows;
    input.standards = &standards;
    input.scenarios = with_scenarios ? &scenarios : nullptr;
    std::vector<ReportBlock> blocks;
    append_scenario_blocks(input, blocks);
    return all_text(blocks);
  }
};

TEST(ReportScenariosTest, ChineseTableShowsValuesSideBySideWithDifferences) {
  const std::string text = Fixture().text(ReportLanguage::zh);
  EXPECT_NE(text.find("情景比较"), std::string::npos) << text;
  EXPECT_NE(text.find("指标|现状|方案|"), std::string::npos) << text;
  // 1/3 - 1/4 = 1/12 = 0.08333 (four significant digits).
  EXPECT_NE(text.find("网络密度|0.25|0.3333 (+0.08333)|"), std::string::npos) << text;
  EXPECT_NE(text.find("网络类型|弱完备型|弱完备型|"), std::string::npos) << text;
  EXPECT_NE(text.find("稳健性指数 R（按度数移除）|0.25|0.3 (+0.05)|"), std::string::npos) << text;
  // The material layer's ties do not differ: no row, a sentence instead.
  EXPECT_EQ(text.find("物质：联系数"), std::string::npos) << text;
  EXPECT_NE(text.find("各层网络指标在各情景下相同"), std::string::npos) << text;
  // 150000 t/a = 15 万吨/年, 210000 t/a = 21 万吨/年.
  EXPECT_NE(text.find("物质：园区内部流量（万吨/年）|15|21 (+6)|"), std::string::npos) << text;
  // 10/18 = 55.56 %, 16/18 = 88.89 %, 6/18 = 33.33 points.
  EXPECT_NE(text.find("物质：副产品利用率|55.56%|88.89% (+33.33 个百分点)|"), std::string::npos)
      << text;
  EXPECT_NE(text.find("单位工业增加值综合能耗（tce/万元）|0.5|0.5|"), std::string::npos) << text;
  EXPECT_NE(text.find("方案：加入审核提出的 1 项交换"), std::string::npos) << text;
  EXPECT_NE(text.find("网络新增 1 项交换"), std::string::npos) << text;
}

TEST(ReportScenariosTest, EnglishTableSpeaksEnglish) {
  const std::string text = Fixture().text(ReportLanguage::en);
  EXPECT_NE(text.find("Scenario comparison"), std::string::npos) << text;
  EXPECT_NE(text.find("Indicator|As is|Options|"), std::string::npos) << text;
  EXPECT_NE(text.find("density|0.25|0.3333 (+0.08333)|"), std::string::npos) << text;
  EXPECT_NE(text.find("typology|weak completeness|weak completeness|"), std::string::npos) << text;
  EXPECT_NE(text.find("Robustness index R (removal by degree)|0.25|0.3 (+0.05)|"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("material: Internal flow (万吨/年)|15|21 (+6)|"), std::string::npos) << text;
  EXPECT_NE(text.find("55.56%|88.89% (+33.33 pp)|"), std::string::npos) << text;
  EXPECT_NE(text.find("energy_intensity (tce/万元)|0.5|0.5|"), std::string::npos) << text;
  EXPECT_EQ(text.find("现状"), std::string::npos) << text;
}

TEST(ReportScenariosTest, AScenarioThatAddsNothingSaysSo) {
  Fixture f;
  f.scenarios.scenarios[1] = {"options", 0, 0};
  const std::string text = f.text(ReportLanguage::zh);
  EXPECT_NE(text.find("方案：审核未提出交换，该情景与现状相同。"), std::string::npos) << text;
}

TEST(ReportScenariosTest, NothingWithoutScenarios) {
  EXPECT_EQ(Fixture().text(ReportLanguage::zh, false), "");
}

}  // namespace
}  // namespace symbio::viz
