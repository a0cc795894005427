#include "io/graphml_reader.hpp"

#include <gtest/gtest.h>

#include "tests/io/temp_dir.hpp"

namespace symbio::io {
namespace {

using testing::find_problem;

// As Gephi 0.10 exports: key ids equal to the names, label for names, weight on edges.
constexpr const char* kGephi = R"(<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key attr.name="label" attr.type="string" for="node" id="label"/>
  <key attr.name="Branche" attr.type="string" for="node" id="branche"/>
  <key attr.name="label" attr.type="string" for="edge" id="edgelabel"/>
  <key attr.name="weight" attr.type="double" for="edge" id="weight"/>
  <graph edgedefault="directed">
    <node id="0"><data key="label">Power station</data><data key="branche">energy</data></node>
    <node id="1"><data key="label">Refinery</data></node>
    <edge id="0" source="0" target="1"><data key="edgelabel">steam</data>
      <data key="weight">12.5</data></edge>
  </graph>
</graphml>
)";

// As NetworkX write_graphml writes: d0, d1... key ids, a default.
constexpr const char* kNetworkx = R"(<?xml version='1.0' encoding='utf-8'?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d3" for="edge" attr.name="unit" attr.type="string"/>
  <key id="d2" for="edge" attr.name="quantity" attr.type="double"/>
  <key id="d1" for="edge" attr.name="resource" attr.type="string"/>
  <key id="d0" for="node" attr.name="external" attr.type="boolean">
    <default>false</default>
  </key>
  <graph edgedefault="directed">
    <node id="A"/>
    <node id="B"><data key="d0">true</data></node>
    <edge source="A" target="B" id="e1">
      <data key="d1">fly ash</data><data key="d2">100.0</data><data key="d3">t/a</data>
    </edge>
  </graph>
</graphml>
)";

// As igraph write_graphml writes: n0, n1 node ids, the original ids in v_id.
constexpr const char* kIgraph = R"(<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="v_id" for="node" attr.name="id" attr.type="string"/>
  <key id="v_name" for="node" attr.name="name" attr.type="string"/>
  <key id="e_resource" for="edge" attr.name="resource" attr.type="string"/>
  <graph id="G" edgedefault="directed">
    <node id="n0"><data key="v_id">P1</data><data key="v_name">热电厂</data></node>
    <node id="n1"><data key="v_id">C1</data><data key="v_name">Cement</data></node>
    <edge source="n0" target="n1"><data key="e_resource">fly ash</data></edge>
  </graph>
</graphml>
)";

TEST(GraphmlReaderTest, ReadsGephiWithLabelsAndMap) {
  Park park;
  ValidationReport report;
  std::vector<bool> used(2, false);
  const ColumnMap map = {{"Branche", "sector"}, {"weight", "quantity"}};
  ASSERT_TRUE(read_graphml(kGephi, "g.graphml", map, park, report, &used));
  ASSERT_EQ(park.enterprises.size(), 2u);
  EXPECT_EQ(park.enterprises[0].id, "0");
  EXPECT_EQ(park.enterprises[0].name, "Power station");
  EXPECT_EQ(park.enterprises[0].sector, "energy");
  ASSERT_EQ(park.exchanges.size(), 1u);
  EXPECT_EQ(park.exchanges[0].resource, "steam");
  ASSERT_TRUE(park.exchanges[0].quantity.has_value());
  EXPECT_DOUBLE_EQ(park.exchanges[0].quantity->value, 12.5);
  EXPECT_TRUE(used[0]);
  EXPECT_TRUE(used[1]);
}

TEST(GraphmlReaderTest, ReadsNetworkxWithDefaults) {
  Park park;
  ValidationReport report;
  ASSERT_TRUE(read_graphml(kNetworkx, "n.graphml", {}, park, report));
  EXPECT_FALSE(report.has_errors());
  ASSERT_EQ(park.enterprises.size(), 2u);
  EXPECT_FALSE(park.enterprises[0].external);
  EXPECT_TRUE(park.enterprises[1].external);
  ASSERT_EQ(park.exchanges.size(), 1u);
  EXPECT_EQ(park.exchanges[0].id, "e1");
  EXPECT_EQ(park.exchanges[0].quantity->unit, "t/a");
}

