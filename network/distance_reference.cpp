#include <algorithm>
#include <cstddef>
#include <queue>

#include "network/distance.hpp"

namespace symbio::net {

// Deliberately plain: one breadth-first search per source and per indicator, Brandes' algorithm
// with predecessor lists exactly as printed in Brandes (2001), no folding, no threads. The tests
// check the one-pass sweep of distance.cpp against it.

namespace {

// Hop distances from s along the rows of csr; -1 where s does not reach.
std::vector<std::int64_t> bfs(const Csr& csr, Vertex s, Vertex n) {
  std::vector<std::int64_t> dist(static_cast<std::size_t>(n), -1);
  std::queue<Vertex> queue;
  dist[static_cast<std::size_t>(s)] = 0;
  queue.push(s);
  while (!queue.empty()) {
    const Vertex v = queue.front();
    queue.pop();
    for (const Vertex w : csr.row(v)) {
      if (dist[static_cast<std::size_t>(w)] < 0) {
        dist[static_cast<std::size_t>(w)] = dist[static_cast<std::size_t>(v)] + 1;
        queue.push(w);
      }
    }
  }
  return dist;
}

std::vector<double> brandes(const Csr& csr, Vertex n) {
  const auto un = static_cast<std::size_t>(n);
  std::vector<double> cb(un, 0.0);
  for (Vertex s = 0; s < n; ++s) {
    std::vector<Vertex> stack;
    std::vector<std::vector<Vertex>> pred(un);
    std::vector<double> sigma(un, 0.0);
    std::vector<std::int64_t> dist(un, -1);
    sigma[static_cast<std::size_t>(s)] = 1.0;
    dist[static_cast<std::size_t>(s)] = 0;
    std::queue<Vertex> queue;
    queue.push(s);
    while (!queue.empty()) {
      const Vertex v = queue.front();
      queue.pop();
      stack.push_back(v);
      const auto iv = static_cast<std::size_t>(v);
      for (const Vertex w : csr.row(v)) {
        const auto iw = static_cast<std::size_t>(w);
        if (dist[iw] < 0) {
          queue.push(w);
          dist[iw] = dist[iv] + 1;
        }
        if (dist[iw] == dist[iv] + 1) {
          sigma[iw] += sigma[iv];
          pred[iw].push_back(v);
        }
      }
    }
    std::vector<double> delta(un, 0.0);
    while (!stack.empty()) {
      const Vertex w = stack.back();
      stack.pop_back();
      const auto iw = static_cast<std::size_t>(w);
      for (const Vertex v : pred[iw]) {
        const auto iv = static_cast<std::size_t>(v);
        delta[iv] += sigma[iv] / sigma[iw] * (1.0 + delta[iw]);
      }
      if (w != s) cb[iw] += delta[iw];
    }
  }
  return cb;
}

// Wasserman and Faust (1994, eq. 5.22 generalised): (r/(n-1)) * (r / sum of distances).
std::vector<std::optional<double>> closeness(const Csr& csr, Vertex n) {
  std::vector<std::optional<double>> c(static_cast<std::size_t>(n));
  for (Vertex i = 0; i < n; ++i) {
    const auto dist = bfs(csr, i, n);
    std::int64_t r = 0;
    std::int64_t sum = 0;
    for (Vertex j = 0; j < n; ++j) {
      const std::int64_t d = dist[static_cast<std::size_t>(j)];
      if (j == i || d < 0) continue;
      ++r;
      sum += d;
    }
    const auto rd = static_cast<double>(r);
    c[static_cast<std::size_t>(i)] =
        r == 0 ? 0.0 : (rd / static_cast<double>(n - 1)) * (rd / static_cast<double>(sum));
  }
  return c;
}

std::vector<std::optional<double>> harmonic(const Csr& csr, Vertex n) {
  std::vector<std::optional<double>> h(static_cast<std::size_t>(n));
  for (Vertex i = 0; i < n; ++i) {
    const auto dist = bfs(csr, i, n);
    double sum = 0.0;
    for (Vertex j = 0; j < n; ++j) {
      const std::int64_t d = dist[static_cast<std::size_t>(j)];
      if (j != i && d > 0) sum += 1.0 / static_cast<double>(d);
    }
    h[static_cast<std::size_t>(i)] = sum / static_cast<double>(n - 1);
  }
  return h;
}

}  // namespace

DistanceIndicators compute_distance_indicators_reference(const LayerView& view) {
  const Vertex n = view.n();
  const auto un = static_cast<std::size_t>(n);
  DistanceIndicators result;
  result.betweenness.assign(un, 0.0);
  result.closeness_out.assign(un, std::nullopt);
  result.closeness_in.assign(un, std::nullopt);
  result.harmonic_out.assign(un, std::nullopt);
  result.harmonic_in.assign(un, std::nullopt);
  if (n < 2) return result;

  result.betweenness = brandes(view.out_csr(), n);
  result.closeness_out = closeness(view.out_csr(), n);
  result.closeness_in = closeness(view.in_csr(), n);
  result.harmonic_out = harmonic(view.out_csr(), n);
  result.harmonic_in = harmonic(view.in_csr(), n);

  std::int64_t pairs = 0;
  std::int64_t total = 0;
  std::int64_t longest = 0;
  double efficiency = 0.0;
  for (Vertex i = 0; i < n; ++i) {
    const auto dist = bfs(view.out_csr(), i, n);
    for (Vertex j = 0; j < n; ++j) {
      const std::int64_t d = dist[static_cast<std::size_t>(j)];
      if (j == i || d < 0) continue;
      ++pairs;
      total += d;
      longest = std::max(longest, d);
      efficiency += 1.0 / static_cast<double>(d);
    }
  }
  result.connected_pairs = pairs;
  if (pairs > 0) {
    result.average_path_length = static_cast<double>(total) / static_cast<double>(pairs);
    result.diameter = static_cast<double>(longest);
  }
  result.global_efficiency = efficiency / (static_cast<double>(n) * static_cast<double>(n - 1));
  return result;
}

}  // namespace symbio::net
