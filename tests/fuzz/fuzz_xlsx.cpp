// Fuzzes an *.xlsx park as read_park() reads it: read_xlsx_park() (libzip on the bytes, pugixml
// on the workbook, relationships, shared strings and sheets, rows read as CSV tables), then
// finalize_park() and what a command does with a usable park (fuzz_support.hpp).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "io/xlsx_reader.hpp"
#include "tests/fuzz/fuzz_support.hpp"

namespace symbio::fuzz {
namespace {

void fuzz_one(std::string_view bytes) {
  Park park;
  ValidationReport report;
  const io::XlsxRead read = io::read_xlsx_park(bytes, "park.xlsx", {}, park, report);
  use_park(park, report, {.add_missing_enterprises = !read.has_enterprises});
}

}  // namespace
}  // namespace symbio::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  symbio::fuzz::fuzz_one(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
