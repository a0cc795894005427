// Absurd input meets a bound, not an exhausted machine (README "Limits"): each case below stops
// with exit status 3 and a message naming the file (and the place where there is one).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "tests/support/run_symbio.hpp"

namespace symbio::testing {
namespace {

namespace fs = std::filesystem;

void expect_bad_data(const std::string& args, const std::string& message) {
  const RunResult r = run_symbio(args);
  EXPECT_EQ(r.status, 3) << args << "\n" << r.output;
  EXPECT_NE(r.output.find(message), std::string::npos) << args << "\n" << r.output;
}

TEST(LimitsTest, GigabyteFileIsRefusedBeforeReading) {
  // A sparse 1 GiB file: one "line" of a billion NUL bytes, no disk space used.
  const std::string path = make_temp_dir("symbio-limit-gb") + "/exchanges.csv";
  std::ofstream(path).close();
  fs::resize_file(path, std::uintmax_t{1} << 30);
  expect_bad_data("validate " + path,
                  "file of 1073741824 bytes exceeds the input limit of 33554432");
}

TEST(LimitsTest, LimitIsRaisedByAnOption) {
  // 2 MiB of valid exchanges: refused under --max-input-mb 1, read under the default.
  const std::string path = make_temp_dir("symbio-limit-raise") + "/exchanges.csv";
  std::string text = "supplier,receiver,resource\n";
  while (text.size() < (std::size_t{2} << 20))
    text += "Alpha Steel,Beta Cement,blast furnace slag\n";
  write_text(path, text);
  expect_bad_data("validate --max-input-mb 1 " + path, "raise it with --max-input-mb");
  EXPECT_EQ(run_symbio("validate " + path).status, 0);
}

TEST(LimitsTest, EndlessDeviceIsCutOff) {
  const std::string path = make_temp_dir("symbio-limit-zero") + "/zero.csv";
  fs::create_symlink("/dev/zero", path);
  expect_bad_data("validate --max-input-mb 4 " + path,
                  "content exceeds the input limit of 4194304");
}

TEST(LimitsTest, MillionsOfColumns) {
  const std::string path = make_temp_dir("symbio-limit-columns") + "/exchanges.csv";
  std::string header = "supplier,receiver,resource";
  header.reserve(6'000'000);
  for (int i = 0; i < 3'000'000; ++i)
    header += ",c";
  write_text(path, header + "\nA,B,steam\n");
  expect_bad_data("validate " + path,
                  "exchanges.csv:1:1: error[csv-syntax]: more than 10000 fields");
  // --max-columns raises the bound: the 3,000,003 fields are then tokenized.
  const RunResult raised = run_symbio("validate --max-columns 3000003 " + path);
  EXPECT_EQ(raised.output.find("fields in a record"), std::string::npos) << raised.output;
}

TEST(LimitsTest, ProtobufLengthPrefixOfTwoGigabytes) {
  // Field 1 (a string) whose length prefix claims 2^31 - 1 bytes, followed by three.
  const std::string path = make_temp_dir("symbio-limit-pb") + "/park.pb";
  write_text(path, std::string("\x0a\xff\xff\xff\xff\x07"
                               "abc",
                               9));
  expect_bad_data("validate " + path, "error[bad-protobuf]: not a binary symbio.v1.Park");
}

TEST(LimitsTest, DeeplyNestedJson) {
  const std::string dir = make_temp_dir("symbio-limit-json");
  std::string deep = "{\"name\":";
  for (int i = 0; i < 100'000; ++i)
    deep += "{\"a\":";
  deep += "1";
  deep += std::string(100'001, '}');
  write_text(dir + "/deep.json", deep);
  expect_bad_data("validate " + dir + "/deep.json",
                  "deep.json:1:324: error[bad-json]: refused: nesting deeper than 64 levels");
  // Protobuf 3.21 reads a list of lists for a repeated message field as an empty list.
  write_text(dir + "/lists.json", "{\"enterprises\":[[[]]]}");
  expect_bad_data("validate " + dir + "/lists.json",
                  "lists.json:1:17: error[bad-json]: refused: a list directly inside a list");
  write_text(dir + "/syntax.json", "{\"name\": \"x\",\n \"enterprises\": [}\n");
  expect_bad_data("validate " + dir + "/syntax.json", "syntax.json:2:18: error[bad-json]");
}

TEST(LimitsTest, XmlEntityBombInGraphml) {
  const std::string path = make_temp_dir("symbio-limit-xml") + "/bomb.graphml";
  std::string entities = "<!ENTITY l0 \"lol\">\n";
  for (int i = 1; i < 10; ++i) {
    entities += "<!ENTITY l" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k)
      entities += "&l" + std::to_string(i - 1) + ";";
    entities += "\">\n";
  }
  write_text(path, "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [\n" + entities +
                       "]>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                       "<key id=\"n\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
                       "<graph edgedefault=\"directed\"><node id=\"a\"><data key=\"n\">&l9;</data>"
                       "</node><node id=\"b\"/><edge source=\"a\" target=\"b\"/></graph>"
                       "</graphml>\n");
  expect_bad_data("validate " + path,
                  "bomb.graphml:2:11: error[bad-graphml]: the document type declaration declares "
                  "entities");
}

TEST(LimitsTest, ConfigurationFileIsBounded) {
  const std::string dir = make_temp_dir("symbio-limit-config");
  fs::create_symlink("/dev/zero", dir + "/thresholds.toml");
  expect_bad_data(
      "audit examples/kalundborg --config " + dir + "/thresholds.toml --out " + dir + "/out",
      "content exceeds the input limit of 1048576");
  EXPECT_FALSE(fs::exists(dir + "/out"));
}

}  // namespace
}  // namespace symbio::testing
