// Fuzzes a single exchanges CSV (a published edge list), the way read_park() reads a *.csv,
// *.tsv or *.txt path: read_csv_table() and read_exchanges_csv(), the enterprises being the names
// the exchanges use, then finalize_park() and what a command does with a usable park
// (fuzz_support.hpp). Each input is read with the detected encoding and with --encoding gb18030.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "io/csv_park_reader.hpp"
#include "io/csv_table.hpp"
#include "tests/fuzz/fuzz_support.hpp"

namespace symbio::fuzz {
namespace {

void fuzz_one(std::string_view bytes) {
  for (const std::string_view encoding : {"", "gb18030"}) {
    Park park;
    ValidationReport report;
    if (const auto table = io::read_csv_table(bytes, "edges.csv", encoding, report)) {
      io::read_exchanges_csv(*table, {}, park, report);
    }
    use_park(park, report, {.add_missing_enterprises = true});
  }
}

}  // namespace
}  // namespace symbio::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  symbio::fuzz::fuzz_one(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
