#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace symbio {

// Small text helpers shared by every module. All take and return UTF-8; "ASCII" in a name means
// that only ASCII letters are changed, so Chinese text passes through untouched.

std::string_view trim(std::string_view text);
std::string to_lower_ascii(std::string_view text);
bool iequals_ascii(std::string_view a, std::string_view b);
bool starts_with_ascii_ci(std::string_view text, std::string_view prefix);

// A key for matching names written by people: ASCII lower case, full-width forms folded to ASCII,
// '_' '-' and runs of white space turned into one space, trimmed. "Fly-Ash " and "fly  ash" and
// "ＦＬＹ　ＡＳＨ" give "fly ash".
std::string match_key(std::string_view text);

// Index of the first byte that is not valid UTF-8, or nullopt if the text is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// Splits on a single character, keeping empty fields.
std::vector<std::string> split(std::string_view text, char separator);

// Parses a finite decimal number: optional sign, digits with an optional fraction and exponent,
// and optional thousands separators in groups of three ("1,200,000"). Nullopt otherwise (also for
// "nan", "inf", empty text, trailing garbage).
std::optional<double> parse_number(std::string_view text);

// Parses a number written with a decimal comma, as in a ';'-delimited CSV file: "35,5",
// "-0,25", "1.234,5" or "1 234,5" (thousands grouped by '.' or a space, no-break space or narrow
// no-break space, in groups of three before the comma), "2,5e3". Text without a comma is read by
// parse_number() ("35.5", "200000"), except that a point followed by groups of three digits
// ("1.200", "12.500.000") is ambiguous there (1.2 or 1200?) and gives nullopt; see
// is_dot_grouped().
std::optional<double> parse_number_decimal_comma(std::string_view text);

// Whether the text is an integer grouped by points, "1.200" or "12.500.000" (a first group of 1-3
// digits not starting with 0, then groups of three).
bool is_dot_grouped(std::string_view text);

// Why a text that parse_number refuses is still a number, to say so instead of "not a number":
// written in hexadecimal ("0x1p3", which C accepts and the decimal data people write never
// use), or a decimal number whose magnitude a double cannot hold ("1e-400" is too small: not 0,
// yet below the smallest positive double, about 4.9e-324; "1e999" too large). Nullopt when the
// text is no number at all (or a valid one).
enum class NumberProblem { hexadecimal, too_small, too_large };
std::optional<NumberProblem> number_problem(std::string_view text);

// Parses a whole number in [min, max].
std::optional<long long> parse_integer(std::string_view text, long long min, long long max);

// Shortest text that reads back as the same double, in %g style ("0.1", "1e+300", "200000").
std::string format_double(double value);

// Text escaped for XML (and HTML, SVG) content and attribute values: & < > " and the apostrophe
// (`apostrophe`: "&apos;" for XML, "&#39;" for HTML) as entities, tab and line breaks as
// character references (so attribute values keep them), and the other control characters,
// which XML 1.0 forbids, dropped.
std::string xml_escape(std::string_view text, std::string_view apostrophe = "&apos;");

// Number of Unicode code points (display columns are not attempted).
std::size_t utf8_length(std::string_view text);

// A count with its noun in agreement, for every count a message prints: "1 tie", "2 ties",
// "0 ties".
std::string count_noun(long long count, std::string_view singular, std::string_view plural);

}  // namespace symbio
