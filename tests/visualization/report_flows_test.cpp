#include "visualization/report_flows.hpp"

#include <gtest/gtest.h>

#include "tests/visualization/park_fixture.hpp"

namespace symbio::viz {
namespace {

using test_support::add_enterprise;
using test_support::add_exchange;

// A hub h sending about 2 万吨/年 of fly ash to each of 15 receivers, written in 万吨/年.
Park hub_park() {
  Park park;
  park.name = "hub";
  add_enterprise(park, "h", "Hub", "power");
  for (int i = 0; i < 15; ++i) {
    const std::string id = "r" + std::to_string(i);
    add_enterprise(park, id, "R" + std::to_string(i), "cement");
    add_exchange(park, "h", id, "fly ash", Layer::material, Kind::byproduct, 2e4 + i);
    park.exchanges.back().quantity = Quantity{2 + i * 1e-4, "万吨/年"};
  }
  return park;
}

std::string all_text(const std::vector<ReportBlock>& blocks) {
  std::string text;
  for (const ReportBlock& b : blocks) {
    text += b.text + "\n";
    for (const auto& row : b.rows) {
      for (const auto& cell : row)
        text += cell + "|";
      text += "\n";
    }
  }
  return text;
}

TEST(ReportFlowsTest, BalanceInTheInputsUnitWithBoundedTables) {
  const Park park = hub_park();
  const net::SymbiosisGraph graph(park);
  const net::FlowsResult flows = net::compute_flows(park, graph);
  const std::vector<audit::Finding> findings;
  const std::vector<net::LayerAnalysis> analysis;
  ReportInput input{park, graph, analysis, findings};
  input.language = ReportLanguage::en;
  input.flows = &flows;
  input.top_balance_rows = 5;
  std::vector<ReportBlock> blocks;
  append_quantified_blocks(input, blocks);
  const std::string text = all_text(blocks);
  EXPECT_NE(text.find("(unit: 万吨/年)"), std::string::npos) << text;
  // Internal flow: sum of 2 + i * 1e-4 for i < 15 = 30.0105 万吨/年, printed to 4 digits.
  EXPECT_NE(text.find("Internal flow|30.01|"), std::string::npos) << text;
  // 16 enterprises move something; 5 are listed and the other 11 counted.
  EXPECT_NE(text.find("and 11 more enterprises"), std::string::npos) << text;
}

TEST(ReportFlowsTest, StandardsTableSaysMetOrNotMet) {
  const Park park = hub_park();
  const net::SymbiosisGraph graph(park);
  const std::vector<audit::Finding> findings;
  const std::vector<net::LayerAnalysis> analysis;
  std::vector<audit::StandardIndicator> standards(2);
  standards[0].indicator = "energy_intensity";
  standards[0].chinese = "单位工业增加值综合能耗";
  standards[0].value = 0.2;
  standards[0].unit = "tce/万元";
  standards[0].threshold = 0.5;
  standards[0].direction = "max";
  standards[0].meets = true;
  standards[1] = standards[0];
  standards[1].meets = false;
  ReportInput input{park, graph, analysis, findings};
  input.standards = &standards;
  std::vector<ReportBlock> blocks;
  append_quantified_blocks(input, blocks);
  const std::string text = all_text(blocks);
  EXPECT_NE(text.find("单位工业增加值综合能耗|0.2|tce/万元|"), std::string::npos) << text;
  EXPECT_NE(text.find("|≤|达标|"), std::string::npos) << text;
  EXPECT_NE(text.find("|≤|未达标|"), std::string::npos) << text;
}

TEST(ReportFlowsTest, SankeyBetweenEnterprisesInTheDisplayUnit) {
  const Park park = hub_park();
  const net::SymbiosisGraph graph(park);
  const auto sankeys =
      flow_sankeys(park, graph, net::compute_flows(park, graph), ReportLanguage::en);
  ASSERT_EQ(sankeys.size(), 1u);
  EXPECT_EQ(sankeys[0].first, "sankey_material.svg");
  EXPECT_NE(sankeys[0].second.find("flows between enterprises (万吨/年)"), std::string::npos);
  EXPECT_NE(sankeys[0].second.find("other enterprises (4)"), std::string::npos);
}

}  // namespace
}  // namespace symbio::viz
