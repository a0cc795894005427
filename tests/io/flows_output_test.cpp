#include "io/flows_output.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "io/analysis_proto.hpp"
#include "tests/support/park_builder.hpp"

namespace symbio::io {
namespace {

using symbio::testing::ex;

// a -> b 30 t/a (byproduct), b -> a 10 t/a, market m -> a 20 t/a, and an energy exchange a -> b
// without a quantity, so the energy row is empty but for its counts.
Park park() {
  Park p = symbio::testing::park_of(
      {"a", "b", "m"}, {ex("a", "b", 30, Layer::material, Kind::byproduct), ex("b", "a", 10),
                        ex("m", "a", 20), ex("a", "b", std::nullopt, Layer::energy)});
  p.enterprises[2].external = true;
  return p;
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    const auto end = text.find('\n', start);
    out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

TEST(FlowsOutputTest, FlowsCsvLeavesUndefinedCellsEmpty) {
  const Park p = park();
  const net::SymbiosisGraph graph(p);
  const auto rows = lines(flows_csv(net::compute_flows(p, graph)));
  ASSERT_EQ(rows.size(), 3u);
  // material: internal 30 + 10, import 20, export 0, byproduct 30 (all internal), rates
  // 30 / 30 = 1; ENA over a and b: a receives 10 + 20 and sends 30, b receives 30 and sends
  // 10, so y_b = 20, boundary 20, T = (30, 30), TST 60, TSTp 40 + 20 + 20 = 80, APL 3.
  const std::string material = "material,t/a,3,3,40,20,0,30,0,0,0,1,1,2,20,60,80,3,";
  EXPECT_EQ(rows[1].substr(0, material.size()), material);
  // energy: one exchange without a quantity: every sum empty, a note at the end.
  const std::string energy = "energy,GJ/a,1,0,,,,,,0,0,,,,,,,,,,,,,,,GJ/a,1,";
  EXPECT_EQ(rows[2].substr(0, energy.size()), energy);
  EXPECT_NE(rows[2].find("no exchange of the layer carries a quantity"), std::string::npos);
}

TEST(FlowsOutputTest, BalanceCsvHasOneRowPerLayerAndInternalEnterprise) {
  const Park p = park();
  const net::SymbiosisGraph graph(p);
  const auto rows = lines(balance_csv(graph, net::compute_flows(p, graph)));
  ASSERT_EQ(rows.size(), 5u);  // header, material a b, energy a b
  // a: in from b 10 (internal) and from m 20 (external), out 30 to b; ENA: T_a = max(30, 30).
  const std::string a = "material,a,a,10,20,30,0,0,0,30,";
  EXPECT_EQ(rows[1].substr(0, a.size()), a);
  EXPECT_EQ(rows[3], "energy,a,a,,,,,0,0,,,GJ/a");
}

TEST(FlowsOutputTest, JsonAndProtobufCarryTheFlows) {
  const Park p = park();
  const net::SymbiosisGraph graph(p);
  audit::AuditResults results;
  results.flows = net::compute_flows(p, graph);
  const net::FlowsResult& flows = results.flows;
  const auto j = nlohmann::json::parse(flows_json(graph, flows, nullptr));
  EXPECT_EQ(j["layers"][0]["internal_flow"], 40.0);
  EXPECT_TRUE(j["layers"][1]["internal_flow"].is_null());
  EXPECT_FALSE(j.contains("standards"));
  const auto report = nlohmann::json::parse(analysis_report_to_json(p, graph, results, {}));
  EXPECT_EQ(report["flows"]["layers"][0]["internal_flow"], 40.0);
  EXPECT_FALSE(report["flows"]["layers"][1].contains("internal_flow"));
}

}  // namespace
}  // namespace symbio::io
