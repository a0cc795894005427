#include "visualization/render.hpp"

#include <gtest/gtest.h>

#include "network/analyze.hpp"
#include "tests/visualization/park_fixture.hpp"
#include "tests/visualization/xml_check.hpp"
#include "visualization/dot_writer.hpp"

namespace symbio::viz {
namespace {

constexpr const char* kSmall =
    "digraph \"t\" { graph [fontname=\"Noto Sans CJK SC\"]; "
    "\"a\" [label=\"热电厂\", tooltip=\"line 1\\nline 2\"]; \"a\" -> \"b\"; }";

TEST(RenderTest, SvgIsWellFormedXmlWithTooltips) {
  const Rendered svg = render_dot(kSmall);
  EXPECT_EQ(test_support::xml_problem(svg.data), "");
  EXPECT_NE(svg.data.find("<svg"), std::string::npos);
  EXPECT_NE(svg.data.find("热电厂"), std::string::npos);
  EXPECT_NE(svg.data.find("xlink:title=\"line 1&#10;line 2\""), std::string::npos) << svg.data;
}

TEST(RenderTest, PngStartsWithTheSignature) {
  const Rendered png = render_dot(kSmall, {.format = ImageFormat::png});
  ASSERT_GT(png.data.size(), 100U);
  EXPECT_EQ(png.data.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
  // More pixels per inch make a larger picture.
  const Rendered sharp = render_dot(kSmall, {.format = ImageFormat::png, .dpi = 300});
  EXPECT_GT(sharp.data.size(), png.data.size());
}

TEST(RenderTest, PdfStartsWithTheMagic) {
  const Rendered pdf = render_dot(kSmall, {.format = ImageFormat::pdf});
  ASSERT_GT(pdf.data.size(), 100U);
  EXPECT_EQ(pdf.data.substr(0, 5), "%PDF-");
  EXPECT_NE(pdf.data.find("%%EOF"), std::string::npos);
}

TEST(RenderTest, GraphvizErrorsBecomeExceptions) {
  try {
    render_dot("digraph { a -> ; }");
    FAIL() << "a syntax error was accepted";
  } catch (const RenderError& e) {
    EXPECT_NE(std::string(e.what()).find("syntax error"), std::string::npos) << e.what();
  }
  EXPECT_THROW(render_dot(kSmall, {.engine = "nonsense"}), RenderError);
  // The error state does not leak into the next call.
  EXPECT_NO_THROW(render_dot(kSmall));
}

TEST(RenderTest, EngineComesFromTheLayoutAttribute) {
  const std::string dot = "digraph { graph [layout=\"circo\"]; a -> b -> c -> a; }";
  EXPECT_NO_THROW(render_dot(dot));
  for (const std::string_view engine : kLayoutEngines)
    EXPECT_NO_THROW(render_dot(dot, {.engine = std::string(engine)})) << engine;
}

TEST(RenderTest, ParseImageFormat) {
  EXPECT_EQ(parse_image_format("SVG"), ImageFormat::svg);
  EXPECT_EQ(parse_image_format("png"), ImageFormat::png);
  EXPECT_EQ(parse_image_format("pdf"), ImageFormat::pdf);
  EXPECT_FALSE(parse_image_format("jpg"));
}

// Every example park renders in every format, and its SVG names every enterprise in UTF-8
// (names are in the tooltips whole; labels may break them across lines).
TEST(RenderTest, ExampleParksRenderInEveryFormat) {
  for (const char* name : test_support::kExampleParks) {
    const Park park = test_support::read_example(name);
    const net::SymbiosisGraph graph(park);
    net::AnalyzeOptions analyze;
    analyze.only = {"degree", "betweenness", "pagerank"};
    const DotResult dot =
        network_dot(park, graph, {}, net::analyze_layer(graph, net::ViewLayer::all, analyze));
    const Rendered svg = render_dot(dot.dot);
    EXPECT_EQ(test_support::xml_problem(svg.data), "") << name;
    const std::string text = test_support::xml_decode(svg.data);
    for (net::Vertex v = 0; v < graph.n(); ++v)
      EXPECT_NE(text.find(graph.name(v)), std::string::npos) << name << ": " << graph.name(v);
    EXPECT_EQ(render_dot(dot.dot, {.format = ImageFormat::png}).data.substr(1, 3), "PNG") << name;
    EXPECT_EQ(render_dot(dot.dot, {.format = ImageFormat::pdf}).data.substr(0, 4), "%PDF") << name;
  }
}

}  // namespace
}  // namespace symbio::viz
