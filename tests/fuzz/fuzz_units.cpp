// Fuzzes the unit parser and the quantity conversion finalize_park() applies to every exchange:
// parse_unit(), parse_number() on the quantity text, the catalogue's look-up of the resource name
// (which picks the figures that bridge dimensions) and convert_quantity() into each layer.
//
// Input: one line, the unit ("万吨/年"); or three lines, resource name, quantity and unit.

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/conversion.hpp"
#include "core/text.hpp"
#include "core/units.hpp"
#include "tests/fuzz/fuzz_support.hpp"

namespace symbio::fuzz {
namespace {

void fuzz_one(std::string_view input) {
  std::string_view resource_name;
  std::string_view quantity_text = "1";
  const auto first = input.find('\n');
  const auto second = first == std::string_view::npos ? first : input.find('\n', first + 1);
  if (second != std::string_view::npos) {
    resource_name = input.substr(0, first);
    quantity_text = input.substr(first + 1, second - first - 1);
    input.remove_prefix(second + 1);
  }

  if (const auto unit = parse_unit(input)) {
    // A factor is a product of table constants: anything else is a parser bug.
    if (!std::isfinite(unit->factor) || unit->factor <= 0) {
      fail("parse_unit gave the factor " + format_double(unit->factor));
    }
  }
  const Resource* resource = builtin_catalogue().find(resource_name);
  const Quantity quantity{parse_number(quantity_text).value_or(1.0), std::string(input)};
  for (const Layer layer : {Layer::material, Layer::energy, Layer::water}) {
    const Conversion conversion = convert_quantity(quantity, layer, resource);
    if (conversion.amount.has_value() == !conversion.error_code.empty()) {
      fail("convert_quantity gave an amount and an error, or neither");
    }
    // The analyses sum amounts into weights: an infinite one would poison every indicator.
    if (conversion.amount && !(std::isfinite(*conversion.amount) && *conversion.amount >= 0)) {
      fail("convert_quantity gave the amount " + format_double(*conversion.amount));
    }
  }
}

}  // namespace
}  // namespace symbio::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  symbio::fuzz::fuzz_one(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
