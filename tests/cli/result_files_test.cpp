#include "cli/result_files.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "audit/pipeline.hpp"
#include "tests/support/park_builder.hpp"
#include "tests/support/run_symbio.hpp"

namespace symbio::cli {
namespace {

using symbio::testing::make_temp_dir;

// e0 -> e1 -> e2, material products of 1 t/a: each enterprise's only supply.
Park chain() {
  return symbio::testing::park_of(3, {{0, 1}, {1, 2}},
                                  symbio::testing::ex("", "", 1.0, Layer::material, Kind::product));
}

std::vector<std::string> names_of(const ResultFiles& files) {
  std::vector<std::string> names;
  for (const auto& [name, content] : files)
    names.push_back(name);
  return names;
}

const std::string& content_of(const ResultFiles& files, const std::string& name) {
  for (const auto& [n, content] : files) {
    if (n == name) return content;
  }
  static const std::string none = "(missing)";
  return none;
}

// What `symbio cascade --trigger e0 --strategies none` writes: the dependency sweep, the
// scenario and the dominators, no robustness files. The trigger e0 takes away e1's only supply
// (share 1 > 0.5: round 1), and e1 takes e2's (round 2).
TEST(ResultFilesTest, CascadeFilesFollowTheParts) {
  const Park park = chain();
  const net::SymbiosisGraph graph(park);
  audit::AuditOptions options;
  options.threads = 1;
  const audit::AuditResults results = audit::run_cascade_stages(graph, options, {.triggers = {0}});
  ResultFiles files;
  add_cascade_files(files, graph, results, {.beta_c = false, .robustness = false});
  EXPECT_EQ(names_of(files),
            (std::vector<std::string>{"cascade.csv", "vulnerability.csv", "scenario.csv",
                                      "dominators.csv", "cascade.json"}));
  EXPECT_EQ(content_of(files, "scenario.csv"), "round,id,name\n0,e0,e0\n1,e1,e1\n2,e2,e2\n");
  const auto json = nlohmann::json::parse(content_of(files, "cascade.json"));
  EXPECT_EQ(json.at("model"), "dependency");
  EXPECT_FALSE(json.contains("beta_c"));
  EXPECT_FALSE(json.contains("robustness"));
  EXPECT_EQ(json.at("scenario").at("cascade_failed"), 3);

  // The audit's parts: beta_c and the robustness curves too; a load sweep replaces the
  // dependency sweep and writes its alpha and beta in cascade.csv.
  audit::AuditResults audited = results;
  audited.trigger_run.reset();
  audited.robustness = audit::robustness_stage(graph, options, {.runs = 1});
  ResultFiles audit_files;
  add_cascade_files(audit_files, graph, audited, {});
  EXPECT_EQ(names_of(audit_files),
            (std::vector<std::string>{"cascade.csv", "vulnerability.csv", "robustness.csv",
                                      "robustness.svg", "dominators.csv", "cascade.json"}));
  EXPECT_TRUE(nlohmann::json::parse(content_of(audit_files, "cascade.json")).contains("beta_c"));
  audited.load_sweep = net::load_sweep(graph, {.threads = 1});
  ResultFiles load_files;
  add_cascade_files(load_files, graph, audited, {});
  EXPECT_EQ(content_of(load_files, "cascade.csv").substr(0, 9), "trigger,c");
  EXPECT_NE(content_of(load_files, "cascade.csv").find(",alpha,beta\n"), std::string::npos);
}

// What `symbio analyze` writes: the three tables, analysis.json with the quantified park, and
// the flows and balances; standards.csv only with enterprise data.
TEST(ResultFilesTest, AnalysisFilesOfTheResults) {
  const Park park = chain();
  const net::SymbiosisGraph graph(park);
  audit::AuditOptions options;
  options.threads = 1;
  const audit::AuditResults results = audit::run_analysis_stages(park, graph, options, {});
  ResultFiles files;
  add_analysis_files(files, graph, results, {.input_path = "chain/", .seed = 42});
  EXPECT_EQ(names_of(files),
            (std::vector<std::string>{"enterprises.csv", "park.csv", "ties.csv", "analysis.json",
                                      "flows.csv", "balance.csv"}));
  const auto json = nlohmann::json::parse(content_of(files, "analysis.json"));
  EXPECT_EQ(json.at("meta").at("input"), "chain/");
  // Internal material flow: the two exchanges of 1 t/a between enterprises of the park.
  EXPECT_EQ(json.at("flows").at("layers").at(0).at("internal_flow"), 2.0);
}

// write_files writes the set with its manifest and names the files in order.
TEST(ResultFilesTest, WriteFilesNamesWhatItWrote) {
  const std::string dir = make_temp_dir("symbio-result-files");
  const std::string out = dir + "/out";
  const OutputDir folder(out, dir + "/park.csv");
  const ResultFiles files{{"a.csv", "x\n"}, {"b.json", "{}\n"}};
  EXPECT_EQ(write_files(folder, files, {"test", "park.csv", "", {}}), "a.csv, b.json");
  EXPECT_TRUE(std::filesystem::exists(out + "/a.csv"));
  EXPECT_TRUE(std::filesystem::exists(out + "/manifest.json"));
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace symbio::cli
