// The format of a park on standard input, recognised from its first bytes. Each sample is the
// beginning of a file of that format as symbio or another tool writes it.
#include "io/stdin_park.hpp"

#include <gtest/gtest.h>

namespace symbio::io {
namespace {

TEST(StdinParkTest, RecognisesEachFormat) {
  EXPECT_EQ(sniff_park_format("supplier,receiver,resource\nA,B,steam\n"), "csv");
  EXPECT_EQ(sniff_park_format("\xEF\xBB\xBF供应方,接收方,物料\n甲,乙,蒸汽\n"), "csv");
  EXPECT_EQ(sniff_park_format(std::string("\xFF\xFEs\0u\0", 6)), "csv");  // UTF-16 LE
  EXPECT_EQ(sniff_park_format("{\n  \"name\": \"Kalundborg\"\n}\n"), "json");
  EXPECT_EQ(sniff_park_format("  {\"enterprises\": []}"), "json");
  EXPECT_EQ(sniff_park_format("name: \"Kalundborg\"\nenterprises {\n  id: \"a\"\n}\n"), "pbtxt");
  EXPECT_EQ(sniff_park_format("# a comment\nenterprises {\n}\n"), "pbtxt");
  EXPECT_EQ(sniff_park_format("park < name: \"x\" >"), "pbtxt");
  EXPECT_EQ(sniff_park_format("<?xml version=\"1.0\"?>\n<graphml xmlns=\"...\">"), "graphml");
  EXPECT_EQ(sniff_park_format("<?xml version=\"1.0\"?>\n<gexf version=\"1.2\">"), "gexf");
  EXPECT_EQ(sniff_park_format(std::string("PK\x03\x04\x14\0", 6)), "xlsx");
  // Binary Protobuf: field 1 (tag 0x0a), length 10, then the name; the length byte is a control
  // character that no text holds.
  EXPECT_EQ(sniff_park_format(std::string("\x0a\x0a") + "Kalundborg" + "\x12\x03"), "pb");
  EXPECT_EQ(sniff_park_format(""), "csv");
}

// A CSV header with a colon in a later column is still CSV: only "identifier:" at the very start
// of the first line is the text format.
TEST(StdinParkTest, CsvWithColonsStaysCsv) {
  EXPECT_EQ(sniff_park_format("supplier,receiver,note\nA,B,time: 10:00\n"), "csv");
  EXPECT_EQ(sniff_park_format("2019,A,B\n"), "csv");
}

}  // namespace
}  // namespace symbio::io
