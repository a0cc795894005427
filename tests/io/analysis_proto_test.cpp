#include "io/analysis_proto.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "io/proto_park.hpp"
#include "io/read_park.hpp"
#include "network/analyze.hpp"
#include "network/dominators.hpp"
#include "tests/io/temp_dir.hpp"

namespace symbio::io {
namespace {

using testing::find_problem;
using testing::TempDir;

const std::string kExample = std::string(SYMBIO_SOURCE_DIR) + "/examples/coal_chemical_park";
// Written by `symbio audit examples/coal_chemical_park` with the first version of
// analysis.proto; it must keep loading after every later change of the schema.
const std::string kFixture =
    std::string(SYMBIO_SOURCE_DIR) + "/tests/io/fixtures/analysis_report_v1.pb";

struct Analysed {
  LoadedPark loaded;
  net::SymbiosisGraph graph;
  audit::AuditResults results;
  const std::vector<net::LayerAnalysis>& layers = results.layers;
  Provenance meta;

  Analysed() : loaded(read_park(kExample)), graph(loaded.park) {
    results.sweep = net::dependency_sweep(graph, {.threads = 1});
    results.layers = net::analyze(graph, {});
    results.beta_c = 0.25;
    results.robustness = net::compute_robustness(graph, {.runs = 2, .threads = 1});
    meta.input_path = kExample;
    meta.input_sha256 = loaded.sha256;
    meta.seed = 42;
  }

