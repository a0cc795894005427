#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "network/graph.hpp"

namespace symbio::net {

// Gould and Fernandez (1989) brokerage roles on D with groups (the sectors): for every open
// two-path a -> i -> b with a != b and no tie a -> b, i is
//   coordinator     a, i, b in one group
//   itinerant       a and b in one group, i in another
//   representative  a in i's group, b elsewhere
//   gatekeeper      b in i's group, a elsewhere
//   liaison         all three in different groups.
// Counts per enterprise (as UCINET's unnormalised brokerage). O(sum over i of in x out).
struct Brokerage {
  std::vector<std::int64_t> coordinator;
  std::vector<std::int64_t> itinerant;
  std::vector<std::int64_t> representative;
  std::vector<std::int64_t> gatekeeper;
  std::vector<std::int64_t> liaison;
};

Brokerage compute_brokerage(const LayerView& view, const std::vector<std::string>& group);

}  // namespace symbio::net
