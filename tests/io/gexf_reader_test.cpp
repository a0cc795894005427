#include "io/gexf_reader.hpp"

#include <gtest/gtest.h>

#include "core/park_check.hpp"
#include "io/network_formats.hpp"
#include "tests/io/temp_dir.hpp"

namespace symbio::io {
namespace {

using testing::find_problem;

// As Gephi 0.10 saves a graph: attribute ids of its own, titles as names, labels, weights, viz.
constexpr const char* kGephi = R"(<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">
  <meta lastmodifieddate="2024-05-01"><creator>Gephi 0.10.1</creator><description></description></meta>
  <graph defaultedgetype="directed" mode="static">
    <attributes class="node" mode="static">
      <attribute id="branche" title="Branche" type="string"/>
      <attribute id="ext" title="external" type="boolean"><default>false</default></attribute>
    </attributes>
    <attributes class="edge" mode="static">
      <attribute id="u" title="Einheit" type="string"><default>GJ/a</default></attribute>
    </attributes>
    <nodes>
      <node id="n0" label="Power station">
        <attvalues><attvalue for="branche" value="energy"/></attvalues>
        <viz:position x="1.0" y="2.0" z="0.0"/>
      </node>
      <node id="n1" label="Refinery">
        <attvalues><attvalue for="ext" value="true"/></attvalues>
      </node>
    </nodes>
    <edges>
      <edge id="0" source="n0" target="n1" label="steam" weight="12.5"/>
      <edge id="1" source="n0" target="n1" label="sulphur" weight="7">
        <attvalues><attvalue for="u" value="t/a"/></attvalues>
      </edge>
    </edges>
  </graph>
</gexf>
)";

TEST(GexfReaderTest, ReadsGephiWithLabelsWeightsAndMap) {
  Park park;
  ValidationReport report;
  const ColumnMap map = {{"Branche", "sector"}, {"weight", "quantity"}, {"Einheit", "unit"}};
  std::vector<bool> used(map.size(), false);
  ASSERT_TRUE(read_gexf(kGephi, "gephi.gexf", map, park, report, &used));
  EXPECT_FALSE(report.has_errors());
  ASSERT_EQ(park.enterprises.size(), 2u);
  EXPECT_EQ(park.enterprises[0].id, "n0");
  EXPECT_EQ(park.enterprises[0].name, "Power station");
  EXPECT_EQ(park.enterprises[0].sector, "energy");
  EXPECT_FALSE(park.enterprises[0].external) << "the attribute's default";
  EXPECT_TRUE(park.enterprises[1].external);
  ASSERT_EQ(park.exchanges.size(), 2u);
  EXPECT_EQ(park.exchanges[0].id, "0");
  EXPECT_EQ(park.exchanges[0].supplier, "n0");
  EXPECT_EQ(park.exchanges[0].receiver, "n1");
  EXPECT_EQ(park.exchanges[0].resource, "steam");
  ASSERT_TRUE(park.exchanges[0].quantity);
  EXPECT_EQ(park.exchanges[0].quantity->value, 12.5);
  EXPECT_EQ(park.exchanges[0].quantity->unit, "GJ/a");
  EXPECT_EQ(park.exchanges[1].quantity->unit, "t/a");
  EXPECT_EQ(used, std::vector<bool>(3, true));
  // The edge's place: line 23 of the text above.
  EXPECT_EQ(park.exchanges[1].origin.line, 23);
}

TEST(GexfReaderTest, WeightWithoutMapIsAnAttribute) {
  Park park;
  ValidationReport report;
  ASSERT_TRUE(read_gexf(kGephi, "gephi.gexf", {}, park, report));
  EXPECT_FALSE(park.exchanges[0].quantity);
  ASSERT_FALSE(park.exchanges[0].attributes.empty());
  EXPECT_EQ(park.exchanges[0].attributes[0].key, "weight");
  EXPECT_EQ(park.exchanges[0].attributes[0].value, "12.5");
}

Park sample() {
  Park park;
  park.name = "示范园区";
  park.enterprises.push_back(Enterprise{"P1", "热电厂 <A&B>", "power", "", false, {}, {}});
  park.enterprises.push_back(Enterprise{"L1", "Landfill", "", "", true, {{"区", "东"}}, {}});
  Exchange x;
  x.id = "x1";
  x.supplier = "P1";
  x.receiver = "L1";
  x.resource = "fly ash";
  x.layer = Layer::material;
  x.kind = Kind::waste;
  x.quantity = Quantity{20, "万吨/年"};
  x.year = 2005;
  park.exchanges.push_back(x);
  x.id = "x2";
  x.resource = "slag";
  x.quantity.reset();
  park.exchanges.push_back(x);
  finalize_park(park, ResourceCatalogue::builtin());
  return park;
}

TEST(GexfReaderTest, ReadsBackWhatSymbioWrites) {
  const Park park = sample();
  for (const GexfVersion version : {GexfVersion::v1_2draft, GexfVersion::v1_3}) {
    Park back;
    ValidationReport report;
    ASSERT_TRUE(read_gexf(network_gexf({&park, nullptr, nullptr}, {.version = version}),
                          "park.gexf", {}, back, report));
    EXPECT_FALSE(report.has_errors());
    EXPECT_EQ(back.name, "示范园区");
    ASSERT_EQ(back.enterprises.size(), 2u);
    EXPECT_EQ(back.enterprises[0].name, "热电厂 <A&B>");
    EXPECT_EQ(back.enterprises[0].sector, "power");
    EXPECT_TRUE(back.enterprises[1].external);
    ASSERT_EQ(back.enterprises[1].attributes.size(), 1u);
    EXPECT_EQ(back.enterprises[1].attributes[0].value, "东");
    ASSERT_EQ(back.exchanges.size(), 2u);
    EXPECT_EQ(back.exchanges[0].id, "x1");
    EXPECT_EQ(back.exchanges[0].kind, Kind::waste);
    ASSERT_TRUE(back.exchanges[0].quantity);
    // The quantity as written, not the weight (the amount 200000 t/a).
    EXPECT_EQ(back.exchanges[0].quantity->value, 20);
    EXPECT_EQ(back.exchanges[0].quantity->unit, "万吨/年");
    EXPECT_EQ(back.exchanges[0].year, 2005);
    EXPECT_FALSE(back.exchanges[1].quantity);
    EXPECT_TRUE(back.exchanges[0].attributes.empty()) << "weight and amount are not kept";
  }
}

TEST(GexfReaderTest, MalformedForeignAndUndirected) {
  Park park;
  ValidationReport report;
  EXPECT_FALSE(read_gexf("<gexf>\n<graph>\n</gexf>", "bad.gexf", {}, park, report));
  const Problem* p = find_problem(report, "bad-gexf");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->location.line, 3);

  ValidationReport foreign;
  EXPECT_FALSE(read_gexf("<graphml/>", "x.gexf", {}, park, foreign));
  ASSERT_NE(find_problem(foreign, "bad-gexf"), nullptr);
  EXPECT_NE(find_problem(foreign, "bad-gexf")->message.find("no <gexf>"), std::string::npos);

  ValidationReport entities;
  EXPECT_FALSE(read_gexf("<!DOCTYPE gexf [<!ENTITY a \"aaaa\">]><gexf><graph/></gexf>", "e.gexf",
                         {}, park, entities));
  ASSERT_NE(find_problem(entities, "bad-gexf"), nullptr);

  Park undirected;
  ValidationReport warned;
  read_gexf(R"(<gexf><graph><nodes><node id="a"/><node id="b"/></nodes>
<edges><edge id="e" source="a" target="b"/></edges></graph></gexf>)",
            "u.gexf", {}, undirected, warned);
  EXPECT_NE(find_problem(warned, "undirected-gexf"), nullptr) << "GEXF's default is undirected";
  ASSERT_EQ(undirected.exchanges.size(), 1u);
  EXPECT_EQ(undirected.exchanges[0].supplier, "a");
}

}  // namespace
}  // namespace symbio::io
