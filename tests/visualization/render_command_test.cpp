#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "tests/support/run_symbio.hpp"
#include "tests/visualization/xml_check.hpp"

namespace symbio::testing {
namespace {

namespace fs = std::filesystem;

TEST(RenderCommandTest, EveryExampleParkInEveryFormat) {
  const std::string out = make_temp_dir("symbio-render-all");
  for (const char* park : {"kalundborg", "guitang", "lubei", "coal_chemical_park"}) {
    for (const char* format : {"svg", "png", "pdf", "dot"}) {
      const std::string file = out + "/" + park + "." + format;
      const RunResult r = run_symbio("render examples/" + std::string(park) + " -o " + file);
      ASSERT_EQ(r.status, 0) << park << " " << format << "\n" << r.output;
      const std::string bytes = read_text(file);
      ASSERT_FALSE(bytes.empty()) << file;
      if (std::string(format) == "svg") {
        EXPECT_EQ(viz::test_support::xml_problem(bytes), "") << file;
      } else if (std::string(format) == "png") {
        EXPECT_EQ(bytes.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8)) << file;
      } else if (std::string(format) == "pdf") {
        EXPECT_EQ(bytes.substr(0, 5), "%PDF-") << file;
      } else {
        EXPECT_EQ(bytes.rfind("digraph ", 0), 0U) << file;
      }
    }
  }
}

TEST(RenderCommandTest, HelpShowsAnExample) {
  const RunResult r = run_symbio("render --help");
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.output.find("Example: symbio render"), std::string::npos) << r.output;
}

TEST(RenderCommandTest, UsageErrorsExitTwoAndWriteNothing) {
  const std::string out = make_temp_dir("symbio-render-usage");
  const std::string file = out + "/x.svg";
  const std::string park = "render examples/kalundborg -o " + file;
  EXPECT_EQ(run_symbio(park + " --size-by nonsense").status, 2);
  EXPECT_EQ(run_symbio(park + " --highlight no_such_id").status, 2);
  EXPECT_EQ(run_symbio(park + " --cascade no_such_id").status, 2);
  EXPECT_EQ(run_symbio(park + " --engine graphviz").status, 2);
  EXPECT_EQ(run_symbio(park + " --color-by taste").status, 2);
  EXPECT_EQ(run_symbio(park + " --cluster role").status, 2);
  EXPECT_EQ(run_symbio(park + " --layer air").status, 2);
  EXPECT_EQ(run_symbio("render examples/guitang --sankey -o " + file).status, 2);  // no quantities
  EXPECT_EQ(run_symbio("render examples/kalundborg -o " + out + "/x.jpg").status, 2);
  EXPECT_EQ(run_symbio("render examples/kalundborg").status, 2);  // -o missing
  EXPECT_TRUE(fs::is_empty(out));
}

TEST(RenderCommandTest, HighlightCascadeClusterAndLayer) {
  const std::string out = make_temp_dir("symbio-render-options");
  const RunResult key = run_symbio("render examples/kalundborg -o " + out +
                                   "/key.dot --highlight key --top 3 --cluster community");
  ASSERT_EQ(key.status, 0) << key.output;
  const std::string dot = read_text(out + "/key.dot");
  std::size_t outlined = 0;
  for (std::size_t at = dot.find("penwidth=\"4\""); at != std::string::npos;
       at = dot.find("penwidth=\"4\"", at + 1))
    ++outlined;
  EXPECT_EQ(outlined, 3U);
  EXPECT_NE(dot.find("cluster_0"), std::string::npos);
  // The one notion of key enterprise: the first three rows of the audit's audit_focus.csv.
  const RunResult audit = run_symbio("audit examples/kalundborg --quiet --out " + out + "/audit");
  ASSERT_EQ(audit.status, 0) << audit.output;
  const std::string focus = read_text(out + "/audit/audit_focus.csv");
  std::size_t line = focus.find('\n');
  for (int rank = 1; rank <= 3; ++rank) {
    const std::size_t id_begin = focus.find(',', line) + 1;
    const std::string id = focus.substr(id_begin, focus.find(',', id_begin) - id_begin);
    EXPECT_NE(dot.find("\"" + id + "\" [label="), std::string::npos) << id;
    const std::size_t node = dot.find("\"" + id + "\" [label=");
    EXPECT_NE(dot.substr(node, dot.find('\n', node) - node).find("penwidth=\"4\""),
              std::string::npos)
        << id << " is not outlined";
    line = focus.find('\n', line + 1);
  }

  const RunResult cascade = run_symbio("render examples/kalundborg -o " + out +
                                       "/cascade.svg --cascade asnaes --highlight statoil");
  ASSERT_EQ(cascade.status, 0) << cascade.output;
  EXPECT_NE(read_text(out + "/cascade.svg").find("cascade: trigger"), std::string::npos);

  const RunResult layer = run_symbio("render examples/coal_chemical_park -o " + out +
                                     "/water.png --layer water --engine neato --dpi 72");
  ASSERT_EQ(layer.status, 0) << layer.output;
  EXPECT_NE(layer.output.find("without water exchanges are not drawn"), std::string::npos);

  const RunResult sized = run_symbio("render examples/guitang -o " + out +
                                     "/guitang.dot --size-by betweenness --color-by role");
  ASSERT_EQ(sized.status, 0) << sized.output;
  EXPECT_NE(read_text(out + "/guitang.dot").find("Size: betweenness"), std::string::npos);
}

TEST(RenderCommandTest, SankeyOfTheChinesePark) {
  const std::string out = make_temp_dir("symbio-render-sankey");
  const RunResult r = run_symbio(
      "render examples/coal_chemical_park --sankey --layer material -o " + out + "/flows.svg");
  ASSERT_EQ(r.status, 0) << r.output;
  const std::string svg = read_text(out + "/flows.svg");
  EXPECT_EQ(viz::test_support::xml_problem(svg), "");
  EXPECT_NE(svg.find("t/a"), std::string::npos);
  EXPECT_EQ(run_symbio("render examples/coal_chemical_park --sankey -o " + out + "/f.png").status,
            2);
}

TEST(RenderCommandTest, LargeParksDrawTheAggregateAndSaySo) {
  const std::string dir = make_temp_dir("symbio-render-large");
  std::string enterprises = "id,name,sector\n";
  std::string exchanges = "supplier,receiver,resource,layer,kind,quantity,unit\n";
  constexpr int kN = 2500;
  for (int i = 0; i < kN; ++i) {
    enterprises +=
        "e" + std::to_string(i) + ",E" + std::to_string(i) + ",S" + std::to_string(i % 8) + "\n";
    exchanges += "e" + std::to_string(i) + ",e" + std::to_string((i * 13 + 5) % kN) +
                 ",steam,energy,byproduct," + std::to_string(i + 1) + ",GJ/a\n";
  }
  write_text(dir + "/park/enterprises.csv", enterprises);
  write_text(dir + "/park/exchanges.csv", exchanges);
  const RunResult r = run_symbio("render " + dir + "/park -o " + dir + "/park.svg");
  ASSERT_EQ(r.status, 0) << r.output;
  EXPECT_NE(r.output.find("sector-level aggregate"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("8 sectors"), std::string::npos) << r.output;
  EXPECT_NE(read_text(dir + "/park.svg").find("S3"), std::string::npos);
}

}  // namespace
}  // namespace symbio::testing