  std::string binary() const {
    return analysis_report_to_binary(loaded.park, graph, results, meta);
  }
  std::string json() const { return analysis_report_to_json(loaded.park, graph, results, meta); }
  std::string text_format() const {
    return analysis_report_to_text_format(loaded.park, graph, results, meta);
  }
};

const Analysed& analysed() {
  static const Analysed a;
  return a;
}

// The fields of the dependency model (CascadeSweep 8-10): beta_c of the largest component, the
// substitutes mode and the supply dominators, one row per enterprise and layer, ids as in
// dominators.csv (checked against NetworkX by tests/interop/dominators_test.py).
TEST(AnalysisProtoTest, DominatorsAndBetaCOfTheLargestComponent) {
  const Analysed& a = analysed();
  audit::AuditResults results = a.results;
  results.dominators = net::supply_dominators(a.graph);
  results.beta_c_largest_component = 0.125;
  const std::vector<net::LayerDominators>& dominators = results.dominators;
  const nlohmann::json report =
      nlohmann::json::parse(analysis_report_to_json(a.loaded.park, a.graph, results, a.meta));
  const nlohmann::json& cascade = report.at("cascade");
  EXPECT_EQ(cascade.at("beta_c").get<double>(), 0.25);
  EXPECT_EQ(cascade.at("beta_c_largest_component").get<double>(), 0.125);
  EXPECT_EQ(cascade.at("substitutes").get<std::string>(), "SUBSTITUTES_MODE_CATALOGUE");
  ASSERT_EQ(cascade.at("dominators").size(), dominators.size());
  const nlohmann::json& all = cascade.at("dominators").at(0);
  EXPECT_EQ(all.at("layer").get<std::string>(), "VIEW_LAYER_ALL");
  ASSERT_EQ(all.at("enterprises").size(), static_cast<std::size_t>(a.graph.n()));
  std::int64_t dominated = 0;
  for (net::Vertex v = 0; v < a.graph.n(); ++v) {
    const nlohmann::json& row = all.at("enterprises").at(static_cast<std::size_t>(v));
    EXPECT_EQ(row.at("id").get<std::string>(), a.graph.id(v));
    const auto& idom = dominators[0].immediate[static_cast<std::size_t>(v)];
    EXPECT_EQ(row.value("immediate_dominator", std::string()),
              idom ? a.graph.id(*idom) : std::string());
    dominated += std::stoll(row.value("dominated", std::string("0")));
  }
  EXPECT_GT(dominated, 0);  // the example park has dominators
}

TEST(AnalysisProtoTest, BinaryReportReadsBackAsTheSamePark) {
  const Analysed& a = analysed();
  ASSERT_FALSE(a.loaded.report.has_errors());
  const std::string bytes = a.binary();
  EXPECT_EQ(bytes, a.binary()) << "deterministic";
  EXPECT_TRUE(is_binary_analysis_report(bytes));
  EXPECT_FALSE(is_binary_analysis_report(park_to_binary(a.loaded.park)));

  TempDir dir;
  const LoadedPark back = read_park(dir.write("park.pb", bytes));
  EXPECT_FALSE(back.report.has_errors());
  EXPECT_EQ(park_to_binary(back.park), park_to_binary(a.loaded.park));
}

TEST(AnalysisProtoTest, JsonAndTextReportsReadBackAsTheSamePark) {
  const Analysed& a = analysed();
  TempDir dir;
  const std::string json = a.json();
  EXPECT_NE(json.find("\"format\": \"symbio.v1.AnalysisReport\""), std::string::npos);
  EXPECT_NE(json.find("\"enterprise_columns\""), std::string::npos);
  for (const auto& [name, text] : {std::pair<std::string, std::string>{"report.json", json},
                                   {"report.pbtxt", a.text_format()}}) {
    const LoadedPark back = read_park(dir.write(name, text));
    EXPECT_FALSE(back.report.has_errors()) << name;
    EXPECT_EQ(park_to_binary(back.park), park_to_binary(a.loaded.park)) << name;
  }
  // A plain Park in the same encodings still reads as a Park.
  const LoadedPark plain = read_park(dir.write("plain.json", park_to_json(a.loaded.park)));
  EXPECT_FALSE(plain.report.has_errors());
  EXPECT_EQ(park_to_binary(plain.park), park_to_binary(a.loaded.park));
}

TEST(AnalysisProtoTest, UndefinedValuesAreAbsentNotZero) {
  const Analysed& a = analysed();
  const std::string text = a.text_format();
  // Every column lists one entry per enterprise; an undefined one is an empty message "{}".
  bool any_undefined = false;
  for (const auto& layer : a.layers) {
    for (const auto& column : layer.enterprise_columns) {
      for (const auto& v : column.values)
        any_undefined = any_undefined || !v.has_value();
    }
  }
  if (any_undefined) {
    EXPECT_NE(text.find("values {\n    }"), std::string::npos);
  }
  EXPECT_NE(text.find("beta_c: 0.25"), std::string::npos);
}

TEST(AnalysisProtoTest, CorruptForeignAndOversizedInputAreBadProtobuf) {
  const Analysed& a = analysed();
  const std::string bytes = a.binary();
  TempDir dir;

  const LoadedPark truncated = read_park(dir.write("cut.pb", bytes.substr(0, bytes.size() / 2)));
  EXPECT_NE(find_problem(truncated.report, "bad-protobuf"), nullptr);
  EXPECT_TRUE(truncated.park.exchanges.empty());

  // A Park is not a report: its name does not parse as a Park, or its meta is missing.
  ValidationReport foreign;
  park_from_report_binary(park_to_binary(a.loaded.park), "park.pb", foreign);
  EXPECT_NE(find_problem(foreign, "bad-protobuf"), nullptr);

  // Well-formed, but written without the format marker: an empty meta (field 2).
  ValidationReport unmarked;
  park_from_report_binary(std::string("\x12\x00", 2), "park.pb", unmarked);
  const Problem* p = find_problem(unmarked, "bad-protobuf");
  ASSERT_NE(p, nullptr);
  EXPECT_NE(p->message.find("meta.format"), std::string::npos) << p->message;

  ValidationReport garbage;
  park_from_report_binary(std::string("\xff\xff\xff\xff\x0f", 5), "x.pb", garbage);
  EXPECT_NE(find_problem(garbage, "bad-protobuf"), nullptr);

  ValidationReport large;
  park_from_report_binary(bytes, "park.pb", large, 16);
  p = find_problem(large, "bad-protobuf");
  ASSERT_NE(p, nullptr);
  EXPECT_NE(p->message.find("exceeds the limit"), std::string::npos);
  EXPECT_FALSE(is_binary_analysis_report(bytes, 16));
}

TEST(AnalysisProtoTest, FirstSchemaVersionFixtureKeepsLoading) {
  const std::string bytes = testing::read_all(kFixture);
  ASSERT_FALSE(bytes.empty()) << kFixture;
  EXPECT_TRUE(is_binary_analysis_report(bytes));
  const LoadedPark fixture = read_park(kFixture);
  EXPECT_FALSE(fixture.report.has_errors());
  // The example park as it was when the fixture was written.
  EXPECT_EQ(fixture.park.enterprises.size(), 34u);
  EXPECT_EQ(fixture.park.exchanges.size(), 80u);
  EXPECT_EQ(fixture.park.declarations.size(), 14u);
}

}  // namespace
}  // namespace symbio::io
