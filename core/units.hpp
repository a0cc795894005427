#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/types.hpp"

namespace symbio {

// Physical dimension of an annual flow. Each layer has one, and a canonical unit
// (docs/methods.md#park-model): material t/a, energy GJ/a, water m3/a.
enum class Dimension { mass, energy, volume };

std::string_view to_string(Dimension dimension);
Dimension dimension_of(Layer layer);
std::string_view canonical_unit(Layer layer);
std::string_view canonical_unit(Dimension dimension);

// A parsed unit of a flow. `factor` turns a value in this unit into the canonical unit of its
// dimension per year (t/a, GJ/a, m3/a); rates per day and hour use 365 d and 8760 h a year.
struct Unit {
  Dimension dimension = Dimension::mass;
  double factor = 1.0;
  bool normal_volume = false;  // Nm3: gas volume at 0 °C and 101.325 kPa
};

// The layer a unit speaks for when the input gives no layer and the catalogue's layer does not
// fit the unit (the unit decides, since a figure's unit is what the writer measured): an energy
// unit makes an exchange energy, a mass material, a volume water (a volume of liquid). A normal
// volume (Nm3) measures a gas, which is no water: nullopt.
std::optional<Layer> layer_of_unit(const Unit& unit);

// Reads the units people write, in English, UCUM style and Chinese:
//   mass    t, kg, kt, 吨, 千克, 公斤
//   energy  GJ, MJ, TJ, kWh (kW.h, 度, 千瓦时), MWh (MW.h, 兆瓦时), GWh, tce (吨标煤, 吨标准煤),
//           kgce, toe, Gcal; power kW, MW, GW (continuous, so no time base)
//   volume  m3 (m³, 立方米, 方), Nm3 (标方), L (升)
// with a time base /a /yr /year /年, /d /天 /日, /h /小时, /month /月 ("每" reads as "/"), and
// a multiplier: 万 (1e4), 亿 (1e8), 百万 (1e6), 千 (1e3), "10^4" or "10⁴".
// Examples: "t/a", "吨/年", "万吨/年", "kg/d", "万kWh/a", "吨标煤/年", "亿m3/年", "Nm3/h".
// Nullopt when the text is not a unit of flow (a missing time base included).
std::optional<Unit> parse_unit(std::string_view text);

// Tonne of standard coal equivalent (GB/T 2589-2020): 29.3076 GJ.
inline constexpr double kGigajoulePerTce = 29.3076;

}  // namespace symbio