TEST(GraphmlReaderTest, ReadsIgraphIdsAndTranslatesEdgeEnds) {
  Park park;
  ValidationReport report;
  ASSERT_TRUE(read_graphml(kIgraph, "i.graphml", {}, park, report));
  ASSERT_EQ(park.enterprises.size(), 2u);
  EXPECT_EQ(park.enterprises[0].id, "P1");
  EXPECT_EQ(park.enterprises[0].name, "热电厂");
  ASSERT_EQ(park.exchanges.size(), 1u);
  EXPECT_EQ(park.exchanges[0].supplier, "P1");
  EXPECT_EQ(park.exchanges[0].receiver, "C1");
}

TEST(GraphmlReaderTest, MalformedAndForeignXmlAreBadGraphml) {
  Park park;
  ValidationReport report;
  EXPECT_FALSE(read_graphml("<graphml>\n<graph><node id='a'>", "bad.graphml", {}, park, report));
  const Problem* p = find_problem(report, "bad-graphml");
  ASSERT_NE(p, nullptr);
  EXPECT_GE(p->location.line, 1);

  ValidationReport foreign;
  EXPECT_FALSE(read_graphml("<gexf/>", "x.graphml", {}, park, foreign));
  EXPECT_NE(find_problem(foreign, "bad-graphml"), nullptr);

  ValidationReport large;
  EXPECT_FALSE(read_graphml(kGephi, "g.graphml", {}, park, large, nullptr, 10));
  EXPECT_NE(find_problem(large, "bad-graphml"), nullptr);
}

TEST(GraphmlReaderTest, UndirectedGraphIsAWarning) {
  std::string text = kNetworkx;
  text.replace(text.find("edgedefault=\"directed\""), 22, "edgedefault=\"undirected\"");
  Park park;
  ValidationReport report;
  ASSERT_TRUE(read_graphml(text, "u.graphml", {}, park, report));
  EXPECT_NE(find_problem(report, "undirected-graphml"), nullptr);
}

// As NetworkX write_graphml writes a MultiDiGraph: the keys are the edge ids, 0, 1, ... per pair,
// and the graph's name a graph attribute.
constexpr const char* kMultiDigraph = R"(<?xml version='1.0' encoding='utf-8'?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key id="d1" for="edge" attr.name="weight" attr.type="double"/>
<key id="d0" for="graph" attr.name="name" attr.type="string"/>
<graph edgedefault="directed"><data key="d0">Test park</data>
<node id="a"/><node id="b"/><node id="c"/>
<edge source="a" target="b" id="0"><data key="d1">10.0</data></edge>
<edge source="a" target="b" id="1"><data key="d1">5.0</data></edge>
<edge source="b" target="c" id="0"><data key="d1">2.0</data></edge>
</graph></graphml>
)";

TEST(GraphmlReaderTest, MultigraphKeysRepeatingPerPairBecomeUniqueIds) {
  Park park;
  ValidationReport report;
  ASSERT_TRUE(read_graphml(kMultiDigraph, "multi.graphml", {{"weight", "quantity"}}, park, report));
  EXPECT_FALSE(report.has_errors());
  EXPECT_NE(find_problem(report, "graphml-edge-keys"), nullptr);
  ASSERT_EQ(park.exchanges.size(), 3u);
  EXPECT_EQ(park.exchanges[0].id, "a->b#0");
  EXPECT_EQ(park.exchanges[1].id, "a->b#1");
  EXPECT_EQ(park.exchanges[2].id, "b->c#0");
  EXPECT_EQ(park.exchanges[1].quantity->value, 5.0);
  EXPECT_EQ(park.name, "Test park");
}

TEST(GraphmlReaderTest, UniqueEdgeIdsAreKept) {
  Park park;
  ValidationReport report;
  ASSERT_TRUE(read_graphml(kGephi, "gephi.graphml", {}, park, report));
  EXPECT_EQ(park.exchanges[0].id, "0");
  EXPECT_EQ(find_problem(report, "graphml-edge-keys"), nullptr);
  EXPECT_TRUE(park.name.empty()) << "no name attribute: the caller's (the file stem) stays";
}

}  // namespace
}  // namespace symbio::io
