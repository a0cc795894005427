#pragma once

#include <cstdint>
#include <vector>

#include "network/graph.hpp"

namespace symbio::audit {

// What removing one enterprise or cutting one edge of U does to the components, for every
// enterprise and edge at once: one depth-first search (Hopcroft and Tarjan 1973) records each
// enterprise's subtree size and low point, from which the pieces an articulation enterprise
// leaves and the two sides of a bridge follow in O(1) each. O(n + m) in all, where asking a
// breadth-first search or a union-find per enterprise or per bridge (what single-point-of-failure
// did) costs O(n (n + m)) on a park with many of them.
class CutSizes {
 public:
  explicit CutSizes(const net::LayerView& view);

  // Enterprises in the largest component of U without v (the S(1) of a removal order that starts
  // with v, times n: net::component_curve(view, {v, ...})[1] * n).
  std::int64_t largest_without(net::Vertex v) const;
  // Enterprises on the side of `start` when the edge {a, b} of U is cut (start is a or b); when
  // {a, b} is not a bridge, the whole component.
  std::int64_t side(net::Vertex start, net::Vertex a, net::Vertex b) const;

 private:
  std::vector<std::int32_t> disc_;       // discovery time, per enterprise
  std::vector<std::int32_t> low_;        // low point
  std::vector<std::int64_t> subtree_;    // enterprises in the DFS subtree
  std::vector<net::Vertex> parent_;      // DFS parent, -1 for a root
  std::vector<std::int32_t> component_;  // component index, per enterprise
  std::vector<std::int64_t> component_size_;
  std::vector<std::int64_t> largest_child_piece_;  // per enterprise: the largest cut-off subtree
  std::vector<std::int64_t> cut_off_;              // per enterprise: sum of cut-off subtrees
  std::vector<char> separates_;                    // per enterprise: some child is cut off
  std::int32_t first_ = -1;                        // component of largest size
  std::int32_t second_ = -1;                       // component of second largest size
};

}  // namespace symbio::audit
