#pragma once

#include <string_view>

#include "core/catalogue.hpp"
#include "core/types.hpp"

namespace symbio::audit {

// What an option can do about a resource depends on what the resource is: a steam main gets a
// standby boiler, a wastewater outlet an emergency basin and a contingency treatment route,
// sludge a contingency incineration route, never a "second supplier". The classes follow the
// catalogue's substitutability notes (docs/methods.md, "Who depends on whom").
enum class ResourceClass {
  steam_heat,    // steam, heat, waste heat (pipeline utilities)
  power,         // electricity
  fuel_gas,      // fuel and process gases of the energy layer, compressed air
  process_gas,   // hydrogen, oxygen, nitrogen, CO2, syngas, acid gas, olefins by pipeline
  water_supply,  // fresh, process, cooling and reclaimed water
  wastewater,    // wastewater, sewage, cooling blowdown, brine to treatment
  sludge,        // sewage and treatment sludge
  hazardous,  // hazardous waste (国家危险废物名录 2021): waste acid, spent caustic, catalyst...
  solid_waste,  // general industrial solid waste and by-products: ashes, slags, gypsum
  feedstock,    // other materials: raw materials, intermediates, products
};

// The class of a resource from its catalogue entry (nullptr when unknown), its layer and the
// kind of the exchange or declaration.
ResourceClass classify(const Resource* entry, Layer layer, Kind kind);

// Short phrases of the options, Chinese and English, per class:
// a supply dependency (the dependent enterprise takes the resource from one supplier);
std::string_view supply_option_zh(ResourceClass c);
std::string_view supply_option_en(ResourceClass c);
// an outlet dependency (the supplier depends on the receiver to take its waste);
std::string_view outlet_option_zh(ResourceClass c);
std::string_view outlet_option_en(ResourceClass c);
// a declared output nobody in the park takes yet.
std::string_view use_option_zh(ResourceClass c);
std::string_view use_option_en(ResourceClass c);

}  // namespace symbio::audit
