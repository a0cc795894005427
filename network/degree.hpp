#pragma once

#include <optional>
#include <vector>

#include "network/graph.hpp"

namespace symbio::net {

// Degrees (docs/methods.md#enterprise-indicators): distinct suppliers (in) and receivers (out)
// in D, distinct partners in U; strengths are sums of W weights (canonical unit of the layer),
// nullopt for every enterprise when the view has no W. O(n + m).
struct DegreeIndicators {
  std::vector<std::int64_t> in_degree;
  std::vector<std::int64_t> out_degree;
  std::vector<std::int64_t> degree;
  std::vector<std::optional<double>> in_strength;
  std::vector<std::optional<double>> out_strength;
};

DegreeIndicators compute_degrees(const LayerView& view);

}  // namespace symbio::net
