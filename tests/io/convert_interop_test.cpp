// `symbio convert` and `symbio audit` writing the exchange formats of issue 7 (the built CLI).
#include <gtest/gtest.h>

#include "io/analysis_proto.hpp"
#include "io/proto_park.hpp"
#include "io/read_park.hpp"
#include "tests/io/temp_dir.hpp"
#include "tests/support/run_symbio.hpp"

namespace symbio::io {
namespace {

using symbio::testing::make_temp_dir;
using symbio::testing::read_text;
using symbio::testing::run_symbio;

constexpr const char* kPark = "examples/coal_chemical_park";

TEST(ConvertInteropTest, WithAnalysisWritesAReportThatReadsBackAsThePark) {
  const std::string dir = make_temp_dir("convert_report");
  const auto plain = run_symbio(std::string("convert ") + kPark + " -o " + dir + "/park.pb");
  ASSERT_EQ(plain.status, 0) << plain.output;
  const auto with = run_symbio(std::string("convert ") + kPark + " -o " + dir +
                               "/report.pb --with-analysis --quiet");
  ASSERT_EQ(with.status, 0) << with.output;
  EXPECT_FALSE(is_binary_analysis_report(read_text(dir + "/park.pb")));
  EXPECT_TRUE(is_binary_analysis_report(read_text(dir + "/report.pb")));
  const LoadedPark original = read_park(kPark);
  const LoadedPark back = read_park(dir + "/report.pb");
  EXPECT_FALSE(back.report.has_errors());
  EXPECT_EQ(park_to_binary(back.park), park_to_binary(original.park));
}

TEST(ConvertInteropTest, AuditWritesParkPbAsAnAnalysisReport) {
  const std::string dir = make_temp_dir("audit_report");
  const auto run = run_symbio(std::string("audit ") + kPark + " --out " + dir + " --quiet");
  ASSERT_EQ(run.status, 0) << run.output;
  EXPECT_TRUE(is_binary_analysis_report(read_text(dir + "/park.pb")));
}

TEST(ConvertInteropTest, NetworkFormatsByExtensionAndFormat) {
  const std::string dir = make_temp_dir("convert_formats");
  for (const char* name : {"p.graphml", "p.gexf", "p.net", "p.nodelink.json", "p.dot"}) {
    const auto run = run_symbio(std::string("convert ") + kPark + " -o " + dir + "/" + name +
                                " --with-analysis --quiet");
    ASSERT_EQ(run.status, 0) << name << run.output;
  }
  EXPECT_NE(read_text(dir + "/p.graphml").find("attr.name=\"key_score\""), std::string::npos);
  EXPECT_NE(read_text(dir + "/p.gexf").find("<viz:thickness"), std::string::npos);
  EXPECT_NE(read_text(dir + "/p.nodelink.json").find("\"betweenness\""), std::string::npos);
  EXPECT_NE(read_text(dir + "/p.dot").find("digraph"), std::string::npos);

  const auto forced =
      run_symbio(std::string("convert ") + kPark + " -o " + dir + "/out.json --format nodelink");
  ASSERT_EQ(forced.status, 0) << forced.output;
  EXPECT_NE(read_text(dir + "/out.json").find("\"links\""), std::string::npos);

  const auto bad = run_symbio(std::string("convert ") + kPark + " -o " + dir + "/x.xyz");
  EXPECT_EQ(bad.status, 2) << bad.output;
}

TEST(ConvertInteropTest, GraphmlReadsBackThroughTheCli) {
  const std::string dir = make_temp_dir("convert_graphml");
  ASSERT_EQ(run_symbio(std::string("convert ") + kPark + " -o " + dir + "/p.graphml").status, 0);
  const auto run = run_symbio("convert " + dir + "/p.graphml -o " + dir + "/p.pb");
  ASSERT_EQ(run.status, 0) << run.output;
  const LoadedPark original = read_park(kPark);
  const LoadedPark back = read_park(dir + "/p.pb");
  EXPECT_EQ(back.park.enterprises.size(), original.park.enterprises.size());
  EXPECT_EQ(back.park.exchanges.size(), original.park.exchanges.size());
}

}  // namespace
}  // namespace symbio::io
