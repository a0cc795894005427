#include "io/network_formats.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/error.hpp"
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
  // The park's name as a graph attribute, as NetworkX and igraph write graph attributes.
  EXPECT_NE(xml.find("<key id=\"g0\" for=\"graph\" attr.name=\"name\" attr.type=\"string\" />"),
            std::string::npos);
  EXPECT_NE(xml.find("<data key=\"g0\">示范园区</data>"), std::string::npos);
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
    EXPECT_EQ(back.name, "示范园区");
  }
}

// XML 1.0 section 2.2: no C0 control but tab, line feed and carriage return, and not U+FFFE or
// U+FFFF, even as a character reference.
TEST(NetworkFormatsTest, XmlWritersRefuseCharactersXmlCannotCarry) {
  const std::pair<std::string, std::string> cases[] = {{std::string("Kiln\x01") + "B", "U+0001"},
                                                       {"Kiln\x1F", "U+001F"},
                                                       {"Kiln\xEF\xBF\xBF", "U+FFFF"},
                                                       {"Kiln\xEF\xBF\xBE", "U+FFFE"}};
  for (const auto& [bad, code] : cases) {
    Fixture f;
    f.park.enterprises[1].name = bad;
    for (const auto& write :
         {network_graphml, +[](const NetworkExport& e) { return network_gexf(e); }}) {
      try {
        write(f.without());
        ADD_FAILURE() << "written with " << code;
      } catch (const DataError& e) {
        const std::string message = e.what();
        EXPECT_NE(message.find("enterprise 'C1'"), std::string::npos) << message;
        EXPECT_NE(message.find(code), std::string::npos) << message;
      }
    }
  }
  Fixture f;
  f.park.enterprises[1].name = "tab\there\nand a new line";
  EXPECT_NE(network_graphml(f.without()).find("tab\there"), std::string::npos);
  f.park.exchanges[0].resource = "ash\x02";
  EXPECT_THROW(network_gexf(f.without()), DataError);
}

TEST(NetworkFormatsTest, GexfHasVizColourSizePositionWeightAndThickness) {
  const Fixture f;
  const std::string xml = network_gexf(f.with());
  EXPECT_NE(xml.find("xmlns=\"http://www.gexf.net/1.2draft\""), std::string::npos);
  EXPECT_NE(xml.find("xmlns:viz=\"http://www.gexf.net/1.2draft/viz\""), std::string::npos);
  EXPECT_NE(xml.find("version=\"1.2\""), std::string::npos);
  // Sector power comes first: the diagrams' first colour, #E69F00.
  EXPECT_NE(xml.find("<viz:color r=\"230\" g=\"159\" b=\"0\" />"), std::string::npos);
  EXPECT_NE(xml.find("<viz:size value="), std::string::npos);
  // Three enterprises in three sectors on a circle of radius max(100, 20*3/(2 pi)) = 100:
  // P1 at 0 degrees, C1 at 120 (cos -0.5, sin 0.8660254), L1 at 240.
  EXPECT_NE(xml.find("<viz:position x=\"100\" y=\"0\" z=\"0\" />"), std::string::npos);
  EXPECT_NE(xml.find("<viz:position x=\"-50\" y=\"86.603\" z=\"0\" />"), std::string::npos);
  EXPECT_NE(xml.find("<viz:position x=\"-50\" y=\"-86.603\" z=\"0\" />"), std::string::npos);
  // Edges: the amount as weight (x3 has none), material's colour #555555.
  EXPECT_NE(xml.find("label=\"fly ash\" weight=\"100\">"), std::string::npos);
  EXPECT_NE(xml.find("label=\"gypsum\" weight=\"50\">"), std::string::npos);
  EXPECT_NE(xml.find("label=\"dust\">"), std::string::npos);
  EXPECT_NE(xml.find("<viz:color r=\"85\" g=\"85\" b=\"85\" />"), std::string::npos);
  // x1 carries the layer's largest amount, x2 half of it, x3 none.
  EXPECT_NE(xml.find("<viz:thickness value=\"10\" />"), std::string::npos);
  EXPECT_NE(xml.find("<viz:thickness value=\"5.5\" />"), std::string::npos);
  EXPECT_NE(xml.find("<viz:thickness value=\"1\" />"), std::string::npos);
}

