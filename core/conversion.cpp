#include "core/conversion.hpp"

#include <cmath>

#include "core/text.hpp"
#include "core/units.hpp"

namespace symbio {

namespace {

Conversion failure(std::string code, std::string message) {
  return Conversion{std::nullopt, std::move(code), std::move(message)};
}

std::string resource_label(const Resource& resource) {
  return resource.name_en.empty() ? resource.key : resource.name_en;
}

Conversion convert_in_range(const Quantity& quantity, Layer layer, const Resource* resource);

}  // namespace

Conversion convert_quantity(const Quantity& quantity, Layer layer, const Resource* resource) {
  Conversion c = convert_in_range(quantity, layer, resource);
  // A finite value times a unit factor or heating value can pass the largest double.
  if (c.amount && !std::isfinite(*c.amount)) {
    return failure("bad-quantity", "the quantity " + format_double(quantity.value) + " " +
                                       quantity.unit + " is beyond the range of numbers in " +
                                       std::string(canonical_unit(layer)));
  }
  return c;
}

namespace {

Conversion convert_in_range(const Quantity& quantity, Layer layer, const Resource* resource) {
  if (!std::isfinite(quantity.value) || quantity.value < 0) {
    return failure("bad-quantity", "a quantity must be a finite number >= 0, found " +
                                       format_double(quantity.value));
  }
  if (trim(quantity.unit).empty()) {
    return failure("quantity-without-unit", "the quantity " + format_double(quantity.value) +
                                                " has no unit (write e.g. t/a, GJ/a, m3/a)");
  }
  const auto unit = parse_unit(quantity.unit);
  if (!unit) {
    return failure("unknown-unit", "unknown unit '" + quantity.unit +
                                       "' (expected a flow such as t/a, 万吨/年, GJ/a, MWh/a, "
                                       "tce/a, m3/a, Nm3/h)");
  }
  const double in_base = quantity.value * unit->factor;  // t/a, GJ/a or m3/a
  const Dimension want = dimension_of(layer);
  if (unit->dimension == want) return Conversion{in_base, "", ""};

  auto bridged = [&](double amount, const std::string& how) { return Conversion{amount, "", how}; };
  if (resource != nullptr) {
    const std::string name = resource_label(*resource);
    if (want == Dimension::energy && unit->dimension == Dimension::mass && resource->gj_per_t) {
      return bridged(in_base * *resource->gj_per_t,
                     "converted " + name + " from t/a to GJ/a with " +
                         format_double(*resource->gj_per_t) + " GJ/t");
    }
    if (want == Dimension::energy && unit->dimension == Dimension::volume && resource->gj_per_m3) {
      return bridged(in_base * *resource->gj_per_m3,
                     "converted " + name + " from m3/a to GJ/a with " +
                         format_double(*resource->gj_per_m3) + " GJ/Nm3");
    }
    if (want == Dimension::volume && unit->dimension == Dimension::mass && resource->t_per_m3) {
      return bridged(in_base / *resource->t_per_m3,
                     "converted " + name + " from t/a to m3/a with a density of " +
                         format_double(*resource->t_per_m3) + " t/m3");
    }
    if (want == Dimension::mass && unit->dimension == Dimension::volume && resource->t_per_m3) {
      return bridged(in_base * *resource->t_per_m3,
                     "converted " + name + " from m3/a to t/a with a density of " +
                         format_double(*resource->t_per_m3) + " t/m3");
    }
  }
  return failure("unit-dimension", "unit '" + quantity.unit + "' measures " +
                                       std::string(to_string(unit->dimension)) + ", but the " +
                                       std::string(to_string(layer)) + " layer is measured in " +
                                       std::string(canonical_unit(layer)));
}

}  // namespace

}  // namespace symbio
