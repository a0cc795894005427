#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/validation.hpp"

namespace symbio::io {

// The facts `symbio info` prints, as plain values (cli fills them; io writes them).
struct ParkInfo {
  struct Layer {
    std::string layer;
    std::size_t exchanges = 0;
    std::size_t with_quantity = 0;
    std::optional<double> total;  // summed weight of the layer's ties, when it is weighted
    std::string unit;             // of `total`
  };
  struct TopEnterprise {
    std::string id;
    std::string name;
    bool external = false;
    std::int64_t partners = 0;   // distinct partners (degree)
    std::int64_t suppliers = 0;  // in-degree
    std::int64_t receivers = 0;  // out-degree
    double betweenness = 0.0;
  };
  std::string name;
  std::size_t enterprises = 0;
  std::size_t external = 0;
  std::size_t exchanges = 0;
  std::vector<std::pair<std::string, std::size_t>> by_status;  // in the model's order
  std::size_t ties = 0;  // between enterprises, in the metrics (view `all`)
  std::vector<Layer> layers;
  std::vector<std::pair<std::string, std::size_t>> by_kind;
  std::int64_t weak_components = 0;
  std::int64_t strong_components = 0;
  double largest_weak_share = 0.0;
  std::vector<TopEnterprise> top;  // by partners, then betweenness
  // The quantified park per layer (docs/methods.md#flows-of-the-quantified-park): the share of
  // exchanges with a quantity, the internal flow in the unit the input used most for the layer
  // (`display_unit`), the by-product utilisation rate; empty optionals are undefined.
  struct Flow {
    std::string layer;
    std::optional<double> quantified_share;
    std::optional<double> internal_flow;
    std::string display_unit;
    std::optional<double> byproduct_utilisation_rate;
  };
  std::vector<Flow> flows;
};

// `symbio info --json`: {"input": {path, sha256}, "park": name, "enterprises": {count,
// external}, "exchanges": {count, by_status}, "ties", "layers": [...], "by_kind",
// "components": {weak, strong, largest_weak_share}, "top_enterprises": [...]}.
std::string park_info_json(const ParkInfo& info, const std::string& input_path,
                           const std::string& input_sha256);

// `symbio validate --json`: {"input", "park", "enterprises", "exchanges", "usable",
// "counts": {error, warning, note}, "problems": [{severity, code, subject, file, line, column,
// message}]} (line and column are null where unknown).
std::string validation_json(const std::string& input_path, const std::string& park_name,
                            std::size_t enterprises, std::size_t exchanges,
                            const ValidationReport& report);

}  // namespace symbio::io
