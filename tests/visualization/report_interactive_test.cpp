#include "visualization/report_interactive.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "tests/audit/audit_fixture.hpp"
#include "visualization/dot_writer.hpp"
#include "visualization/render.hpp"

namespace symbio::viz {
namespace {

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
    ++n;
  return n;
}

// A three-enterprise park: a -> b material, b -> c water, a -> c energy.
std::unique_ptr<audit::fixture::AuditRun> three() {
  audit::fixture::ParkBuilder builder;
  builder.enterprise("a").enterprise("b").enterprise("c");
  builder.exchange("a", "b", "slag", Layer::material, Kind::byproduct)
      .exchange("b", "c", "wastewater", Layer::water, Kind::waste)
      .exchange("a", "c", "steam", Layer::energy, Kind::utility);
  return audit::fixture::run_pipeline(builder.build());
}

// Graphviz's SVG shape: a group per node titled with the DOT node name, a group per edge whose
// anchor carries the tooltip; the legend is a node that is not an enterprise.
constexpr const char* kSvg =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
    "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"x.dtd\">\n"
    "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
    "<g id=\"graph0\" class=\"graph\">"
    "<g id=\"node1\" class=\"node\"><title>a</title><ellipse/></g>"
    "<g id=\"node2\" class=\"node\"><title>b</title><ellipse/></g>"
    "<g id=\"node3\" class=\"node\"><title>legend</title><polygon/></g>"
    "<g id=\"edge1\" class=\"edge\"><title>a&#45;&gt;b</title><g id=\"a_edge1\">"
    "<a xlink:title=\"A (x) → B (material, byproduct)&#10;slag: 5 t/a\"><path/></a></g></g>"
    "<g id=\"edge2\" class=\"edge\"><title>b&#45;&gt;c</title><g id=\"a_edge2\">"
    "<a xlink:title=\"B → C (water, waste)\"><path/></a></g></g>"
    "</g></svg>\n";

TEST(ReportInteractiveTest, MarksEnterprisesAndLayersOfAGraphvizSvg) {
  const auto run = three();
  std::vector<std::string> drawn;
  const std::string svg = annotate_network_svg(kSvg, *run->graph, &drawn);
  EXPECT_TRUE(svg.starts_with("<svg"));
  EXPECT_EQ(drawn, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(count(svg, "data-enterprise=\"a\""), 1U);
  EXPECT_EQ(count(svg, "data-enterprise=\"b\""), 1U);
  EXPECT_EQ(count(svg, "data-enterprise="), 2U);  // not the legend
  // The layer is the first word of the last parenthesis of the tooltip's first line, not of
  // a name that has parentheses.
  EXPECT_EQ(count(svg, "data-layer=\"material\""), 1U);
  EXPECT_EQ(count(svg, "data-layer=\"water\""), 1U);
}

// A Chinese diagram's tooltips name the layer in Chinese.
TEST(ReportInteractiveTest, ReadsChineseLayerWords) {
  const auto run = three();
  const std::string svg = annotate_network_svg(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
      "<g class=\"edge\"><title>b&#45;&gt;c</title>"
      "<a xlink:title=\"乙 → 丙 (水, 废物)&#10;废水: 3 m3/a\"><path/></a></g>"
      "<g class=\"edge\"><title>a&#45;&gt;c</title>"
      "<a xlink:title=\"甲 → 丙 (能量, 公用工程)\"><path/></a></g></svg>",
      *run->graph);
  EXPECT_EQ(count(svg, "data-layer=\"water\""), 1U) << svg;
  EXPECT_EQ(count(svg, "data-layer=\"energy\""), 1U);
}

TEST(ReportInteractiveTest, TextThatIsNotXmlIsReturnedUnchanged) {
  const auto run = three();
  EXPECT_EQ(annotate_network_svg("<svg><g></svg>", *run->graph), "<svg><g></svg>");
}

// On a real drawing of the network, every enterprise is marked once and every exchange drawn
// (one <g class="edge"> per drawn group) gets its layer.
TEST(ReportInteractiveTest, EveryEnterpriseAndExchangeOfTheKalundborgDrawing) {
  const auto run = audit::fixture::run_example("kalundborg");
  const DotResult dot = network_dot(run->park, *run->graph, {}, run->analysis[0]);
  const std::string raw = render_dot(dot.dot, {.format = ImageFormat::svg}).data;
  std::vector<std::string> drawn;
  const std::string svg = annotate_network_svg(raw, *run->graph, &drawn);
  EXPECT_EQ(drawn.size(), static_cast<std::size_t>(run->graph->n()));
  EXPECT_EQ(count(svg, "data-enterprise="), static_cast<std::size_t>(run->graph->n()));
  EXPECT_EQ(count(svg, "data-layer="), count(raw, "class=\"edge\""));
  EXPECT_GT(count(svg, "data-layer=\"water\""), 0U);
}

TEST(ReportInteractiveTest, DataOfTheDrawnEnterprises) {
  const auto run = audit::fixture::run_example("kalundborg");
  const ReportInput input{.park = run->park,
                          .graph = *run->graph,
                          .analysis = run->analysis,
                          .findings = run->findings,
                          .language = ReportLanguage::en};
  const auto doc = nlohmann::json::parse(report_data_json(input, {"asnaes", "wwtp", "nobody"}));
  EXPECT_EQ(doc["lang"], "en");
  ASSERT_EQ(doc["enterprises"].size(), 2U);  // an id that is not an enterprise is left out
  const auto& asnaes = doc["enterprises"]["asnaes"];
  EXPECT_EQ(asnaes["name"], "Asnæs power station (DONG Energy)");
  // The README's table (NetworkX-checked values): degree 10, key score 1, so rank 1.
  std::map<std::string, std::string> shown;
  for (const auto& row : asnaes["indicators"])
    shown[row[0]] = row[1];
  EXPECT_EQ(shown["degree (partners)"], "10");
  EXPECT_EQ(shown["key score"], "1");
  EXPECT_EQ(shown["key enterprise rank"], "1");
  // The findings naming it, counted here from the findings themselves.
  const auto names = [&](const audit::Finding& f) {
    return std::find(f.subjects.begin(), f.subjects.end(), "asnaes") != f.subjects.end();
  };
  EXPECT_EQ(asnaes["findings"].size(), static_cast<std::size_t>(std::count_if(
                                           run->findings.begin(), run->findings.end(), names)));
  EXPECT_GT(asnaes["findings"].size(), 0U);
}

TEST(ReportInteractiveTest, DataCannotCloseItsScriptElement) {
  auto run = three();
  run->park.enterprises[0].name = "</script><script>alert(1)</script>";
  const net::SymbiosisGraph graph(run->park);
  const ReportInput input{
      .park = run->park, .graph = graph, .analysis = run->analysis, .findings = run->findings};
  const std::string json = report_data_json(input, {"a"});
  EXPECT_EQ(json.find("</"), std::string::npos);
  EXPECT_EQ(nlohmann::json::parse(json)["enterprises"]["a"]["name"],
            "</script><script>alert(1)</script>");
}

TEST(ReportInteractiveTest, ScriptsAreEmbedded) {
  EXPECT_NE(pan_zoom_library().find("svg-pan-zoom v3.6.2"), std::string_view::npos);
  EXPECT_NE(report_script().find("svgPanZoom"), std::string_view::npos);
  EXPECT_NE(report_interactive_css().find("#network"), std::string_view::npos);
  for (const std::string_view text : {pan_zoom_library(), report_script()}) {
    EXPECT_EQ(text.find("</script"), std::string_view::npos);
  }
}

}  // namespace
}  // namespace symbio::viz
