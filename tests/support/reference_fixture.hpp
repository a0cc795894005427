#pragma once

// Reading the reference cases of tests/reference/data/<case>/ (written by
// tests/reference/make_reference.py): the park (exchanges.csv, enterprises.csv) and the tables
// of expected values. Core only, so that any test executable can use it.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/park.hpp"

namespace symbio::test_support {

// A CSV file as text cells: the header and the records after it.
struct TextTable {
  std::string file;
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;

  // Position of a header name, or nullopt.
  std::optional<std::size_t> column(std::string_view name) const;
  // Cell of a row by header name ("" when the row is short); throws if the column is absent.
  const std::string& cell(std::size_t row, std::string_view name) const;
};

// Reads a CSV file with core's parse_csv; throws FileError / DataError.
TextTable read_text_table(const std::filesystem::path& path);

// tests/reference/data of the source tree.
std::filesystem::path reference_data_dir();

// The case folders under reference_data_dir(), sorted by name (empty if there are none).
std::vector<std::filesystem::path> reference_case_dirs();

// The park of a case folder: enterprises.csv (id, sector, optional external as true/false, empty
// or absent = false; name = id) and exchanges.csv
// (supplier, receiver, layer, kind, quantity in the layer's canonical unit, empty for none,
// optional substitutable as true/false, empty for not said),
// every exchange existing. Throws DataError on a layer or kind symbio cannot parse.
Park load_reference_park(const std::filesystem::path& case_dir);

// A cell of an expected-values table: empty means undefined.
std::optional<double> parse_reference_number(std::string_view text);

// Relative 1e-9, absolute 1e-12 near zero (both by default).
bool reference_close(double expected, double actual, double relative = 1e-9,
                     double absolute = 1e-12);

}  // namespace symbio::test_support
