#include "io/cascade_output.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>

namespace symbio::io {
namespace {

Exchange ex(std::string s, std::string r, std::optional<double> amount,
            Layer layer = Layer::material) {
  Exchange x;
  x.supplier = std::move(s);
  x.receiver = std::move(r);
  x.amount = amount;
  x.layer = layer;
  return x;
}

// 电厂 -> "b,c" (10 t/a) -> d (2.5 GJ/a and water without quantity).
net::SymbiosisGraph chain() {
  Park park;
  for (const char* id : {"电厂", "b,c", "d"})
    park.enterprises.push_back(Enterprise{id, id});
  park.exchanges = {ex("电厂", "b,c", 10.0), ex("b,c", "d", 2.5, Layer::energy),
                    ex("b,c", "d", std::nullopt, Layer::water)};
  return net::SymbiosisGraph(park);
}

// Trigger 电厂: b,c loses all its material (1 round), then d all its energy (2 rounds); failed 3,
// impact 2/2. Lost flow: material 10 (b,c), energy 2.5 (d), water unknown (d's water has no
// quantity). Trigger b,c: d fails; material 10, energy 2.5, water unknown; impact 1/2.
TEST(CascadeOutputTest, CascadeAndVulnerabilityCsv) {
  const auto g = chain();
  const net::DependencySweep sweep = net::dependency_sweep(g);
  EXPECT_EQ(cascade_csv(g, sweep),
            "trigger,cascade_failed,cascade_rounds,cascade_impact,cascade_lost_flow_material,"
            "cascade_lost_flow_energy,cascade_lost_flow_water\n"
            "电厂,3,2,1,10,2.5,\n"
            "\"b,c\",2,1,0.5,10,2.5,\n"
            "d,1,0,0,0,2.5,\n");
  EXPECT_EQ(vulnerability_csv(g, sweep.vulnerability),
            "id,vulnerability\n电厂,0\n\"b,c\",0.5\nd,1\n");
  EXPECT_THROW(vulnerability_csv(g, std::vector<std::optional<double>>{}), std::invalid_argument);
}

// Dominators of the chain 电厂 -> "b,c" -> d (products: supply dependencies). all: "b,c" has the
// only provider 电厂, d the only provider "b,c" (energy and water both come from it), so d's
// dominators are "b,c" then 电厂. material: only 电厂 -> "b,c"; energy and water: only
// "b,c" -> d. Ids with a comma are quoted, lists joined by '|'.
TEST(CascadeOutputTest, DominatorsCsvAndJson) {
  const auto g = chain();
  const std::vector<net::LayerDominators> d = net::supply_dominators(g);
  EXPECT_EQ(dominators_csv(g, d),
            "layer,id,immediate_dominator,dominators,dominated\n"
            "all,电厂,,,2\n"
            "all,\"b,c\",电厂,电厂,1\n"
            "all,d,\"b,c\",\"b,c|电厂\",0\n"
            "material,电厂,,,1\n"
            "material,\"b,c\",电厂,电厂,0\n"
            "material,d,,,0\n"
            "energy,电厂,,,0\n"
            "energy,\"b,c\",,,1\n"
            "energy,d,\"b,c\",\"b,c\",0\n"
            "water,电厂,,,0\n"
            "water,\"b,c\",,,1\n"
            "water,d,\"b,c\",\"b,c\",0\n");
  audit::AuditResults results;
  results.sweep = net::dependency_sweep(g);
  results.dominators = d;
  results.beta_c = 1.0;
  results.beta_c_largest_component = 0.5;
  const auto json =
      nlohmann::json::parse(cascade_json(g, results, {.beta_c = true, .robustness = false}));
  EXPECT_EQ(json.at("beta_c").get<double>(), 1.0);
  EXPECT_EQ(json.at("beta_c_largest_component").get<double>(), 0.5);
  EXPECT_EQ(json.at("meta").at("model_options").at("direction"), "both");
  EXPECT_EQ(json.at("meta").at("model_options").at("substitutes"), "catalogue");
  const auto& d_row = json.at("dominators").at(0).at("enterprises").at(2);
  EXPECT_EQ(d_row.at("immediate_dominator"), "b,c");
  EXPECT_EQ(d_row.at("dominators"), (nlohmann::json{"b,c", "电厂"}));
  EXPECT_TRUE(
      json.at("dominators").at(0).at("enterprises").at(0).at("immediate_dominator").is_null());
  // A load sweep writes its own beta_c, not the dependency model's.
  audit::AuditResults load_results = results;
  load_results.load_sweep = net::load_sweep(g, {});
  const auto load_json = nlohmann::json::parse(cascade_json(g, load_results, {}));
  EXPECT_EQ(load_json.at("model"), "load");
  EXPECT_EQ(load_json.at("beta_c_largest_component"),
            load_results.load_sweep->beta_c_largest_component);
  EXPECT_NE(load_json.at("beta_c_largest_component"), 0.5);
}

// Load model on U (path of 3): loads 2, 4, 2; with beta = 0.5 the end's failure passes 2 to the
// middle (2 <= 0.5 * 4: no spread); the middle passes 4 split 2/2 to both ends (2 > 1: both
// fail).
TEST(CascadeOutputTest, LoadCsvHasParameters) {
  const auto g = chain();
  const net::LoadSweep sweep = net::load_sweep(g, {.alpha = 1.0, .beta = 0.5});
  EXPECT_EQ(cascade_csv(g, sweep),
            "trigger,cascade_failed,cascade_rounds,cascade_impact,cascade_lost_flow_material,"
            "cascade_lost_flow_energy,cascade_lost_flow_water,alpha,beta\n"
            "电厂,1,0,0,0,0,0,1,0.5\n"
            "\"b,c\",3,1,1,10,2.5,,1,0.5\n"
            "d,1,0,0,0,2.5,,1,0.5\n");
}

// Degree attack on the path: b,c first (degree 2), then 电厂, d. S = 1, 1/3, 1/3, 0.
TEST(CascadeOutputTest, RobustnessCsv) {
  const auto g = chain();
  net::RobustnessOptions o;
  o.strategies = {net::RemovalStrategy::degree, net::RemovalStrategy::random};
  o.runs = 2;
  o.efficiency_points = 0;
  const net::RobustnessResult r = net::compute_robustness(g, o);
  const std::string csv = robustness_csv(g, r);
  EXPECT_EQ(csv.substr(0, csv.find("random")),
            "strategy,q,removed,largest_component_share,global_efficiency\n"
            "degree,0,,1,\n"
            "degree,1,\"b,c\",0.3333333333333333,\n"
            "degree,2,电厂,0.3333333333333333,\n"
            "degree,3,d,0,\n");
  EXPECT_NE(csv.find("random,3,,0,\n"), std::string::npos);
}

TEST(CascadeOutputTest, JsonHoldsEverythingWithMeta) {
  const auto g = chain();
  audit::AuditResults results;
  results.sweep = net::dependency_sweep(g);
  const std::vector<net::Vertex> triggers{0};
  results.trigger_run = net::dependency_cascade(g, triggers);
  net::RobustnessOptions o;
  o.strategies = {net::RemovalStrategy::degree};
  results.robustness = net::compute_robustness(g, o);
  CascadeParts doc{.beta_c = false};
  doc.meta.input_path = "park/";
  doc.meta.options = {{"model", "dependency"}};
  const std::string text = cascade_json(g, results, doc);
  EXPECT_EQ(text, cascade_json(g, results, doc));  // deterministic
  const auto j = nlohmann::json::parse(text);
  EXPECT_EQ(j["model"], "dependency");
  EXPECT_EQ(j["meta"]["model_options"]["threshold"], 0.5);
  EXPECT_TRUE(j["meta"]["conventions"].contains("cascade_impact"));
  EXPECT_EQ(j["meta"]["seed"], 1);
  ASSERT_EQ(j["cascade"].size(), 3u);
  EXPECT_EQ(j["cascade"][0]["trigger"], "电厂");
  EXPECT_TRUE(j["cascade"][0]["cascade_lost_flow_water"].is_null());
  EXPECT_EQ(j["cascade"][0]["cascade_lost_flow_missing"]["water"], 1);
  EXPECT_EQ(j["vulnerability"][2]["vulnerability"], 1.0);
  EXPECT_EQ(j["scenario"]["rounds"], nlohmann::json::parse(R"([["电厂"], ["b,c"], ["d"]])"));
  EXPECT_EQ(j["scenario"]["cascade_rounds"], 2);
  const auto& curve = j["robustness"]["strategies"][0];
  EXPECT_EQ(curve["strategy"], "degree");
  EXPECT_DOUBLE_EQ(curve["robustness_index"].get<double>(), (1.0 / 3 + 1.0 / 3) / 3);
  EXPECT_TRUE(curve["curve"][0]["removed"].is_null());
  EXPECT_EQ(curve["curve"][1]["removed"], "b,c");
  // Efficiency on D: 电厂->b,c 1, 电厂->d 1/2, b,c->d 1: 2.5 / 6.
  EXPECT_DOUBLE_EQ(curve["curve"][0]["global_efficiency"].get<double>(), 2.5 / 6.0);
  EXPECT_FALSE(j.contains("beta_c"));

  EXPECT_TRUE(j.contains("robustness"));
  EXPECT_TRUE(j.contains("dominators"));
  EXPECT_FALSE(nlohmann::json::parse(cascade_json(g, results, {.robustness = false}))
                   .contains("robustness"));

  results.load_sweep = net::load_sweep(g);
  const auto lj = nlohmann::json::parse(cascade_json(g, results, {}));
  EXPECT_EQ(lj["model"], "load");
  EXPECT_DOUBLE_EQ(lj["beta_c"].get<double>(), 1.0);  // middle: 4 / (2 + 2)
  EXPECT_EQ(lj["cascade"][1]["beta"], 0.2);
}

}  // namespace
}  // namespace symbio::io
