#include "io/network_formats.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/park_check.hpp"
#include "io/graphml_reader.hpp"
#include "io/park_writer.hpp"
#include "io/proto_park.hpp"
#include "io/read_park.hpp"
#include "network/analyze.hpp"
#include "tests/io/temp_dir.hpp"

namespace symbio::io {
namespace {

using testing::TempDir;

Park sample_park() {
  Park park;
  park.name = "示范园区";
  park.enterprises.push_back(
      Enterprise{"P1", "热电厂 <A&B>", "power", "utility", false, {{"产值", "12.5"}}, {}});
  park.enterprises.push_back(Enterprise{"C1", "Cement", "cement", "", false, {}, {}});
  park.enterprises.push_back(Enterprise{"L1", "Landfill", "", "", true, {}, {}});
  auto exchange = [&](std::string id, std::string s, std::string r, std::string resource,
                      std::optional<Quantity> q) {
    Exchange x;
    x.id = std::move(id);
    x.supplier = std::move(s);
    x.receiver = std::move(r);
    x.resource = std::move(resource);
    x.layer = Layer::material;
    x.kind = Kind::byproduct;
    x.quantity = std::move(q);
    x.year = 2005;
    park.exchanges.push_back(x);
  };
  exchange("x1", "P1", "C1", "fly ash", Quantity{100, "t/a"});
  exchange("x2", "P1", "C1", "gypsum", Quantity{50, "t/a"});  // parallel to x1
  exchange("x3", "C1", "L1", "dust", std::nullopt);
  finalize_park(park, ResourceCatalogue::builtin());
  return park;
}

struct Fixture {
  Park park = sample_park();
  net::SymbiosisGraph graph{park};
  std::vector<net::LayerAnalysis> layers = net::analyze(graph, {});
  NetworkExport with() const { return {&park, &graph, &layers.front()}; }
  NetworkExport without() const { return {&park, nullptr, nullptr}; }
};

TEST(NetworkFormatsTest, GraphmlHasTypedKeysEscapedTextAndMultiEdges) {
  const Fixture f;
  const std::string xml = network_graphml(f.with());
  EXPECT_NE(xml.find("attr.name=\"betweenness\" attr.type=\"double\""), std::string::npos);
  EXPECT_NE(xml.find("attr.name=\"degree\" attr.type=\"long\""), std::string::npos);
  EXPECT_NE(xml.find("attr.name=\"external\" attr.type=\"boolean\""), std::string::npos);
  EXPECT_NE(xml.find("attr.name=\"bridge\" attr.type=\"boolean\""), std::string::npos);
  EXPECT_NE(xml.find("热电厂 &lt;A&amp;B&gt;"), std::string::npos);
  EXPECT_NE(xml.find("<edge id=\"x2\" source=\"P1\" target=\"C1\">"), std::string::npos);
  EXPECT_EQ(xml, network_graphml(f.with())) << "deterministic";
  EXPECT_EQ(network_graphml(f.without()).find("betweenness"), std::string::npos);
}

TEST(NetworkFormatsTest, GraphmlReadsBackAsTheSamePark) {
  const Fixture f;
  for (const NetworkExport& input : {f.without(), f.with()}) {
    Park back;
    ValidationReport report;
    ASSERT_TRUE(read_graphml(network_graphml(input), "park.graphml", {}, back, report));
    EXPECT_FALSE(report.has_errors());
    ASSERT_EQ(back.enterprises.size(), 3u);
    EXPECT_EQ(back.enterprises[0].name, "热电厂 <A&B>");
    EXPECT_TRUE(back.enterprises[2].external);
    ASSERT_EQ(back.exchanges.size(), 3u);
    EXPECT_EQ(back.exchanges[1].id, "x2");
    EXPECT_EQ(back.exchanges[1].resource, "gypsum");
    ASSERT_TRUE(back.exchanges[1].quantity.has_value());
    EXPECT_DOUBLE_EQ(back.exchanges[1].quantity->value, 50);
    EXPECT_EQ(back.exchanges[1].year, 2005);
  }
}

TEST(NetworkFormatsTest, GexfHasVizColourSizeAndThickness) {
  const Fixture f;
  const std::string xml = network_gexf(f.with());
  EXPECT_NE(xml.find("xmlns=\"http://gexf.net/1.3\""), std::string::npos);
  EXPECT_NE(xml.find("version=\"1.3\""), std::string::npos);
  EXPECT_NE(xml.find("<viz:color r=\"78\" g=\"121\" b=\"167\"/>"), std::string::npos);
  EXPECT_NE(xml.find("<viz:size value="), std::string::npos);
  // x1 carries the layer's largest amount, x2 half of it, x3 none.
  EXPECT_NE(xml.find("<viz:thickness value=\"10\"/>"), std::string::npos);
  EXPECT_NE(xml.find("<viz:thickness value=\"5.5\"/>"), std::string::npos);
  EXPECT_NE(xml.find("<viz:thickness value=\"1\"/>"), std::string::npos);
}

TEST(NetworkFormatsTest, PajekWeightsOnlyWhenEveryExchangeHasOne) {
  const Fixture f;
  EXPECT_EQ(network_pajek(f.without()),
            "*Vertices 3\n1 \"P1\"\n2 \"C1\"\n3 \"L1\"\n*Arcs\n1 2\n1 2\n2 3\n");
  Park weighted = f.park;
  weighted.exchanges.pop_back();
  EXPECT_EQ(network_pajek({&weighted, nullptr, nullptr}),
            "*Vertices 3\n1 \"P1\"\n2 \"C1\"\n3 \"L1\"\n*Arcs\n1 2 100\n1 2 50\n");
}

TEST(NetworkFormatsTest, NodeLinkJsonIsANetworkxMultiDigraph) {
  const Fixture f;
  const auto doc = nlohmann::json::parse(network_nodelink_json(f.with()));
  EXPECT_TRUE(doc["directed"].get<bool>());
  EXPECT_TRUE(doc["multigraph"].get<bool>());
  ASSERT_EQ(doc["nodes"].size(), 3u);
  EXPECT_EQ(doc["nodes"][0]["id"], "P1");
  EXPECT_TRUE(doc["nodes"][0]["betweenness"].is_number_float());
  EXPECT_TRUE(doc["nodes"][0]["degree"].is_number_integer());
  ASSERT_EQ(doc["links"].size(), 3u);
  EXPECT_EQ(doc["links"][1]["key"], "x2");
  EXPECT_FALSE(doc["links"][2].contains("amount")) << "absent values are left out";
}

TEST(NetworkFormatsTest, WriteParkDispatchesByExtension) {
  const Fixture f;
  TempDir dir;
  write_park(f.park, dir / "p.nodelink.json");
  write_park(f.park, dir / "p.graphml");
  write_park(f.park, dir / "p.gexf");
  write_park(f.park, dir / "p.net");
  EXPECT_NE(testing::read_all(dir / "p.nodelink.json").find("\"links\""), std::string::npos);
  EXPECT_NE(testing::read_all(dir / "p.gexf").find("<gexf"), std::string::npos);
  EXPECT_NE(testing::read_all(dir / "p.net").find("*Arcs"), std::string::npos);
  const LoadedPark back = read_park(dir / "p.graphml");
  EXPECT_FALSE(back.report.has_errors());
  EXPECT_EQ(back.park.exchanges.size(), 3u);
}

}  // namespace
}  // namespace symbio::io