TEST(NetworkFormatsTest, Gexf13DiffersOnlyByNamespaceAndVersion) {
  const Fixture f;
  std::string v12 = network_gexf(f.with());
  const std::string v13 = network_gexf(f.with(), {.version = GexfVersion::v1_3});
  EXPECT_NE(v13.find("xmlns=\"http://gexf.net/1.3\""), std::string::npos);
  EXPECT_NE(v13.find("version=\"1.3\""), std::string::npos);
  for (const auto& [from, to] :
       {std::pair<std::string, std::string>{"http://www.gexf.net/1.2draft", "http://gexf.net/1.3"},
        {"version=\"1.2\"", "version=\"1.3\""}}) {
    for (auto at = v12.find(from); at != std::string::npos; at = v12.find(from, at + to.size()))
      v12.replace(at, from.size(), to);
  }
  EXPECT_EQ(v12, v13);
  EXPECT_EQ(parse_gexf_version("1.2draft"), GexfVersion::v1_2draft);
  EXPECT_EQ(parse_gexf_version("1.3"), GexfVersion::v1_3);
  EXPECT_FALSE(parse_gexf_version("1.4"));
}

TEST(NetworkFormatsTest, PajekWeightsOnlyInOneUnit) {
  const Fixture f;
  // x3 has no quantity: Pajek has no missing weight.
  EXPECT_EQ(network_pajek(f.without()),
            "*Vertices 3\n1 \"P1\"\n2 \"C1\"\n3 \"L1\"\n*Arcs\n1 2\n1 2\n2 3\n");
  EXPECT_NE(pajek_unweighted_reason(f.without()).find("1 of 3 exchanges have no quantity"),
            std::string::npos);
  Park weighted = f.park;
  weighted.exchanges.pop_back();
  EXPECT_EQ(network_pajek({&weighted, nullptr, nullptr}),
            "% weight: amount in t/a (material)\n*Vertices 3\n1 \"P1\"\n2 \"C1\"\n3 "
            "\"L1\"\n*Arcs\n1 2 100\n1 2 50\n");
  EXPECT_EQ(pajek_unweighted_reason({&weighted, nullptr, nullptr}), "");
  // A steam exchange of 20 GJ/a beside the tonnes: two units, no weights, unless one layer.
  Exchange steam = weighted.exchanges.front();
  steam.id = "x4";
  steam.resource = "steam";
  steam.layer = Layer::energy;
  steam.quantity = Quantity{20, "GJ/a"};
  steam.amount = 20;
  weighted.exchanges.push_back(steam);
  EXPECT_EQ(network_pajek({&weighted, nullptr, nullptr}),
            "*Vertices 3\n1 \"P1\"\n2 \"C1\"\n3 \"L1\"\n*Arcs\n1 2\n1 2\n1 2\n");
  EXPECT_NE(pajek_unweighted_reason({&weighted, nullptr, nullptr}).find("several layers"),
            std::string::npos);
  EXPECT_EQ(network_pajek({&weighted, nullptr, nullptr, Layer::energy}),
            "% weight: amount in GJ/a (energy)\n*Vertices 3\n1 \"P1\"\n2 \"C1\"\n3 "
            "\"L1\"\n*Arcs\n1 2 20\n");
  EXPECT_EQ(network_pajek({&weighted, nullptr, nullptr, Layer::material}),
            "% weight: amount in t/a (material)\n*Vertices 3\n1 \"P1\"\n2 \"C1\"\n3 "
            "\"L1\"\n*Arcs\n1 2 100\n1 2 50\n");
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
  // NetworkX 3.4+ reads "edges" by default, earlier versions "links": both are written.
  EXPECT_EQ(doc["edges"], doc["links"]);
  EXPECT_EQ(doc["graph"]["name"], "示范园区");
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
