#include "visualization/report_markdown.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "network/dominators.hpp"
#include "network/robustness.hpp"
#include "tests/audit/audit_fixture.hpp"

namespace symbio::viz {
namespace {

struct Report {
  std::unique_ptr<audit::fixture::AuditRun> run;
  net::RobustnessResult robustness;
};

Report audited(const std::string& example) {
  Report r{audit::fixture::run_example(example), {}};
  r.robustness = net::compute_robustness(*r.run->graph, {.runs = 2, .threads = 1});
  return r;
}

ReportInput input_of(const Report& r, ReportLanguage language) {
  return ReportInput{.park = r.run->park,
                     .graph = *r.run->graph,
                     .analysis = r.run->analysis,
                     .findings = r.run->findings,
                     .cascade = r.run->sweep ? &*r.run->sweep : nullptr,
                     .robustness = &r.robustness,
                     .beta_c = 0.25,
                     .network_svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>",
                     .robustness_svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>",
                     .language = language};
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(ReportMarkdownTest, ChineseReportOfTheCoalChemicalPark) {
  const Report r = audited("coal_chemical_park");
  const std::string md = report_markdown(input_of(r, ReportLanguage::zh));
  for (const char* part : {"一、概要",
                           "## 二、预审核",
                           "### 审核重点的确定",
                           "热电厂 (e03)",
                           "### 共生网络与网络类型",
                           "](network.svg)",
                           "## 三、审核",
                           "### 依赖关系与瓶颈",
                           "](robustness.svg)",
                           "## 四、方案的产生和筛选",
                           "### 审核发现",
                           "优先级：高",
                           "### 清洁生产方案",
                           "无/低费",
                           "中/高费",
                           "附录：指标定义",
                           "中介中心性",
                           "粉煤灰",
                           "稳健性指数 R",
                           "弱完备型"}) {
    EXPECT_TRUE(has(md, part)) << part;
  }
  EXPECT_FALSE(has(md, "<svg")) << "Markdown links the figures, it does not inline them";
}

TEST(ReportMarkdownTest, EnglishReportOfKalundborgNamesAsnaes) {
  const Report r = audited("kalundborg");
  const std::string md = report_markdown(input_of(r, ReportLanguage::en));
  const auto focus = md.find("### Choice of the audit focus");
  const auto next = md.find("## 3. Assessment");
  ASSERT_NE(focus, std::string::npos);
  ASSERT_NE(next, std::string::npos);
  const std::string section = md.substr(focus, next - focus);
  EXPECT_TRUE(has(section, "Asnæs power station (DONG Energy) (asnaes)"));
  EXPECT_TRUE(has(md, "The park depends on an anchor enterprise"));
  EXPECT_TRUE(has(md, "No/low-cost") || has(md, "no/low cost"));
  EXPECT_FALSE(has(md, "审核发现"));
}

TEST(ReportMarkdownTest, IsDeterministicAndEscapesTableCells) {
  const Report r = audited("kalundborg");
  EXPECT_EQ(report_markdown(input_of(r, ReportLanguage::zh)),
            report_markdown(input_of(r, ReportLanguage::zh)));
  Report odd = audited("kalundborg");
  odd.run->park.enterprises.front().name = "a|b";
  // The graph keeps its own copy of names: rebuild it.
  odd.run->graph = std::make_unique<net::SymbiosisGraph>(odd.run->park);
  odd.run->findings = audit::run_audit(odd.run->input(), audit::default_thresholds());
  EXPECT_FALSE(has(report_markdown(input_of(odd, ReportLanguage::en)), "| a|b"));
}

TEST(ReportMarkdownTest, NumbersReadWell) {
  EXPECT_EQ(report_number(0.0), "0");
  EXPECT_EQ(report_number(10.0), "10");
  EXPECT_EQ(report_number(0.43274853801), "0.4327");
  EXPECT_EQ(report_number(71.3333333), "71.33");
  EXPECT_EQ(report_number(1465380.4), "1,465,380");
  EXPECT_EQ(report_number(-12345.0), "-12,345");
  EXPECT_EQ(report_number(0.000123456), "0.0001235");
  // Up to 1e15 in digits; from there four significant digits with an exponent, also beyond the
  // range of a long long (a sanitizer found the overflow at 1e300).
  EXPECT_EQ(report_number(999999999999999.0), "999,999,999,999,999");
  EXPECT_EQ(report_number(1.5e300), "1.500e+300");
  EXPECT_EQ(report_number(-9.99e18), "-9.990e+18");
}

TEST(ReportMarkdownTest, EmptyFindingsStillGiveAReport) {
  const Report r = audited("kalundborg");
  const std::vector<audit::Finding> none;
  ReportInput input = input_of(r, ReportLanguage::zh);
  const ReportInput empty{
      .park = input.park, .graph = input.graph, .analysis = input.analysis, .findings = none};
  const std::string md = report_markdown(empty);
  EXPECT_TRUE(has(md, "未确定关键企业"));
  EXPECT_TRUE(has(md, "（未生成网络图）"));
}

}  // namespace
}  // namespace symbio::viz

namespace symbio::viz {
namespace {

// The supply dominators of `all`, most first and bounded: in the coal chemical park 热电厂
// (e03) dominates the most enterprises (4, compared with networkx.immediate_dominators by
// tests/interop/dominators_test.py); with top_dominators = 2 the table has two rows and the
// rest is counted. beta_c of the largest component is a row of the summary.
TEST(ReportMarkdownTest, SupplyDominatorsAreBounded) {
  const Report r = audited("coal_chemical_park");
  const std::vector<net::LayerDominators> dominators = net::supply_dominators(*r.run->graph);
  std::int64_t most = 0;
  std::size_t dominating = 0;
  for (const std::int64_t d : dominators.front().dominated) {
    most = std::max(most, d);
    dominating += d > 0 ? 1 : 0;
  }
  ASSERT_EQ(most, 4);
  ASSERT_GT(dominating, 2u);
  ReportInput in = input_of(r, ReportLanguage::en);
  in.dominators = &dominators;
  in.top_dominators = 2;
  in.beta_c_largest_component = 0.125;
  const std::string md = report_markdown(in);
  const auto at = md.find("### Supply dominators");
  ASSERT_NE(at, std::string::npos);
  const std::string section = md.substr(at, md.find("\n## ", at) - at);
  EXPECT_TRUE(has(section, "(e03) | 4 |")) << section;
  EXPECT_TRUE(has(section, std::to_string(dominating - 2) + " more in dominators.csv")) << section;
  EXPECT_TRUE(has(md, "β_c of the largest component | 0.125"));
}

}  // namespace
}  // namespace symbio::viz
