#pragma once

#include <optional>
#include <string>

#include "core/park.hpp"
#include "io/read_park.hpp"

namespace symbio::viz::test_support {

// Small parks built in code for the visualization tests.
inline void add_enterprise(Park& park, const std::string& id, const std::string& name,
                           const std::string& sector, bool external = false,
                           const std::string& role = "") {
  Enterprise e;
  e.id = id;
  e.name = name;
  e.sector = sector;
  e.role = role;
  e.external = external;
  park.enterprises.push_back(e);
}

inline void add_exchange(Park& park, const std::string& supplier, const std::string& receiver,
                         const std::string& resource, Layer layer, Kind kind,
                         std::optional<double> amount = std::nullopt,
                         std::optional<int> year = std::nullopt) {
  Exchange x;
  x.id = "x" + std::to_string(park.exchanges.size() + 1);
  x.supplier = supplier;
  x.receiver = receiver;
  x.resource = resource;
  x.layer = layer;
  x.kind = kind;
  x.amount = amount;
  if (amount)
    x.quantity = Quantity{*amount, layer == Layer::material ? "t/a"
                                   : layer == Layer::energy ? "GJ/a"
                                                            : "m3/a"};
  x.year = year;
  park.exchanges.push_back(x);
}

inline Park read_example(const std::string& name) {
  io::LoadedPark loaded = io::read_park(std::string(SYMBIO_SOURCE_DIR) + "/examples/" + name);
  if (loaded.report.has_errors()) throw std::runtime_error("example park " + name + " has errors");
  return std::move(loaded.park);
}

inline constexpr const char* kExampleParks[] = {"kalundborg", "guitang", "lubei",
                                                "coal_chemical_park"};

}  // namespace symbio::viz::test_support
