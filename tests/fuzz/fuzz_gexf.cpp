// Fuzzes a *.gexf park as read_park() reads it: decode_text(), read_gexf() (pugixml, declared
// attributes and defaults, attribute values read as CSV columns, edge ends translated), then
// finalize_park() and what a command does with a usable park (fuzz_support.hpp).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "io/encoding.hpp"
#include "io/gexf_reader.hpp"
#include "tests/fuzz/fuzz_support.hpp"

namespace symbio::fuzz {
namespace {

void fuzz_one(std::string_view bytes) {
  const std::string file = "park.gexf";
  Park park;
  ValidationReport report;
  const auto text = io::decode_text(bytes, file, "", report);
  if (!text) return;
  io::read_gexf(*text, file, {}, park, report);
  use_park(park, report, {.add_missing_enterprises = park.enterprises.empty()});
}

}  // namespace
}  // namespace symbio::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  symbio::fuzz::fuzz_one(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
