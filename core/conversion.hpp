#pragma once

#include <optional>
#include <string>

#include "core/catalogue.hpp"
#include "core/park.hpp"

namespace symbio {

// The result of bringing a written quantity into its layer's canonical unit.
struct Conversion {
  std::optional<double> amount;  // set on success
  std::string error_code;        // "unknown-unit", "unit-dimension", "bad-quantity" on failure
  std::string message;           // why it failed, or how a cross-dimension conversion was made
};

// Converts `quantity` of `resource` (may be nullptr) into the canonical unit of `layer`.
// Same dimension: the unit's factor. Otherwise the catalogue's data for the resource bridges the
// dimensions, and `message` says which figure was used:
//   energy layer, mass unit    x heating value per tonne (fuels, steam)
//   energy layer, volume unit  x heating value per normal m3 (fuel gases)
//   water layer, mass unit     / density (t per m3)
//   material layer, volume     x density (gases and liquids)
// A negative or non-finite value, or one whose conversion passes the largest double, is
// "bad-quantity"; a unit the parser does not know is
// "unknown-unit"; no bridge is "unit-dimension".
Conversion convert_quantity(const Quantity& quantity, Layer layer, const Resource* resource);

}  // namespace symbio
