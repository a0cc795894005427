#include "audit/cut_sizes.hpp"

#include <algorithm>
#include <utility>

namespace symbio::audit {

namespace {

std::size_t at(net::Vertex v) {
  return static_cast<std::size_t>(v);
}

}  // namespace

CutSizes::CutSizes(const net::LayerView& view) {
  const std::size_t n = at(view.n());
  disc_.assign(n, -1);
  low_.assign(n, 0);
  subtree_.assign(n, 1);
  parent_.assign(n, -1);
  component_.assign(n, -1);
  largest_child_piece_.assign(n, 0);
  cut_off_.assign(n, 0);
  separates_.assign(n, 0);
  std::int32_t time = 0;
  // Iterative search: (enterprise, index of the next neighbour to look at).
  std::vector<std::pair<net::Vertex, std::size_t>> stack;
  for (net::Vertex root = 0; root < view.n(); ++root) {
    if (disc_[at(root)] >= 0) continue;
    const auto c = static_cast<std::int32_t>(component_size_.size());
    component_size_.push_back(0);
    disc_[at(root)] = low_[at(root)] = time++;
    component_[at(root)] = c;
    stack.emplace_back(root, 0);
    while (!stack.empty()) {
      auto& [v, next] = stack.back();
      const auto neighbours = view.neighbors(v);
      if (next < neighbours.size()) {
        const net::Vertex w = neighbours[next++];
        if (disc_[at(w)] < 0) {
          parent_[at(w)] = v;
          disc_[at(w)] = low_[at(w)] = time++;
          component_[at(w)] = c;
          stack.emplace_back(w, 0);
        } else if (w != parent_[at(v)]) {
          low_[at(v)] = std::min(low_[at(v)], disc_[at(w)]);
        }
        continue;
      }
      const net::Vertex done = v;
      stack.pop_back();
      ++component_size_[static_cast<std::size_t>(c)];
      const net::Vertex p = parent_[at(done)];
      if (p < 0) continue;
      subtree_[at(p)] += subtree_[at(done)];
      low_[at(p)] = std::min(low_[at(p)], low_[at(done)]);
      // U is simple, so the one edge to the parent is the tree edge; the child's subtree is cut
      // off by removing p when nothing in it reaches above p (for a root: always).
      if (low_[at(done)] >= disc_[at(p)]) {
        separates_[at(p)] = 1;
        cut_off_[at(p)] += subtree_[at(done)];
        largest_child_piece_[at(p)] = std::max(largest_child_piece_[at(p)], subtree_[at(done)]);
      }
    }
  }
  for (std::size_t k = 0; k < component_size_.size(); ++k) {
    const auto c = static_cast<std::int32_t>(k);
    if (first_ < 0 || component_size_[k] > component_size_[static_cast<std::size_t>(first_)]) {
      second_ = first_;
      first_ = c;
    } else if (second_ < 0 ||
               component_size_[k] > component_size_[static_cast<std::size_t>(second_)]) {
      second_ = c;
    }
  }
}

std::int64_t CutSizes::largest_without(net::Vertex v) const {
  const std::int32_t c = component_[at(v)];
  const std::int32_t other = c == first_ ? second_ : first_;
  std::int64_t largest = other < 0 ? 0 : component_size_[static_cast<std::size_t>(other)];
  const std::int64_t own = component_size_[static_cast<std::size_t>(c)];
  // Without v its component falls into the cut-off subtrees and the rest (the part holding v's
  // parent; nothing for a root, whose children are all cut off).
  if (parent_[at(v)] < 0) {
    largest = std::max(largest, largest_child_piece_[at(v)]);
  } else {
    largest = std::max({largest, largest_child_piece_[at(v)], own - 1 - cut_off_[at(v)]});
  }
  return largest;
}

std::int64_t CutSizes::side(net::Vertex start, net::Vertex a, net::Vertex b) const {
  const net::Vertex other = start == a ? b : a;
  const std::int64_t own = component_size_[static_cast<std::size_t>(component_[at(start)])];
  // A bridge is a tree edge whose child's subtree reaches nothing above the parent.
  net::Vertex child = -1;
  if (parent_[at(other)] == start) child = other;
  if (parent_[at(start)] == other) child = start;
  if (child < 0 || low_[at(child)] <= disc_[at(parent_[at(child)])]) return own;
  return child == start ? subtree_[at(child)] : own - subtree_[at(child)];
}

}  // namespace symbio::audit
