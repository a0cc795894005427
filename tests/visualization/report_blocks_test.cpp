#include "visualization/report_model.hpp"

#include <gtest/gtest.h>

#include "tests/audit/audit_fixture.hpp"

namespace symbio::viz {
namespace {

std::vector<std::string> level2(const std::vector<ReportBlock>& blocks) {
  std::vector<std::string> out;
  for (const ReportBlock& b : blocks) {
    if (b.kind == ReportBlock::Kind::heading && b.level == 2) out.push_back(b.text);
  }
  return out;
}

// The report's sections are the stages of the audit, numbered in order; the appendix keeps its
// name; the sections built at their own levels (the balance, the findings) sit one level down.
TEST(ReportBlocksTest, StagesInOrder) {
  const auto run = audit::fixture::run_example("coal_chemical_park");
  const ReportInput zh{.park = run->park,
                       .graph = *run->graph,
                       .analysis = run->analysis,
                       .findings = run->findings,
                       .language = ReportLanguage::zh};
  const std::vector<ReportBlock> blocks = report_blocks(zh);
  EXPECT_EQ(level2(blocks), (std::vector<std::string>{"一、概要", "二、预审核", "三、审核",
                                                      "四、方案的产生和筛选", "附录：指标定义"}));
  ASSERT_EQ(blocks.front().level, 1);
  EXPECT_EQ(blocks.front().text, "煤化工园区（示例）");
  bool findings_nested = false;
  for (const ReportBlock& b : blocks)
    findings_nested = findings_nested || (b.anchor == "findings" && b.level == 3);
  EXPECT_TRUE(findings_nested);
  ReportInput en = zh;
  en.language = ReportLanguage::en;
  EXPECT_EQ(level2(report_blocks(en)),
            (std::vector<std::string>{"1. Summary", "2. Pre-assessment", "3. Assessment",
                                      "4. Options: generation and screening",
                                      "Appendix: indicator definitions"}));
}

// The title is the park's name, or ReportInput::title; an empty title (a park named only by its
// file) gives a title without a name.
TEST(ReportBlocksTest, TitleIsTheParksName) {
  const auto run = audit::fixture::run_example("kalundborg");
  ReportInput in{.park = run->park,
                 .graph = *run->graph,
                 .analysis = run->analysis,
                 .findings = run->findings,
                 .language = ReportLanguage::en};
  EXPECT_EQ(report_title(in), "Kalundborg Symbiosis (Denmark)");
  in.title = "Kalundborg";
  EXPECT_EQ(report_title(in), "Kalundborg");
  in.title = "";
  EXPECT_EQ(report_title(in), "Cleaner-production audit of an industrial park");
  in.language = ReportLanguage::zh;
  EXPECT_EQ(report_title(in), "园区清洁生产审核报告");
}

// The summary names rank 1 of the audit focus when the audit scored it.
TEST(ReportBlocksTest, SummaryNamesTheAuditFocus) {
  const auto run = audit::fixture::run_example("kalundborg");
  audit::AuditFocus focus;
  focus.weights = {1, 0, 0, 0, 0, 0, 0, 0};
  focus.rows = {audit::FocusRow{.rank = 1, .id = "novo", .name = "Novo", .score = 10}};
  ReportInput in{.park = run->park,
                 .graph = *run->graph,
                 .analysis = run->analysis,
                 .findings = run->findings,
                 .language = ReportLanguage::zh};
  in.focus = &focus;
  bool named = false;
  for (const ReportBlock& b : report_blocks(in)) {
    if (b.kind != ReportBlock::Kind::table) continue;
    for (const auto& row : b.rows)
      named = named || row == std::vector<std::string>{"审核重点（排名第一）",
                                                       "Novozymes / Novo Nordisk (novo)"};
  }
  EXPECT_TRUE(named);
}

}  // namespace
}  // namespace symbio::viz
