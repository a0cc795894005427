#include "network/robustness_kernels.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <omp.h>

namespace symbio::net::detail {

namespace {

constexpr double kTieTolerance = 1e-9;
constexpr std::size_t kBlocks = 8;
// About this many edge visits make a parallel region worth its start-up.
constexpr std::size_t kParallelWork = 2'000'000;

bool is_alive(std::span<const char> alive, Vertex v) {
  return alive[static_cast<std::size_t>(v)] != 0;
}

}  // namespace

AliveComponents::AliveComponents(const LayerView& view, std::span<const char> alive)
    : view_(view), label_(static_cast<std::size_t>(view.n()), -1) {
  for (Vertex v = 0; v < view.n(); ++v) {
    if (!is_alive(alive, v) || label_[static_cast<std::size_t>(v)] >= 0) continue;
    const auto id = static_cast<std::int64_t>(members_.size());
    members_.push_back(grow(v, id, alive));
  }
}

std::vector<Vertex> AliveComponents::grow(Vertex start, std::int64_t id,
                                          std::span<const char> alive) {
  std::vector<Vertex> members{start};
  label_[static_cast<std::size_t>(start)] = id;
  for (std::size_t head = 0; head < members.size(); ++head) {
    for (const Vertex w : view_.neighbors(members[head])) {
      if (!is_alive(alive, w) || label_[static_cast<std::size_t>(w)] == id) continue;
      label_[static_cast<std::size_t>(w)] = id;
      members.push_back(w);
    }
  }
  std::sort(members.begin(), members.end());
  return members;
}

std::vector<std::vector<Vertex>> AliveComponents::split(std::span<const Vertex> removed,
                                                        std::span<const char> alive) {
  std::vector<std::int64_t> touched;
  for (const Vertex v : removed)
    touched.push_back(label_[static_cast<std::size_t>(v)]);
  std::sort(touched.begin(), touched.end());
  touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
  std::vector<Vertex> left;
  for (const std::int64_t c : touched) {
    for (const Vertex v : members_[static_cast<std::size_t>(c)]) {
      label_[static_cast<std::size_t>(v)] = -1;
      if (is_alive(alive, v)) left.push_back(v);
    }
    members_[static_cast<std::size_t>(c)].clear();
    members_[static_cast<std::size_t>(c)].shrink_to_fit();
  }
  std::sort(left.begin(), left.end());
  std::vector<std::vector<Vertex>> parts;
  for (const Vertex v : left) {
    if (label_[static_cast<std::size_t>(v)] >= 0) continue;
    const auto id = static_cast<std::int64_t>(members_.size());
    members_.push_back(grow(v, id, alive));
    parts.push_back(members_.back());
  }
  return parts;
}

MaskedBetweenness::MaskedBetweenness(const LayerView& view, Vertex exact_max, int pivots,
                                     std::uint64_t seed, int threads)
    : view_(view),
      exact_max_(exact_max),
      pivots_(pivots),
      threads_(threads > 0 ? threads : omp_get_max_threads()),
      rng_(seed),
      scratch_(static_cast<std::size_t>(threads_)),
      blocks_(kBlocks) {
  const auto n = static_cast<std::size_t>(view.n());
  for (Scratch& s : scratch_) {
    s.dist.assign(n, -1);
    s.sigma.assign(n, 0.0);
    s.delta.assign(n, 0.0);
    s.order.reserve(n);
  }
  for (auto& b : blocks_)
    b.assign(n, 0.0);
}

void MaskedBetweenness::from_source(Vertex s, std::span<const char> alive, Scratch& scratch,
                                    std::vector<double>& sum) const {
  auto& dist = scratch.dist;
  auto& sigma = scratch.sigma;
  auto& delta = scratch.delta;
  auto& order = scratch.order;
  order.clear();
  order.push_back(s);
  dist[static_cast<std::size_t>(s)] = 0;
  sigma[static_cast<std::size_t>(s)] = 1.0;
  for (std::size_t head = 0; head < order.size(); ++head) {
    const Vertex v = order[head];
    const auto vi = static_cast<std::size_t>(v);
    for (const Vertex w : view_.out(v)) {
      if (!is_alive(alive, w)) continue;
      const auto wi = static_cast<std::size_t>(w);
      if (dist[wi] < 0) {
        dist[wi] = dist[vi] + 1;
        order.push_back(w);
      }
      if (dist[wi] == dist[vi] + 1) sigma[wi] += sigma[vi];
    }
  }
  // Predecessors are found through the in-ties: v precedes w iff dist[v] == dist[w] - 1.
  for (std::size_t k = order.size(); k-- > 1;) {
    const Vertex w = order[k];
    const auto wi = static_cast<std::size_t>(w);
    const double factor = (1.0 + delta[wi]) / sigma[wi];
    for (const Vertex v : view_.in(w)) {
      const auto vi = static_cast<std::size_t>(v);
      if (is_alive(alive, v) && dist[vi] == dist[wi] - 1) delta[vi] += sigma[vi] * factor;
    }
    sum[wi] += delta[wi];
  }
  for (const Vertex v : order) {
    const auto vi = static_cast<std::size_t>(v);
    dist[vi] = -1;
    sigma[vi] = 0.0;
    delta[vi] = 0.0;
  }
}

bool MaskedBetweenness::compute(std::span<const Vertex> component, std::span<const char> alive,
                                std::vector<double>& out) {
  for (const Vertex v : component)
    out[static_cast<std::size_t>(v)] = 0.0;
  if (component.size() < 3) return false;
  std::vector<Vertex> sources(component.begin(), component.end());
  const bool sampled = static_cast<Vertex>(component.size()) > exact_max_ &&
                       static_cast<std::size_t>(pivots_) < component.size();
  if (sampled) {
    // Partial Fisher-Yates: the first k entries become a uniform sample without replacement.
    const auto k = static_cast<std::size_t>(pivots_);
    for (std::size_t i = 0; i < k; ++i) {
      const std::uint64_t span = sources.size() - i;
      const std::uint64_t limit = UINT64_MAX - UINT64_MAX % span;
      std::uint64_t draw = rng_();
      while (draw >= limit)
        draw = rng_();
      std::swap(sources[i], sources[i + static_cast<std::size_t>(draw % span)]);
    }
    sources.resize(k);
    std::sort(sources.begin(), sources.end());
  }
  const std::size_t count = sources.size();
  const std::size_t blocks = std::min(kBlocks, count);
  // Thread start-up and barriers cost more than small components' work.
  const bool parallel = count * component.size() >= kParallelWork / 4;
#pragma omp parallel for schedule(dynamic, 1) num_threads(threads_) if (parallel)
  for (std::size_t b = 0; b < blocks; ++b) {
    Scratch& scratch = scratch_[static_cast<std::size_t>(omp_get_thread_num())];
    for (std::size_t i = b * count / blocks; i < (b + 1) * count / blocks; ++i)
      from_source(sources[i], alive, scratch, blocks_[b]);
  }
  const double scale =
      sampled ? static_cast<double>(component.size()) / static_cast<double>(count) : 1.0;
  for (const Vertex v : component) {
    const auto vi = static_cast<std::size_t>(v);
    double total = 0.0;
    for (std::size_t b = 0; b < blocks; ++b) {
      total += blocks_[b][vi];
      blocks_[b][vi] = 0.0;
    }
    out[vi] = total * scale;
  }
  return sampled;
}

void masked_pagerank(const LayerView& view, std::span<const char> alive, std::vector<double>& rank,
                     double damping, double tolerance, int max_iterations) {
  const auto n = static_cast<std::size_t>(view.n());
  rank.resize(n, 0.0);
  std::vector<Vertex> live;
  std::vector<double> out_degree(n, 0.0);
  double start_sum = 0.0;
  for (Vertex v = 0; v < view.n(); ++v) {
    if (!is_alive(alive, v)) {
      rank[static_cast<std::size_t>(v)] = 0.0;
      continue;
    }
    live.push_back(v);
    for (const Vertex w : view.out(v)) {
      if (is_alive(alive, w)) out_degree[static_cast<std::size_t>(v)] += 1.0;
    }
    start_sum += rank[static_cast<std::size_t>(v)];
  }
  if (live.empty()) return;
  const double size = static_cast<double>(live.size());
  for (const Vertex v : live) {
    auto& r = rank[static_cast<std::size_t>(v)];
    r = start_sum > 0.0 ? r / start_sum : 1.0 / size;
  }
  std::vector<double> share(n, 0.0);
  for (int it = 0; it < max_iterations; ++it) {
    double dangling = 0.0;
    for (const Vertex v : live) {
      const auto vi = static_cast<std::size_t>(v);
      if (out_degree[vi] > 0.0) {
        share[vi] = rank[vi] / out_degree[vi];
      } else {
        share[vi] = 0.0;
        dangling += rank[vi];
      }
    }
    const double base = (1.0 - damping) / size + damping * dangling / size;
    double change = 0.0;
    for (const Vertex v : live) {
      double in = 0.0;
      for (const Vertex u : view.in(v))
        in += share[static_cast<std::size_t>(u)];
      const double next = base + damping * in;
      change += std::abs(next - rank[static_cast<std::size_t>(v)]);
      rank[static_cast<std::size_t>(v)] = next;
    }
    if (change < tolerance) break;
  }
}

double masked_inverse_distance_sum(const LayerView& view, std::span<const char> alive,
                                   int threads) {
  const Vertex n = view.n();
  std::vector<double> per_source(static_cast<std::size_t>(n), 0.0);
  const int t = threads > 0 ? threads : omp_get_max_threads();
  std::size_t live = 0;
  for (const char a : alive)
    live += a != 0 ? 1 : 0;
  const std::size_t work = live * (static_cast<std::size_t>(n) + view.out_csr().targets.size());
#pragma omp parallel num_threads(t) if (work >= kParallelWork)
  {
    std::vector<std::int32_t> dist(static_cast<std::size_t>(n), -1);
    std::vector<Vertex> queue;
    queue.reserve(static_cast<std::size_t>(n));
#pragma omp for schedule(dynamic, 32)
    for (Vertex s = 0; s < n; ++s) {
      if (!is_alive(alive, s)) continue;
      queue.clear();
      queue.push_back(s);
      dist[static_cast<std::size_t>(s)] = 0;
      double sum = 0.0;
      for (std::size_t head = 0; head < queue.size(); ++head) {
        const Vertex v = queue[head];
        const std::int32_t next = dist[static_cast<std::size_t>(v)] + 1;
        for (const Vertex w : view.out(v)) {
          if (!is_alive(alive, w) || dist[static_cast<std::size_t>(w)] >= 0) continue;
          dist[static_cast<std::size_t>(w)] = next;
          sum += 1.0 / static_cast<double>(next);
          queue.push_back(w);
        }
      }
      for (const Vertex v : queue)
        dist[static_cast<std::size_t>(v)] = -1;
      per_source[static_cast<std::size_t>(s)] = sum;
    }
  }
  return std::accumulate(per_source.begin(), per_source.end(), 0.0);
}

Vertex argmax_alive(std::span<const double> values, std::span<const char> alive) {
  double best = 0.0;
  bool any = false;
  for (std::size_t v = 0; v < values.size(); ++v) {
    if (alive[v] == 0) continue;
    if (!any || values[v] > best) best = values[v];
    any = true;
  }
  if (!any) return -1;
  const double floor = best - kTieTolerance * std::abs(best);
  for (std::size_t v = 0; v < values.size(); ++v) {
    if (alive[v] != 0 && values[v] >= floor) return static_cast<Vertex>(v);
  }
  return -1;
}

std::vector<Vertex> rank_descending(std::span<const double> values) {
  std::vector<Vertex> order(values.size());
  std::iota(order.begin(), order.end(), Vertex{0});
  std::stable_sort(order.begin(), order.end(), [&](Vertex a, Vertex b) {
    return values[static_cast<std::size_t>(a)] > values[static_cast<std::size_t>(b)];
  });
  // Runs of values within the tolerance of the run's first (largest) value are ties.
  for (std::size_t begin = 0; begin < order.size();) {
    const double head = values[static_cast<std::size_t>(order[begin])];
    const double floor = head - kTieTolerance * std::abs(head);
    std::size_t end = begin + 1;
    while (end < order.size() && values[static_cast<std::size_t>(order[end])] >= floor)
      ++end;
    std::sort(order.begin() + static_cast<std::ptrdiff_t>(begin),
              order.begin() + static_cast<std::ptrdiff_t>(end));
    begin = end;
  }
  return order;
}

}  // namespace symbio::net::detail
