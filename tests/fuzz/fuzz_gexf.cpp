// Fuzzes a *.gexf park as read_park() reads it: decode_text(), read_gexf() (pugixml, declared
// attributes and defaults, attribute values read as CSV columns, edge ends translated), then
// finalize_park() and what a command does with a usable park (fuzz_support.hpp).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "io/gexf_reader.hpp"
#include "tests/fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  symbio::fuzz::use_graph_file(std::string_view(reinterpret_cast<const char*>(data), size),
                               "park.gexf",
                               [](std::string_view text, const std::string& file,
                                  symbio::Park& park, symbio::ValidationReport& report) {
                                 symbio::io::read_gexf(text, file, {}, park, report);
                               });
  return 0;
}
