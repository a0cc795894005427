#include <gtest/gtest.h>

#include <string>

#include "tests/support/run_symbio.hpp"

namespace symbio::testing {
namespace {

std::size_t count_of(const std::string& text, const std::string& word) {
  std::size_t n = 0;
  for (auto at = text.find(word); at != std::string::npos; at = text.find(word, at + 1))
    ++n;
  return n;
}

std::string replace_first(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

TEST(ParkInputTest, VerbosePrintsEveryInferredLayerAndKind) {
  const std::string dir = make_temp_dir("symbio-cli-verbose");
  // Three exchanges without layer and kind, one with both: three "inferred" notes, at the
  // resource cells (column 5), each with the catalogue entry it came from.
  write_text(dir + "/x.csv",
             "from,to,resource,layer,kind\n"
             "a,b,fly ash,,\n"
             "b,c,steam,,\n"
             "c,a,widgets,,\n"
             "a,c,slag,material,waste\n");
  const RunResult verbose = run_symbio("-v validate " + dir + "/x.csv");
  EXPECT_EQ(verbose.status, 0) << verbose.output;
  EXPECT_EQ(count_of(verbose.output, "note[inferred]"), 3u) << verbose.output;
  EXPECT_NE(verbose.output.find("x.csv:2:5: note[inferred]: x1: layer material and kind byproduct "
                                "from the catalogue entry 'fly_ash' for 'fly ash'"),
            std::string::npos)
      << verbose.output;
  EXPECT_NE(verbose.output.find("x.csv:3:5: note[inferred]: x2: layer energy and kind utility "
                                "from the catalogue entry 'steam' for 'steam'"),
            std::string::npos)
      << verbose.output;
  EXPECT_NE(verbose.output.find("x.csv:4:5: note[inferred]: x3: layer material and kind product "
                                "by default: 'widgets' is not in the resource catalogue"),
            std::string::npos)
      << verbose.output;
  const RunResult quiet = run_symbio("validate " + dir + "/x.csv");
  EXPECT_EQ(count_of(quiet.output, "note["), 0u) << quiet.output;
}

TEST(ParkInputTest, UnreadColumnsAreNamed) {
  const std::string dir = make_temp_dir("symbio-cli-unread");
  write_text(dir + "/x.csv", "supplier,receiver,resource,Remarks,Tonnage\na,b,steam,new,5\n");
  const RunResult r = run_symbio("-v validate " + dir + "/x.csv");
  EXPECT_EQ(r.status, 0) << r.output;
  EXPECT_NE(r.output.find("x.csv:1:28: note[unread-column]: Remarks: column 'Remarks'"),
            std::string::npos)
      << r.output;
  EXPECT_NE(r.output.find("x.csv:1:36: note[unread-column]: Tonnage:"), std::string::npos)
      << r.output;
}

TEST(ParkInputTest, TransactionTypeOfAPublishedListIsTheResource) {
  // The published Lubei list with its resource column named as R's read.csv names a
  // "Transaction Type" header: the same park as the list as published.
  const std::string published = read_text("examples/lubei/raw/Lubei.csv");
  ASSERT_NE(published.find("\"Transaction\""), std::string::npos);
  const std::string dir = make_temp_dir("symbio-cli-transaction-type");
  write_text(dir + "/Lubei.csv",
             replace_first(published, "\"Transaction\"", "\"Transaction.Type\""));
  const RunResult original = run_symbio("info examples/lubei/raw/Lubei.csv");
  const RunResult renamed = run_symbio("-v info " + dir + "/Lubei.csv");
  EXPECT_EQ(renamed.status, 0) << renamed.output;
  EXPECT_EQ(count_of(renamed.output, "note[unread-column]"), 0u) << renamed.output;
  // Two of the 30 exchanges carry water (sea water to the power plant, hot sea water back): had
  // the column been ignored, every exchange would be material.
  EXPECT_NE(renamed.output.find("water     2 exchanges"), std::string::npos) << renamed.output;
  EXPECT_NE(renamed.output.find(original.output.substr(original.output.find("Enterprises:"))),
            std::string::npos)
      << original.output << "\n---\n"
      << renamed.output;
}

TEST(ParkInputTest, NearDuplicateNamesWarnAndFailUnderStrict) {
  const std::string dir = make_temp_dir("symbio-cli-near-duplicate");
  write_text(dir + "/x.csv",
             "supplier,receiver,resource\n"
             "Jinhua Steel,Co-operative Farm,slag\n"
             "Farms1,Farms2,manure\n"
             "Jinhwa Steel,Co-Operative Farm,slag\n");
  const RunResult r = run_symbio("validate " + dir + "/x.csv");
  EXPECT_EQ(r.status, 0) << r.output;
  EXPECT_NE(r.output.find(dir +
                          "/x.csv:4:1: warning[near-duplicate]: Jinhwa Steel: 'Jinhwa "
                          "Steel' at line 4 and 'Jinhua Steel' at " +
                          dir + "/x.csv:2:1 differ in one letter"),
            std::string::npos)
      << r.output;
  EXPECT_NE(r.output.find("'Co-Operative Farm' at line 4 and 'Co-operative Farm' at " + dir +
                          "/x.csv:2:14 differ only in case, spacing or punctuation"),
            std::string::npos)
      << r.output;
  EXPECT_EQ(count_of(r.output, "[near-duplicate]"), 2u) << r.output;  // not Farms1/Farms2
  const RunResult strict = run_symbio("validate --strict " + dir + "/x.csv");
  EXPECT_EQ(strict.status, 3) << strict.output;
  EXPECT_EQ(count_of(strict.output, "error[near-duplicate]"), 2u) << strict.output;
}

TEST(ParkInputTest, UnitDecidesTheLayerOnlyWhenNoneIsGiven) {
  const std::string dir = make_temp_dir("symbio-cli-unit-layer");
  // Both exchanges were rejected as "unit-dimension" before: 余压 (not in the catalogue, so
  // material) in 万GJ/年, and 热水 (the catalogue's heat, energy) in 万吨/年.
  write_text(dir + "/x.csv",
             "supplier,receiver,resource,quantity,unit\n"
             "A,B,余压,10,万GJ/年\n"
             "B,C,热水,5,万吨/年\n");
  const RunResult r = run_symbio("-v info " + dir + "/x.csv");
  EXPECT_EQ(r.status, 0) << r.output;
  EXPECT_NE(r.output.find("x.csv:2:11: note[layer-from-unit]: x1: no layer given for '余压'"),
            std::string::npos)
      << r.output;
  EXPECT_NE(r.output.find("x.csv:3:10: note[layer-from-unit]: x2: no layer given for '热水'"),
            std::string::npos)
      << r.output;
  // One exchange in each layer: 5 万吨/年 = 5 x 1e4 t/a, 10 万GJ/年 = 10 x 1e4 GJ/a.
  EXPECT_NE(r.output.find("material  1 exchange, 1 with a quantity, 50000 t/a in all"),
            std::string::npos)
      << r.output;
  EXPECT_NE(r.output.find("energy    1 exchange, 1 with a quantity, 100000 GJ/a in all"),
            std::string::npos)
      << r.output;

  write_text(dir + "/y.csv",
             "supplier,receiver,resource,layer,quantity,unit\n"
             "A,B,余压,material,10,万GJ/年\n");
  const RunResult explicit_layer = run_symbio("validate " + dir + "/y.csv");
  EXPECT_EQ(explicit_layer.status, 3) << explicit_layer.output;
  EXPECT_NE(explicit_layer.output.find("y.csv:2:20: error[unit-dimension]: x1:"), std::string::npos)
      << explicit_layer.output;
}

TEST(ParkInputTest, SemicolonCsvWithDecimalCommasIsTheSamePark) {
  const std::string dir = make_temp_dir("symbio-cli-semicolon");
  write_text(dir + "/comma/park.csv",
             "supplier,receiver,resource,quantity,unit,\"note, free text\"\n"
             "A,B,fly ash,35.5,t/a,first\n"
             "B,C,steam,1234.5,GJ/a,\"a; b\"\n"
             "C,A,water,\"200,000\",m3/a,\n");
  write_text(dir + "/semicolon/park.csv",
             "supplier;receiver;resource;quantity;unit;\"note, free text\"\n"
             "A;B;fly ash;35,5;t/a;first\n"
             "B;C;steam;1.234,5;GJ/a;\"a; b\"\n"
             "C;A;water;200000;m3/a;\n");
  const RunResult a = run_symbio("convert " + dir + "/comma/park.csv -o " + dir + "/comma.json");
  const RunResult b =
      run_symbio("convert " + dir + "/semicolon/park.csv -o " + dir + "/semicolon.json");
  ASSERT_EQ(a.status, 0) << a.output;
  ASSERT_EQ(b.status, 0) << b.output;
  const std::string json = read_text(dir + "/semicolon.json");
  EXPECT_EQ(json, read_text(dir + "/comma.json"));
  EXPECT_NE(json.find("35.5"), std::string::npos) << json;
  EXPECT_NE(json.find("1234.5"), std::string::npos) << json;
  EXPECT_NE(json.find("a; b"), std::string::npos) << json;
}

}  // namespace
}  // namespace symbio::testing
