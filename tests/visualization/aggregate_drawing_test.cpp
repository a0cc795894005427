#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "core/error.hpp"
#include "tests/visualization/park_fixture.hpp"
#include "visualization/detail/dot_common.hpp"

namespace symbio::viz::detail {
namespace {

using test_support::add_enterprise;
using test_support::add_exchange;

// Two steelworks, a cement plant and an external actor without a sector:
// a1 -> b1 material 10 t/a, a2 -> b1 material 5 t/a, a1 -> b1 energy without quantity,
// a1 -> a2 material 3 t/a (inside Steel), b1 -> c1 water 2 m3/a.
Park sector_park() {
  Park park;
  park.name = "Sectors";
  add_enterprise(park, "a1", "A1", "Steel");
  add_enterprise(park, "a2", "A2", "Steel");
  add_enterprise(park, "b1", "B1", "Cement");
  add_enterprise(park, "c1", "Lake", "", true);
  add_exchange(park, "a1", "b1", "slag", Layer::material, Kind::byproduct, 10.0);
  add_exchange(park, "a2", "b1", "slag", Layer::material, Kind::byproduct, 5.0);
  add_exchange(park, "a1", "b1", "heat", Layer::energy, Kind::utility);
  add_exchange(park, "a1", "a2", "scrap", Layer::material, Kind::byproduct, 3.0);
  add_exchange(park, "b1", "c1", "effluent", Layer::water, Kind::waste, 2.0);
  return park;
}

// The line of the DOT text that begins with `start` (after the indentation).
std::string line_of(const std::string& dot, const std::string& start) {
  std::istringstream in(dot);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("  " + start, 0) == 0) return line;
  }
  return "(no line " + start + ")";
}

// Three sectors ("(no sector)" for the lake), two pairs of different sectors; the exchange inside
// Steel is counted on its node; the Steel -> Cement pair sums 10 + 5 t/a of material and counts
// the energy exchange apart, whose quantity is unknown.
TEST(AggregateDrawingTest, OneNodePerSectorOneEdgePerPair) {
  const Park park = sector_park();
  const net::SymbiosisGraph graph(park);
  const DotResult result = aggregate_drawing(park, graph, {});
  EXPECT_TRUE(result.aggregated);
  EXPECT_EQ(result.size_by, "enterprises");
  EXPECT_EQ(result.engine, "circo");
  EXPECT_EQ(result.nodes, 3);
  EXPECT_EQ(result.edges, 2);
  const std::string steel = line_of(result.dot, "\"sector:Steel\" [");
  EXPECT_NE(steel.find("label=\"Steel\\n2 enterprises\\n1 within\""), std::string::npos) << steel;
  const std::string lake = line_of(result.dot, "\"sector:(no sector)\" [");
  EXPECT_NE(lake.find("external actors: 1"), std::string::npos) << lake;
  const std::string pair = line_of(result.dot, "\"sector:Steel\" -> \"sector:Cement\" [");
  EXPECT_NE(pair.find("label=\"3 exchanges\""), std::string::npos) << pair;
  EXPECT_NE(pair.find("material: 2 exchanges, 15 t/a\\nenergy: 1 exchange, quantity unknown"),
            std::string::npos)
      << pair;
  EXPECT_EQ(line_of(result.dot, "\"sector:Steel\" -> \"sector:Steel\"").rfind("(no line", 0), 0u);
}

// One layer drawn: only the enterprises with exchanges in it, and widths and labels from the
// summed quantity when every pair has one (15 t/a here).
TEST(AggregateDrawingTest, OneLayerSumsItsQuantities) {
  const Park park = sector_park();
  const net::SymbiosisGraph graph(park);
  DotOptions options;
  options.layer = net::ViewLayer::material;
  const DotResult result = aggregate_drawing(park, graph, options);
  EXPECT_EQ(result.nodes, 2);  // the lake has no material exchange
  EXPECT_EQ(result.edges, 1);
  const std::string pair = line_of(result.dot, "\"sector:Steel\" -> \"sector:Cement\" [");
  EXPECT_NE(pair.find("label=\"2 exchanges\\n15 t/a\""), std::string::npos) << pair;
}

// A cascade fills each sector by its earliest failure and counts the failed; a highlighted
// enterprise outlines its sector; options the aggregate ignores are said in the notes.
TEST(AggregateDrawingTest, CascadeHighlightAndIgnoredOptions) {
  const Park park = sector_park();
  const net::SymbiosisGraph graph(park);
  DotOptions options;
  options.failed_round = {0, -1, 1, -1};
  options.highlight = {2};
  options.size_by = "betweenness";
  options.cluster = ClusterBy::sector;
  const DotResult result = aggregate_drawing(park, graph, options);
  const std::string steel = line_of(result.dot, "\"sector:Steel\" [");
  EXPECT_NE(steel.find("failed: 1"), std::string::npos) << steel;
  EXPECT_NE(steel.find("(first in round 0)"), std::string::npos) << steel;
  const std::string cement = line_of(result.dot, "\"sector:Cement\" [");
  EXPECT_NE(cement.find("penwidth=\"4\""), std::string::npos) << cement;
  EXPECT_NE(cement.find("(first in round 1)"), std::string::npos) << cement;
  EXPECT_EQ(steel.find("penwidth=\"4\""), std::string::npos) << steel;
  ASSERT_EQ(result.notes.size(), 3u);
  EXPECT_NE(result.notes[1].find("no cluster boxes"), std::string::npos);
  EXPECT_NE(result.notes[2].find("not by betweenness"), std::string::npos);
  options.failed_round = {0};
  EXPECT_THROW(aggregate_drawing(park, graph, options), OptionError);
}

}  // namespace
}  // namespace symbio::viz::detail
