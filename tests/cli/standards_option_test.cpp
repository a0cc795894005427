#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "tests/support/run_symbio.hpp"

namespace symbio::testing {
namespace {

// A park of two internal enterprises with solid-waste figures: A generates 100 t and utilises
// 60 t, B generates 100 t and utilises 80 t, so the park's solid_waste_utilisation_rate is
// (60 + 80) / (100 + 100) = 0.7, with both enterprises reporting (coverage 1).
std::string park_with_data() {
  const std::string dir = make_temp_dir("symbio-cli-standards-park");
  write_text(dir + "/exchanges.csv",
             "supplier,receiver,resource,quantity,unit\nA,B,fly ash,50,t/a\n");
  write_text(dir + "/data.csv",
             "enterprise,item,value,unit\n"
             "A,solid_waste_generated,100,t\nA,solid_waste_utilised,60,t\n"
             "B,solid_waste_generated,100,t\nB,solid_waste_utilised,80,t\n");
  return dir;
}

std::string clauses(const std::string& threshold) {
  return "indicator,standard,clause,direction,threshold,source\n"
         "solid_waste_utilisation_rate,Test standard,Table 1 row 8,min," +
         threshold + ",a test table\n";
}

// The row of standards.csv for the indicator (value,unit,coverage,standard,clause,threshold,
// direction,meets after the indicator's name).
std::string standards_row(const std::string& out) {
  const std::string text = read_text(out + "/standards.csv");
  const auto at = text.find("\nsolid_waste_utilisation_rate,");
  if (at == std::string::npos) return "";
  return text.substr(at + 1, text.find('\n', at + 1) - at - 1);
}

TEST(StandardsOptionTest, AThresholdMissedGivesMeetsFalseAndTheBelowStandardFinding) {
  const std::string park = park_with_data();
  const std::string table = make_temp_dir("symbio-cli-standards") + "/standards.csv";
  write_text(table, clauses("0.75"));  // 0.7 < 0.75: not met
  const std::string out = make_temp_dir("symbio-cli-standards-out") + "/out";
  const RunResult r = run_symbio("audit " + park + " --out " + out + " --standards " + table);
  ASSERT_EQ(r.status, 0) << r.output;
  EXPECT_EQ(
      standards_row(out),
      "solid_waste_utilisation_rate,0.7,fraction,1,Test standard,Table 1 row 8,0.75,min,false");
  const std::string findings = read_text(out + "/findings.json");
  EXPECT_NE(findings.find("\"rule\": \"below-standard\""), std::string::npos);
  EXPECT_NE(read_text(out + "/manifest.json").find(table), std::string::npos);
}

TEST(StandardsOptionTest, AThresholdMetGivesNoBelowStandardFinding) {
  const std::string park = park_with_data();
  const std::string table = make_temp_dir("symbio-cli-standards") + "/standards.csv";
  write_text(table, clauses("0.65"));  // 0.7 >= 0.65: met
  const std::string out = make_temp_dir("symbio-cli-standards-out") + "/out";
  const RunResult r = run_symbio("analyze " + park + " --out " + out + " --standards " + table);
  ASSERT_EQ(r.status, 0) << r.output;
  EXPECT_EQ(
      standards_row(out),
      "solid_waste_utilisation_rate,0.7,fraction,1,Test standard,Table 1 row 8,0.65,min,true");
  const std::string audit_out = make_temp_dir("symbio-cli-standards-out") + "/audit";
  const RunResult a = run_symbio("audit " + park + " --out " + audit_out + " --standards " + table);
  ASSERT_EQ(a.status, 0) << a.output;
  EXPECT_EQ(read_text(audit_out + "/findings.json").find("\"rule\": \"below-standard\""),
            std::string::npos);
}

TEST(StandardsOptionTest, ABadTableStopsBeforeAnythingIsWritten) {
  const std::string park = park_with_data();
  const std::string table = make_temp_dir("symbio-cli-standards") + "/standards.csv";
  write_text(table, clauses("plenty"));
  const std::string out = make_temp_dir("symbio-cli-standards-out") + "/out";
  const RunResult r = run_symbio("audit " + park + " --out " + out + " --standards " + table);
  EXPECT_EQ(r.status, 3) << r.output;
  EXPECT_NE(r.output.find(table + ":2:5"), std::string::npos) << r.output;
  EXPECT_FALSE(std::filesystem::exists(out + "/standards.csv"));
}

}  // namespace
}  // namespace symbio::testing
