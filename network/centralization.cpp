#include "network/centralization.hpp"

#include <algorithm>

namespace symbio::net {

// Freeman (1979): the sum of differences from the most central enterprise, divided by its
// maximum over graphs of the same order (the star). Sums run in index order, so equal inputs
// give equal results.

std::optional<double> degree_centralization(const std::vector<std::int64_t>& degree) {
  const auto n = static_cast<std::int64_t>(degree.size());
  if (n < 3) return std::nullopt;
  const std::int64_t k_max = *std::max_element(degree.begin(), degree.end());
  std::int64_t sum = 0;  // integers: exact
  for (const std::int64_t k : degree)
    sum += k_max - k;
  return static_cast<double>(sum) / static_cast<double>((n - 1) * (n - 2));
}

std::optional<double> directed_degree_centralization(const std::vector<std::int64_t>& degree) {
  const auto n = static_cast<std::int64_t>(degree.size());
  if (n < 2) return std::nullopt;
  const std::int64_t d_max = *std::max_element(degree.begin(), degree.end());
  std::int64_t sum = 0;
  for (const std::int64_t d : degree)
    sum += d_max - d;
  return static_cast<double>(sum) / static_cast<double>((n - 1) * (n - 1));
}

std::optional<double> betweenness_centralization(const std::vector<double>& undirected_raw) {
  const auto n = static_cast<std::int64_t>(undirected_raw.size());
  if (n < 3) return std::nullopt;
  // b'_i = 2 b_i / ((n-1)(n-2)) maps the star's centre to 1; the star's sum of differences is
  // then n-1, the denominator.
  const double scale = 2.0 / static_cast<double>((n - 1) * (n - 2));
  const double b_max = *std::max_element(undirected_raw.begin(), undirected_raw.end()) * scale;
  double sum = 0.0;
  for (const double b : undirected_raw)
    sum += b_max - b * scale;
  return sum / static_cast<double>(n - 1);
}

}  // namespace symbio::net
