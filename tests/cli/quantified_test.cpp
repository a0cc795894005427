#include <gtest/gtest.h>

#include <filesystem>

#include "tests/support/run_symbio.hpp"

namespace symbio::testing {
namespace {

namespace fs = std::filesystem;

TEST(QuantifiedCliTest, AnalyzeWritesFlowsBalanceAndStandards) {
  const std::string out = make_temp_dir("symbio-cli-flows");
  const RunResult r = run_symbio("analyze examples/coal_chemical_park --out " + out);
  ASSERT_EQ(r.status, 0) << r.output;
  const std::string flows = read_text(out + "/flows.csv");
  EXPECT_EQ(flows.substr(0, flows.find(',')), "layer");
  EXPECT_NE(flows.find("\nmaterial,t/a,"), std::string::npos);
  EXPECT_NE(flows.find("万吨/年"), std::string::npos);  // the report's unit of the layer
  EXPECT_NE(read_text(out + "/balance.csv").find("\nmaterial,e01,"), std::string::npos);
  const std::string standards = read_text(out + "/standards.csv");
  EXPECT_NE(standards.find("\nenergy_intensity,"), std::string::npos);
  EXPECT_NE(read_text(out + "/analysis.json").find("\"flows\""), std::string::npos);
}

TEST(QuantifiedCliTest, BadDataCsvExitsThreeAndWritesNothing) {
  const std::string dir = make_temp_dir("symbio-cli-bad-data");
  write_text(dir + "/park/enterprises.csv", "id,name\na,Alpha\nb,Beta\n");
  write_text(dir + "/park/exchanges.csv", "supplier,receiver,resource\na,b,steam\n");
  write_text(dir + "/park/data.csv",
             "enterprise,item,value,unit\na,value_added,12,万元\nb,energy_use,3,亩\n");
  const RunResult r = run_symbio("analyze " + dir + "/park --out " + dir + "/out");
  EXPECT_EQ(r.status, 3) << r.output;
  // "b,energy_use,3,亩": the unit starts at column 16.
  EXPECT_NE(r.output.find("data.csv:3:16"), std::string::npos) << r.output;
  EXPECT_FALSE(fs::exists(dir + "/out"));
}

TEST(QuantifiedCliTest, InfoHasAFlowLinePerLayer) {
  const RunResult r = run_symbio("info examples/coal_chemical_park");
  ASSERT_EQ(r.status, 0) << r.output;
  EXPECT_NE(r.output.find("quantified 100 %, internal flow 3735 万吨/年"), std::string::npos)
      << r.output;
}

}  // namespace
}  // namespace symbio::testing
