#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <sstream>

#include "tests/support/run_symbio.hpp"

namespace symbio::testing {
namespace {

namespace fs = std::filesystem;

// scenario -> (layer,indicator -> value) of scenarios.csv.
std::map<std::string, std::map<std::string, std::string>> read_scenarios(const std::string& path) {
  std::map<std::string, std::map<std::string, std::string>> out;
  std::istringstream in(read_text(path));
  std::string line;
  std::getline(in, line);
  EXPECT_EQ(line, "scenario,layer,indicator,value");
  while (std::getline(in, line)) {
    const auto a = line.find(',');
    const auto b = line.find(',', a + 1);
    const auto c = line.find(',', b + 1);
    out[line.substr(0, a)][line.substr(a + 1, c - a - 1)] = line.substr(c + 1);
  }
  return out;
}

// The example park's exchanges.csv, counted by status (column 10) independently of symbio.
std::map<std::string, int> statuses() {
  std::map<std::string, int> count;
  std::istringstream in(read_text("examples/coal_chemical_park/exchanges.csv"));
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    std::vector<std::string> fields;
    std::string field;
    std::istringstream row(line);
    while (std::getline(row, field, ','))
      fields.push_back(field);
    if (fields.size() > 9) ++count[fields[9]];
  }
  return count;
}

TEST(CompareCliTest, AuditComparesThePlannedAndPotentialExchanges) {
  const std::string out = make_temp_dir("symbio-cli-compare");
  const RunResult r =
      run_symbio("audit examples/coal_chemical_park --out " + out + " --compare planned,potential");
  ASSERT_EQ(r.status, 0) << r.output;
  const auto scenarios = read_scenarios(out + "/scenarios.csv");
  ASSERT_EQ(scenarios.size(), 3u);
  const std::map<std::string, int> count = statuses();
  // None of the park's exchanges is a self-exchange, so the view `all` counts every exchange of
  // the scenario: the existing ones, plus the planned or the potential ones.
  EXPECT_EQ(scenarios.at("existing").at("all,exchanges"), std::to_string(count.at("existing")));
  EXPECT_EQ(scenarios.at("planned").at("all,exchanges"),
            std::to_string(count.at("existing") + count.at("planned")));
  EXPECT_EQ(scenarios.at("potential").at("all,exchanges"),
            std::to_string(count.at("existing") + count.at("potential")));
  // Every scenario has the same rows.
  EXPECT_EQ(scenarios.at("existing").size(), scenarios.at("planned").size());
  EXPECT_EQ(scenarios.at("existing").size(), scenarios.at("potential").size());
  // The standards come from data.csv: the same in every scenario.
  EXPECT_FALSE(scenarios.at("existing").at("all,energy_intensity").empty());
  EXPECT_EQ(scenarios.at("planned").at("all,energy_intensity"),
            scenarios.at("existing").at("all,energy_intensity"));
  // The report's side-by-side table.
  const std::string report = read_text(out + "/report.md");
  EXPECT_NE(report.find("情景比较"), std::string::npos);
  EXPECT_NE(report.find("| 指标 | 现状 | 规划 | 潜在 |"), std::string::npos);
  EXPECT_NE(read_text(out + "/findings.json").find("\"compare\""), std::string::npos);
}

TEST(CompareCliTest, WithoutCompareNoScenarios) {
  const std::string dir = make_temp_dir("symbio-cli-no-compare");
  write_text(dir + "/park/enterprises.csv", "id,name\na,Alpha\nb,Beta\n");
  write_text(dir + "/park/exchanges.csv", "supplier,receiver,resource\na,b,steam\n");
  const RunResult r = run_symbio("audit " + dir + "/park --out " + dir + "/out");
  ASSERT_EQ(r.status, 0) << r.output;
  EXPECT_FALSE(fs::exists(dir + "/out/scenarios.csv"));
  EXPECT_EQ(read_text(dir + "/out/report.md").find("情景比较"), std::string::npos);
}

TEST(CompareCliTest, AScenarioWithoutExchangesIsANoteAndEqualsExisting) {
  const std::string dir = make_temp_dir("symbio-cli-compare-none");
  write_text(dir + "/park/enterprises.csv", "id,name\na,Alpha\nb,Beta\nc,Gamma\n");
  write_text(dir + "/park/exchanges.csv", "supplier,receiver,resource\na,b,steam\nb,c,slag\n");
  // Repeated, and before the park: each --compare takes one word.
  const RunResult r = run_symbio("audit --compare planned --compare options " + dir +
                                 "/park --out " + dir + "/out");
  ASSERT_EQ(r.status, 0) << r.output;
  EXPECT_NE(r.output.find("--compare planned: the park has no planned exchanges; the scenario "
                          "'planned' equals 'existing'"),
            std::string::npos)
      << r.output;
  EXPECT_NE(r.output.find("--compare options: the audit proposes no exchange"), std::string::npos)
      << r.output;
  const auto scenarios = read_scenarios(dir + "/out/scenarios.csv");
  EXPECT_EQ(scenarios.at("planned"), scenarios.at("existing"));
  EXPECT_EQ(scenarios.at("options"), scenarios.at("existing"));
  // Two ties among three enterprises: density 2 / (3 * 2).
  EXPECT_EQ(scenarios.at("planned").at("all,density"), "0.3333333333333333");
}

TEST(CompareCliTest, AnUnknownScenarioIsAUsageErrorBeforeTheParkIsRead) {
  const std::string dir = make_temp_dir("symbio-cli-compare-bad");
  // The park does not exist: reading it would fail with status 4, the option is checked first.
  const RunResult r =
      run_symbio("audit " + dir + "/missing --out " + dir + "/out --compare planned,future");
  EXPECT_EQ(r.status, 2) << r.output;
  EXPECT_NE(r.output.find("--compare: expected planned, potential or options, found 'future'"),
            std::string::npos)
      << r.output;
  EXPECT_FALSE(fs::exists(dir + "/out"));
}

}  // namespace
}  // namespace symbio::testing
