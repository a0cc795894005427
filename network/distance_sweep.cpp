#include <omp.h>

#include <atomic>

#include <algorithm>
#include <cstddef>
#include <utility>

#include "network/detail/distance_sweep.hpp"

namespace symbio::net::detail {

namespace {

// Per-thread state, allocated once: the traversal arrays (reset only where a traversal wrote)
// and the thread's share of the inbound sums.
// Distance and path count of a vertex side by side: the traversal reads both for every tie it
// follows, so they share one cache line.
struct Label {
  std::int32_t dist = -1;
  double sigma = 0.0;  // path counts, then (1 + delta) / sigma on the way back
};

// A vertex's sums over the sources of the current block, side by side: the backward pass adds
// to all of them for every vertex it visits, so they share one cache line.
struct BlockSums {
  double betweenness = 0.0;
  double harmonic = 0.0;
  double harmonic_shift = 0.0;
  std::int64_t reach = 0;
  std::int64_t sum = 0;
};

struct Workspace {
  std::vector<Label> label;
  std::vector<Vertex> queue;  // visit order; read backwards it is Brandes' stack
  std::vector<BlockSums> block;
  std::vector<Fixed> betweenness;
  std::vector<Fixed> harmonic;
  std::vector<Fixed> harmonic_shift;
  std::vector<std::int64_t> in_reach;
  std::vector<std::int64_t> in_sum;

