#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "network/graph.hpp"

namespace symbio::net {

// Robustness curves (docs/methods.md#robustness, Schneider et al. 2011): enterprises are removed
// one by one in the order of a strategy; after q removals S(q) = enterprises in the largest weak
// component of what remains / n (n of the intact view, so S(n) = 0), and the robustness index
// R = (1/n) sum_{q=1..n} S(q).
enum class RemovalStrategy {
  random,           // uniformly random order, seeded; the curve is the mean over R runs
  degree,           // degree on U of the intact view, descending
  betweenness,      // betweenness on D of the intact view, descending
  pagerank,         // PageRank on D of the intact view, descending
  adaptive_degree,  // the same three, recomputed on the remaining graph after each removal
  adaptive_betweenness,
  adaptive_pagerank,
};
inline constexpr RemovalStrategy kRemovalStrategies[] = {
    RemovalStrategy::random,           RemovalStrategy::degree,
    RemovalStrategy::betweenness,      RemovalStrategy::pagerank,
    RemovalStrategy::adaptive_degree,  RemovalStrategy::adaptive_betweenness,
    RemovalStrategy::adaptive_pagerank};
// "random", "degree", "betweenness", "pagerank", "adaptive_degree", "adaptive_betweenness",
// "adaptive_pagerank"; the parser also reads "adaptive-degree" and "adaptive degree".
std::string_view to_string(RemovalStrategy strategy);
std::optional<RemovalStrategy> parse_removal_strategy(std::string_view text);

struct RobustnessOptions {
  std::vector<RemovalStrategy> strategies = {RemovalStrategy::random, RemovalStrategy::degree,
                                             RemovalStrategy::betweenness,
                                             RemovalStrategy::pagerank};
  ViewLayer layer = ViewLayer::all;
  // random: R runs; run r (0-based) shuffles with std::mt19937_64(seed + r) by our own
  // Fisher-Yates (i from n-1 down to 1, j uniform in [0, i] by rejection sampling on the raw
  // 64-bit output), so orders are the same with every standard library.
  int runs = 10;
  std::uint64_t seed = 1;
  // Global efficiency after q removals, E(q) = sum over ordered pairs (i, j), i != j, of the
  // remaining enterprises of 1/d(i, j) on D restricted to them, divided by n(n-1) of the intact
  // view (so E(0) is park.csv's global_efficiency and E decreases to 0). One BFS per remaining
  // enterprise: O(n m) per point. Computed at `efficiency_points` evenly spaced q (q =
  // round(i n / (points - 1)), every q when n + 1 <= points; 0: never) and only when
  // n <= efficiency_max_n; nullopt elsewhere.
  int efficiency_points = 51;
  Vertex efficiency_max_n = 500;
  // Betweenness: the static strategy uses the exact Brandes betweenness of distance.hpp when
  // n <= betweenness_exact_max_n. Otherwise, and in the adaptive strategy for any weak component
  // of more than adaptive_exact_max enterprises, it is estimated from `betweenness_pivots`
  // sources drawn uniformly without replacement in the component and scaled by |C| / k (Brandes
  // and Pich 2007); the curve's note then states the Hoeffding bound: each estimate lies within
  // eps |C| (|C| - 2) of the exact value with probability >= 1 - 2 exp(-2 k eps^2). The pivots
  // are drawn from std::mt19937_64(seed ^ 0x9e3779b97f4a7c15).
  Vertex betweenness_exact_max_n = 20000;
  Vertex adaptive_exact_max = 500;
  int betweenness_pivots = 128;
  // Adaptive betweenness and PageRank remove the `adaptive_batch` top-ranked enterprises before
  // recomputing; 0 = automatic: 1 when n <= 2000, else ceil(n / 2000). Adaptive degree is always
  // recomputed after every removal.
  int adaptive_batch = 0;
  int threads = 0;  // OpenMP threads for BFS and Brandes sources, 0 = all cores
};

struct RobustnessCurve {
  RemovalStrategy strategy = RemovalStrategy::random;
  // Removal order (enterprise indices, size n); empty for `random` (a mean over runs).
  std::vector<Vertex> order;
  std::vector<double> largest_component_share;           // S(q), q = 0..n (empty when n = 0)
  std::vector<std::optional<double>> global_efficiency;  // E(q), q = 0..n
  std::optional<double> robustness_index;                // R; nullopt when n = 0
  std::string note;  // approximations used (sampling, batches), or why efficiency is missing
};

struct RobustnessResult {
  RobustnessOptions options;
  Vertex n = 0;
  std::vector<RobustnessCurve> curves;  // in the order of options.strategies
};

// Ties in a ranking are broken by enterprise index ascending (the park's enterprise order);
// betweenness and PageRank values within a relative 1e-9 of each other count as ties (the
// floating-point noise of enterprises in symmetric positions). Throws OptionError for an absent
// view, runs < 1, a negative option or pivots < 1.
// Cost: static strategies O(m alpha(n)) per curve for S plus the ranking (exact betweenness
// O(n m)); adaptive degree O(m log n); adaptive betweenness one Brandes pass over the components
// touched by each batch; adaptive PageRank one warm-started power iteration per batch; efficiency
// as stated above.
RobustnessResult compute_robustness(const SymbiosisGraph& graph,
                                    const RobustnessOptions& options = {});

// The building blocks, exposed for the tests and the audit rules.

// Removal order of a deterministic strategy (not `random`); `note` receives the approximations
// used, if any.
std::vector<Vertex> removal_order(const LayerView& view, RemovalStrategy strategy,
                                  const RobustnessOptions& options = {},
                                  std::string* note = nullptr);

// S(q), q = 0..n, for a removal order (a permutation of the view's enterprises): union-find
// adding the enterprises back in reverse order. O(m alpha(n)).
std::vector<double> component_curve(const LayerView& view, std::span<const Vertex> order);
// The same by a BFS over U after every removal. O(n (n + m)). Tests only.
std::vector<double> component_curve_reference(const LayerView& view, std::span<const Vertex> order);

// Global efficiency (definition above) of the view without the enterprises flagged in
// `removed` (size n). nullopt when n < 2.
std::optional<double> global_efficiency_without(const LayerView& view,
                                                std::span<const char> removed, int threads = 0);

// R = (1/n) sum_{q=1..n} S(q) of a curve S(0..n); nullopt for an empty curve.
std::optional<double> robustness_index(std::span<const double> curve);

}  // namespace symbio::net
