#pragma once

#include <cstdint>
#include <random>
#include <span>
#include <vector>

#include "network/graph.hpp"

// Graph kernels over a view with some enterprises removed (alive[v] == 0), for the adaptive
// robustness strategies and the efficiency curve. Not part of the API.
namespace symbio::net::detail {

// Weak components of the alive part (BFS on U), relabelled on demand for the components a
// removal touched.
class AliveComponents {
 public:
  AliveComponents(const LayerView& view, std::span<const char> alive);
  // Splits the components containing `removed` (now dead) into the components of what is left
  // of them; returns the new components' member lists.
  std::vector<std::vector<Vertex>> split(std::span<const Vertex> removed,
                                         std::span<const char> alive);
  const std::vector<std::vector<Vertex>>& all() const { return members_; }
  std::int64_t label(Vertex v) const { return label_[static_cast<std::size_t>(v)]; }

 private:
  std::vector<Vertex> grow(Vertex start, std::int64_t id, std::span<const char> alive);
  const LayerView& view_;
  std::vector<std::int64_t> label_;
  std::vector<std::vector<Vertex>> members_;  // indexed by label; emptied when split
};

// Brandes (2001) betweenness on D restricted to the alive enterprises, raw (ordered pairs),
// computed one weak component at a time: exactly from every member when the component has at
// most `exact_max` members, else from `pivots` members drawn without replacement and scaled by
// |C| / pivots (Brandes and Pich 2007). Sources are split into a fixed number of blocks summed
// in order, so results do not depend on the number of threads.
class MaskedBetweenness {
 public:
  MaskedBetweenness(const LayerView& view, Vertex exact_max, int pivots, std::uint64_t seed,
                    int threads);
  // Writes the betweenness of every member of `component` into `out`; returns true when it
  // sampled.
  bool compute(std::span<const Vertex> component, std::span<const char> alive,
               std::vector<double>& out);

 private:
  struct Scratch {
    std::vector<std::int32_t> dist;
    std::vector<double> sigma;
    std::vector<double> delta;
    std::vector<Vertex> order;
  };
  void from_source(Vertex s, std::span<const char> alive, Scratch& scratch,
                   std::vector<double>& sum) const;

  const LayerView& view_;
  Vertex exact_max_;
  int pivots_;
  int threads_;
  std::mt19937_64 rng_;
  std::vector<Scratch> scratch_;             // per thread
  std::vector<std::vector<double>> blocks_;  // per block, size n, zero outside a computation
};

// PageRank on D restricted to the alive enterprises (n' of them): damping d, uniform teleport
// over the alive, dangling rank spread uniformly over the alive; L1 stopping tolerance. `rank`
// is the warm start (any non-negative values on the alive; uniform when they sum to 0) and the
// result (0 for the dead).
void masked_pagerank(const LayerView& view, std::span<const char> alive, std::vector<double>& rank,
                     double damping = 0.85, double tolerance = 1e-12, int max_iterations = 10000);

// Sum of 1/d(i, j) over ordered pairs of alive enterprises on D restricted to them (not yet
// divided). One BFS per alive source, parallel, summed in source order.
double masked_inverse_distance_sum(const LayerView& view, std::span<const char> alive, int threads);

// Index of the largest value among the alive (values within a relative 1e-9 of the maximum
// count as ties; the smallest index wins). -1 when none is alive.
Vertex argmax_alive(std::span<const double> values, std::span<const char> alive);

// All enterprises by value descending, ties (relative 1e-9) by index ascending.
std::vector<Vertex> rank_descending(std::span<const double> values);

}  // namespace symbio::net::detail
