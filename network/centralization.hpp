#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace symbio::net {

// Freeman centralizations (docs/methods.md#park-indicators); nullopt when n < 3 (2 for in/out).
// degree: on U, sum_i (k_max - k_i) / ((n-1)(n-2)).
std::optional<double> degree_centralization(const std::vector<std::int64_t>& degree);
// in/out: on D, sum_i (max - d_i) / (n-1)^2.
std::optional<double> directed_degree_centralization(const std::vector<std::int64_t>& degree);
// betweenness: on U, b'_i = 2 b_i / ((n-1)(n-2)) from raw undirected betweenness b_i,
// sum_i (b'_max - b'_i) / (n-1).
std::optional<double> betweenness_centralization(const std::vector<double>& undirected_raw);

}  // namespace symbio::net
