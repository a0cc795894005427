#include <omp.h>

#include <atomic>

#include <algorithm>
#include <cstddef>
#include <memory>
#include <span>
#include <utility>

#include "network/detail/distance_sweep.hpp"
#include "network/detail/sweep_lanes.hpp"

namespace symbio::net::detail {

namespace {

// Per-thread state, allocated once: the lane kernel's arrays, the per-vertex sums of the current
// block of sources, and the thread's exact totals.
struct Workspace {
  LaneSweeper sweeper;
  std::vector<BlockSums> block;
  std::vector<Fixed> betweenness;
  std::vector<Fixed> harmonic;
  std::vector<Fixed> harmonic_shift;
  std::vector<std::int64_t> in_reach;
  std::vector<std::int64_t> in_sum;

  Workspace(const SweepGraph& g, const std::vector<double>& inv, bool inbound, int lanes)
      : sweeper(g, inv, inbound, lanes),
        block(static_cast<std::size_t>(g.n)),
        betweenness(static_cast<std::size_t>(g.n)) {
    if (!inbound) return;
    const auto n = static_cast<std::size_t>(g.n);
    harmonic.assign(n, 0);
    harmonic_shift.assign(n, 0);
    in_reach.assign(n, 0);
    in_sum.assign(n, 0);
  }