  Workspace(std::size_t n, bool inbound) : label(n), queue(n + 1), block(n), betweenness(n) {
    if (!inbound) return;
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

template <bool kInbound>
void traverse(const SweepGraph& g, Vertex u, const std::vector<double>& inv, Workspace& w,
              SweepResult& out) {
  const std::int64_t* offsets = g.offsets.data();
  const Vertex* targets = g.targets.data();
  const std::int32_t* leaves = g.leaves.data();
  Label* label = w.label.data();
  Vertex* queue = w.queue.data();

  const auto iu = static_cast<std::size_t>(u);
  label[iu] = Label{0, 1.0};
  queue[0] = u;
  std::size_t head = 0;
  std::size_t tail = 1;
  while (head < tail) {
    const auto v = static_cast<std::size_t>(queue[head++]);
    const std::int32_t next = label[v].dist + 1;
    const double sv = label[v].sigma;
    // Branch-free: whether a tie leads to a new vertex, one on the next level or neither is
    // data-dependent and mispredicted about half the time, which cost more than the stores.
    // Unvisited labels hold sigma 0 (reset below), so a first visit adds sv to 0, exactly.
    for (std::int64_t e = offsets[v]; e < offsets[v + 1]; ++e) {
      const Vertex t = targets[e];
      Label& x = label[static_cast<std::size_t>(t)];
      const std::int32_t dx = x.dist;
      const bool fresh = dx < 0;
      x.sigma += (fresh || dx == next) ? sv : 0.0;
      x.dist = fresh ? next : dx;
      queue[tail] = t;
      tail += fresh ? 1 : 0;
    }
  }

  // Each dependency is summed over the DAG successors (dist + 1) of v, all of which lie deeper in
  // the queue and already hold (1 + delta) / sigma, so no predecessor lists are needed (the
  // successor form of Brandes' recursion; one division per vertex instead of one per edge).
  const std::int32_t roots = kInbound ? g.roots[iu] : 0;
  const double weight = 1.0 + static_cast<double>(roots);
  const std::int64_t count = 1 + roots;
  const auto own_leaves = static_cast<std::int64_t>(leaves[iu]);
  std::int64_t reach = own_leaves;
  std::int64_t distance_sum = own_leaves;
  double harmonic = static_cast<double>(own_leaves);
  double harmonic_shift = 0.5 * static_cast<double>(own_leaves);
  std::int32_t eccentricity = own_leaves > 0 ? 1 : 0;
  for (std::size_t i = tail - 1; i >= 1; --i) {
    const auto v = static_cast<std::size_t>(queue[i]);
    const std::int32_t d = label[v].dist;
    const std::int32_t next = d + 1;
    double successors = 0.0;
    for (std::int64_t e = offsets[v]; e < offsets[v + 1]; ++e) {
      const Label& x = label[static_cast<std::size_t>(targets[e])];
      successors += x.dist == next ? x.sigma : 0.0;
    }
    const auto lv = static_cast<std::int64_t>(leaves[v]);
    // A folded leaf below v has sigma equal to sigma[v] and no dependency: it adds exactly 1.
    const double delta = static_cast<double>(lv) + label[v].sigma * successors;
    BlockSums& sums = w.block[v];
    sums.betweenness += weight * delta;
    label[v].sigma = (1.0 + delta) / label[v].sigma;
    if constexpr (kInbound) {
      const auto dd = static_cast<std::int64_t>(d);
      reach += 1 + lv;
      distance_sum += dd + lv * (dd + 1);
      harmonic += inv[static_cast<std::size_t>(d)] +
                  static_cast<double>(lv) * inv[static_cast<std::size_t>(next)];
      harmonic_shift += inv[static_cast<std::size_t>(next)] +
                        static_cast<double>(lv) * inv[static_cast<std::size_t>(next + 1)];
      eccentricity = std::max(eccentricity, lv > 0 ? next : d);
      // The traversal stands for u and its roots; a root is one hop further from v than u.
      sums.reach += count;
      sums.sum += count * dd + roots;
      sums.harmonic += inv[static_cast<std::size_t>(d)] +
                       static_cast<double>(roots) * inv[static_cast<std::size_t>(next)];
      sums.harmonic_shift += inv[static_cast<std::size_t>(next)] +
                             static_cast<double>(roots) * inv[static_cast<std::size_t>(next + 1)];
    }
  }
  for (std::size_t i = 0; i < tail; ++i)
    label[static_cast<std::size_t>(queue[i])] = Label{};
  if constexpr (kInbound) {
    out.out_reach[iu] = reach;
    out.out_sum[iu] = distance_sum;
    out.out_harmonic[iu] = harmonic;
    out.out_harmonic_shift[iu] = harmonic_shift;
    out.eccentricity[iu] = eccentricity;
  }
}

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
SweepResult sweep(const SweepGraph& g, int threads, const std::function<void(double)>& progress) {
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

  // The block size depends on the number of sources only, never on the thread count. Blocks are
  // large enough that flushing (O(n)) costs little next to their traversals (O(block * m)) and
  // numerous enough for dynamic scheduling to balance two to a few dozen threads.
  const std::size_t sources = g.sources.size();
  const std::size_t block = std::clamp<std::size_t>(sources / 64, 8, 256);
  const auto blocks = static_cast<std::int64_t>((sources + block - 1) / block);
  const int team = std::max(1, std::min(threads, static_cast<int>(blocks)));

  // Allocated before the parallel region so that a failed allocation throws to the caller.
  std::vector<Workspace> spaces;
  spaces.reserve(static_cast<std::size_t>(team));
  for (int t = 0; t < team; ++t)
    spaces.emplace_back(n, kInbound);

  std::atomic<std::int64_t> blocks_done{0};
#pragma omp parallel num_threads(team)
  {
    Workspace& w = spaces[static_cast<std::size_t>(omp_get_thread_num())];
    const bool reporter = progress && omp_get_thread_num() == 0;
#pragma omp for schedule(dynamic, 1)
    for (std::int64_t b = 0; b < blocks; ++b) {
      const std::size_t first = static_cast<std::size_t>(b) * block;
      const std::size_t last = std::min(sources, first + block);
      for (std::size_t k = first; k < last; ++k)
        traverse<kInbound>(g, g.sources[k], inv, w, out);
      w.flush(kInbound);
      const std::int64_t done = ++blocks_done;
      if (reporter) progress(static_cast<double>(done) / static_cast<double>(blocks));
    }
  }

  for (const Workspace& w : spaces) {
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

template SweepResult sweep<true>(const SweepGraph& graph, int threads,
                                 const std::function<void(double)>& progress);
template SweepResult sweep<false>(const SweepGraph& graph, int threads,
                                  const std::function<void(double)>& progress);

}  // namespace symbio::net::detail
