// symbio convert's format options: --gexf-version, --layer, the Pajek note, and text that XML
// cannot carry (the writers themselves: tests/io/network_formats_test.cpp).

#include <gtest/gtest.h>

#include <filesystem>

#include "tests/support/run_symbio.hpp"

namespace symbio::testing {
namespace {

TEST(ConvertFormatsTest, PajekOfMixedLayersIsUnweightedWithANote) {
  const std::string dir = make_temp_dir("convert_pajek");
  const RunResult all = run_symbio("convert examples/coal_chemical_park -o " + dir + "/all.net");
  ASSERT_EQ(all.status, 0) << all.output;
  EXPECT_NE(all.output.find("note: the exchanges are of several layers"), std::string::npos)
      << all.output;
  EXPECT_EQ(read_text(dir + "/all.net").rfind("*Vertices 34\n", 0), 0u);
  const RunResult water =
      run_symbio("convert examples/coal_chemical_park -o " + dir + "/water.net --layer water");
  ASSERT_EQ(water.status, 0) << water.output;
  EXPECT_EQ(water.output.find("note:"), std::string::npos) << water.output;
  EXPECT_EQ(read_text(dir + "/water.net").rfind("% weight: amount in m3/a (water)\n", 0), 0u);
}

TEST(ConvertFormatsTest, GexfVersions) {
  const std::string dir = make_temp_dir("convert_gexf");
  ASSERT_EQ(run_symbio("convert examples/kalundborg -o " + dir + "/k.gexf").status, 0);
  EXPECT_NE(read_text(dir + "/k.gexf").find("version=\"1.2\""), std::string::npos);
  ASSERT_EQ(
      run_symbio("convert examples/kalundborg -o " + dir + "/k13.gexf --gexf-version 1.3").status,
      0);
  EXPECT_NE(read_text(dir + "/k13.gexf").find("xmlns=\"http://gexf.net/1.3\""), std::string::npos);
}

TEST(ConvertFormatsTest, BadFormatOptionsAreUsageErrors) {
  const std::string dir = make_temp_dir("convert_options");
  EXPECT_EQ(
      run_symbio("convert examples/kalundborg -o " + dir + "/k.gexf --gexf-version 2.0").status, 2);
  EXPECT_EQ(run_symbio("convert examples/kalundborg -o " + dir + "/k.net --layer steam").status, 2);
  EXPECT_EQ(run_symbio("convert examples/kalundborg -o " + dir + "/k.json --layer water").status,
            2);
  EXPECT_TRUE(std::filesystem::is_empty(dir));
}

TEST(ConvertFormatsTest, ControlCharacterInANameStopsTheXmlWriters) {
  const std::string dir = make_temp_dir("convert_control");
  write_text(dir + "/x.csv",
             "supplier,receiver,resource\nKiln\x01"
             "A,Mill,slag\n");
  for (const char* extension : {"graphml", "gexf"}) {
    const std::string out = dir + "/x." + extension;
    const RunResult r = run_symbio("convert " + dir + "/x.csv -o " + out);
    EXPECT_EQ(r.status, 3) << r.output;
    EXPECT_NE(r.output.find("U+0001"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("Kiln\\x01A"), std::string::npos) << r.output;
    EXPECT_FALSE(std::filesystem::exists(out)) << "nothing is written";
  }
  // The JSON formats escape it.
  EXPECT_EQ(run_symbio("convert " + dir + "/x.csv -o " + dir + "/x.nodelink.json").status, 0);
}

}  // namespace
}  // namespace symbio::testing
