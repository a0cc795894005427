#include "io/detail/row_reader.hpp"

#include <limits>

#include "core/text.hpp"

namespace symbio::io::detail {

namespace {

// Whether `rest` would cut a number in two: a unit starts with neither a digit, a point or a
// sign, nor an exponent "e5" (so "1e999", too large for a double, is not 1e99 of the unit "9").
bool continues_number(std::string_view rest) {
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  const char c = rest[0];
  if (digit(c) || c == '.' || c == '+' || c == '-' || c == ',') return true;
  return (c == 'e' || c == 'E') && rest.size() > 1 &&
         (digit(rest[1]) || rest[1] == '+' || rest[1] == '-');
}

// A number followed by a unit in one cell; nullopt when the text does not start with a number
// or has nothing after it. The longest parsable prefix wins, so "1,200 t/a" keeps its comma.
std::optional<double> parse_quantity_number(std::string_view text, bool decimal_comma) {
  return decimal_comma ? parse_number_decimal_comma(text) : parse_number(text);
}

std::optional<Quantity> split_number_and_unit(std::string_view text, bool decimal_comma) {
  constexpr std::size_t kLongestCell = 64;  // bounds the quadratic search
  if (text.size() > kLongestCell) return std::nullopt;
  for (std::size_t k = text.size(); k-- > 1;) {
    const std::string_view rest = trim(text.substr(k));
    if (rest.empty() || continues_number(rest)) continue;
    if (const auto value = parse_quantity_number(text.substr(0, k), decimal_comma)) {
      return Quantity{*value, std::string(rest)};
    }
  }
  return std::nullopt;
}

}  // namespace

RowReader::RowReader(const CsvRecord& record, const CsvRecord& header, const ColumnLayout& layout,
                     const std::string& file, ValidationReport& report, bool decimal_comma)
    : record_(record),
      header_(header),
      layout_(layout),
      file_(file),
      report_(report),
      decimal_comma_(decimal_comma) {}

const CsvField* RowReader::cell(std::string_view field) const {
  const auto index = layout_.index_of(field);
  if (!index || *index >= record_.fields.size()) return nullptr;
  return &record_.fields[*index];
}

std::string RowReader::text(std::string_view field) const {
  const CsvField* f = cell(field);
  return f == nullptr ? std::string() : std::string(trim(f->text));
}

SourceLocation RowReader::where(std::string_view field) const {
  const CsvField* f = cell(field);
  return f == nullptr ? SourceLocation{file_, record_.line, 0}
                      : SourceLocation{file_, f->line, f->column};
}

Origin RowReader::origin() const {
  Origin origin{file_, record_.line, {}};
  for (const auto& [field, index] : layout_.fields) {
    // A short record has no cell: name the column by the header's position instead.
    const int column =
        index < record_.fields.size() ? record_.fields[index].column : header_.fields[index].column;
    origin.columns.emplace_back(field, column);
  }
  // Attribute columns too, so that a check of an attribute in finalize_park() (substitutable)
  // can name its cell.
  for (const auto& [name, index] : layout_.attributes) {
    const int column =
        index < record_.fields.size() ? record_.fields[index].column : header_.fields[index].column;
    origin.columns.emplace_back(name, column);
  }
  return origin;
}

std::vector<Attribute> RowReader::attributes() const {
  std::vector<Attribute> out;
  for (const auto& [name, index] : layout_.attributes) {
    if (index >= record_.fields.size()) continue;
    const std::string_view value = trim(record_.fields[index].text);
    if (!value.empty()) out.push_back(Attribute{name, std::string(value)});
  }
  return out;
}

bool RowReader::check_width(std::string_view subject) {
  for (std::size_t i = layout_.width; i < record_.fields.size(); ++i) {
    if (trim(record_.fields[i].text).empty()) continue;
    const CsvField& f = record_.fields[i];
    report_.error("field-count", std::string(subject), SourceLocation{file_, f.line, f.column},
                  "the record has " + std::to_string(record_.fields.size()) +
                      " fields but the header has " + std::to_string(layout_.width) +
                      "; extra field '" + f.text + "' (quote fields that contain the delimiter)");
    return false;
  }
  return true;
}

std::optional<Quantity> RowReader::quantity(std::string_view subject) {
  const std::string value = text("quantity");
  const std::string unit = text("unit");
  if (value.empty()) {
    if (!unit.empty()) {
      report_.warning("unit-without-quantity", std::string(subject), where("unit"),
                      "unit '" + unit + "' is given without a quantity and is ignored");
    }
    return std::nullopt;
  }
  if (decimal_comma_) {
    const std::string number_part = value.substr(0, value.find_first_not_of("+-0123456789.,"));
    if (number_part.find(',') == std::string::npos && is_dot_grouped(number_part)) {
      report_.error("ambiguous-number", std::string(subject), where("quantity"),
                    "quantity '" + value +
                        "' could be read two ways in a file with ';' between fields and decimal "
                        "commas: write '" +
                        number_part +
                        "' without the point if it "
                        "groups thousands, or with a comma if it is a decimal fraction");
      return std::nullopt;
    }
  }
  if (const auto number = parse_quantity_number(value, decimal_comma_)) {
    return Quantity{*number, unit};
  }
  if (const auto problem = number_problem(value)) {
    const char* why = *problem == NumberProblem::hexadecimal
                          ? "' is written in hexadecimal notation, which is not accepted: write a "
                            "decimal number such as 200000 or 2e5"
                      : *problem == NumberProblem::too_small
                          ? "' is a number too small to represent (the smallest positive value is "
                            "about 4.9e-324): write 0, or the amount in a larger unit"
                          : "' is a number too large to represent (the largest value is about "
                            "1.8e308): write the amount in a larger unit";
    report_.error("bad-quantity", std::string(subject), where("quantity"),
                  "quantity '" + value + why);
    return std::nullopt;
  }
  if (auto split = split_number_and_unit(value, decimal_comma_)) {
    if (unit.empty()) return split;
    report_.error("bad-quantity", std::string(subject), where("quantity"),
                  "quantity '" + value + "' carries a unit and the unit column says '" + unit +
                      "'; write the number alone");
    return std::nullopt;
  }
  report_.error("bad-quantity", std::string(subject), where("quantity"),
                "quantity '" + value + "' is not a number (expected a finite number >= 0 such as " +
                    (decimal_comma_ ? std::string("200000, 1200,5 or 1.200,5 (a ';' file has "
                                                  "decimal commas)")
                                    : std::string("200000, 1,200.5 or 2e5")) +
                    ", optionally followed by its unit)");
  return std::nullopt;
}

std::optional<int> RowReader::year(std::string_view subject) {
  const std::string value = text("year");
  if (value.empty()) return std::nullopt;
  const auto year =
      parse_integer(value, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
  if (!year) {
    report_.error("bad-year", std::string(subject), where("year"),
                  "year '" + value + "' is not a whole number such as 1987");
    return std::nullopt;
  }
  return static_cast<int>(*year);
}

}  // namespace symbio::io::detail
