#include "network/robustness.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <set>
#include <utility>

#include "core/error.hpp"
#include "core/text.hpp"
#include "network/degree.hpp"
#include "network/distance.hpp"
#include "network/pagerank.hpp"
#include "network/robustness_kernels.hpp"

namespace symbio::net {

std::string_view to_string(RemovalStrategy strategy) {
  switch (strategy) {
    case RemovalStrategy::random:
      return "random";
    case RemovalStrategy::degree:
      return "degree";
    case RemovalStrategy::betweenness:
      return "betweenness";
    case RemovalStrategy::pagerank:
      return "pagerank";
    case RemovalStrategy::adaptive_degree:
      return "adaptive_degree";
    case RemovalStrategy::adaptive_betweenness:
      return "adaptive_betweenness";
    case RemovalStrategy::adaptive_pagerank:
      return "adaptive_pagerank";
  }
  return "random";
}

std::optional<RemovalStrategy> parse_removal_strategy(std::string_view text) {
  const std::string key = match_key(text);  // "adaptive_degree" -> "adaptive degree"
  for (const RemovalStrategy s : kRemovalStrategies) {
    if (key == match_key(to_string(s))) return s;
  }
  return std::nullopt;
}

namespace {

constexpr std::uint64_t kPivotSeedMix = 0x9e3779b97f4a7c15ULL;

void check_options(const RobustnessOptions& o) {
  if (o.runs < 1) throw OptionError("robustness needs at least one random run");
  if (o.efficiency_points < 0 || o.efficiency_max_n < 0 || o.betweenness_exact_max_n < 0 ||
      o.adaptive_exact_max < 0 || o.adaptive_batch < 0) {
    throw OptionError("robustness options must not be negative");
  }
  if (o.betweenness_pivots < 1) throw OptionError("betweenness_pivots must be at least 1");
}

// Parallel regions are not worth their start-up below this many enterprises.
int threads_for(Vertex n, int requested) {
  return n < 64 ? 1 : requested;
}

std::uint64_t uniform_below(std::mt19937_64& rng, std::uint64_t bound) {
  const std::uint64_t limit = UINT64_MAX - UINT64_MAX % bound;
  std::uint64_t draw = rng();
  while (draw >= limit)
    draw = rng();
  return draw % bound;
}

std::vector<Vertex> random_order(Vertex n, std::uint64_t seed) {
  std::vector<Vertex> order(static_cast<std::size_t>(n));
  std::iota(order.begin(), order.end(), Vertex{0});
  std::mt19937_64 rng(seed);
  for (std::size_t i = order.size(); i-- > 1;)
    std::swap(order[i], order[static_cast<std::size_t>(uniform_below(rng, i + 1))]);
  return order;
}

int batch_of(const RobustnessOptions& o, Vertex n) {
  if (o.adaptive_batch > 0) return o.adaptive_batch;
  return n <= 2000 ? 1 : static_cast<int>((n + 1999) / 2000);
}

std::string batch_note(int batch) {
  if (batch <= 1) return {};
  return "recomputed after every " + std::to_string(batch) + " removals";
}

std::string sampling_note(const RobustnessOptions& o) {
  const double k = static_cast<double>(o.betweenness_pivots);
  const double eps95 = std::sqrt(std::log(2.0 / 0.05) / (2.0 * k));
  return "sampled betweenness (Brandes and Pich 2007) in weak components of more than " +
         std::to_string(o.adaptive_exact_max) +
         " enterprises: " + std::to_string(o.betweenness_pivots) +
         " uniform pivots, scaled by |C|/k; per enterprise the error exceeds eps |C|(|C|-2) with "
         "probability <= 2 exp(-2 k eps^2) (eps = " +
         format_double(std::round(eps95 * 1e4) / 1e4) + " at 95 %)";
}

void append_note(std::string& note, const std::string& part) {
  if (part.empty()) return;
  if (!note.empty()) note += "; ";
  note += part;
}

// Betweenness of the intact view, sampled per component as in the adaptive strategy.
std::vector<double> sampled_betweenness(const LayerView& view, const RobustnessOptions& o,
                                        bool& sampled) {
  const std::vector<char> alive(static_cast<std::size_t>(view.n()), 1);
  detail::AliveComponents components(view, alive);
  detail::MaskedBetweenness kernel(view, o.adaptive_exact_max, o.betweenness_pivots,
                                   o.seed ^ kPivotSeedMix, threads_for(view.n(), o.threads));
  std::vector<double> b(static_cast<std::size_t>(view.n()), 0.0);
  sampled = false;
  for (const auto& c : components.all())
    sampled = kernel.compute(c, alive, b) || sampled;
  return b;
}

std::vector<Vertex> adaptive_degree_order(const LayerView& view) {
  const auto n = static_cast<std::size_t>(view.n());
  std::vector<std::int64_t> degree(n);
  std::set<std::pair<std::int64_t, Vertex>> queue;  // (-degree, index): begin() is next
  for (Vertex v = 0; v < view.n(); ++v) {
    degree[static_cast<std::size_t>(v)] = static_cast<std::int64_t>(view.neighbors(v).size());
    queue.emplace(-degree[static_cast<std::size_t>(v)], v);
  }
  std::vector<char> alive(n, 1);
  std::vector<Vertex> order;
  order.reserve(n);
  while (!queue.empty()) {
    const Vertex v = queue.begin()->second;
    queue.erase(queue.begin());
    alive[static_cast<std::size_t>(v)] = 0;
    order.push_back(v);
    for (const Vertex w : view.neighbors(v)) {
      const auto wi = static_cast<std::size_t>(w);
      if (alive[wi] == 0) continue;
      queue.erase({-degree[wi], w});
      --degree[wi];
      queue.emplace(-degree[wi], w);
    }
  }
  return order;
}

std::vector<Vertex> adaptive_betweenness_order(const LayerView& view, const RobustnessOptions& o,
                                               std::string* note) {
  const auto n = static_cast<std::size_t>(view.n());
  std::vector<char> alive(n, 1);
  detail::AliveComponents components(view, alive);
  detail::MaskedBetweenness kernel(view, o.adaptive_exact_max, o.betweenness_pivots,
                                   o.seed ^ kPivotSeedMix, threads_for(view.n(), o.threads));
  std::vector<double> b(n, 0.0);
  bool sampled = false;
  for (const auto& c : components.all())
    sampled = kernel.compute(c, alive, b) || sampled;
  const int batch = batch_of(o, view.n());
  std::vector<Vertex> order;
  order.reserve(n);
  std::vector<Vertex> removed;
  while (order.size() < n) {
    removed.clear();
    for (int k = 0; k < batch && order.size() < n; ++k) {
      const Vertex v = detail::argmax_alive(b, alive);
      alive[static_cast<std::size_t>(v)] = 0;
      order.push_back(v);
      removed.push_back(v);
    }
    for (const auto& part : components.split(removed, alive))
      sampled = kernel.compute(part, alive, b) || sampled;
  }
  if (note != nullptr) {
    if (sampled) append_note(*note, sampling_note(o));
    append_note(*note, batch_note(batch));
  }
  return order;
}

std::vector<Vertex> adaptive_pagerank_order(const LayerView& view, const RobustnessOptions& o,
                                            std::string* note) {
  const auto n = static_cast<std::size_t>(view.n());
  std::vector<char> alive(n, 1);
  std::vector<double> rank(n, 0.0);
  const int batch = batch_of(o, view.n());
  std::vector<Vertex> order;
  order.reserve(n);
  while (order.size() < n) {
    detail::masked_pagerank(view, alive, rank);
    for (int k = 0; k < batch && order.size() < n; ++k) {
      const Vertex v = detail::argmax_alive(rank, alive);
      alive[static_cast<std::size_t>(v)] = 0;
      order.push_back(v);
    }
  }
  if (note != nullptr) append_note(*note, batch_note(batch));
  return order;
}

// The q at which efficiency is computed (ascending).
std::vector<std::size_t> efficiency_points(const RobustnessOptions& o, Vertex n) {
  std::vector<std::size_t> q;
  if (o.efficiency_points == 0 || n < 2 || n > o.efficiency_max_n) return q;
  const auto nn = static_cast<std::size_t>(n);
  const auto p = static_cast<std::size_t>(o.efficiency_points);
  if (nn + 1 <= p || p == 1) {
    if (p == 1) return {0};
    q.resize(nn + 1);
    std::iota(q.begin(), q.end(), std::size_t{0});
    return q;
  }
  for (std::size_t i = 0; i < p; ++i) {
    q.push_back(static_cast<std::size_t>(std::llround(
        static_cast<double>(i) * static_cast<double>(nn) / static_cast<double>(p - 1))));
  }
  q.erase(std::unique(q.begin(), q.end()), q.end());
  return q;
}

std::vector<std::optional<double>> efficiency_curve(const LayerView& view,
                                                    std::span<const Vertex> order,
                                                    std::span<const std::size_t> points,
                                                    int threads) {
  const auto n = static_cast<std::size_t>(view.n());
  std::vector<std::optional<double>> e(n + 1);
  std::vector<char> alive(n, 1);
  std::size_t removed = 0;
  const double pairs = static_cast<double>(n) * static_cast<double>(n - 1);
  for (const std::size_t q : points) {
    for (; removed < q; ++removed)
      alive[static_cast<std::size_t>(order[removed])] = 0;
    e[q] = detail::masked_inverse_distance_sum(view, alive, threads) / pairs;
  }
  return e;
}

}  // namespace

std::vector<Vertex> removal_order(const LayerView& view, RemovalStrategy strategy,
                                  const RobustnessOptions& options, std::string* note) {
  check_options(options);
  const auto to_double = [](const std::vector<std::int64_t>& v) {
    return std::vector<double>(v.begin(), v.end());
  };
  switch (strategy) {
    case RemovalStrategy::random:
      return random_order(view.n(), options.seed);
    case RemovalStrategy::degree:
      return detail::rank_descending(to_double(compute_degrees(view).degree));
    case RemovalStrategy::betweenness: {
      if (view.n() <= options.betweenness_exact_max_n) {
        const DistanceOptions d{.threads = options.threads};
        return detail::rank_descending(compute_distance_indicators(view, d).betweenness);
      }
      bool sampled = false;
      const auto b = sampled_betweenness(view, options, sampled);
      if (sampled && note != nullptr) append_note(*note, sampling_note(options));
      return detail::rank_descending(b);
    }
    case RemovalStrategy::pagerank:
      return detail::rank_descending(compute_pagerank(view));
    case RemovalStrategy::adaptive_degree:
      return adaptive_degree_order(view);
    case RemovalStrategy::adaptive_betweenness:
      return adaptive_betweenness_order(view, options, note);
    case RemovalStrategy::adaptive_pagerank:
      return adaptive_pagerank_order(view, options, note);
  }
  return {};
}

std::vector<double> component_curve(const LayerView& view, std::span<const Vertex> order) {
  const auto n = static_cast<std::size_t>(view.n());
  std::vector<double> s(n + 1, 0.0);
  if (n == 0) return s;
  std::vector<Vertex> parent(n, -1);  // -1: not added back yet
  std::vector<std::int64_t> size(n, 0);
  auto find = [&](Vertex v) {
    while (parent[static_cast<std::size_t>(v)] != v) {
      auto& p = parent[static_cast<std::size_t>(v)];
      p = parent[static_cast<std::size_t>(p)];  // path halving
      v = p;
    }
    return v;
  };
  std::int64_t largest = 0;
  for (std::size_t q = n; q-- > 0;) {
    const Vertex v = order[q];
    parent[static_cast<std::size_t>(v)] = v;
    size[static_cast<std::size_t>(v)] = 1;
    for (const Vertex w : view.neighbors(v)) {
      if (parent[static_cast<std::size_t>(w)] < 0) continue;
      Vertex a = find(v);
      Vertex b = find(w);
      if (a == b) continue;
      if (size[static_cast<std::size_t>(a)] < size[static_cast<std::size_t>(b)]) std::swap(a, b);
      parent[static_cast<std::size_t>(b)] = a;
      size[static_cast<std::size_t>(a)] += size[static_cast<std::size_t>(b)];
    }
    largest = std::max(largest, size[static_cast<std::size_t>(find(v))]);
    s[q] = static_cast<double>(largest) / static_cast<double>(n);
  }
  return s;
}

std::vector<double> component_curve_reference(const LayerView& view,
                                              std::span<const Vertex> order) {
  const auto n = static_cast<std::size_t>(view.n());
  std::vector<double> s(n + 1, 0.0);
  std::vector<char> alive(n, 1);
  for (std::size_t q = 0; q <= n; ++q) {
    if (q > 0) alive[static_cast<std::size_t>(order[q - 1])] = 0;
    std::vector<char> seen(n, 0);
    std::size_t largest = 0;
    for (Vertex v = 0; v < view.n(); ++v) {
      if (alive[static_cast<std::size_t>(v)] == 0 || seen[static_cast<std::size_t>(v)] != 0)
        continue;
      std::vector<Vertex> queue{v};
      seen[static_cast<std::size_t>(v)] = 1;
      for (std::size_t head = 0; head < queue.size(); ++head) {
        for (const Vertex w : view.neighbors(queue[head])) {
          if (alive[static_cast<std::size_t>(w)] == 0 || seen[static_cast<std::size_t>(w)] != 0)
            continue;
          seen[static_cast<std::size_t>(w)] = 1;
          queue.push_back(w);
        }
      }
      largest = std::max(largest, queue.size());
    }
    s[q] = n == 0 ? 0.0 : static_cast<double>(largest) / static_cast<double>(n);
  }
  return s;
}

std::optional<double> global_efficiency_without(const LayerView& view,
                                                std::span<const char> removed, int threads) {
  if (view.n() < 2) return std::nullopt;
  std::vector<char> alive(removed.size());
  for (std::size_t i = 0; i < alive.size(); ++i)
    alive[i] = removed[i] == 0 ? 1 : 0;
  const double pairs = static_cast<double>(view.n()) * static_cast<double>(view.n() - 1);
  return detail::masked_inverse_distance_sum(view, alive, threads) / pairs;
}

std::optional<double> robustness_index(std::span<const double> curve) {
  if (curve.size() < 2) return std::nullopt;
  double sum = 0.0;
  for (std::size_t q = 1; q < curve.size(); ++q)
    sum += curve[q];
  return sum / static_cast<double>(curve.size() - 1);
}

RobustnessResult compute_robustness(const SymbiosisGraph& graph, const RobustnessOptions& options) {
  check_options(options);
  const LayerView& view = graph.view(options.layer);
  RobustnessResult result;
  result.options = options;
  result.n = view.n();
  const auto n = static_cast<std::size_t>(view.n());
  const std::vector<std::size_t> points = efficiency_points(options, view.n());
  const int threads = threads_for(view.n(), options.threads);
  std::string efficiency_note;
  if (view.n() > options.efficiency_max_n && options.efficiency_points > 0) {
    efficiency_note = "global efficiency not computed: n > " +
                      std::to_string(options.efficiency_max_n) + " (efficiency_max_n)";
  } else if (!points.empty() && points.size() < n + 1) {
    efficiency_note =
        "global efficiency computed at " + std::to_string(points.size()) + " evenly spaced q";
  }
  for (const RemovalStrategy strategy : options.strategies) {
    RobustnessCurve curve;
    curve.strategy = strategy;
    if (n == 0) {
      result.curves.push_back(std::move(curve));
      continue;
    }
    if (strategy == RemovalStrategy::random) {
      curve.largest_component_share.assign(n + 1, 0.0);
      std::vector<double> efficiency(n + 1, 0.0);
      for (int r = 0; r < options.runs; ++r) {
        const auto order = random_order(view.n(), options.seed + static_cast<std::uint64_t>(r));
        const auto s = component_curve(view, order);
        for (std::size_t q = 0; q <= n; ++q)
          curve.largest_component_share[q] += s[q];
        const auto e = efficiency_curve(view, order, points, threads);
        for (const std::size_t q : points)
          efficiency[q] += *e[q];
      }
      const double runs = static_cast<double>(options.runs);
      for (double& s : curve.largest_component_share)
        s /= runs;
      curve.global_efficiency.resize(n + 1);
      for (const std::size_t q : points)
        curve.global_efficiency[q] = efficiency[q] / runs;
      curve.note = "mean over " + std::to_string(options.runs) + " runs, seeds " +
                   std::to_string(options.seed) + " + r";
    } else {
      curve.order = removal_order(view, strategy, options, &curve.note);
      curve.largest_component_share = component_curve(view, curve.order);
      curve.global_efficiency = efficiency_curve(view, curve.order, points, threads);
    }
    append_note(curve.note, efficiency_note);
    curve.robustness_index = robustness_index(curve.largest_component_share);
    result.curves.push_back(std::move(curve));
  }
  return result;
}

}  // namespace symbio::net
