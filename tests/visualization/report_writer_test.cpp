#include "visualization/detail/report_writer.hpp"

#include <gtest/gtest.h>

#include "tests/audit/audit_fixture.hpp"

namespace symbio::viz::detail {
namespace {

struct Fixture {
  std::unique_ptr<audit::fixture::AuditRun> run = audit::fixture::run_example("coal_chemical_park");
  std::vector<ReportBlock> blocks;
  ReportInput input(ReportLanguage language) const {
    return ReportInput{.park = run->park,
                       .graph = *run->graph,
                       .analysis = run->analysis,
                       .findings = run->findings,
                       .language = language};
  }
};

// Enterprises by name and id, exchanges by their resource (exchanges.csv: c79 is 余热 from e03
// to e26), never by the id alone.
TEST(ReportWriterTest, NamesEnterprisesAndExchanges) {
  Fixture f;
  const ReportInput in = f.input(ReportLanguage::zh);
  const BlockWriter w(in, f.blocks);
  EXPECT_EQ(w.who("e03"), "热电厂 (e03)");
  EXPECT_EQ(w.who("c79"), "余热 (c79)");
  EXPECT_EQ(w.who("no-such-id"), "no-such-id");
  EXPECT_EQ(w.join({"a", "b"}), "a、b");
  EXPECT_EQ(w.join_semicolons({"a", "b"}), "a；b");
}

// Evidence names in the report's language, never as keys: the Chinese name of the indicator
// (network/conventions.hpp), its layer named, the audit's own figures from their table.
TEST(ReportWriterTest, LabelsOfIndicatorsAndValues) {
  Fixture f;
  const ReportInput zh = f.input(ReportLanguage::zh);
  const BlockWriter z(zh, f.blocks);
  EXPECT_EQ(z.indicator_label("all.degree"), "度");
  EXPECT_EQ(z.indicator_label("material.in_degree"), "入度（物质）");
  EXPECT_EQ(z.indicator_label("audit.key_rank"), "关键企业排名");
  EXPECT_EQ(z.indicator_label("audit.supplier_share.water"), "单一供应方占比");
  EXPECT_EQ(z.indicator_label("all.bridge"), "桥接交换");
  EXPECT_EQ(z.value_text(true), "是");
  EXPECT_EQ(z.value_text(std::string("weak completeness")), "弱完备型");
  EXPECT_EQ(z.value_text(0.123456), "0.1235");
  EXPECT_EQ(z.typology(), "弱完备型");
  const ReportInput en = f.input(ReportLanguage::en);
  const BlockWriter e(en, f.blocks);
  EXPECT_EQ(e.indicator_label("all.cascade_impact"), "cascade impact");
  EXPECT_EQ(e.indicator_label("water.degree"), "degree (water)");
  EXPECT_EQ(e.indicator_label("cascade.cascade_failed"), "enterprises failing in the cascade");
  EXPECT_EQ(e.value_text(false), "no");
  EXPECT_EQ(e.value_text(std::string("count")), "by number of exchanges");
}

// nest() moves the headings added since a point one level deeper, at most to level 6.
TEST(ReportWriterTest, NestsHeadings) {
  Fixture f;
  const ReportInput in = f.input(ReportLanguage::en);
  BlockWriter w(in, f.blocks);
  w.heading(2, "stage");
  const std::size_t from = w.size();
  w.heading(2, "section");
  w.paragraph("text");
  w.heading(6, "deep");
  w.nest(from, 1);
  ASSERT_EQ(f.blocks.size(), 4u);
  EXPECT_EQ(f.blocks[0].level, 2);
  EXPECT_EQ(f.blocks[1].level, 3);
  EXPECT_EQ(f.blocks[3].level, 6);
}

}  // namespace
}  // namespace symbio::viz::detail
