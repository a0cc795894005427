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
