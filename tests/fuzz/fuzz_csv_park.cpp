// Fuzzes a park folder as read_park() reads it: exchanges.csv, enterprises.csv and resources.csv
// through read_csv_table() (encoding detection, delimiter detection, the CSV tokenizer) and the
// three table readers with --map entries, then finalize_park() and what a command does with a
// usable park (fuzz_support.hpp).
//
// Input: the files one after another, separated by kFileSeparator: exchanges.csv, then
// optionally enterprises.csv, resources.csv and --map lines COLUMN=FIELD. A missing
// enterprises.csv makes the enterprises the names the exchanges use, as for a folder without one.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "io/csv_park_reader.hpp"
#include "io/csv_table.hpp"
#include "tests/fuzz/fuzz_support.hpp"

namespace symbio::fuzz {
namespace {

// A line no spreadsheet writes, short enough for the fuzzer to find and keep.
constexpr std::string_view kFileSeparator = "\n=====\n";

// Bounds the --map part: each entry is matched against every header.
constexpr std::size_t kMaxMapEntries = 8;

std::vector<std::string_view> split_files(std::string_view input) {
  std::vector<std::string_view> parts;
  while (parts.size() < 3) {
    const auto at = input.find(kFileSeparator);
    if (at == std::string_view::npos) break;
    parts.push_back(input.substr(0, at));
    input.remove_prefix(at + kFileSeparator.size());
  }
  parts.push_back(input);
  return parts;
}

// As cli/park_input.cpp reads --map: entries without a COLUMN or a FIELD are refused there, so
// they never reach the readers.
io::ColumnMap column_map(std::string_view lines) {
  io::ColumnMap map;
  while (!lines.empty() && map.size() < kMaxMapEntries) {
    const auto end = lines.find('\n');
    const std::string_view line = lines.substr(0, end);
    lines.remove_prefix(end == std::string_view::npos ? lines.size() : end + 1);
    const auto eq = line.find('=');
    if (eq == std::string_view::npos || eq == 0 || eq + 1 == line.size()) continue;
    map.emplace_back(std::string(line.substr(0, eq)), std::string(line.substr(eq + 1)));
  }
  return map;
}

void fuzz_one(std::string_view input) {
  const std::vector<std::string_view> files = split_files(input);
  const io::ColumnMap map = files.size() > 3 ? column_map(files[3]) : io::ColumnMap{};
  std::vector<bool> used(map.size(), false);

  Park park;
  ValidationReport report;
  if (const auto table = io::read_csv_table(files[0], "exchanges.csv", "", report)) {
    io::read_exchanges_csv(*table, map, park, report, &used);
  }
  bool has_enterprises = false;
  if (files.size() > 1) {
    if (const auto table = io::read_csv_table(files[1], "enterprises.csv", "", report)) {
      has_enterprises = io::read_enterprises_csv(*table, map, park, report, &used);
    }
  }
  if (files.size() > 2) {
    if (const auto table = io::read_csv_table(files[2], "resources.csv", "", report)) {
      io::read_declarations_csv(*table, map, park, report, &used);
    }
  }
  use_park(park, report, {.add_missing_enterprises = !has_enterprises});
}

}  // namespace
}  // namespace symbio::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  symbio::fuzz::fuzz_one(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
