#include "io/encoding.hpp"

#include <gtest/gtest.h>

#include "tests/io/temp_dir.hpp"

namespace symbio::io {
namespace {

using testing::find_problem;

// "蒸汽" and "热电厂" in GB18030, from Python: "蒸汽".encode("gb18030").hex() == "d5f4c6fb",
// "热电厂" -> "c8c8b5e7b3a7".
const std::string kSteamGb = "\xD5\xF4\xC6\xFB";
const std::string kPlantGb = "\xC8\xC8\xB5\xE7\xB3\xA7";

TEST(EncodingTest, ConvertsGb18030ToUtf8AndBack) {
  EXPECT_EQ(convert_encoding(kSteamGb, "GB18030", "UTF-8"), "蒸汽");
  EXPECT_EQ(convert_encoding("热电厂", "UTF-8", "GB18030"), kPlantGb);
  std::size_t offset = 99;
  EXPECT_FALSE(convert_encoding("ab\xFF\xFF", "GB18030", "UTF-8", &offset));
  EXPECT_EQ(offset, 2u);
  EXPECT_THROW(convert_encoding("x", "NO-SUCH-ENCODING", "UTF-8"), OptionError);
}

TEST(EncodingTest, LocationOfOffsetCountsCodePoints) {
  const std::string text = "a,b\n热电厂,x\xFF";
  const SourceLocation at = location_of_offset(text, text.size() - 1, "f.csv");
  EXPECT_EQ(at.file, "f.csv");
  EXPECT_EQ(at.line, 2);
  EXPECT_EQ(at.column, 6);  // 热 电 厂 , x are five code points
  EXPECT_EQ(location_of_offset(text, 0, "f.csv").column, 1);
}

TEST(EncodingTest, Utf8PassesThroughAndLosesItsBom) {
  ValidationReport report;
  EXPECT_EQ(decode_text("供应方,接收方\n", "f.csv", "", report), "供应方,接收方\n");
  EXPECT_EQ(decode_text("\xEF\xBB\xBFsupplier\n", "f.csv", "", report), "supplier\n");
  EXPECT_EQ(decode_text("\xEF\xBB\xBFsupplier\n", "f.csv", "UTF-8", report), "supplier\n");
  EXPECT_TRUE(report.problems().empty());
}

TEST(EncodingTest, DetectsGb18030WithANote) {
  ValidationReport report;
  const auto text =
      decode_text("supplier,resource\n" + kPlantGb + "," + kSteamGb + "\n", "f.csv", "", report);
  ASSERT_TRUE(text);
  EXPECT_EQ(*text, "supplier,resource\n热电厂,蒸汽\n");
  const Problem* note = find_problem(report, "converted-encoding");
  ASSERT_NE(note, nullptr);
  EXPECT_EQ(note->severity, Severity::note);
  EXPECT_NE(note->message.find("GB18030"), std::string::npos);
}

TEST(EncodingTest, ForcedEncodings) {
  ValidationReport report;
  EXPECT_EQ(decode_text(kSteamGb, "f.csv", "gbk", report), "蒸汽");
  EXPECT_EQ(decode_text(kSteamGb, "f.csv", "GB2312", report), "蒸汽");
  EXPECT_FALSE(report.has_errors());
  // Forcing UTF-8 on GB18030 bytes fails at the first byte.
  ValidationReport forced;
  EXPECT_FALSE(decode_text("a\n" + kSteamGb, "f.csv", "utf-8", forced));
  const Problem* bad = find_problem(forced, "bad-encoding");
  ASSERT_NE(bad, nullptr);
  EXPECT_EQ(bad->location.line, 2);
  EXPECT_EQ(bad->location.column, 1);
  EXPECT_THROW(decode_text("x", "f.csv", "klingon", forced), OptionError);
}

TEST(EncodingTest, NeitherUtf8NorGb18030) {
  ValidationReport report;
  EXPECT_FALSE(decode_text("supplier,receiver\nA,B\xFF\xFF\n", "f.csv", "", report));
  const Problem* bad = find_problem(report, "bad-encoding");
  ASSERT_NE(bad, nullptr);
  EXPECT_EQ(bad->severity, Severity::error);
  EXPECT_EQ(bad->location.file, "f.csv");
  EXPECT_EQ(bad->location.line, 2);
  EXPECT_EQ(bad->location.column, 4);
  EXPECT_NE(bad->message.find("0xFF"), std::string::npos);
}

TEST(EncodingTest, Utf16WithBom) {
  // "a,b\n" in UTF-16LE with its byte-order mark, as Excel's "Unicode text" saves it.
  const std::string bytes(
      "\xFF\xFE"
      "a\0,\0b\0\n\0",
      10);
  ValidationReport report;
  EXPECT_EQ(decode_text(bytes, "f.txt", "", report), "a,b\n");
  EXPECT_TRUE(report.has_code("converted-encoding"));
}

}  // namespace
}  // namespace symbio::io
