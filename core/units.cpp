#include "core/units.hpp"

#include <array>
#include <cmath>
#include <string>
#include <utility>

#include "core/text.hpp"

namespace symbio {

std::string_view to_string(Dimension dimension) {
  switch (dimension) {
    case Dimension::mass:
      return "mass";
    case Dimension::energy:
      return "energy";
    case Dimension::volume:
      return "volume";
  }
  return "mass";
}

Dimension dimension_of(Layer layer) {
  switch (layer) {
    case Layer::material:
      return Dimension::mass;
    case Layer::energy:
      return Dimension::energy;
    case Layer::water:
      return Dimension::volume;
  }
  return Dimension::mass;
}

std::string_view canonical_unit(Dimension dimension) {
  switch (dimension) {
    case Dimension::mass:
      return "t/a";
    case Dimension::energy:
      return "GJ/a";
    case Dimension::volume:
      return "m3/a";
  }
  return "t/a";
}

std::string_view canonical_unit(Layer layer) {
  return canonical_unit(dimension_of(layer));
}

std::optional<Layer> layer_of_unit(const Unit& unit) {
  switch (unit.dimension) {
    case Dimension::mass:
      return Layer::material;
    case Dimension::energy:
      return Layer::energy;
    case Dimension::volume:
      if (unit.normal_volume) return std::nullopt;
      return Layer::water;
  }
  return std::nullopt;
}

namespace {

constexpr double kHoursPerYear = 8760.0;
constexpr double kGigajoulePerKilowattHour = 3.6e-3;

struct BaseUnit {
  std::string_view name;
  Dimension dimension;
  double factor;  // to t, GJ or m3
  bool normal_volume = false;
};

// Lower-case spellings (after normalize()); matched whole, never by substring.
constexpr std::array<BaseUnit, 45> kBaseUnits = {{
    {"t", Dimension::mass, 1.0},
    {"ton", Dimension::mass, 1.0},
    {"tons", Dimension::mass, 1.0},
    {"tonne", Dimension::mass, 1.0},
    {"tonnes", Dimension::mass, 1.0},
    {"吨", Dimension::mass, 1.0},
    {"kt", Dimension::mass, 1e3},
    {"kg", Dimension::mass, 1e-3},
    {"千克", Dimension::mass, 1e-3},
    {"公斤", Dimension::mass, 1e-3},
    {"gj", Dimension::energy, 1.0},
    {"mj", Dimension::energy, 1e-3},
    {"kj", Dimension::energy, 1e-6},
    {"tj", Dimension::energy, 1e3},
    {"pj", Dimension::energy, 1e6},
    {"kwh", Dimension::energy, kGigajoulePerKilowattHour},
    {"kw.h", Dimension::energy, kGigajoulePerKilowattHour},
    {"度", Dimension::energy, kGigajoulePerKilowattHour},
    {"千瓦时", Dimension::energy, kGigajoulePerKilowattHour},
    {"mwh", Dimension::energy, 3.6},
    {"mw.h", Dimension::energy, 3.6},
    {"兆瓦时", Dimension::energy, 3.6},
    {"gwh", Dimension::energy, 3600.0},
    {"gw.h", Dimension::energy, 3600.0},
    {"tce", Dimension::energy, kGigajoulePerTce},
    {"吨标煤", Dimension::energy, kGigajoulePerTce},
    {"吨标准煤", Dimension::energy, kGigajoulePerTce},
    {"t标煤", Dimension::energy, kGigajoulePerTce},
    {"kgce", Dimension::energy, kGigajoulePerTce * 1e-3},
    {"千克标煤", Dimension::energy, kGigajoulePerTce * 1e-3},
    {"kg标煤", Dimension::energy, kGigajoulePerTce * 1e-3},
    {"toe", Dimension::energy, 41.868},
    {"gcal", Dimension::energy, 4.1868},
    {"m3", Dimension::volume, 1.0},
    {"立方米", Dimension::volume, 1.0},
    {"立方", Dimension::volume, 1.0},
    {"方", Dimension::volume, 1.0},
    {"cbm", Dimension::volume, 1.0},
    {"nm3", Dimension::volume, 1.0, true},
    {"标方", Dimension::volume, 1.0, true},
    {"标立方米", Dimension::volume, 1.0, true},
    {"l", Dimension::volume, 1e-3},
    {"升", Dimension::volume, 1e-3},
    {"吨水", Dimension::volume, 1.0},  // water tonnage as Chinese meters write it: 1 t = 1 m3
    {"m^3", Dimension::volume, 1.0},
}};

// Power units: a continuous rate, so they take no time base. 1 kW for a year = 8760 kWh.
constexpr std::array<BaseUnit, 5> kPowerUnits = {{
    {"kw", Dimension::energy, kGigajoulePerKilowattHour* kHoursPerYear},
    {"千瓦", Dimension::energy, kGigajoulePerKilowattHour* kHoursPerYear},
    {"mw", Dimension::energy, 3.6 * kHoursPerYear},
    {"兆瓦", Dimension::energy, 3.6 * kHoursPerYear},
    {"gw", Dimension::energy, 3600.0 * kHoursPerYear},
}};

constexpr std::array<std::pair<std::string_view, double>, 16> kTimeBases = {{
    {"a", 1.0},
    {"yr", 1.0},
    {"y", 1.0},
    {"year", 1.0},
    {"annum", 1.0},
    {"年", 1.0},
    {"d", 365.0},
    {"day", 365.0},
    {"天", 365.0},
    {"日", 365.0},
    {"h", kHoursPerYear},
    {"hr", kHoursPerYear},
    {"hour", kHoursPerYear},
    {"小时", kHoursPerYear},
    {"month", 12.0},
    {"月", 12.0},
}};

constexpr std::array<std::pair<std::string_view, double>, 5> kMultipliers = {{
    {"百万", 1e6},
    {"万", 1e4},
    {"亿", 1e8},
    {"千", 1e3},
    {"百", 1e2},
}};

void replace_all(std::string& text, std::string_view from, std::string_view to) {
  std::size_t pos = 0;
  while ((pos = text.find(from, pos)) != std::string::npos) {
    text.replace(pos, from.size(), to);
    pos += to.size();
  }
}

// Lower case, no spaces, superscripts and full-width forms folded, "per" and "每" as "/".
std::string normalize(std::string_view text) {
  std::string s = match_key(text);
  replace_all(s, "³", "3");
  replace_all(s, "⁴", "^4");
  replace_all(s, "·", ".");
  replace_all(s, "∙", ".");
  replace_all(s, " per ", "/");
  replace_all(s, "每", "/");
  replace_all(s, "／", "/");
  std::string out;
  for (const char c : s) {
    if (c != ' ') out += c;
  }
  return out;
}

const BaseUnit* find_unit(std::string_view name, bool power) {
  if (power) {
    for (const auto& u : kPowerUnits) {
      if (u.name == name) return &u;
    }
    return nullptr;
  }
  for (const auto& u : kBaseUnits) {
    if (u.name == name) return &u;
  }
  return nullptr;
}

// Strips a leading multiplier ("万", "10^4", "1e4") and returns its value (1 if none).
double strip_multiplier(std::string& numerator) {
  for (const auto& [word, value] : kMultipliers) {
    if (numerator.size() > word.size() && numerator.compare(0, word.size(), word) == 0) {
      // "千克" and "千瓦" are units in their own right, not 千 x 克.
      if (find_unit(numerator, false) != nullptr || find_unit(numerator, true) != nullptr) {
        return 1.0;
      }
      numerator.erase(0, word.size());
      return value;
    }
  }
  if (numerator.rfind("10^", 0) == 0) {
    std::size_t i = 3;
    while (i < numerator.size() && numerator[i] >= '0' && numerator[i] <= '9')
      ++i;
    if (i > 3 && i - 3 <= 2) {
      const int exponent = std::stoi(numerator.substr(3, i - 3));
      numerator.erase(0, i);
      return std::pow(10.0, exponent);
    }
  }
  return 1.0;
}

}  // namespace

std::optional<Unit> parse_unit(std::string_view text) {
  std::string s = normalize(text);
  if (s.empty()) return std::nullopt;
  std::string numerator = s;
  double per_year = 0.0;
  bool power = false;
  const auto slash = s.rfind('/');
  if (slash != std::string::npos) {
    numerator = s.substr(0, slash);
    const std::string time = s.substr(slash + 1);
    for (const auto& [word, value] : kTimeBases) {
      if (time == word) per_year = value;
    }
    if (per_year == 0.0) return std::nullopt;
  } else {
    power = true;  // only power units may stand without a time base
    per_year = 1.0;
  }
  // tpa and tpy are common English shorthands for t/a.
  if (power && (numerator == "tpa" || numerator == "tpy")) {
    return Unit{Dimension::mass, 1.0, false};
  }
  double multiplier = strip_multiplier(numerator);
  if (numerator.empty()) return std::nullopt;
  const BaseUnit* base = find_unit(numerator, power);
  if (base == nullptr) return std::nullopt;
  return Unit{base->dimension, multiplier * base->factor * per_year, base->normal_volume};
}

}  // namespace symbio
