#include "visualization/report_html.hpp"

#include <gtest/gtest.h>

#include <set>

#include "network/robustness.hpp"
#include "tests/audit/audit_fixture.hpp"

namespace symbio::viz {
namespace {

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

struct Html {
  std::unique_ptr<audit::fixture::AuditRun> run;
  net::RobustnessResult robustness;
  std::string text;
};

Html render(const std::string& example, ReportLanguage language,
            const std::string& park_name = "") {
  Html h{audit::fixture::run_example(example), {}, {}};
  if (!park_name.empty()) h.run->park.name = park_name;
  h.robustness = net::compute_robustness(*h.run->graph, {.runs = 2, .threads = 1});
  h.text = report_html(ReportInput{
      .park = h.run->park,
      .graph = *h.run->graph,
      .analysis = h.run->analysis,
      .findings = h.run->findings,
      .cascade = h.run->sweep ? &*h.run->sweep : nullptr,
      .robustness = &h.robustness,
      .network_svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE svg>\n"
                     "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"net\"><text>n</text></svg>\n",
      .robustness_svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"rob\"></svg>",
      .language = language});
  return h;
}

TEST(ReportHtmlTest, IsOneSelfContainedFile) {
  const Html h = render("coal_chemical_park", ReportLanguage::zh);
  EXPECT_TRUE(h.text.starts_with("<!DOCTYPE html>"));
  EXPECT_TRUE(has(h.text, "<html lang=\"zh-CN\">"));
  EXPECT_TRUE(has(h.text, "<style>"));
  EXPECT_TRUE(has(h.text, "@media print"));
  // Scripts inline (pan and zoom, details, search, layers, sorting), nothing loaded.
  EXPECT_TRUE(has(h.text, "<script>"));
  EXPECT_TRUE(has(h.text, "<script type=\"application/json\" id=\"symbio-data\">"));
  EXPECT_FALSE(has(h.text, "<script src"));
  EXPECT_FALSE(has(h.text, "<link"));
  EXPECT_FALSE(has(h.text, " src="));
  // Links only to anchors of the page.
  const std::string href = "href=\"";
  for (std::size_t at = h.text.find(href); at != std::string::npos;
       at = h.text.find(href, at + 1)) {
    const std::size_t value = at + href.size();
    const std::string target = h.text.substr(value, h.text.find('"', value) - value);
    EXPECT_EQ(target.front(), '#') << target;
  }
  // Both figures inline, without the XML prologue of the standalone file.
  EXPECT_TRUE(has(h.text, "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"net\">"));
  EXPECT_TRUE(has(h.text, "id=\"rob\""));
  EXPECT_FALSE(has(h.text, "<?xml"));
  EXPECT_FALSE(has(h.text, "<!DOCTYPE svg>"));
}

TEST(ReportHtmlTest, ChineseContentOfTheCoalChemicalPark) {
  const Html h = render("coal_chemical_park", ReportLanguage::zh);
  for (const char* part : {"审核重点", "热电厂 (e03)", "无/低费", "中/高费", "附录：指标定义",
                           "id=\"focus\"", "id=\"findings\""}) {
    EXPECT_TRUE(has(h.text, part)) << part;
  }
}

TEST(ReportHtmlTest, KalundborgInEnglishNamesAsnaes) {
  const Html h = render("kalundborg", ReportLanguage::en);
  EXPECT_TRUE(has(h.text, "<html lang=\"en\">"));
  EXPECT_TRUE(has(h.text, "Asnæs power station (DONG Energy) (asnaes)"));
  EXPECT_TRUE(has(h.text, "Choice of the audit focus"));
}

TEST(ReportHtmlTest, EscapesText) {
  const Html h = render("kalundborg", ReportLanguage::en, "<Park & \"Co\">");
  EXPECT_TRUE(has(h.text, "&lt;Park &amp; &quot;Co&quot;&gt;"));
  EXPECT_FALSE(has(h.text, "<Park &"));
  EXPECT_EQ(html_escape("a<b>&'\""), "a&lt;b&gt;&amp;&#39;&quot;");
}

// The page's script finds the diagram, the panel and the tools by id: a section's anchor must
// not take one of their ids, and no id is given twice.
TEST(ReportHtmlTest, IdsAreUnique) {
  for (const ReportLanguage language : {ReportLanguage::zh, ReportLanguage::en}) {
    const Html h = render("coal_chemical_park", language);
    std::set<std::string> ids;
    const std::string marker = " id=\"";
    for (auto at = h.text.find(marker); at != std::string::npos; at = h.text.find(marker, at + 1)) {
      const auto start = at + marker.size();
      const std::string id = h.text.substr(start, h.text.find('"', start) - start);
      EXPECT_TRUE(ids.insert(id).second) << "id given twice: " << id;
    }
    EXPECT_EQ(ids.count("network"), 1u);
    EXPECT_EQ(ids.count("focus"), 1u);
  }
}

TEST(ReportHtmlTest, IsDeterministic) {
  EXPECT_EQ(render("kalundborg", ReportLanguage::zh).text,
            render("kalundborg", ReportLanguage::zh).text);
}

}  // namespace
}  // namespace symbio::viz
