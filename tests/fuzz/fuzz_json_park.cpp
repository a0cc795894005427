// Fuzzes a *.json park as read_park() reads it: decode_text(), then park_from_json() and, when
// the text is no Park, park_from_report_json() (a symbio.v1.AnalysisReport), then
// finalize_park() and what a command does with a usable park (fuzz_support.hpp).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "io/analysis_proto.hpp"
#include "io/proto_park.hpp"
#include "tests/fuzz/fuzz_support.hpp"

namespace symbio::fuzz {
namespace {

void fuzz_one(std::string_view bytes) {
  use_park_or_report(bytes, "park.json", io::park_from_json, io::park_from_report_json);
}

}  // namespace
}  // namespace symbio::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  symbio::fuzz::fuzz_one(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
