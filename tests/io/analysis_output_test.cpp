#include "io/analysis_output.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "network/graph.hpp"
#include "network/indicator_table.hpp"
#include "tests/support/park_builder.hpp"

namespace symbio::io {
namespace {

using symbio::testing::ex;

// a -> b twice (3 and 4 t/a of material) and b -> c (1 t/a); the sector of a has a comma. The
// material layer is quantified, so its view has W: the tie a -> b weighs 3 + 4 = 7 t/a.
Park park() {
  Park p = symbio::testing::park_of({"a", "b", "c"},
                                    {ex("a", "b", 3.0), ex("a", "b", 4.0), ex("b", "c", 1.0)});
  p.enterprises[0].name = "Plant \"A\"";
  p.enterprises[0].sector = "steel, iron";
  return p;
}

// Hand-made analyses (the writers print what they are given, whatever computed it): a real
// column with an undefined value, an integer and a boolean column; a numeric and a text field.
std::vector<net::LayerAnalysis> analyses() {
  net::LayerAnalysis all;
  all.layer = net::ViewLayer::all;
  all.enterprise_columns = {
      {"betweenness", net::ColumnType::real, "raw Brandes", {0.0, 1.0 / 3.0, std::nullopt}},
      {"degree", net::ColumnType::integer, "partners in U", {1.0, 2.0, 1.0}},
      {"articulation", net::ColumnType::boolean, "cut vertex", {0.0, 1.0, 0.0}}};
  all.park_fields = {
      {"density", 2.0 / 6.0, "", net::ColumnType::real, "m / (n(n-1))"},
      {"typology", std::nullopt, "weak completeness", net::ColumnType::real, "class"}};
  all.bridge = {true, true};
  net::LayerAnalysis material = all;
  material.layer = net::ViewLayer::material;
  material.enterprise_columns.resize(1);  // only betweenness: the other cells stay empty
  material.park_fields.resize(1);
  material.bridge = {false, true};
  material.warnings = {"a warning"};
  return {all, material};
}

TEST(AnalysisOutputTest, EnterprisesCsv) {
  const Park p = park();
  const net::SymbiosisGraph graph(p);
  EXPECT_EQ(enterprises_csv(graph, analyses()),
            "layer,id,name,sector,betweenness,degree,articulation\n"
            "all,a,\"Plant \"\"A\"\"\",\"steel, iron\",0,1,false\n"
            "all,b,b,,0.3333333333333333,2,true\n"
            "all,c,c,,,1,false\n"
            "material,a,\"Plant \"\"A\"\"\",\"steel, iron\",0,,\n"
            "material,b,b,,0.3333333333333333,,\n"
            "material,c,c,,,,\n");
}

TEST(AnalysisOutputTest, ParkCsv) {
  EXPECT_EQ(park_csv(analyses()),
            "layer,density,typology\n"
            "all,0.3333333333333333,weak completeness\n"
            "material,0.3333333333333333,\n");
}

TEST(AnalysisOutputTest, TiesCsvWeighsOnlyQuantifiedLayers) {
  const Park p = park();
  const net::SymbiosisGraph graph(p);
  // `all` never has W: weight and unit empty. material: 3 + 4 = 7 t/a on a -> b.
  EXPECT_EQ(ties_csv(graph, analyses()),
            "layer,supplier,receiver,exchanges,weight,unit,bridge\n"
            "all,a,b,2,,,true\n"
            "all,b,c,1,,,true\n"
            "material,a,b,2,7,t/a,false\n"
            "material,b,c,1,1,t/a,true\n");
}

TEST(AnalysisOutputTest, JsonHoldsTheSameValuesAndTheMeta) {
  const Park p = park();
  const net::SymbiosisGraph graph(p);
  const AnalysisMeta meta{"park/", "abc123", {{"layer", "all"}}, 42};
  const auto j = nlohmann::json::parse(analysis_json(graph, analyses(), meta));
  EXPECT_EQ(j["meta"]["input"], "park/");
  EXPECT_EQ(j["meta"]["input_sha256"], "abc123");
  EXPECT_EQ(j["meta"]["seed"], 42);
  EXPECT_EQ(j["meta"]["options"]["layer"], "all");
  EXPECT_EQ(j["meta"]["columns"]["degree"], "partners in U");
  EXPECT_EQ(j["meta"]["park_fields"]["typology"], "class");
  ASSERT_EQ(j["layers"].size(), 2U);
  const auto& all = j["layers"][0];
  EXPECT_EQ(all["layer"], "all");
  EXPECT_DOUBLE_EQ(all["park"]["density"].get<double>(), 2.0 / 6.0);
  EXPECT_EQ(all["park"]["typology"], "weak completeness");
  // Types follow the column: integers are integers, booleans booleans, undefined is null.
  EXPECT_TRUE(all["enterprises"][1]["degree"].is_number_integer());
  EXPECT_EQ(all["enterprises"][1]["articulation"], true);
  EXPECT_TRUE(all["enterprises"][2]["betweenness"].is_null());
  EXPECT_EQ(all["enterprises"][0]["name"], "Plant \"A\"");
  EXPECT_TRUE(all["ties"][0]["weight"].is_null());
  const auto& material = j["layers"][1];
  EXPECT_EQ(material["ties"][0]["weight"], 7.0);
  EXPECT_EQ(material["ties"][0]["unit"], "t/a");
  EXPECT_EQ(material["ties"][0]["bridge"], false);
  EXPECT_EQ(material["warnings"], nlohmann::json::array({"a warning"}));
}

}  // namespace
}  // namespace symbio::io
