#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace symbio::io {

// Where a result came from, as every output's metadata states it: the input as given, its
// SHA-256, the options as given on the command line (name -> value) and the seed of the
// seeded parts (communities, random removals). One type for analysis.json, cascade.json,
// findings.json and the AnalysisReport; each writes the fields its format has.
struct Provenance {
  std::string input_path;
  std::string input_sha256;
  std::vector<std::pair<std::string, std::string>> options;
  std::uint64_t seed = 0;
};

}  // namespace symbio::io
