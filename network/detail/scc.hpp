#pragma once

#include <cstdint>
#include <vector>

#include "network/graph.hpp"

namespace symbio::net::detail {

// Strongly connected components of D (Tarjan 1972), iterative so that a long path of 100,000
// enterprises cannot overflow the call stack. component[v] is in 0..count-1; components are
// numbered in the order Tarjan completes them (reverse topological order of the condensation).
// O(n + m).
struct StrongComponents {
  std::int64_t count = 0;
  std::vector<std::int64_t> component;
};
StrongComponents strong_components(const LayerView& view);

}  // namespace symbio::net::detail
