#include "core/text.hpp"

#include <gtest/gtest.h>

namespace symbio {
namespace {

TEST(TextTest, MatchKeyFoldsCaseWidthAndSeparators) {
  EXPECT_EQ(match_key("Fly-Ash "), "fly ash");
  EXPECT_EQ(match_key("fly__ash"), "fly ash");
  EXPECT_EQ(match_key("ＦＬＹ　ＡＳＨ"), "fly ash");  // full-width letters and ideographic space
  EXPECT_EQ(match_key("粉煤灰"), "粉煤灰");
}

TEST(TextTest, ParseNumberAcceptsOnlyWellFormedNumbers) {
  EXPECT_EQ(*parse_number("1,200,000"), 1200000.0);
  EXPECT_EQ(*parse_number(" -2.5e3 "), -2500.0);
  EXPECT_FALSE(parse_number("1,5"));  // a decimal comma, not a thousands separator
  EXPECT_FALSE(parse_number("12,34,567"));
  EXPECT_FALSE(parse_number("nan"));
  EXPECT_FALSE(parse_number("inf"));
  EXPECT_FALSE(parse_number("12 t"));
  EXPECT_FALSE(parse_number(""));
}

TEST(TextTest, DecimalCommaNumbers) {
  EXPECT_EQ(parse_number_decimal_comma("35,5"), 35.5);
  EXPECT_EQ(parse_number_decimal_comma(" -0,25 "), -0.25);
  EXPECT_EQ(parse_number_decimal_comma("1.234,5"), 1234.5);
  EXPECT_EQ(parse_number_decimal_comma("1 234 567,25"), 1234567.25);
  EXPECT_EQ(parse_number_decimal_comma("1\u00A0234,5"), 1234.5);  // no-break space
  EXPECT_EQ(parse_number_decimal_comma("2,5e3"), 2500.0);
  EXPECT_EQ(parse_number_decimal_comma("200000"), 200000.0);
  EXPECT_EQ(parse_number_decimal_comma("35.5"), 35.5);    // no comma: a decimal point
  EXPECT_EQ(parse_number_decimal_comma("0.125"), 0.125);  // "0." groups no thousands
  EXPECT_FALSE(parse_number_decimal_comma("1.200"));      // 1.2 or 1200?
  EXPECT_FALSE(parse_number_decimal_comma("12.500.000"));
  EXPECT_FALSE(parse_number_decimal_comma("1,2,3"));
  EXPECT_FALSE(parse_number_decimal_comma("12.34,5"));      // a group of two
  EXPECT_FALSE(parse_number_decimal_comma("1.234 567,5"));  // two grouping marks
  EXPECT_FALSE(parse_number_decimal_comma("35,"));
  EXPECT_FALSE(parse_number_decimal_comma(",5"));
  EXPECT_FALSE(parse_number_decimal_comma("3,5.1"));
  EXPECT_FALSE(parse_number_decimal_comma("nan"));
  EXPECT_TRUE(is_dot_grouped("1.200"));
  EXPECT_TRUE(is_dot_grouped("-12.500.000"));
  EXPECT_FALSE(is_dot_grouped("0.125"));
  EXPECT_FALSE(is_dot_grouped("1.25"));
  EXPECT_FALSE(is_dot_grouped("1200"));
}

TEST(TextTest, FormatDoubleRoundTrips) {
  EXPECT_EQ(format_double(0.1), "0.1");
  EXPECT_EQ(format_double(200000), "200000");
  EXPECT_EQ(format_double(-0.0), "0");
  EXPECT_EQ(*parse_number(format_double(1.0 / 3)), 1.0 / 3);
}

TEST(TextTest, InvalidUtf8IsFoundAtItsByte) {
  EXPECT_FALSE(find_invalid_utf8("Asnæs 热电厂"));
  EXPECT_EQ(*find_invalid_utf8("ab\xFF"), 2u);
  EXPECT_EQ(*find_invalid_utf8("\xC0\xAF"), 0u);  // overlong '/'
  EXPECT_EQ(utf8_length("热电厂 a"), 5u);
}

TEST(TextTest, XmlEscapeKeepsAttributesIntact) {
  EXPECT_EQ(xml_escape("a<b & \"c\" 'd'"), "a&lt;b &amp; &quot;c&quot; &apos;d&apos;");
  EXPECT_EQ(xml_escape("'", "&#39;"), "&#39;");
  EXPECT_EQ(xml_escape("x\ty\nz\x01"), "x&#9;y&#10;z");  // control characters XML forbids drop
}

TEST(NumberProblem, SaysWhyANumberIsRefused) {
  EXPECT_EQ(number_problem("0x1p3"), NumberProblem::hexadecimal);  // 8 in C's hex notation
  EXPECT_EQ(number_problem("-0XFF"), NumberProblem::hexadecimal);
  EXPECT_EQ(number_problem("1e-400"), NumberProblem::too_small);  // below 4.9e-324, not 0
  EXPECT_EQ(number_problem("-2.5e-330"), NumberProblem::too_small);
  EXPECT_EQ(number_problem("1e999"), NumberProblem::too_large);  // above 1.8e308
  EXPECT_EQ(number_problem("1,000e400"), NumberProblem::too_large);
  EXPECT_EQ(number_problem("1e-99999"), NumberProblem::too_small);  // beyond a long double too
  EXPECT_EQ(number_problem("1e99999"), NumberProblem::too_large);
  // Accepted numbers and texts that are no number at all have no such problem.
  for (const char* text : {"8", "5e-324", "1e308", "0", "0x", "lots", "nan", "inf", "1e", "12 t"})
    EXPECT_EQ(number_problem(text), std::nullopt) << text;
}

TEST(CountNoun, AgreesWithTheCount) {
  EXPECT_EQ(count_noun(1, "tie", "ties"), "1 tie");
  EXPECT_EQ(count_noun(0, "tie", "ties"), "0 ties");
  EXPECT_EQ(count_noun(2, "tie", "ties"), "2 ties");
}

}  // namespace
}  // namespace symbio
