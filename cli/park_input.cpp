#include "cli/park_input.hpp"

#include "cli/out_of_memory.hpp"
#include "core/error.hpp"
#include "io/stdin_park.hpp"

namespace symbio::cli {

void add_park_input(CLI::App& command, ParkInput& input) {
  command
      .add_option("PARK", input.path,
                  "the park: a folder with exchanges.csv (and enterprises.csv, resources.csv), "
                  "one exchanges CSV, a .json, .pb or .pbtxt model, a .graphml or .gexf graph, "
                  "or an .xlsx workbook; '-' reads standard input")
      ->required();
  command.add_option("--input-format", input.input_format,
                     "format of a park on standard input (PARK '-'): csv, json, pb, pbtxt or "
                     "graphml (default: recognised from its first bytes)");
  command.add_option("--encoding", input.encoding,
                     "encoding of CSV files: utf-8 or gb18030 (default: detected)");
  command.add_option("--map", input.maps,
                     "read the CSV column COLUMN as FIELD, e.g. --map 企业=supplier (repeatable)");
  command.add_option("--catalogue", input.catalogue,
                     "a resource catalogue CSV that extends the built-in one");
  command.add_option("--unit", input.unit,
                     "the unit of quantities given without one, e.g. --map weight=quantity "
                     "--unit t/a");
  command.add_flag("--strict", input.strict,
                   "treat warnings (self-exchanges, isolates, near-duplicate names) as errors");
  command
      .add_option("--max-input-mb", input.max_input_mb,
                  "refuse input files larger than this many MiB (default 32)")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 20));
  command
      .add_option("--max-columns", input.max_columns,
                  "refuse CSV records of more fields than this (default 10000)")
      ->check(CLI::Range(std::size_t{1}, std::size_t{100'000'000}));
}

io::LoadedPark read_park_input(const ParkInput& input, bool note_inferences) {
  io::ReadOptions options;
  options.encoding = input.encoding;
  options.catalogue_file = input.catalogue;
  options.strict = input.strict;
  options.note_inferences = note_inferences;
  options.default_unit = input.unit;
  options.limits.max_file_bytes = input.max_input_mb << 20;
  options.limits.max_columns = input.max_columns;
  for (const std::string& map : input.maps) {
    const auto eq = map.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == map.size()) {
      throw OptionError("--map takes COLUMN=FIELD, found '" + map + "'");
    }
    options.column_map.emplace_back(map.substr(0, eq), map.substr(eq + 1));
  }
  return input.path == "-" ? io::read_park_from_stdin(input.input_format, options)
                           : io::read_park(input.path, options);
}

io::LoadedPark load_park(const ParkInput& input, const Console& console) {
  io::LoadedPark loaded = read_park_input(input, console.verbose());
  note_park_size(loaded.park.enterprises.size(), loaded.park.exchanges.size());
  console.problems(loaded.report);
  if (loaded.report.has_errors()) throw ValidationFailed(loaded.report);
  return loaded;
}

}  // namespace symbio::cli
