#include "visualization/report_pre_assessment.hpp"

#include <gtest/gtest.h>

#include "tests/audit/audit_fixture.hpp"

namespace symbio::viz {
namespace {

const ReportBlock* table_after(const std::vector<ReportBlock>& blocks, const std::string& heading) {
  bool seen = false;
  for (const ReportBlock& b : blocks) {
    if (b.kind == ReportBlock::Kind::heading) seen = b.text == heading;
    if (seen && b.kind == ReportBlock::Kind::table) return &b;
  }
  return nullptr;
}

// The park of the Chinese example, counted from its files by hand (a csv.DictReader over
// enterprises.csv, exchanges.csv, resources.csv and data.csv): 28 enterprises inside the park
// and 6 outside, 20 sectors among those inside; existing exchanges 48 material, 12 energy, 16
// water, every one with a quantity; 8 declared outputs and 6 needs; 17 enterprises in data.csv.
TEST(ReportPreAssessmentTest, ThePark) {
  const auto run = audit::fixture::run_example("coal_chemical_park");
  std::vector<ReportBlock> blocks;
  append_pre_assessment_blocks(ReportInput{.park = run->park,
                                           .graph = *run->graph,
                                           .analysis = run->analysis,
                                           .findings = run->findings,
                                           .language = ReportLanguage::zh},
                               blocks);
  ASSERT_FALSE(blocks.empty());
  EXPECT_EQ(blocks.front().level, 3);
  const ReportBlock* park = table_after(blocks, "园区概况");
  ASSERT_NE(park, nullptr);
  const std::vector<std::vector<std::string>> expected = {
      {"园区内企业", "28"},
      {"园区外部单位（市场、水体、填埋场等）", "6"},
      {"行业数（园区内企业）", "20"},
      {"物质交换（有数量 / 全部）", "48 / 48"},
      {"能量交换（有数量 / 全部）", "12 / 12"},
      {"水交换（有数量 / 全部）", "16 / 16"},
      {"申报的富余产出 / 需求", "8 / 6"},
      {"报送企业数据（data.csv）的企业", "17"}};
  EXPECT_EQ(park->rows, expected);
  const ReportBlock* network = table_after(blocks, "共生网络与网络类型");
  ASSERT_NE(network, nullptr);
  EXPECT_EQ(network->rows.front(), (std::vector<std::string>{"企业数", "34"}));
}

// The audit focus from its scoring (audit::AuditFocus): the weights of the criteria with data,
// one column per such criterion, the rows in rank order, bounded; without rows the key
// enterprises of the findings. The values are set by hand here; the scoring itself is tested in
// the audit module.
TEST(ReportPreAssessmentTest, AuditFocusScoringTable) {
  const auto run = audit::fixture::run_example("kalundborg");
  audit::AuditFocus focus;
  focus.weights = {0.5, 0.5, 0, 0, 0, 0, 0, 0};
  audit::FocusRow first{.rank = 1, .id = "asnaes", .name = "Asnæs", .score = 9.5};
  first.scores[0] = 9.0;
  first.scores[1] = 10.0;
  audit::FocusRow second{.rank = 2, .id = "novo", .name = "Novo", .score = 7.25};
  second.scores[0] = 8.0;
  second.scores[1] = 6.5;
  focus.rows = {first, second};
  ReportInput in{.park = run->park,
                 .graph = *run->graph,
                 .analysis = run->analysis,
                 .findings = run->findings,
                 .language = ReportLanguage::en};
  in.focus = &focus;
  in.top_focus_rows = 1;
  std::vector<ReportBlock> blocks;
  append_pre_assessment_blocks(in, blocks);
  const ReportBlock* table = table_after(blocks, "Choice of the audit focus");
  ASSERT_NE(table, nullptr);
  EXPECT_EQ(table->header, (std::vector<std::string>{"Rank", "Enterprise", "Score",
                                                     "network position", "cascade impact"}));
  ASSERT_EQ(table->rows.size(), 1u);
  EXPECT_EQ(table->rows[0],
            (std::vector<std::string>{"1", "Asnæs power station (DONG Energy) (asnaes)", "9.5", "9",
                                      "10"}));
  bool weights = false;
  bool counted = false;
  for (const ReportBlock& b : blocks) {
    weights = weights || b.text.ends_with("Weights: network position 0.5, cascade impact 0.5.");
    counted = counted || b.text == "1 more enterprises in audit_focus.csv.";
  }
  EXPECT_TRUE(weights);
  EXPECT_TRUE(counted);

  focus.rows.clear();
  blocks.clear();
  append_pre_assessment_blocks(in, blocks);
  table = table_after(blocks, "Choice of the audit focus");
  ASSERT_NE(table, nullptr);
  EXPECT_EQ(table->header.front(), "Enterprise");  // the key enterprises of the findings
  EXPECT_EQ(table->rows.front().front(), "Asnæs power station (DONG Energy) (asnaes)");
}

}  // namespace
}  // namespace symbio::viz
