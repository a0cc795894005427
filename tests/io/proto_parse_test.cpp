#include "io/detail/proto_parse.hpp"

#include <gtest/gtest.h>

#include "symbio/v1/park.pb.h"
#include "tests/io/temp_dir.hpp"

namespace symbio::io::detail {
namespace {

namespace pb = symbio::v1;
using testing::find_problem;

// Park.name is field 1 of wire type 2 (length-delimited): tag (1 << 3) | 2 = 0x0A, then the
// length and the UTF-8 bytes. Equal messages give equal bytes.
TEST(ProtoParseTest, BinaryByHand) {
  pb::Park message;
  message.set_name("P");
  EXPECT_EQ(to_binary(message), std::string("\x0a\x01P", 3));
  pb::Park back;
  ValidationReport ok;
  EXPECT_TRUE(parse_binary(std::string("\x0a\x01Q", 3), "p.pb", 100, back, ok));
  EXPECT_EQ(back.name(), "Q");
}

// A length beyond the end, and input over the limit, are "bad-protobuf" naming the type.
TEST(ProtoParseTest, DamagedAndOversizedBinary) {
  pb::Park message;
  ValidationReport truncated;
  EXPECT_FALSE(parse_binary(std::string("\x0a\x05P", 3), "p.pb", 100, message, truncated));
  const Problem* p = find_problem(truncated, "bad-protobuf");
  ASSERT_NE(p, nullptr);
  EXPECT_NE(p->message.find("symbio.v1.Park"), std::string::npos) << p->message;
  ValidationReport large;
  EXPECT_FALSE(parse_binary(std::string("\x0a\x01P", 3), "p.pb", 2, message, large));
  p = find_problem(large, "bad-protobuf");
  ASSERT_NE(p, nullptr);
  EXPECT_NE(p->message.find("3 bytes exceeds the limit of 2 bytes"), std::string::npos)
      << p->message;
}

// JSON: proto field names and indentation out; an unknown field in is "bad-json".
TEST(ProtoParseTest, Json) {
  pb::Park message;
  message.set_name("热电");
  message.add_enterprises()->set_id("a");
  const std::string json = to_json(message);
  EXPECT_NE(json.find("\"name\": \"热电\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"enterprises\": ["), std::string::npos) << json;
  EXPECT_NE(json.find('\n'), std::string::npos) << "with whitespace: " << json;
  pb::Park back;
  ValidationReport ok;
  ASSERT_TRUE(parse_json(json, "p.json", back, ok));
  EXPECT_EQ(back.enterprises(0).id(), "a");
  ValidationReport unknown;
  EXPECT_FALSE(parse_json(R"({"nmae": "x"})", "p.json", back, unknown));
  const Problem* p = find_problem(unknown, "bad-json");
  ASSERT_NE(p, nullptr);
  EXPECT_NE(p->message.find("symbio.v1.Park"), std::string::npos) << p->message;
}

// Text format: UTF-8 kept readable; a parse error at its 1-based line and column (the unknown
// field is on line 2, from column 3 on); an escape that gives bytes that are no UTF-8 names the
// field.
TEST(ProtoParseTest, TextFormat) {
  pb::Park message;
  message.set_name("热电");
  EXPECT_EQ(to_text_format(message), "name: \"热电\"\n");
  pb::Park back;
  ValidationReport unknown;
  EXPECT_FALSE(parse_text_format("name: \"a\"\n  nmae: \"b\"\n", "p.pbtxt", back, unknown));
  const Problem* p = find_problem(unknown, "bad-pbtxt");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->location.line, 2);
  EXPECT_GE(p->location.column, 3);
  ValidationReport bytes;
  EXPECT_FALSE(parse_text_format("enterprises { name: \"\\377\" }", "p.pbtxt", back, bytes));
  p = find_problem(bytes, "bad-pbtxt");
  ASSERT_NE(p, nullptr);
  EXPECT_NE(p->message.find("enterprises[0].name"), std::string::npos) << p->message;
}

}  // namespace
}  // namespace symbio::io::detail
