#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>

#include "tests/support/run_symbio.hpp"

namespace symbio::testing {
namespace {

namespace fs = std::filesystem;

TEST(CliTest, ExampleParksValidate) {
  for (const char* park : {"examples/kalundborg", "examples/guitang", "examples/lubei",
                           "examples/coal_chemical_park"}) {
    const RunResult r = run_symbio(std::string("validate ") + park);
    EXPECT_EQ(r.status, 0) << park << "\n" << r.output;
    EXPECT_NE(r.output.find("usable"), std::string::npos) << r.output;
  }
}

TEST(CliTest, UsageErrorsExitTwo) {
  EXPECT_EQ(run_symbio("").status, 2);
  EXPECT_EQ(run_symbio("frobnicate").status, 2);
  EXPECT_EQ(run_symbio("validate").status, 2);                     // PARK missing
  EXPECT_EQ(run_symbio("analyze examples/kalundborg").status, 2);  // --out missing
  const std::string out = make_temp_dir("symbio-cli-usage");
  EXPECT_EQ(run_symbio("analyze examples/kalundborg --out " + out + " --only nonsense").status, 2);
  EXPECT_EQ(run_symbio("analyze examples/kalundborg --out " + out + " --include maybe").status, 2);
  EXPECT_TRUE(fs::is_empty(out));
}

TEST(CliTest, HelpShowsAnExampleForEveryCommand) {
  for (const char* command : {"validate", "info", "convert", "analyze"}) {
    const RunResult r = run_symbio(std::string(command) + " --help");
    EXPECT_EQ(r.status, 0) << command;
    EXPECT_NE(r.output.find("Example: symbio " + std::string(command)), std::string::npos)
        << r.output;
  }
}

TEST(CliTest, BadDataExitsThreeNamesTheLineAndWritesNothing) {
  const std::string dir = make_temp_dir("symbio-cli-bad");
  write_text(dir + "/park/enterprises.csv", "id,name\na,Alpha\nb,Beta\n");
  // Line 3 names an enterprise that enterprises.csv lacks: "b,fly ash,ghost" has the receiver
  // starting at character column 11 (columns count characters, as an editor shows them).
  write_text(dir + "/park/exchanges.csv",
             "supplier,resource,receiver\na,steam,b\nb,fly ash,ghost\n");
  const RunResult r = run_symbio("analyze " + dir + "/park --out " + dir + "/out");
  EXPECT_EQ(r.status, 3) << r.output;
  EXPECT_NE(r.output.find("exchanges.csv:3:11"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("ghost"), std::string::npos) << r.output;
  EXPECT_FALSE(fs::exists(dir + "/out"));
}

TEST(CliTest, StrictTurnsWarningsIntoErrors) {
  const std::string dir = make_temp_dir("symbio-cli-strict");
  write_text(dir + "/x.csv", "supplier,receiver,resource\na,b,steam\nc,c,heat\n");
  EXPECT_EQ(run_symbio("validate " + dir + "/x.csv").status, 0);
  const RunResult strict = run_symbio("validate --strict " + dir + "/x.csv");
  EXPECT_EQ(strict.status, 3);
  EXPECT_NE(strict.output.find("self-exchange"), std::string::npos) << strict.output;
}

TEST(CliTest, MissingFileExitsFour) {
  const RunResult r = run_symbio("validate /nonexistent/park.csv");
  EXPECT_EQ(r.status, 4) << r.output;
}

TEST(CliTest, NeverOverwritesAnInput) {
  const std::string dir = make_temp_dir("symbio-cli-overwrite");
  const std::string park = dir + "/park.csv";
  const std::string text = "supplier,receiver,resource\na,b,steam\n";
  write_text(park, text);
  // analyze into the folder that holds a park folder's files would replace enterprises.csv.
  write_text(dir + "/folder/exchanges.csv", text);
  write_text(dir + "/folder/enterprises.csv", "id,name\na,A\nb,B\n");
  const RunResult r = run_symbio("analyze " + dir + "/folder --out " + dir + "/folder");
  EXPECT_EQ(r.status, 4) << r.output;
  EXPECT_EQ(read_text(dir + "/folder/enterprises.csv"), "id,name\na,A\nb,B\n");
  EXPECT_EQ(read_text(park), text);
  // -o naming the input file, by another spelling or through a symbolic link.
  ASSERT_EQ(run_symbio("convert " + park + " -o " + dir + "/park.json").status, 0);
  const std::string json = read_text(dir + "/park.json");
  const RunResult same = run_symbio("convert " + dir + "/park.json -o " + dir + "/./park.json");
  EXPECT_EQ(same.status, 4) << same.output;
  EXPECT_NE(same.output.find("refusing to overwrite the input file"), std::string::npos);
  fs::create_symlink(dir + "/park.json", dir + "/link.json");
  EXPECT_EQ(run_symbio("convert " + dir + "/link.json -o " + dir + "/park.json").status, 4);
  EXPECT_EQ(read_text(dir + "/park.json"), json);
}

// A run killed between naming and renaming its result leaves `.NAME.tmp.PID.N`; the next
// convert into that folder removes it (a live process's temporary file stays).
TEST(CliTest, ConvertRemovesStaleTemporaryFilesBesideItsOutput) {
  const std::string dir = make_temp_dir("symbio-cli-stale");
  const pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  ASSERT_GT(child, 0);
  ::waitpid(child, nullptr, 0);  // reaped: its PID no longer names a process
  const std::string dead = dir + "/.park.pb.tmp." + std::to_string(child) + ".0";
  const std::string live = dir + "/.park.pb.tmp." + std::to_string(::getpid()) + ".0";
  write_text(dead, "half");
  write_text(live, "busy");
  ASSERT_EQ(run_symbio("convert examples/kalundborg -o " + dir + "/park.pb").status, 0);
  EXPECT_FALSE(fs::exists(dead));
  EXPECT_TRUE(fs::exists(live));
  EXPECT_TRUE(fs::exists(dir + "/park.pb"));
}

TEST(CliTest, AnalyzeIsDeterministic) {
  const std::string a = make_temp_dir("symbio-cli-det-a");
  const std::string b = make_temp_dir("symbio-cli-det-b");
  ASSERT_EQ(run_symbio("analyze examples/coal_chemical_park --out " + a).status, 0);
  ASSERT_EQ(run_symbio("analyze examples/coal_chemical_park --threads 1 --out " + b).status, 0);
  for (const char* file : {"enterprises.csv", "park.csv", "ties.csv", "analysis.json"}) {
    EXPECT_EQ(read_text(a + "/" + file), read_text(b + "/" + file)) << file;
  }
}

TEST(CliTest, AnalyzeOnlyAndLayer) {
  const std::string out = make_temp_dir("symbio-cli-only");
  ASSERT_EQ(
      run_symbio("analyze examples/guitang --layer material --only degree,density --out " + out)
          .status,
      0);
  const std::string enterprises = read_text(out + "/enterprises.csv");
  EXPECT_EQ(enterprises.substr(0, enterprises.find('\n')), "layer,id,name,sector,degree");
  EXPECT_EQ(read_text(out + "/park.csv").substr(0, 14), "layer,density\n");
  EXPECT_EQ(enterprises.find("\nall,"), std::string::npos);
}

TEST(CliTest, InfoNamesTheAnchorOfKalundborg) {
  const RunResult r = run_symbio("info examples/kalundborg");
  ASSERT_EQ(r.status, 0) << r.output;
  // Asnæs power station has the most partners (10 in U; counted in examples/kalundborg).
  const auto top = r.output.find("Top enterprises");
  ASSERT_NE(top, std::string::npos);
  const auto first_row = r.output.find('\n', r.output.find('\n', top) + 1) + 1;
  EXPECT_NE(r.output.substr(first_row, 40).find("Asn"), std::string::npos) << r.output;
}

TEST(CliTest, ConvertRoundTripKeepsThePark) {
  const std::string dir = make_temp_dir("symbio-cli-convert");
  ASSERT_EQ(run_symbio("convert examples/coal_chemical_park -o " + dir + "/park.pb").status, 0);
  ASSERT_EQ(run_symbio("convert " + dir + "/park.pb -o " + dir + "/park.json").status, 0);
  ASSERT_EQ(run_symbio("convert " + dir + "/park.json -o " + dir + "/csv/").status, 0);
  const std::string a = make_temp_dir("symbio-cli-convert-a");
  const std::string b = make_temp_dir("symbio-cli-convert-b");
  ASSERT_EQ(run_symbio("analyze examples/coal_chemical_park --out " + a).status, 0);
  ASSERT_EQ(run_symbio("analyze " + dir + "/csv --out " + b).status, 0);
  EXPECT_EQ(read_text(a + "/enterprises.csv"), read_text(b + "/enterprises.csv"));
  EXPECT_EQ(read_text(a + "/ties.csv"), read_text(b + "/ties.csv"));
}

}  // namespace
}  // namespace symbio::testing

namespace symbio::testing {
namespace {

// The wastewater park of docs/methods.md: o sends 工业废水 (waste) to the wastewater plant w, w
// sends 中水 (byproduct) to the power plant p and 污泥 (waste) to the waste centre c. Trigger w:
// o loses its only wastewater outlet and p its only water (both: 3 failed; supply: w and p;
// upstream, read as outlet: w and o). Dominators of `all`: arcs w -> o, w -> p, c -> w, root ->
// c: c dominates w, o, p (3), w dominates o, p (2).
TEST(CliCascadeTest, DirectionsSubstitutesAndDominators) {
  const std::string dir = make_temp_dir("symbio-cli-deps");
  write_text(dir + "/park/exchanges.csv",
             "supplier,receiver,resource,kind\n"
             "o,w,工业废水,waste\n"
             "w,p,中水,byproduct\n"
             "w,c,污泥,waste\n");
  auto failed_by_w = [&](const std::string& options, const std::string& name) {
    const RunResult r = run_symbio("cascade " + dir + "/park --out " + dir + "/" + name +
                                   " --strategies none --quiet --trigger w " + options);
    EXPECT_EQ(r.status, 0) << r.output;
    const std::string csv = read_text(dir + "/" + name + "/cascade.csv");
    const auto at = csv.find("\nw,");
    return at == std::string::npos ? std::string() : csv.substr(at + 3, 1);
  };
  EXPECT_EQ(failed_by_w("", "both"), "3");
  EXPECT_EQ(failed_by_w("--direction supply", "supply"), "2");
  EXPECT_EQ(failed_by_w("--direction upstream --substitutes ignore", "upstream"), "2");
  const std::string dominators = read_text(dir + "/both/dominators.csv");
  EXPECT_NE(dominators.find("all,c,,,3\n"), std::string::npos) << dominators;
  EXPECT_NE(dominators.find("all,w,c,c,2\n"), std::string::npos) << dominators;
  EXPECT_NE(dominators.find("all,o,w,w|c,0\n"), std::string::npos) << dominators;
  EXPECT_NE(read_text(dir + "/both/cascade.json").find("\"substitutes\": \"catalogue\""),
            std::string::npos);
  EXPECT_EQ(run_symbio("cascade " + dir + "/park --out " + dir + "/bad --substitutes maybe").status,
            2);
  EXPECT_EQ(
      run_symbio("cascade " + dir + "/park --out " + dir + "/bad --direction sideways").status, 2);
  EXPECT_FALSE(fs::exists(dir + "/bad"));
}

}  // namespace
}  // namespace symbio::testing
