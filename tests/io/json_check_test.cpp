#include "io/detail/json_check.hpp"

#include <gtest/gtest.h>

#include <string>

#include "core/validation.hpp"

namespace symbio::io::detail {
namespace {

// The one problem of a refused text.
Problem refused(const std::string& text) {
  ValidationReport report;
  EXPECT_FALSE(check_json(text, "park.json", report)) << text;
  EXPECT_EQ(report.problems().size(), 1U);
  return report.problems().empty() ? Problem{} : report.problems().front();
}

std::string nested(std::size_t depth) {
  // depth objects, each holding the next under "a": {"a":{"a":...{}...}}
  std::string text;
  for (std::size_t i = 1; i < depth; ++i)
    text += "{\"a\":";
  text += "{}";
  text += std::string(depth - 1, '}');
  return text;
}

TEST(JsonCheckTest, ValidDocumentsPass) {
  ValidationReport report;
  EXPECT_TRUE(check_json(R"({"name": "园区", "enterprises": [{"id": "a"}, {"id": "[b]"}]})",
                         "park.json", report));
  // Brackets inside strings are text, not structure.
  EXPECT_TRUE(check_json(R"({"x": "[[", "y": ["\"[", "]"]})", "park.json", report));
  EXPECT_TRUE(report.problems().empty());
}

TEST(JsonCheckTest, SyntaxErrorAtItsLineAndColumn) {
  // The trailing comma is accepted; the '}' on line 3, column 1 is where a key was expected.
  const Problem p = refused("{\n  \"a\": 1,\n}");
  EXPECT_EQ(p.code, "bad-json");
  EXPECT_EQ(p.location.file, "park.json");
  EXPECT_EQ(p.location.line, 3);
  EXPECT_EQ(p.location.column, 1);
  EXPECT_NE(p.message.find("not valid JSON"), std::string::npos);
}

TEST(JsonCheckTest, DepthLimit) {
  ValidationReport report;
  EXPECT_TRUE(check_json(nested(kMaxJsonDepth), "park.json", report));
  // One level more: refused at the bracket that opens it, the 65th '{' (offset 5 * 64).
  const Problem p = refused(nested(kMaxJsonDepth + 1));
  EXPECT_NE(p.message.find("nesting deeper than 64"), std::string::npos);
  EXPECT_EQ(p.location.line, 1);
  EXPECT_EQ(p.location.column, static_cast<int>(5 * kMaxJsonDepth + 1));
}

TEST(JsonCheckTest, ListInsideAListIsRefused) {
  // Line 2, column 19: the inner '[' (after two spaces, "enterprises", a colon and the outer one).
  const Problem p = refused("{\"park\": {\n  \"enterprises\": [[{\"id\": \"a\"}]]}}");
  EXPECT_NE(p.message.find("list directly inside a list"), std::string::npos);
  EXPECT_EQ(p.location.line, 2);
  EXPECT_EQ(p.location.column, 19);
  // A list of objects holding lists is fine.
  ValidationReport report;
  EXPECT_TRUE(check_json(R"({"a": [{"b": [1, 2]}]})", "park.json", report));
}

}  // namespace
}  // namespace symbio::io::detail