  // Moves the block's double sums into the exact accumulators (and the counts into theirs) and
  // clears them for the next block.
  void flush(bool inbound) {
    for (std::size_t v = 0; v < block.size(); ++v) {
      BlockSums& b = block[v];
      if (b.betweenness != 0.0) betweenness[v] += to_fixed(b.betweenness);
      if (inbound) {
        if (b.harmonic != 0.0) harmonic[v] += to_fixed(b.harmonic);
        if (b.harmonic_shift != 0.0) harmonic_shift[v] += to_fixed(b.harmonic_shift);
        in_reach[v] += b.reach;
        in_sum[v] += b.sum;
      }
      b = BlockSums{};
    }
  }
};

}  // namespace

std::vector<Vertex> locality_order(const SweepGraph& g) {
  const auto n = static_cast<std::size_t>(g.n);
  std::vector<std::pair<Vertex, Vertex>> pairs;
  pairs.reserve(2 * g.targets.size());
  for (std::size_t v = 0; v < n; ++v) {
    for (std::int64_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
      pairs.emplace_back(static_cast<Vertex>(v), g.targets[static_cast<std::size_t>(e)]);
      pairs.emplace_back(g.targets[static_cast<std::size_t>(e)], static_cast<Vertex>(v));
    }
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  std::vector<std::size_t> offsets(n + 1, 0);
  for (const auto& p : pairs)
    ++offsets[static_cast<std::size_t>(p.first) + 1];
  for (std::size_t v = 0; v < n; ++v)
    offsets[v + 1] += offsets[v];

  std::vector<Vertex> order;
  order.reserve(n);
  std::vector<char> seen(n, 0);
  for (std::size_t start = 0; start < n; ++start) {
    if (seen[start]) continue;
    seen[start] = 1;
    std::size_t head = order.size();
    order.push_back(static_cast<Vertex>(start));
    while (head < order.size()) {
      const auto v = static_cast<std::size_t>(order[head++]);
      for (std::size_t e = offsets[v]; e < offsets[v + 1]; ++e) {
        const auto w = static_cast<std::size_t>(pairs[e].second);
        if (seen[w]) continue;
        seen[w] = 1;
        order.push_back(pairs[e].second);
      }
    }
  }
  return order;
}

SweepGraph relabel(const SweepGraph& g, const std::vector<Vertex>& order) {
  const auto n = static_cast<std::size_t>(g.n);
  std::vector<Vertex> position(n);
  for (std::size_t k = 0; k < n; ++k)
    position[static_cast<std::size_t>(order[k])] = static_cast<Vertex>(k);
  std::vector<char> source(n, 0);
  for (const Vertex s : g.sources)
    source[static_cast<std::size_t>(s)] = 1;
  SweepGraph r;
  r.n = g.n;
  r.offsets.assign(n + 1, 0);
  r.targets.reserve(g.targets.size());
  r.leaves.resize(n);
  r.roots.resize(n);
  for (std::size_t k = 0; k < n; ++k) {
    const auto old = static_cast<std::size_t>(order[k]);
    const auto begin = r.targets.size();
    for (std::int64_t e = g.offsets[old]; e < g.offsets[old + 1]; ++e)
      r.targets.push_back(
          position[static_cast<std::size_t>(g.targets[static_cast<std::size_t>(e)])]);
    // Sorted rows: a traversal then sweeps each row's labels in address order.
    std::sort(r.targets.begin() + static_cast<std::ptrdiff_t>(begin), r.targets.end());
    r.offsets[k + 1] = static_cast<std::int64_t>(r.targets.size());
    r.leaves[k] = g.leaves[old];
    r.roots[k] = g.roots[old];
    if (source[old]) r.sources.push_back(static_cast<Vertex>(k));
  }
  return r;
}

std::vector<Vertex> batch_order(const SweepGraph& g) {
  const auto n = static_cast<std::size_t>(g.n);
  const auto degree = [&](std::size_t v) { return g.offsets[v + 1] - g.offsets[v]; };
  // (hub, source); a source without out-ties gets n + itself: they come last, together.
  std::vector<std::pair<std::size_t, Vertex>> keyed;
  keyed.reserve(g.sources.size());
  for (const Vertex s : g.sources) {
    const auto u = static_cast<std::size_t>(s);
    std::size_t hub = n + u;
    std::int64_t best = -1;
    for (std::int64_t e = g.offsets[u]; e < g.offsets[u + 1]; ++e) {
      const auto w = static_cast<std::size_t>(g.targets[static_cast<std::size_t>(e)]);
      if (degree(w) > best || (degree(w) == best && w < hub)) {
        best = degree(w);
        hub = w;
      }
    }
    keyed.emplace_back(hub, s);
  }
  std::sort(keyed.begin(), keyed.end());
  std::vector<Vertex> order;
  order.reserve(keyed.size());
  for (const auto& k : keyed)
    order.push_back(k.second);
  return order;
}

namespace {

template <typename T>
void restore_one(std::vector<T>& values, const std::vector<Vertex>& order) {
  if (values.empty()) return;
  std::vector<T> original(values.size());
  for (std::size_t k = 0; k < values.size(); ++k)
    original[static_cast<std::size_t>(order[k])] = values[k];
  values.swap(original);
}

}  // namespace

void restore(SweepResult& r, const std::vector<Vertex>& order) {
  restore_one(r.betweenness, order);
  restore_one(r.in_harmonic, order);
  restore_one(r.in_harmonic_shift, order);
  restore_one(r.in_reach, order);
  restore_one(r.in_sum, order);
  restore_one(r.out_reach, order);
  restore_one(r.out_sum, order);
  restore_one(r.out_harmonic, order);
  restore_one(r.out_harmonic_shift, order);
  restore_one(r.eccentricity, order);
}

template <bool kInbound>
SweepResult sweep(const SweepGraph& g, int threads, int lanes,
                  const std::function<void(double)>& progress) {
  const auto n = static_cast<std::size_t>(g.n);
  SweepResult out;
  out.betweenness.assign(n, 0);
  if constexpr (kInbound) {
    out.in_harmonic.assign(n, 0);
    out.in_harmonic_shift.assign(n, 0);
    out.in_reach.assign(n, 0);
    out.in_sum.assign(n, 0);
    out.out_reach.assign(n, 0);
    out.out_sum.assign(n, 0);
    out.out_harmonic.assign(n, 0.0);
    out.out_harmonic_shift.assign(n, 0.0);
    out.eccentricity.assign(n, 0);
  }
  if (n == 0 || g.sources.empty()) return out;

  std::vector<double> inv(n + 3, 0.0);
  for (std::size_t d = 1; d < inv.size(); ++d)
    inv[d] = 1.0 / static_cast<double>(d);

  // The block size depends on the number of sources only, never on the thread count or the
  // lanes. Blocks are large enough that flushing (O(n)) costs little next to their traversals
  // (O(block * m)) and numerous enough for dynamic scheduling to balance two to a few dozen
  // threads; a multiple of 8, so that batches of any lane count fill them.
  const std::vector<Vertex> order = batch_order(g);
  const std::size_t sources = order.size();
  const std::size_t block = (std::clamp<std::size_t>(sources / 64, 8, 256) + 7) / 8 * 8;
  const auto blocks = static_cast<std::int64_t>((sources + block - 1) / block);
  const int team = std::max(1, std::min(threads, static_cast<int>(blocks)));

  // Allocated before the parallel region so that a failed allocation throws to the caller.
  std::vector<std::unique_ptr<Workspace>> spaces;
  for (int t = 0; t < team; ++t)
    spaces.push_back(std::make_unique<Workspace>(g, inv, kInbound, lanes));

  std::atomic<std::int64_t> blocks_done{0};
#pragma omp parallel num_threads(team)
  {
    Workspace& w = *spaces[static_cast<std::size_t>(omp_get_thread_num())];
    const bool reporter = progress && omp_get_thread_num() == 0;
#pragma omp for schedule(dynamic, 1)
    for (std::int64_t b = 0; b < blocks; ++b) {
      const std::size_t first = static_cast<std::size_t>(b) * block;
      const std::size_t last = std::min(sources, first + block);
      const auto batch = static_cast<std::size_t>(w.sweeper.lanes());
      for (std::size_t k = first; k < last; k += batch) {
        w.sweeper.traverse(std::span<const Vertex>(order).subspan(k, std::min(batch, last - k)),
                           w.block, out);
      }
      w.flush(kInbound);
      const std::int64_t done = ++blocks_done;
      if (reporter) progress(static_cast<double>(done) / static_cast<double>(blocks));
    }
  }

  for (const auto& space : spaces) {
    const Workspace& w = *space;
    for (std::size_t v = 0; v < n; ++v) {
      out.betweenness[v] += w.betweenness[v];
      if constexpr (kInbound) {
        out.in_harmonic[v] += w.harmonic[v];
        out.in_harmonic_shift[v] += w.harmonic_shift[v];
        out.in_reach[v] += w.in_reach[v];
        out.in_sum[v] += w.in_sum[v];
      }
    }
  }
  return out;
}

template SweepResult sweep<true>(const SweepGraph& graph, int threads, int lanes,
                                 const std::function<void(double)>& progress);
template SweepResult sweep<false>(const SweepGraph& graph, int threads, int lanes,
                                  const std::function<void(double)>& progress);

}  // namespace symbio::net::detail
