// Fuzzes data.csv as read_park() reads it beside a park: read_csv_table() (encoding and
// delimiter detection, the tokenizer), read_enterprise_data_csv() with its item and unit
// parsers, check_enterprise_data() against a two-enterprise park, and the standards' indicators
// computed from what was read.
//
// Input: the bytes of data.csv.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "audit/standards.hpp"
#include "io/csv_enterprise_data.hpp"
#include "io/csv_table.hpp"

namespace symbio::fuzz {
namespace {

void fuzz_one(std::string_view input) {
  Park park;
  park.enterprises.push_back(Enterprise{"a", "a"});
  park.enterprises.push_back(Enterprise{"b", "b"});
  ValidationReport report;
  if (const auto table = io::read_csv_table(input, "data.csv", "", report)) {
    io::read_enterprise_data_csv(*table, park, report);
  }
  io::check_enterprise_data(park, report);
  if (!report.has_errors()) (void)audit::compute_standards(park);
}

}  // namespace
}  // namespace symbio::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  symbio::fuzz::fuzz_one(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
