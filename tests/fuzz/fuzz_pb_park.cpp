// Fuzzes a binary *.pb park as read_park() reads it: is_binary_analysis_report() picks
// park_from_report_binary() (a symbio.v1.AnalysisReport) or park_from_binary() (a Park); both
// readers run on every input so that each sees every input. Then finalize_park() and what a
// command does with a usable park (fuzz_support.hpp).

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
  const std::string file = "park.pb";
  ValidationReport as_park;
  Park park = io::park_from_binary(bytes, file, as_park);
  ValidationReport as_report;
  Park from_report = io::park_from_report_binary(bytes, file, as_report);
  const bool is_report = io::is_binary_analysis_report(bytes);
  ValidationReport& report = is_report ? as_report : as_park;
  Park& chosen = is_report ? from_report : park;
  use_park(chosen, report, {.add_missing_enterprises = chosen.enterprises.empty()});
}

}  // namespace
}  // namespace symbio::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  symbio::fuzz::fuzz_one(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
