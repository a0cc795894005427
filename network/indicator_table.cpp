#include "network/indicator_table.hpp"

namespace symbio::net {

const Column* LayerAnalysis::column(std::string_view name) const {
  for (const Column& c : enterprise_columns) {
    if (c.name == name) return &c;
  }
  return nullptr;
}

const ParkField* LayerAnalysis::park_field(std::string_view name) const {
  for (const ParkField& f : park_fields) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

}  // namespace symbio::net
