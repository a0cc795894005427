// Degenerate and extreme parks through every command (issue "hostile input", numbers): each run
// either succeeds with files free of unexplained NaN and infinity, or stops with exit status 3
// and a message naming the place; none crashes.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "tests/support/run_symbio.hpp"

namespace symbio::testing {
namespace {

namespace fs = std::filesystem;

// Cells that are NaN or infinite in any spelling the writers could produce.
bool has_non_finite_cell(const std::string& text) {
  std::string cell;
  auto bad = [](const std::string& c) {
    return c == "nan" || c == "-nan" || c == "NaN" || c == "inf" || c == "-inf" ||
           c == "Infinity" || c == "-Infinity" || c == "\"NaN\"" || c == "\"Infinity\"" ||
           c == "\"-Infinity\"";
  };
  for (const char ch : text) {
    if (ch == ',' || ch == '\n' || ch == ':' || ch == ' ' || ch == '\t' || ch == '}' || ch == ']' ||
        ch == '[' || ch == '{' || ch == '<' || ch == '>' || ch == '=') {
      if (bad(cell)) return true;
      cell.clear();
    } else if (ch != '\r') {
      cell += ch;
    }
  }
  return bad(cell);
}

// Runs the commands that write results on `park` and checks the exit status and every file.
void run_every_command(const std::string& park, int expected_status) {
  const std::string out = make_temp_dir("symbio-edge");
  const std::vector<std::string> commands = {
      "validate " + park,
      "info " + park,
      "analyze " + park + " --out " + out + "/analyze",
      "cascade " + park + " --out " + out + "/cascade",
      "audit " + park + " --out " + out + "/audit",
      "render " + park + " -o " + out + "/render/network.svg",
      "render " + park + " --sankey -o " + out + "/render/sankey.svg",
      "convert " + park + " -o " + out + "/convert/park.json",
      "convert " + park + " -o " + out + "/convert/park.pb --with-analysis",
      "convert " + park + " -o " + out + "/convert/park.graphml --with-analysis",
  };
  for (const std::string& command : commands) {
    const RunResult r = run_symbio(command);
    // A Sankey diagram of a layer without exchanges is a usage error that says so.
    const bool no_sankey = command.find("--sankey") != std::string::npos && r.status == 2 &&
                           r.output.find("the park has no material exchanges") != std::string::npos;
    EXPECT_TRUE(r.status == expected_status || no_sankey) << command << "\n" << r.output;
    EXPECT_EQ(r.output.find("internal error"), std::string::npos) << command << "\n" << r.output;
  }
  for (const auto& entry : fs::recursive_directory_iterator(out)) {
    if (!entry.is_regular_file()) continue;
    EXPECT_EQ(expected_status, 0) << "a failed run wrote " << entry.path();
    const std::string ext = entry.path().extension().string();
    if (ext != ".csv" && ext != ".json" && ext != ".graphml" && ext != ".md") continue;
    EXPECT_FALSE(has_non_finite_cell(read_text(entry.path().string()))) << entry.path();
  }
}

std::string park_dir(const std::string& stem, const std::string& exchanges,
                     const std::string& enterprises = "") {
  const std::string dir = make_temp_dir(stem);
  write_text(dir + "/exchanges.csv", exchanges);
  if (!enterprises.empty()) write_text(dir + "/enterprises.csv", enterprises);
  return dir;
}

TEST(EdgeCasesTest, HasNonFiniteCellSeesEverySpelling) {
  EXPECT_TRUE(has_non_finite_cell("a,nan,b\n"));
  EXPECT_TRUE(has_non_finite_cell("{\"x\": \"NaN\"}"));
  EXPECT_TRUE(has_non_finite_cell("x,-inf\n"));
  EXPECT_FALSE(has_non_finite_cell("id,name\ninfra,nano\n"));
}

TEST(EdgeCasesTest, TinyHugeAndZeroQuantities) {
  // 0, 1e-300 and 1e300 are valid quantities; the energy layer's sum (1e300 + 1e-300) is finite.
  run_every_command(park_dir("symbio-edge-range",
                             "supplier,receiver,resource,quantity,unit\n"
                             "A,B,steam,1e300,GJ/a\n"
                             "B,C,steam,1e-300,GJ/a\n"
                             "C,A,coal,0,t/a\n"
                             "C,D,fly ash,5,t/a\n"),
                    0);
}

TEST(EdgeCasesTest, NonFiniteOrOverflowingQuantitiesAreBadData) {
  for (const char* quantity : {"nan", "NaN", "inf", "-inf", "Infinity", "1e999", "-1"}) {
    const std::string park =
        park_dir("symbio-edge-nan", std::string("supplier,receiver,resource,quantity,unit\n"
                                                "A,B,steam,") +
                                        quantity + ",GJ/a\n");
    const RunResult r = run_symbio("validate " + park);
    EXPECT_EQ(r.status, 3) << quantity << "\n" << r.output;
    EXPECT_NE(r.output.find("exchanges.csv:2:11: error[bad-quantity]"), std::string::npos)
        << r.output;
  }
  // 1e306 万吨/年 is 1e310 t/a: beyond the largest double once converted.
  const RunResult converted = run_symbio(
      "validate " + park_dir("symbio-edge-conv",
                             "supplier,receiver,resource,quantity,unit\nA,B,coal,1e306,万吨/年\n"));
  EXPECT_EQ(converted.status, 3) << converted.output;
  EXPECT_NE(converted.output.find("beyond the range of numbers in t/a"), std::string::npos)
      << converted.output;
  // Two finite flows whose sum overflows.
  const RunResult sum =
      run_symbio("validate " + park_dir("symbio-edge-sum",
                                        "supplier,receiver,resource,quantity,unit\n"
                                        "A,B,steam,1e308,GJ/a\nC,B,steam,1e308,GJ/a\n"));
  EXPECT_EQ(sum.status, 3) << sum.output;
  EXPECT_NE(sum.output.find("exchanges.csv:3:11: error[bad-quantity]"), std::string::npos)
      << sum.output;
  // The Protobuf JSON mapping spells NaN as a string; it is refused like in a CSV.
  const std::string dir = make_temp_dir("symbio-edge-json");
  write_text(dir + "/park.json",
             R"({"enterprises":[{"id":"A"},{"id":"B"}],"exchanges":[{"supplier":"A",)"
             R"("receiver":"B","resource":"steam","quantity":{"value":"NaN","unit":"GJ/a"}}]})");
  const RunResult json = run_symbio("validate " + dir + "/park.json");
  EXPECT_EQ(json.status, 3) << json.output;
  EXPECT_NE(json.output.find("bad-quantity"), std::string::npos) << json.output;
}

TEST(EdgeCasesTest, NoExchangesAtAll) {
  run_every_command(
      park_dir("symbio-edge-empty", "supplier,receiver,resource\n", "id,name\nA,Alpha\nB,Beta\n"),
      0);
}

TEST(EdgeCasesTest, OneEnterprise) {
  run_every_command(
      park_dir("symbio-edge-one", "supplier,receiver,resource\n", "id,name\nA,Alpha\n"), 0);
}

TEST(EdgeCasesTest, OneEnterpriseSupplyingItself) {
  // The self-exchange is a warning and stays out of the network metrics.
  run_every_command(park_dir("symbio-edge-self", "supplier,receiver,resource\nA,A,steam\n"), 0);
}

TEST(EdgeCasesTest, TwoEnterprises) {
  run_every_command(
      park_dir("symbio-edge-two", "supplier,receiver,resource,quantity,unit\nA,B,steam,10,GJ/a\n"),
      0);
}

TEST(EdgeCasesTest, ThousandsOfParallelExchanges) {
  std::string text = "supplier,receiver,resource,quantity,unit\n";
  for (int i = 0; i < 3000; ++i)
    text += "A,B,steam," + std::to_string(i % 7) + ",GJ/a\n";
  text += "B,C,fly ash,1,t/a\nC,A,water,2,m3/a\n";
  run_every_command(park_dir("symbio-edge-parallel", text), 0);
}

TEST(EdgeCasesTest, EmptyTableIsBadData) {
  run_every_command(park_dir("symbio-edge-nothing", ""), 3);
}

}  // namespace
}  // namespace symbio::testing
