#include "reference_fixture.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>
#include <system_error>

#include "core/csv.hpp"
#include "core/error.hpp"
#include "core/types.hpp"

namespace symbio::test_support {

std::optional<std::size_t> TextTable::column(std::string_view name) const {
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (header[i] == name) return i;
  }
  return std::nullopt;
}

const std::string& TextTable::cell(std::size_t row, std::string_view name) const {
  static const std::string empty;
  const auto c = column(name);
  if (!c) throw std::out_of_range(file + ": no column '" + std::string(name) + "'");
  const auto& r = rows.at(row);
  return *c < r.size() ? r[*c] : empty;
}

TextTable read_text_table(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw FileError(path.string(), "cannot open");
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  TextTable table;
  table.file = path.string();
  const std::vector<CsvRecord> records = parse_csv(text, table.file);
  if (records.empty()) return table;
  for (const CsvField& f : records.front().fields)
    table.header.push_back(f.text);
  for (std::size_t i = 1; i < records.size(); ++i) {
    std::vector<std::string> row;
    row.reserve(records[i].fields.size());
    for (const CsvField& f : records[i].fields)
      row.push_back(f.text);
    table.rows.push_back(std::move(row));
  }
  return table;
}

std::filesystem::path reference_data_dir() {
  return std::filesystem::path(SYMBIO_SOURCE_DIR) / "tests" / "reference" / "data";
}

std::vector<std::filesystem::path> reference_case_dirs() {
  std::vector<std::filesystem::path> dirs;
  std::error_code ec;
  const auto root = reference_data_dir();
  if (!std::filesystem::is_directory(root, ec)) return dirs;
  for (const auto& entry : std::filesystem::directory_iterator(root, ec)) {
    if (entry.is_directory() && std::filesystem::exists(entry.path() / "exchanges.csv"))
      dirs.push_back(entry.path());
  }
  std::sort(dirs.begin(), dirs.end());
  return dirs;
}

std::optional<double> parse_reference_number(std::string_view text) {
  if (text.empty()) return std::nullopt;
  double value = 0.0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size())
    throw DataError("not a number: '" + std::string(text) + "'");
  return value;
}

bool reference_close(double expected, double actual, double relative, double absolute) {
  if (std::isnan(expected) || std::isnan(actual)) return false;
  const double diff = std::fabs(expected - actual);
  return diff <= absolute || diff <= relative * std::max(std::fabs(expected), std::fabs(actual));
}

Park load_reference_park(const std::filesystem::path& case_dir) {
  Park park;
  park.name = case_dir.filename().string();
  const TextTable enterprises = read_text_table(case_dir / "enterprises.csv");
  for (std::size_t i = 0; i < enterprises.rows.size(); ++i) {
    Enterprise e;
    e.id = enterprises.cell(i, "id");
    e.name = e.id;
    e.sector = enterprises.cell(i, "sector");
    if (enterprises.column("external")) {  // absent in older fixtures: every enterprise internal
      const std::string& text = enterprises.cell(i, "external");
      if (!text.empty()) {
        const auto external = parse_bool(text);
        if (!external)
          throw DataError(enterprises.file + " record " + std::to_string(i + 1) + ": external '" +
                          text + "' is not a boolean");
        e.external = *external;
      }
    }
    park.enterprises.push_back(std::move(e));
  }
  const TextTable exchanges = read_text_table(case_dir / "exchanges.csv");
  for (std::size_t i = 0; i < exchanges.rows.size(); ++i) {
    Exchange x;
    x.id = "x" + std::to_string(i + 1);
    x.supplier = exchanges.cell(i, "supplier");
    x.receiver = exchanges.cell(i, "receiver");
    const std::string& layer = exchanges.cell(i, "layer");
    const std::string& kind = exchanges.cell(i, "kind");
    const auto parsed_layer = parse_layer(layer);
    const auto parsed_kind = parse_kind(kind);
    if (!parsed_layer || !parsed_kind)
      throw DataError(exchanges.file + " record " + std::to_string(i + 1) + ": layer '" + layer +
                      "' or kind '" + kind + "' not understood");
    x.layer = *parsed_layer;
    x.kind = *parsed_kind;
    x.status = Status::existing;
    x.amount = parse_reference_number(exchanges.cell(i, "quantity"));
    if (x.amount) {
      const char* unit = x.layer == Layer::material ? "t/a"
                         : x.layer == Layer::energy ? "GJ/a"
                                                    : "m3/a";
      x.quantity = Quantity{*x.amount, unit};
    }
    if (exchanges.column("substitutable")) {  // absent in older fixtures: not substitutable
      const std::string& text = exchanges.cell(i, "substitutable");
      if (!text.empty()) {
        x.substitutable = parse_bool(text);
        if (!x.substitutable)
          throw DataError(exchanges.file + " record " + std::to_string(i + 1) +
                          ": substitutable '" + text + "' is not a boolean");
      }
    }
    park.exchanges.push_back(std::move(x));
  }
  return park;
}

}  // namespace symbio::test_support
