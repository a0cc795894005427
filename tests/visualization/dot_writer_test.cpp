#include "visualization/dot_writer.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/error.hpp"
#include "network/analyze.hpp"
#include "tests/visualization/park_fixture.hpp"
#include "visualization/render.hpp"

namespace symbio::viz {
namespace {

using test_support::add_enterprise;
using test_support::add_exchange;

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The text between the legend's table tags.
std::string legend_of(const std::string& dot) {
  const std::size_t begin = dot.find("<<table");
  const std::size_t end = dot.find("</table>>");
  if (begin == std::string::npos || end == std::string::npos) return {};
  return dot.substr(begin, end - begin);
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
    ++n;
  return n;
}

Park chain_park() {
  Park park;
  park.name = "Chain";
  add_enterprise(park, "a", "Alpha", "Power");
  add_enterprise(park, "b", "Beta", "Chemicals");
  add_enterprise(park, "c", "Gamma", "Chemicals");
  add_exchange(park, "a", "b", "steam", Layer::energy, Kind::product);
  add_exchange(park, "b", "c", "slag", Layer::material, Kind::byproduct);
  return park;
}

// The golden DOT of each example park, with the indicators the CLI shows except key_score (so
// that the files test this writer, not the progress of the indicator code). Regenerated only
// when SYMBIO_UPDATE_GOLDEN=1; otherwise compared byte for byte.
TEST(DotWriterTest, ExampleParksMatchGoldenFiles) {
  const char* update = std::getenv("SYMBIO_UPDATE_GOLDEN");
  const bool regenerate = update != nullptr && std::string(update) == "1";
  for (const char* name : test_support::kExampleParks) {
    const Park park = test_support::read_example(name);
    const net::SymbiosisGraph graph(park);
    net::AnalyzeOptions analyze;
    analyze.only = {"degree", "in_degree", "out_degree", "betweenness", "pagerank"};
    const net::LayerAnalysis indicators = net::analyze_layer(graph, net::ViewLayer::all, analyze);
    const DotResult result = network_dot(park, graph, {}, indicators);
    const std::filesystem::path golden = std::filesystem::path(SYMBIO_SOURCE_DIR) / "tests" /
                                         "visualization" / "golden" / (std::string(name) + ".dot");
    if (regenerate) {
      std::filesystem::create_directories(golden.parent_path());
      std::ofstream(golden, std::ios::binary) << result.dot;
      continue;
    }
    ASSERT_TRUE(std::filesystem::exists(golden))
        << golden << " is missing: run the test with SYMBIO_UPDATE_GOLDEN=1";
    EXPECT_EQ(result.dot, read_file(golden))
        << name << " differs from its golden file; if the change is intended, regenerate with "
        << "SYMBIO_UPDATE_GOLDEN=1 and review the diff";
  }
}

TEST(DotWriterTest, EveryEnterpriseIsANodeWithItsIdAndName) {
  const Park park = test_support::read_example("kalundborg");
  const net::SymbiosisGraph graph(park);
  const DotResult result = network_dot(park, graph);
  EXPECT_EQ(result.engine, "dot");
  EXPECT_FALSE(result.aggregated);
  EXPECT_EQ(result.size_by, "degree");
  EXPECT_EQ(result.nodes, graph.n());
  for (net::Vertex v = 0; v < graph.n(); ++v) {
    EXPECT_NE(result.dot.find("\n  " + dot_quote(graph.id(v)) + " ["), std::string::npos)
        << graph.id(v);
  }
  EXPECT_NE(result.dot.find("rankdir=\"LR\""), std::string::npos);
  EXPECT_EQ(result.dot.find("weight="), std::string::npos);
  // The font that has the Chinese glyphs is set for the graph, the nodes and the edges.
  EXPECT_EQ(count(result.dot, "fontname=\"Noto Sans CJK SC\""), 4U);  // + the legend cluster
}

TEST(DotWriterTest, IsDeterministic) {
  const Park park = test_support::read_example("coal_chemical_park");
  const net::SymbiosisGraph graph(park);
  EXPECT_EQ(network_dot(park, graph).dot, network_dot(park, graph).dot);
}

TEST(DotWriterTest, QuotesBackslashesAndLineBreaksAreEscaped) {
  EXPECT_EQ(dot_quote("plain"), "\"plain\"");
  EXPECT_EQ(dot_quote("say \"hi\""), "\"say \\\"hi\\\"\"");
  EXPECT_EQ(dot_quote("a\\b"), "\"a\\\\b\"");
  EXPECT_EQ(dot_quote("ends\\"), "\"ends\\\\\"");
  EXPECT_EQ(dot_quote("two\nlines\r"), "\"two\\nlines\"");
  EXPECT_EQ(dot_quote("热电厂"), "\"热电厂\"");

  Park park;
  park.name = "Escapes \"R\" Us";
  add_enterprise(park, "id \"1\"", "The \"Best\" Mill \\ Co", "Paper");
  add_enterprise(park, "back\\", "Ends with \\", "Paper");
  add_exchange(park, "id \"1\"", "back\\", "pulp \"A\"", Layer::material, Kind::product);
  const net::SymbiosisGraph graph(park);
  const DotResult result = network_dot(park, graph);
  EXPECT_NE(result.dot.find("\"id \\\"1\\\"\" -> \"back\\\\\""), std::string::npos) << result.dot;
  // Graphviz reads it back: the escaping is valid DOT.
  const Rendered svg = render_dot(result.dot);
  EXPECT_NE(svg.data.find("&quot;Best&quot;"), std::string::npos);
}

TEST(DotWriterTest, LegendListsOnlyTheEncodingsUsed) {
  Park park = chain_park();
  const net::SymbiosisGraph graph(park);
  const std::string legend = legend_of(network_dot(park, graph).dot);
  EXPECT_NE(legend.find("product (solid)"), std::string::npos) << legend;
  EXPECT_NE(legend.find("byproduct (dashed)"), std::string::npos);
  EXPECT_EQ(legend.find("waste (dotted)"), std::string::npos);
  EXPECT_EQ(legend.find("utility (double)"), std::string::npos);
  EXPECT_NE(legend.find(">energy<"), std::string::npos);
  EXPECT_NE(legend.find(">material<"), std::string::npos);
  EXPECT_EQ(legend.find(">water<"), std::string::npos);
  EXPECT_EQ(legend.find("external actor"), std::string::npos);  // none drawn
  EXPECT_EQ(legend.find("Line width"), std::string::npos);      // no quantities
  EXPECT_EQ(legend.find("highlighted"), std::string::npos);
  EXPECT_EQ(legend.find("hollow arrowhead"), std::string::npos);

  add_enterprise(park, "d", "Delta", "Landfill", true);
  add_exchange(park, "c", "d", "sludge", Layer::material, Kind::waste);
  add_exchange(park, "a", "c", "cooling water", Layer::water, Kind::utility);
  const net::SymbiosisGraph more(park);
  DotOptions options;
  options.highlight = {0};
  const std::string full = legend_of(network_dot(park, more, options).dot);
  EXPECT_NE(full.find("waste (dotted)"), std::string::npos) << full;
  EXPECT_NE(full.find("utility (double)"), std::string::npos);
  EXPECT_NE(full.find(">water<"), std::string::npos);
  EXPECT_NE(full.find("external actor"), std::string::npos);
  EXPECT_NE(full.find("highlighted enterprise"), std::string::npos);
}

TEST(DotWriterTest, ExternalActorsAreDashedBoxes) {
  Park park = chain_park();
  add_enterprise(park, "grid", "Grid", "Utility", true);
  add_exchange(park, "a", "grid", "power", Layer::energy, Kind::product);
  const net::SymbiosisGraph graph(park);
  const std::string dot = network_dot(park, graph).dot;
  const std::size_t line = dot.find("\n  \"grid\" [");
  ASSERT_NE(line, std::string::npos);
  const std::string node = dot.substr(line, dot.find('\n', line + 1) - line);
  EXPECT_NE(node.find("shape=\"box\""), std::string::npos) << node;
  EXPECT_NE(node.find("style=\"filled,dashed\""), std::string::npos) << node;
}

// Widths on one log scale per layer from a fixed reference: 1 pt at 100 t/a (material) or
// 1,000 GJ/a / m3/a (energy, water), 0.8 pt more per tenfold, clamped to [1, 6]:
//   10 t/a       -> 1 + 0.8 * log10(0.1)  = 0.2, clamped to 1.00
//   100,000 t/a  -> 1 + 0.8 * log10(1000) = 3.40
//   5 GJ/a       -> below the reference: 1.00
//   2.1 and 2.6 million m3/a -> 1 + 0.8 * 3.3222 = 3.66 and 1 + 0.8 * 3.4150 = 3.73 (alike, as
//   their ratio 1.24 is small; a min-max scale drew them at 1 and 6 pt).
TEST(DotWriterTest, PenwidthFollowsTheLogOfTheQuantityFromAFixedReference) {
  Park park;
  park.name = "Widths";
  for (const char* id : {"a", "b", "c", "d", "e", "f"})
    add_enterprise(park, id, id, "S");
  add_exchange(park, "a", "b", "small", Layer::material, Kind::product, 10.0, 2019);
  add_exchange(park, "a", "c", "large", Layer::material, Kind::product, 100000.0, 2021);
  add_exchange(park, "a", "d", "steam", Layer::energy, Kind::product, 5.0);
  add_exchange(park, "e", "f", "water", Layer::water, Kind::product, 2.1e6);
  add_exchange(park, "f", "e", "water", Layer::water, Kind::product, 2.6e6);
  const net::SymbiosisGraph graph(park);
  const DotResult result = network_dot(park, graph);
  EXPECT_NE(result.dot.find("\"a\" -> \"b\" [color=\"#555555\", penwidth=\"1.00\""),
            std::string::npos)
      << result.dot;
  EXPECT_NE(result.dot.find("\"a\" -> \"c\" [color=\"#555555\", penwidth=\"3.40\""),
            std::string::npos);
  EXPECT_NE(result.dot.find("\"a\" -> \"d\" [color=\"#E69F00\", penwidth=\"1.00\""),
            std::string::npos);
  EXPECT_NE(result.dot.find("\"e\" -> \"f\" [color=\"#0072B2\", penwidth=\"3.66\""),
            std::string::npos);
  EXPECT_NE(result.dot.find("\"f\" -> \"e\" [color=\"#0072B2\", penwidth=\"3.73\""),
            std::string::npos);
  EXPECT_NE(result.dot.find("Widths — data of 2021"), std::string::npos);
  EXPECT_NE(legend_of(result.dot).find("material: 1 pt at 100 t/a; drawn 10 to 100,000 t/a"),
            std::string::npos)
      << legend_of(result.dot);
}

// The Chinese diagram: legend, title line and tooltips in Chinese, the tooltip's first line
// still ending with "(layer, kind)"; 25,000 t/a of sludge: 1 + 0.8 * log10(250) = 2.92 pt.
TEST(DotWriterTest, ChineseLegendTitleAndTooltips) {
  Park park;
  park.name = "园区";
  for (const char* id : {"a", "b"})
    add_enterprise(park, id, id, "");
  add_exchange(park, "a", "b", "污泥", Layer::material, Kind::waste, 25000.0);
  const net::SymbiosisGraph graph(park);
  DotOptions options;
  options.chinese = true;
  const DotResult result = network_dot(park, graph, options);
  for (const char* word :
       {"label=\"图例\"", "填色：行业", "（无行业）", "线条颜色：层", "线型：类型", "废物 (点线)",
        "线宽：数量", "层：全部 · 2 家企业 · 1 项交换", "a → b (物质, 废物)", "污泥 25,000 t/a",
        "penwidth=\"2.92\""}) {
    EXPECT_NE(result.dot.find(word), std::string::npos) << word << "\n" << result.dot;
  }
  for (const char* word : {"Legend", "Fill:", "(no sector)", "layer: all", "Line "}) {
    EXPECT_EQ(result.dot.find(word), std::string::npos) << word;
  }
}

TEST(DotWriterTest, ParallelExchangesOfOneLayerAndKindShareAnEdge) {
  Park park = chain_park();
  add_exchange(park, "a", "b", "hot water", Layer::energy, Kind::product);
  add_exchange(park, "a", "b", "fly ash", Layer::material, Kind::byproduct);
  const net::SymbiosisGraph graph(park);
  const DotResult result = network_dot(park, graph);
  EXPECT_EQ(count(result.dot, "\"a\" -> \"b\""), 2U);  // energy product, material byproduct
  EXPECT_NE(result.dot.find("label=\"steam\\nhot water\""), std::string::npos) << result.dot;
  EXPECT_EQ(result.edges, 3);
}

TEST(DotWriterTest, SizeByAnIndicatorAndUnknownIndicatorsAreErrors) {
  const Park park = chain_park();
  const net::SymbiosisGraph graph(park);
  net::LayerAnalysis indicators;
  indicators.enterprise_columns.push_back({.name = "betweenness", .values = {0.0, 1.0, 0.0}});
  DotOptions options;
  options.size_by = "betweenness";
  const DotResult result = network_dot(park, graph, options, indicators);
  EXPECT_EQ(result.size_by, "betweenness");
  EXPECT_NE(result.dot.find("\"b\" [label=\"Beta\", fillcolor=\"#E69F00\", width=\"2.25\""),
            std::string::npos)
      << result.dot;
  options.size_by = "pagerank";
  EXPECT_THROW(network_dot(park, graph, options, indicators), OptionError);
  options.size_by.clear();
  options.engine = "graphviz";
  EXPECT_THROW(network_dot(park, graph, options), OptionError);
  // key_score, once computed, is the default size.
  indicators.enterprise_columns.push_back({.name = "key_score", .values = {0.9, 0.1, 0.2}});
  EXPECT_EQ(network_dot(park, graph, {}, indicators).size_by, "key_score");
}

TEST(DotWriterTest, KeyEnterprisesAreTheTopByKeyScoreElseDegree) {
  Park park = chain_park();
  add_enterprise(park, "hub", "Hub", "Power");
  for (const char* id : {"a", "b", "c"})
    add_exchange(park, "hub", id, "heat", Layer::energy, Kind::utility);
  const net::SymbiosisGraph graph(park);
  const auto by_degree = key_enterprises(graph, {}, 2);
  ASSERT_EQ(by_degree.size(), 2U);
  EXPECT_EQ(graph.id(by_degree[0]), "b");    // degree 3, tied with hub: the lower index first
  EXPECT_EQ(graph.id(by_degree[1]), "hub");  // then a and c (degree 2) are left out
  net::LayerAnalysis indicators;
  indicators.enterprise_columns.push_back(
      {.name = "key_score", .values = {0.5, std::nullopt, 0.7, 0.0}});
  const auto by_score = key_enterprises(graph, indicators, 5);
  ASSERT_EQ(by_score.size(), 2U);  // undefined and zero scores are not key
  EXPECT_EQ(graph.id(by_score[0]), "c");
  EXPECT_EQ(graph.id(by_score[1]), "a");
}

TEST(DotWriterTest, HighlightAndCascadeColouring) {
  const Park park = chain_park();
  const net::SymbiosisGraph graph(park);
  DotOptions options;
  options.highlight = {2};
  options.failed_round = {0, 1, -1};
  const std::string dot = network_dot(park, graph, options).dot;
  EXPECT_NE(dot.find("\"a\" [label=\"Alpha\", fillcolor=\"#67000D\", fontcolor=\"white\""),
            std::string::npos)
      << dot;
  EXPECT_NE(dot.find("\"b\" [label=\"Beta\", fillcolor=\"#CB181D\""), std::string::npos);
  EXPECT_NE(dot.find("\"c\" [label=\"Gamma\", fillcolor=\"#F0F0F0\""), std::string::npos);
  EXPECT_NE(dot.find("color=\"#D00000\", penwidth=\"4\""), std::string::npos);
  const std::string legend = legend_of(dot);
  EXPECT_NE(legend.find("trigger"), std::string::npos);
  EXPECT_NE(legend.find("fails in round 1"), std::string::npos);
  EXPECT_EQ(legend.find("fails in round 2"), std::string::npos);
  EXPECT_EQ(legend.find("Fill: sector"), std::string::npos);  // the cascade replaces it
  options.failed_round = {0};
  EXPECT_THROW(network_dot(park, graph, options), OptionError);
}

TEST(DotWriterTest, ColourByAndClusterBoxes) {
  const Park park = test_support::read_example("kalundborg");
  const net::SymbiosisGraph graph(park);
  DotOptions options;
  options.color_by = ColorBy::layer;
  options.cluster = ClusterBy::sector;
  const std::string dot = network_dot(park, graph, options).dot;
  EXPECT_NE(dot.find("subgraph \"cluster_0\""), std::string::npos);
  EXPECT_NE(legend_of(dot).find("Fill: layer"), std::string::npos);
  EXPECT_NE(legend_of(dot).find("energy + water"), std::string::npos) << legend_of(dot);
  options.color_by = ColorBy::community;
  EXPECT_THROW(network_dot(park, graph, options), OptionError);  // communities not computed
  net::AnalyzeOptions analyze;
  analyze.only = {"community"};
  const net::LayerAnalysis communities = net::analyze_layer(graph, net::ViewLayer::all, analyze);
  options.cluster = ClusterBy::community;
  const std::string by_community = network_dot(park, graph, options, communities).dot;
  EXPECT_NE(by_community.find("label=\"community 0\""), std::string::npos);
}

TEST(DotWriterTest, OneLayerDrawsOnlyTheEnterprisesItTouches) {
  const Park park = chain_park();
  const net::SymbiosisGraph graph(park);
  DotOptions options;
  options.layer = net::ViewLayer::energy;
  const DotResult result = network_dot(park, graph, options);
  EXPECT_EQ(result.nodes, 2);
  EXPECT_EQ(result.dot.find("\"c\" ["), std::string::npos);
  ASSERT_EQ(result.notes.size(), 1U);
  EXPECT_NE(result.notes[0].find("1 enterprise without energy exchanges is not drawn"),
            std::string::npos);
}

TEST(DotWriterTest, EngineIsDotUpTo150EnterprisesThenSfdp) {
  Park park;
  park.name = "Ring";
  for (int i = 0; i < 151; ++i)
    add_enterprise(park, "e" + std::to_string(i), "E" + std::to_string(i), "S");
  for (int i = 0; i < 151; ++i) {
    add_exchange(park, "e" + std::to_string(i), "e" + std::to_string((i + 1) % 151), "r",
                 Layer::material, Kind::product);
  }
  const net::SymbiosisGraph graph(park);
  const DotResult big = network_dot(park, graph);
  EXPECT_EQ(big.engine, "sfdp");
  EXPECT_NE(big.dot.find("layout=\"sfdp\""), std::string::npos);
  EXPECT_EQ(big.dot.find("rankdir"), std::string::npos);
  EXPECT_EQ(big.dot.find("label=\"r\""), std::string::npos);  // no edge labels when large
  DotOptions options;
  options.engine = "neato";
  EXPECT_EQ(network_dot(park, graph, options).engine, "neato");
}

TEST(DotWriterTest, LargeParksDrawTheSectorAggregateUnlessFull) {
  Park park;
  park.name = "Synthetic";
  const char* sectors[] = {"Power", "Chemicals", "Steel", "Cement", "Paper", "Food"};
  constexpr int kN = 3000;
  for (int i = 0; i < kN; ++i)
    add_enterprise(park, "e" + std::to_string(i), "E" + std::to_string(i), sectors[i % 6]);
  for (int i = 0; i < kN; ++i) {
    add_exchange(park, "e" + std::to_string(i), "e" + std::to_string((i * 7 + 1) % kN), "r",
                 (i / 6) % 2 == 0 ? Layer::energy : Layer::material, Kind::byproduct,
                 static_cast<double>(i + 1));
  }
  const net::SymbiosisGraph graph(park);
  const DotResult aggregate = network_dot(park, graph);
  EXPECT_TRUE(aggregate.aggregated);
  EXPECT_EQ(aggregate.nodes, 6);
  EXPECT_EQ(aggregate.size_by, "enterprises");
  ASSERT_FALSE(aggregate.notes.empty());
  EXPECT_NE(aggregate.notes[0].find("sector-level aggregate"), std::string::npos);
  EXPECT_NE(aggregate.dot.find("\"sector:Power\" [label=\"Power\\n500 enterprises\""),
            std::string::npos)
      << aggregate.dot.substr(0, 2000);
  EXPECT_NE(aggregate.dot.find("sector aggregate"), std::string::npos);
  // One edge per ordered pair of sectors, with a line per layer; no loops.
  EXPECT_EQ(aggregate.edges, 6);
  EXPECT_EQ(aggregate.engine, "circo");
  EXPECT_NE(aggregate.dot.find("\"sector:Cement\" -> \"sector:Paper\" [color=\"#555555:#E69F00\""),
            std::string::npos);
  EXPECT_NE(aggregate.dot.find("material: 250 exchanges, "), std::string::npos);
  EXPECT_TRUE(draws_aggregate(graph, {}));

  DotOptions full;
  full.full = true;
  const DotResult every = network_dot(park, graph, full);
  EXPECT_FALSE(every.aggregated);
  EXPECT_EQ(every.nodes, kN);
  EXPECT_EQ(every.engine, "sfdp");
}

}  // namespace
}  // namespace symbio::viz
