#include "visualization/report_bottlenecks.hpp"

#include <gtest/gtest.h>

#include "tests/audit/audit_fixture.hpp"

namespace symbio::viz {
namespace {

// A robustness result written by hand: the table lists each strategy by its name in the
// report's language with R, and beta_c is explained in the same language.
TEST(ReportBottlenecksTest, RobustnessAndToleranceInTheReportsLanguage) {
  const auto run = audit::fixture::run_example("kalundborg");
  net::RobustnessResult robustness;
  net::RobustnessCurve random;
  random.strategy = net::RemovalStrategy::random;
  random.robustness_index = 0.25;
  net::RobustnessCurve degree;
  degree.strategy = net::RemovalStrategy::degree;
  robustness.curves = {random, degree};
  for (const ReportLanguage language : {ReportLanguage::zh, ReportLanguage::en}) {
    const bool zh = language == ReportLanguage::zh;
    std::vector<ReportBlock> blocks;
    append_bottleneck_blocks(ReportInput{.park = run->park,
                                         .graph = *run->graph,
                                         .analysis = run->analysis,
                                         .findings = run->findings,
                                         .robustness = &robustness,
                                         .beta_c = 0.5,
                                         .language = language},
                             blocks);
    ASSERT_FALSE(blocks.empty());
    EXPECT_EQ(blocks.front().level, 3);
    EXPECT_EQ(blocks.front().text, zh ? "依赖关系与瓶颈" : "Dependencies and bottlenecks");
    const ReportBlock* table = nullptr;
    bool tolerance = false;
    for (const ReportBlock& b : blocks) {
      if (b.kind == ReportBlock::Kind::table && table == nullptr) table = &b;
      tolerance = tolerance || b.text.find("β_c = 0.5") != std::string::npos;
    }
    ASSERT_NE(table, nullptr);
    const std::vector<std::vector<std::string>> rows =
        zh ? std::vector<std::vector<std::string>>{{"随机移除", "0.25"}, {"按度移除", "—"}}
           : std::vector<std::vector<std::string>>{{"random", "0.25"}, {"degree", "—"}};
    EXPECT_EQ(table->rows, rows);
    EXPECT_TRUE(tolerance);
  }
}

}  // namespace
}  // namespace symbio::viz
