#include "visualization/report_findings.hpp"

#include <gtest/gtest.h>

#include <regex>

#include "network/flows.hpp"
#include "tests/audit/audit_fixture.hpp"

namespace symbio::viz {
namespace {

struct Audited {
  std::unique_ptr<audit::fixture::AuditRun> run;
  net::FlowsResult flows;
};

// The coal-chemical example with its flows, so that the findings speak in 万吨/年.
Audited coal_park() {
  Audited r{audit::fixture::run_example("coal_chemical_park"), {}};
  r.flows = net::compute_flows(r.run->park, *r.run->graph);
  audit::AuditInput input = r.run->input();
  input.flows = &r.flows;
  r.run->findings = audit::run_audit(input, audit::default_thresholds());
  return r;
}

std::vector<ReportBlock> blocks_of(const Audited& r, ReportLanguage language, bool options) {
  const ReportInput input{.park = r.run->park,
                          .graph = *r.run->graph,
                          .analysis = r.run->analysis,
                          .findings = r.run->findings,
                          .language = language,
                          .flows = &r.flows};
  std::vector<ReportBlock> blocks;
  if (options) {
    append_options_blocks(input, blocks);
  } else {
    append_findings_blocks(input, blocks);
  }
  return blocks;
}

std::string text_of(const std::vector<ReportBlock>& blocks) {
  std::string out;
  for (const ReportBlock& b : blocks) {
    out += b.text + "\n";
    for (const std::string& h : b.header)
      out += h + "\n";
    for (const auto& row : b.rows) {
      for (const std::string& cell : row)
        out += cell + "\n";
    }
  }
  return out;
}

TEST(ReportFindingsTest, ChineseFindingsSpeakTheParksTerms) {
  const Audited r = coal_park();
  const std::string text = text_of(blocks_of(r, ReportLanguage::zh, false));
  // Resources by name, in the input's unit, with their share of the layer.
  for (const char* part : {"粉煤灰", "污泥", "万吨/年", "万m3/年", "占物质层", "事故应急池"}) {
    EXPECT_NE(text.find(part), std::string::npos) << part;
  }
  // No interface word in English: rule ids, evidence keys, English labels.
  for (const char* word : {"cascade-critical", "audit.", "Rule", "Subjects", "priority",
                           "Recommendation", "same-resource", "true", "false"}) {
    EXPECT_EQ(text.find(word), std::string::npos) << word;
  }
  // No exchange id alone: an exchange id always follows its resource in brackets (合成气 (c16)).
  const std::regex bare(R"((^|[^(0-9a-z])c[0-9]{2}([^0-9]|$))");
  EXPECT_FALSE(std::regex_search(text, bare));
}

TEST(ReportFindingsTest, EnglishFindingsAreEnglish) {
  const Audited r = coal_park();
  const std::string text = text_of(blocks_of(r, ReportLanguage::en, false));
  for (const char* word : {"建议", "优先级", "方面", "证据", "占物质层"})
    EXPECT_EQ(text.find(word), std::string::npos) << word;
  EXPECT_NE(text.find("Recommendation: "), std::string::npos);
}

TEST(ReportFindingsTest, OptionsAreGroupedByCostAndRankedByBenefit) {
  // The medium/high-cost options lead with the largest share of a layer's flow: the carbide
  // furnace gas to the methanol plant, 50000 tce/a = 1465380 GJ/a of the energy layer's
  // 58847713.6 GJ/a (internal + import + export of flows.csv: 35058340.4 + 389310 + 23400000)
  // = 2.49 %, above the water reuse (150 万m3/年 of 6655 万m3/年 = 2.25 %) and the slag and fly
  // ash (below 1 % of the material layer).
  const Audited r = coal_park();
  const std::vector<ReportBlock> blocks = blocks_of(r, ReportLanguage::zh, true);
  std::vector<const ReportBlock*> tables;
  for (const ReportBlock& b : blocks) {
    if (b.kind == ReportBlock::Kind::table) tables.push_back(&b);
  }
  ASSERT_EQ(tables.size(), 2u);  // 无/低费, 中/高费
  const ReportBlock& high = *tables[1];
  ASSERT_FALSE(high.rows.empty());
  EXPECT_NE(high.rows[0][1].find("电石炉尾气"), std::string::npos) << high.rows[0][1];
  EXPECT_NE(high.rows[0][1].find("甲醇厂"), std::string::npos);
  EXPECT_NE(high.rows[0][4].find("50,000 tce/a"), std::string::npos) << high.rows[0][4];
  EXPECT_NE(high.rows[1][1].find("中水"), std::string::npos) << high.rows[1][1];
  // No enterprise-level audit among the options other than the audit focus's own.
  for (const ReportBlock* t : tables) {
    for (const auto& row : t->rows) {
      if (row[5] != "关键企业（审核重点）") {
        EXPECT_EQ(row[1].find("企业层面"), std::string::npos) << row[1];
      }
    }
  }
}

}  // namespace
}  // namespace symbio::viz
