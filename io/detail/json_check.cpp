#include "io/detail/json_check.hpp"

#include <vector>

#include <nlohmann/json.hpp>

#include "io/encoding.hpp"

namespace symbio::io::detail {

namespace {

// Accepts every event; remembers the first syntax error.
struct SyntaxOnly : nlohmann::json_sax<nlohmann::json> {
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& e) override {
    error_offset = position > 0 ? position - 1 : 0;
    message = e.what();
    return false;
  }

  std::size_t error_offset = 0;
  std::string message;
};

// The structure: depth and list-in-list, by one scan that skips strings. Runs after the syntax
// check, so brackets are balanced and strings closed. Returns the offset of the offending
// bracket, or npos.
std::size_t shape_problem(std::string_view text, std::string& what) {
  std::vector<char> open;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    switch (c) {
      case '"':
        in_string = true;
        break;
      case '[':
      case '{':
        if (c == '[' && !open.empty() && open.back() == '[') {
          what =
              "a list directly inside a list (no field of a symbio.v1 message is a list of "
              "lists)";
          return i;
        }
        open.push_back(c);
        if (open.size() > kMaxJsonDepth) {
          what = "nesting deeper than " + std::to_string(kMaxJsonDepth) +
                 " levels (symbio.v1 messages nest far less)";
          return i;
        }
        break;
      case ']':
      case '}':
        if (!open.empty()) open.pop_back();
        break;
      default:
        break;
    }
  }
  return std::string_view::npos;
}

}  // namespace

bool check_json(std::string_view text, const std::string& file, ValidationReport& report) {
  SyntaxOnly sax;
  if (!nlohmann::json::sax_parse(text.begin(), text.end(), &sax)) {
    report.error("bad-json", "", location_of_offset(text, sax.error_offset, file),
                 "not valid JSON: " + sax.message);
    return false;
  }
  std::string what;
  const std::size_t offset = shape_problem(text, what);
  if (offset != std::string_view::npos) {
    report.error("bad-json", "", location_of_offset(text, offset, file), "refused: " + what);
    return false;
  }
  return true;
}

}  // namespace symbio::io::detail
