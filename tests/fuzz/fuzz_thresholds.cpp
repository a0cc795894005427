// Fuzzes the audit configuration (`symbio audit --config FILE`): parse_thresholds() over the
// file's bytes, on the defaults as the CLI does, then findings_json(), which records every
// threshold (with no findings: the rules need a network analysis, too slow here). A DataError is
// the documented answer to a bad file; anything else escapes and is a finding.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "audit/thresholds.hpp"
#include "core/error.hpp"
#include "io/findings_output.hpp"

namespace symbio::fuzz {
namespace {

void fuzz_one(std::string_view text) {
  static const audit::Thresholds defaults = audit::default_thresholds();
  try {
    const audit::Thresholds thresholds = audit::parse_thresholds(text, "audit.toml", defaults);
    [[maybe_unused]] const std::string json = io::findings_json({}, thresholds, {});
  } catch (const DataError&) {
    // The documented answer to a bad file.
  }
}

}  // namespace
}  // namespace symbio::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  symbio::fuzz::fuzz_one(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
