// Fuzzes a user resource catalogue (`--catalogue FILE`) as read_park() loads it: decode_text(),
// then ResourceCatalogue::add_csv() on a copy of the built-in catalogue. A DataError is the
// documented answer to a bad file. An extended catalogue is then used as finalize_park() uses
// it: a small park whose exchanges name the last entries (by key, English and Chinese name) in
// every layer, with quantities in t/a, so that the look-up and the dimension bridges run.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "core/catalogue.hpp"
#include "core/error.hpp"
#include "core/park_check.hpp"
#include "io/encoding.hpp"
#include "tests/fuzz/fuzz_support.hpp"

namespace symbio::fuzz {
namespace {

// Bounds the park built from the catalogue: every exchange searches the whole catalogue.
constexpr std::size_t kEntriesUsed = 4;

Park park_naming(const ResourceCatalogue& catalogue) {
  Park park;
  park.enterprises = {Enterprise{.id = "a", .name = "A"}, Enterprise{.id = "b", .name = "B"}};
  const auto& resources = catalogue.resources();
  const std::size_t first = resources.size() - std::min(resources.size(), kEntriesUsed);
  for (std::size_t r = first; r < resources.size(); ++r) {
    for (const std::string* name :
         {&resources[r].key, &resources[r].name_en, &resources[r].name_zh}) {
      for (const Layer layer : {Layer::material, Layer::energy, Layer::water}) {
        Exchange x{.supplier = "a", .receiver = "b", .resource = *name, .layer = layer};
        x.quantity = Quantity{1.0, "t/a"};
        park.exchanges.push_back(std::move(x));
      }
    }
    for (const std::string& key : resources[r].substitutes) {
      Exchange x{.supplier = "b",
                 .receiver = "a",
                 .resource = key,
                 .layer_inferred = true,
                 .kind_inferred = true};
      park.exchanges.push_back(std::move(x));
    }
  }
  return park;
}

void fuzz_one(std::string_view bytes) {
  const std::string file = "catalogue.csv";
  ValidationReport report;
  const auto text = io::decode_text(bytes, file, "", report);
  if (!text) return;
  ResourceCatalogue catalogue = builtin_catalogue();
  try {
    catalogue.add_csv(*text, file);
  } catch (const DataError&) {
    return;  // the documented answer to a bad file
  }
  Park park = park_naming(catalogue);
  [[maybe_unused]] const ValidationReport checks = finalize_park(park, catalogue);
}

}  // namespace
}  // namespace symbio::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  symbio::fuzz::fuzz_one(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
