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

// a -> b twice (steam, energy, product: one edge listing both), a -> b water waste planned
// (a separate edge: another layer, kind and status), b -> c slag 4 t/a; c external.
Park small_park() {
  Park park;
  park.name = "Small";
  add_enterprise(park, "a", "Alpha", "Power");
  add_enterprise(park, "b", "Beta", "Chemicals");
  add_enterprise(park, "c", "Market", "", true);
  add_exchange(park, "a", "b", "steam", Layer::energy, Kind::product, 100.0);
  add_exchange(park, "a", "b", "hot water", Layer::energy, Kind::product, 50.0);
  add_exchange(park, "a", "b", "effluent", Layer::water, Kind::waste);
  park.exchanges.back().status = Status::planned;
  add_exchange(park, "b", "c", "slag", Layer::material, Kind::byproduct, 4.0);
  return park;
}

std::string line_of(const std::string& dot, const std::string& start) {
  std::istringstream in(dot);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("  " + start, 0) == 0) return line;
  }
  return "(no line " + start + ")";
}

// Parallel exchanges of the same layer, kind and status are one edge whose label lists both
// resources and whose tooltip sums them (100 + 50 GJ/a); the planned waste is its own dotted
// edge with a hollow arrowhead (drawn when the graph includes planned exchanges); the external
// actor is a dashed box.
TEST(FullDrawingTest, EdgesMergeOnlyWhatLooksAlike) {
  const Park park = small_park();
  const net::SymbiosisGraph graph(park, {.include_planned = true});
  const DotResult result = full_drawing(park, graph, {}, {});
  EXPECT_FALSE(result.aggregated);
  EXPECT_EQ(result.engine, "dot");
  EXPECT_EQ(result.nodes, 3);
  EXPECT_EQ(result.edges, 3);
  std::istringstream in(result.dot);
  int a_to_b = 0;
  std::string merged;
  std::string planned;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("  \"a\" -> \"b\" [", 0) != 0) continue;
    ++a_to_b;
    (line.find("steam") != std::string::npos ? merged : planned) = line;
  }
  EXPECT_EQ(a_to_b, 2);
  EXPECT_NE(merged.find("label=\"steam\\nhot water\""), std::string::npos) << merged;
  EXPECT_NE(merged.find("total: 150 GJ/a"), std::string::npos) << merged;
  EXPECT_NE(planned.find("style=\"dotted\""), std::string::npos) << planned;
  EXPECT_NE(planned.find("arrowhead=\"empty\""), std::string::npos) << planned;
  EXPECT_NE(planned.find("(planned)"), std::string::npos) << planned;
  const std::string slag = line_of(result.dot, "\"b\" -> \"c\" [");
  EXPECT_NE(slag.find("label=\"slag 4 t/a\""), std::string::npos) << slag;
  EXPECT_NE(slag.find("style=\"dashed\""), std::string::npos) << slag;
  const std::string market = line_of(result.dot, "\"c\" [");
  EXPECT_NE(market.find("shape=\"box\""), std::string::npos) << market;
}

// Without indicators the size is the degree counted on the view (a: 1 partner, b: 2, c: 1), so
// b is the widest (2.25 in) and a and c the narrowest (0.75 in); the tooltips then show no
// indicator. With a key_score column, it is the size and it is in the tooltips.
TEST(FullDrawingTest, SizeByDegreeElseKeyScore) {
  const Park park = small_park();
  const net::SymbiosisGraph graph(park);
  const DotResult by_degree = full_drawing(park, graph, {}, {});
  EXPECT_EQ(by_degree.size_by, "degree");
  EXPECT_NE(line_of(by_degree.dot, "\"b\" [").find("width=\"2.25\""), std::string::npos);
  EXPECT_NE(line_of(by_degree.dot, "\"a\" [").find("width=\"0.75\""), std::string::npos);
  net::LayerAnalysis indicators;
  indicators.enterprise_columns.push_back({.name = "key_score", .values = {1.0, 0.0, 0.0}});
  const DotResult by_key = full_drawing(park, graph, {}, indicators);
  EXPECT_EQ(by_key.size_by, "key_score");
  const std::string a = line_of(by_key.dot, "\"a\" [");
  EXPECT_NE(a.find("width=\"2.25\""), std::string::npos) << a;
  EXPECT_NE(a.find("key_score: 1"), std::string::npos) << a;
  DotOptions options;
  options.size_by = "pagerank";
  EXPECT_THROW(full_drawing(park, graph, options, indicators), OptionError);
  options.size_by.clear();
  options.color_by = ColorBy::community;
  EXPECT_THROW(full_drawing(park, graph, options, indicators), OptionError);
}

// One layer draws only its enterprises and says how many were left out.
TEST(FullDrawingTest, OneLayerLeavesOutTheOthers) {
  const Park park = small_park();
  const net::SymbiosisGraph graph(park);
  DotOptions options;
  options.layer = net::ViewLayer::material;
  const DotResult result = full_drawing(park, graph, options, {});
  EXPECT_EQ(result.nodes, 2);
  EXPECT_EQ(result.edges, 1);
  ASSERT_FALSE(result.notes.empty());
  EXPECT_EQ(result.notes[0], "1 enterprise without material exchanges is not drawn");
  EXPECT_EQ(line_of(result.dot, "\"a\" [").rfind("(no line", 0), 0u);
}

}  // namespace
}  // namespace symbio::viz::detail
