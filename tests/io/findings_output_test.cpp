#include "io/findings_output.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "audit/rules.hpp"
#include "io/read_park.hpp"
#include "tests/audit/audit_fixture.hpp"

namespace symbio::io {
namespace {

namespace fs = std::filesystem;

// The Kalundborg pipeline with analyze's key_score and cascade_impact columns removed, so that
// the golden file pins the audit and the writer, not analyze's column set (key-enterprise then
// uses its documented fallback score).
std::string kalundborg_findings_json() {
  LoadedPark loaded = read_park(audit::fixture::example_dir("kalundborg"));
  auto run = std::make_unique<audit::fixture::AuditRun>();
  run->park = std::move(loaded.park);
  run->graph = std::make_unique<net::SymbiosisGraph>(run->park);
  run->analysis = net::analyze(*run->graph);
  for (net::LayerAnalysis& analysis : run->analysis) {
    std::erase_if(analysis.enterprise_columns, [](const net::Column& c) {
      return c.name == "key_score" || c.name == "cascade_impact";
    });
  }
  run->sweep = net::dependency_sweep(*run->graph, {.threads = 1});
  const audit::Thresholds thresholds = audit::default_thresholds();
  const auto findings = audit::run_audit(run->input(), thresholds);
  return findings_json(findings, thresholds,
                       {.input_path = "examples/kalundborg", .input_sha256 = loaded.sha256});
}

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

TEST(FindingsOutputTest, KalundborgMatchesTheGoldenFile) {
  const fs::path golden =
      fs::path(SYMBIO_SOURCE_DIR) / "tests/audit/golden/kalundborg_findings.json";
  const std::string text = kalundborg_findings_json();
  if (std::getenv("SYMBIO_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(golden, std::ios::binary) << text;
    GTEST_SKIP() << "golden file rewritten: " << golden;
  }
  ASSERT_TRUE(fs::exists(golden)) << "run with SYMBIO_UPDATE_GOLDEN=1 to create " << golden;
  EXPECT_EQ(text, read_text(golden)) << "if the change is intended, regenerate with "
                                        "SYMBIO_UPDATE_GOLDEN=1";
}

TEST(FindingsOutputTest, IsDeterministicAndComplete) {
  const std::string text = kalundborg_findings_json();
  EXPECT_EQ(text, kalundborg_findings_json());
  const auto json = nlohmann::json::parse(text);
  EXPECT_EQ(json["meta"]["symbio_version"], "0.1.0");
  EXPECT_EQ(json["meta"]["rules"].size(), audit::rules().size());
  EXPECT_EQ(json["meta"]["thresholds"]["anchor_dependence.degree_centralization_min"], 0.4);
  ASSERT_FALSE(json["findings"].empty());
  std::size_t total = 0;
  for (const char* p : {"high", "medium", "low"})
    total += json["summary"][p].get<std::size_t>();
  EXPECT_EQ(total, json["findings"].size());
  for (const auto& f : json["findings"]) {
    for (const char* key : {"rule", "priority", "title", "subjects", "evidence", "recommendation",
                            "aspect", "cost_class", "benefits", "potential_exchanges"}) {
      EXPECT_TRUE(f.contains(key)) << key;
    }
  }
}

TEST(FindingsOutputTest, WritesPotentialExchangesWithNullForUnknowns) {
  audit::Finding f;
  f.rule = "unused-byproduct";
  audit::Subject power;
  power.kind = audit::SubjectKind::output;
  power.id = "power";
  power.name = "热电厂";
  power.resources = {"粉煤灰"};
  power.layer = Layer::material;
  power.quantity = 40.0;
  power.unit = "万吨/年";
  power.share = 0.01;
  power.related = {"cement"};
  power.evidence.push_back({"declaration.output.material", "power", 400000.0});
  f.subjects.push_back(power);
  f.benefits.push_back({"粉煤灰", 40.0, "万吨/年", audit::BenefitBasis::diverted, 0.01});
  f.evidence.push_back({"declaration.output.material", "power", 100.0});
  f.evidence.push_back({"all.degree", "power", std::int64_t{3}});
  f.evidence.push_back({"all.articulation", "power", true});
  f.evidence.push_back({"all.typology", "", std::string("anchor tenant")});
  audit::PotentialExchange p;
  p.supplier = "power";
  p.receiver = "cement";
  p.resource = "粉煤灰";
  p.quantity = 80.0;
  p.unit = "t/a";
  f.potential_exchanges.push_back(p);
  const auto json = nlohmann::json::parse(findings_json({f}, {}, {}));
  const auto& out = json["findings"][0];
  EXPECT_EQ(out["evidence"][0]["value"], 100.0);
  EXPECT_EQ(out["evidence"][1]["value"], 3);
  EXPECT_EQ(out["evidence"][2]["value"], true);
  EXPECT_EQ(out["evidence"][3]["value"], "anchor tenant");
  EXPECT_EQ(out["potential_exchanges"][0]["resource"], "粉煤灰");
  EXPECT_EQ(out["potential_exchanges"][0]["quantity"], 80.0);
  EXPECT_TRUE(out["potential_exchanges"][0]["avoided_co2_t"].is_null());
  EXPECT_EQ(json["summary"]["medium"], 1);
  // The subject in the park's terms: name, resource, quantity in the input's unit, its share.
  const auto& subject = out["subjects"][0];
  EXPECT_EQ(subject["kind"], "output");
  EXPECT_EQ(subject["name"], "热电厂");
  EXPECT_EQ(subject["resources"][0], "粉煤灰");
  EXPECT_EQ(subject["layer"], "material");
  EXPECT_EQ(subject["quantity"], 40.0);
  EXPECT_EQ(subject["unit"], "万吨/年");
  EXPECT_EQ(subject["share"], 0.01);
  EXPECT_EQ(subject["related"][0], "cement");
  EXPECT_EQ(subject["evidence"][0]["value"], 400000.0);
  EXPECT_FALSE(subject.contains("partner"));
  EXPECT_FALSE(out.contains("layer"));
  // Benefits as numbers.
  EXPECT_EQ(out["benefits"][0]["basis"], "diverted");
  EXPECT_EQ(out["benefits"][0]["quantity"], 40.0);
  EXPECT_EQ(out["benefits"][0]["unit"], "万吨/年");
  EXPECT_TRUE(out["potential_exchanges"][0]["display_quantity"].is_null());
}

}  // namespace
}  // namespace symbio::io
