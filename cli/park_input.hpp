#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/console.hpp"
#include "io/read_park.hpp"

namespace symbio::cli {

// The options every command that reads a park shares.
struct ParkInput {
  std::string path;          // "-": standard input
  std::string input_format;  // of standard input: "" sniffs (io::sniff_park_format)
  std::string encoding;
  std::vector<std::string> maps;  // COLUMN=FIELD
  std::string catalogue;
  std::string unit;  // --unit
  bool strict = false;
  std::size_t max_input_mb = kMaxInputBytes >> 20;
  std::size_t max_columns = io::kMaxColumns;
};

// Adds PARK and --input-format, --encoding, --map, --catalogue, --strict, --max-input-mb,
// --max-columns to a subcommand.
void add_park_input(CLI::App& command, ParkInput& input);

// Reads the park (standard input for "-") and returns it with its report, printing nothing;
// note_inferences (-v): the note "inferred" for every layer and kind filled in.
// A bad --map is an OptionError (exit status 2).
io::LoadedPark read_park_input(const ParkInput& input, bool note_inferences = false);

// Reads the park, prints its problems, and throws ValidationFailed when it is unusable (errors,
// or warnings under --strict). A bad --map is an OptionError (exit status 2).
io::LoadedPark load_park(const ParkInput& input, const Console& console);

}  // namespace symbio::cli
