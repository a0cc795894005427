#include "core/text.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>

namespace symbio {

std::string_view trim(std::string_view text) {
  const char* spaces = " \t\r\n\f\v";
  const auto first = text.find_first_not_of(spaces);
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(spaces);
  return text.substr(first, last - first + 1);
}

std::string to_lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool iequals_ascii(std::string_view a, std::string_view b) {
  return a.size() == b.size() && to_lower_ascii(a) == to_lower_ascii(b);
}

bool starts_with_ascii_ci(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && iequals_ascii(text.substr(0, prefix.size()), prefix);
}

namespace {

// Decodes one code point at text[i]; returns its length (0 if invalid).
std::size_t decode_utf8(std::string_view text, std::size_t i, char32_t& cp) {
  const auto b0 = static_cast<unsigned char>(text[i]);
  std::size_t len = 0;
  if (b0 < 0x80) {
    cp = b0;
    return 1;
  }
  if ((b0 & 0xE0) == 0xC0) {
    len = 2;
    cp = b0 & 0x1F;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3;
    cp = b0 & 0x0F;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4;
    cp = b0 & 0x07;
  } else {
    return 0;
  }
  if (i + len > text.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(text[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  // Overlong forms, surrogates and values past U+10FFFF are invalid.
  static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace

std::string match_key(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  std::size_t i = 0;
  while (i < text.size()) {
    char32_t cp = 0;
    std::size_t len = decode_utf8(text, i, cp);
    if (len == 0) {  // keep invalid bytes as they are; validation reports them elsewhere
      cp = static_cast<unsigned char>(text[i]);
      len = 1;
    }
    i += len;
    if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;  // full-width ASCII forms
    if (cp == 0x3000) cp = ' ';                      // ideographic space
    if (cp >= 'A' && cp <= 'Z') cp = cp - 'A' + 'a';
    if (cp == ' ' || cp == '\t' || cp == '_' || cp == '-' || cp == '\r' || cp == '\n') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    if (len == 1 && cp < 0x80) {
      out += static_cast<char>(cp);
    } else {
      append_utf8(out, cp);
    }
  }
  return out;
}

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    char32_t cp = 0;
    const std::size_t len = decode_utf8(text, i, cp);
    if (len == 0) return i;
    i += len;
  }
  return std::nullopt;
}

std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    const auto pos = text.find(separator, start);
    if (pos == std::string_view::npos) {
      parts.emplace_back(text.substr(start));
      return parts;
    }
    parts.emplace_back(text.substr(start, pos - start));
    start = pos + 1;
  }
}

std::optional<double> parse_number(std::string_view text) {
  text = trim(text);
  if (text.empty()) return std::nullopt;
  std::string plain;
  plain.reserve(text.size());
  // Thousands separators are accepted only in well-formed groups of three before any '.'.
  const auto comma = text.find(',');
  if (comma != std::string_view::npos) {
    const auto dot = text.find_first_of(".eE");
    const std::string_view integer = text.substr(0, dot);
    const std::string_view rest = dot == std::string_view::npos ? "" : text.substr(dot);
    if (rest.find(',') != std::string_view::npos) return std::nullopt;
    const auto groups = split(integer, ',');
    std::string_view head = groups[0];
    if (!head.empty() && (head[0] == '-' || head[0] == '+')) head.remove_prefix(1);
    if (head.empty() || head.size() > 3) return std::nullopt;
    for (std::size_t g = 1; g < groups.size(); ++g) {
      if (groups[g].size() != 3) return std::nullopt;
    }
    for (const auto& g : groups)
      plain += g;
    plain += rest;
  } else {
    plain = text;
  }
  std::string_view view = plain;
  if (!view.empty() && view[0] == '+') view.remove_prefix(1);
  double value = 0;
  const auto [end, ec] =
      std::from_chars(view.data(), view.data() + view.size(), value, std::chars_format::general);
  if (ec != std::errc() || end != view.data() + view.size() || !std::isfinite(value)) {
    return std::nullopt;
  }
  // from_chars accepts "inf" and "nan" spellings; isfinite above rejects them.
  return value;
}

bool is_dot_grouped(std::string_view text) {
  text = trim(text);
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) text.remove_prefix(1);
  const auto groups = split(text, '.');
  if (groups.size() < 2 || groups[0].empty() || groups[0].size() > 3 || groups[0][0] == '0') {
    return false;
  }
  for (std::size_t g = 0; g < groups.size(); ++g) {
    if (g > 0 && groups[g].size() != 3) return false;
    for (const char c : groups[g]) {
      if (c < '0' || c > '9') return false;
    }
  }
  return true;
}

std::optional<double> parse_number_decimal_comma(std::string_view text) {
  text = trim(text);
  const auto comma = text.find(',');
  if (comma == std::string_view::npos) {
    if (is_dot_grouped(text)) return std::nullopt;
    return parse_number(text);
  }
  if (text.find(',', comma + 1) != std::string_view::npos) return std::nullopt;
  const std::string_view fraction = text.substr(comma + 1);
  if (fraction.find_first_of(". ") != std::string_view::npos) return std::nullopt;
  // The integer part: its grouping characters, if any, must be one kind in groups of three.
  std::string integer(text.substr(0, comma));
  for (const std::string_view space : {"\u00A0", "\u202F"}) {
    for (auto at = integer.find(space); at != std::string::npos; at = integer.find(space))
      integer.replace(at, space.size(), " ");
  }
  std::string plain;
  const auto grouping = integer.find_first_of(". ");
  if (grouping == std::string::npos) {
    plain = integer;
  } else {
    const char mark = integer[grouping];
    const auto groups = split(integer, mark);
    std::string_view head = groups[0];
    if (!head.empty() && (head[0] == '-' || head[0] == '+')) head.remove_prefix(1);
    if (head.empty() || head.size() > 3) return std::nullopt;
    for (std::size_t g = 1; g < groups.size(); ++g) {
      if (groups[g].size() != 3) return std::nullopt;
    }
    for (const auto& g : groups)
      plain += g;
  }
  if (plain.empty() || plain == "-" || plain == "+" || fraction.empty()) return std::nullopt;
  plain += '.';
  plain += fraction;
  // parse_number() now sees "1234.5": it rejects any other stray character.
  if (plain.find(',') != std::string::npos) return std::nullopt;
  return parse_number(plain);
}

std::optional<NumberProblem> number_problem(std::string_view text) {
  text = trim(text);
  std::string_view digits = text;
  if (!digits.empty() && (digits[0] == '-' || digits[0] == '+')) digits.remove_prefix(1);
  if (digits.size() > 2 && digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X')) {
    double value = 0;
    const auto [end, ec] = std::from_chars(digits.data() + 2, digits.data() + digits.size(), value,
                                           std::chars_format::hex);
    if (end == digits.data() + digits.size() && ec != std::errc::invalid_argument) {
      return NumberProblem::hexadecimal;
    }
    return std::nullopt;
  }
  // The decimal syntax parse_number takes (commas aside), read into a wider type to see which
  // side of the range it falls on.
  std::string plain;
  for (const char c : digits) {
    if (c != ',') plain += c;
  }
  if (plain.empty() || parse_number(text)) return std::nullopt;
  long double wide = 0;
  const auto [end, ec] =
      std::from_chars(plain.data(), plain.data() + plain.size(), wide, std::chars_format::general);
  if (end != plain.data() + plain.size()) return std::nullopt;
  if (ec == std::errc::result_out_of_range) {
    // Beyond even a long double: the exponent's sign tells which way.
    const auto e = plain.find_first_of("eE");
    return e != std::string::npos && e + 1 < plain.size() && plain[e + 1] == '-'
               ? NumberProblem::too_small
               : NumberProblem::too_large;
  }
  if (ec != std::errc() || std::isnan(wide) || std::isinf(wide)) return std::nullopt;
  // Only a magnitude a double cannot hold is a range problem; anything else parse_number refused
  // (a misplaced comma, "3,5,1") is no number.
  const long double magnitude = std::fabs(wide);
  if (magnitude > static_cast<long double>(std::numeric_limits<double>::max())) {
    return NumberProblem::too_large;
  }
  if (magnitude > 0 &&
      magnitude < static_cast<long double>(std::numeric_limits<double>::denorm_min())) {
    return NumberProblem::too_small;
  }
  return std::nullopt;
}

std::optional<long long> parse_integer(std::string_view text, long long min, long long max) {
  text = trim(text);
  if (!text.empty() && text[0] == '+') text.remove_prefix(1);
  long long value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  if (value < min || value > max) return std::nullopt;
  return value;
}

std::string format_double(double value) {
  if (value == 0) return "0";  // also folds -0 into 0, so outputs do not show "-0"
  char buffer[64];
  // Shortest round-trip digits, in %g style: "200000" rather than "2e+05", "1e-07" for tiny values.
  const auto [end, ec] =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general);
  if (ec != std::errc()) return "nan";
  return std::string(buffer, end);
}

std::string xml_escape(std::string_view text, std::string_view apostrophe) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += apostrophe;
        break;
      case '\t':
        out += "&#9;";
        break;
      case '\n':
        out += "&#10;";
        break;
      case '\r':
        out += "&#13;";
        break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20) out += c;
    }
  }
  return out;
}

std::size_t utf8_length(std::string_view text) {
  std::size_t n = 0;
  for (const char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

std::string count_noun(long long count, std::string_view singular, std::string_view plural) {
  return std::to_string(count) + " " + std::string(count == 1 ? singular : plural);
}

}  // namespace symbio
