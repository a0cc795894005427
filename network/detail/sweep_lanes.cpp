#include "network/detail/sweep_lanes.hpp"

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <limits>
#include <new>
#include <stdexcept>

// Compiled with -ffp-contract=off (network/CMakeLists.txt): the AVX2 and AVX-512 versions must
// not fuse a * b + c where the SSE2 version rounds twice, or the lane counts would disagree.

namespace symbio::net::detail {

namespace {

struct FreeAligned {
  void operator()(std::byte* p) const { ::operator delete[](p, std::align_val_t{64}); }
};
using Buffer = std::unique_ptr<std::byte[], FreeAligned>;

// Cache-line aligned, so that a vertex's lanes never straddle two lines.
Buffer allocate(std::size_t bytes) {
  auto* p = static_cast<std::byte*>(
      ::operator new[](std::max<std::size_t>(bytes, 64), std::align_val_t{64}));
  std::memset(p, 0, std::max<std::size_t>(bytes, 64));
  return Buffer(p);
}

// The words of a level's bitmap that hold its vertices: [first, last], empty when first > last.
struct WordRange {
  std::size_t first = std::numeric_limits<std::size_t>::max();
  std::size_t last = 0;
};

// Moves the vertices flagged in `next` (all within `range`) to the end of `entries`, in
// increasing order, and marks them visited. Returns the new end. Scanning only the range keeps
// a deep, thin traversal (a long chain: one vertex per level) linear instead of quadratic.
std::size_t collect(std::vector<std::uint64_t>& next, std::vector<std::uint64_t>& visited,
                    WordRange range, Vertex* entries, std::size_t tail) {
  for (std::size_t w = range.first; w <= range.last; ++w) {
    std::uint64_t bits = next[w];
    if (bits == 0) continue;
    next[w] = 0;
    visited[w] |= bits;
    while (bits != 0) {
      entries[tail++] =
          static_cast<Vertex>(w * 64 + static_cast<std::size_t>(__builtin_ctzll(bits)));
      bits &= bits - 1;
    }
  }
  return tail;
}

// collect() for a level that touched few ties over a wide range of words (a deep traversal whose
// lanes are far apart, as on a long cycle): walks the level's rows instead of the bitmap, moving
// each flagged vertex once, and sorts what it found. Same result as collect().
std::size_t gather(std::vector<std::uint64_t>& next, std::vector<std::uint64_t>& visited,
                   const SweepGraph& g, const Vertex* level_begin, const Vertex* level_end,
                   Vertex* entries, std::size_t tail) {
  const std::size_t start = tail;
  for (const Vertex* v = level_begin; v != level_end; ++v) {
    const auto row = static_cast<std::size_t>(*v);
    for (std::int64_t e = g.offsets[row]; e < g.offsets[row + 1]; ++e) {
      const auto w = static_cast<std::size_t>(g.targets[static_cast<std::size_t>(e)]);
      const std::uint64_t bit = std::uint64_t{1} << (w & 63);
      if ((next[w >> 6] & bit) == 0) continue;
      next[w >> 6] &= ~bit;
      visited[w >> 6] |= bit;
      entries[tail++] = static_cast<Vertex>(w);
    }
  }
  std::sort(entries + start, entries + tail);
  return tail;
}

}  // namespace

struct LaneSweeper::State {
  std::int64_t max_levels;  // a traversal needing more gives up (the kernel returns false)
  Buffer level;  // per vertex: one level per lane (16 or 32 bits), unreached = the type's max
  Buffer sigma;  // per vertex: path counts per lane, then (1 + delta) / sigma on the way back
  Buffer dep;    // per vertex: the dependency per lane, for the block sums
  std::vector<std::uint64_t> next;     // vertices found on the next level
  std::vector<std::uint64_t> visited;  // vertices any lane reached in this batch
  std::vector<Vertex> entries;         // the levels one after the other, each in index order
  std::vector<std::size_t> starts;     // where each level begins in entries
  std::vector<std::int64_t> hist;      // per level and lane: targets at that distance

  State(std::size_t n, int lanes, std::size_t level_bytes, std::int64_t levels)
      : max_levels(levels),
        level(allocate(n * static_cast<std::size_t>(lanes) * level_bytes)),
        sigma(allocate(n * static_cast<std::size_t>(lanes) * sizeof(double))),
        dep(allocate(n * static_cast<std::size_t>(lanes) * sizeof(double))),
        next((n + 63) / 64, 0),
        visited((n + 63) / 64, 0),
        entries(n * static_cast<std::size_t>(lanes) + 1) {
    // Every level starts unreached: the level type's maximum.
    const std::size_t cells = n * static_cast<std::size_t>(lanes);
    if (level_bytes == sizeof(std::int16_t)) {
      std::fill_n(reinterpret_cast<std::int16_t*>(level.get()), cells,
                  std::numeric_limits<std::int16_t>::max());
    } else {
      std::fill_n(reinterpret_cast<std::int32_t*>(level.get()), cells,
                  std::numeric_limits<std::int32_t>::max());
    }
  }
};

namespace {

// K lanes side by side: levels, path counts, and the masks of lanes. Path counts and masks are
// aligned only as their elements: the kernels of wider instruction sets must not assume the 32-
// or 64-byte alignment that the SSE2 code around them does not give (the arrays are cache-line
// aligned anyway). Levels are at most 16 bytes, which every instruction set aligns alike; an
// under-aligned level vector would be converted to masks lane by lane.
template <int K, typename L>
struct Vectors {
  static_assert(sizeof(L) * K <= 16);
  typedef L Level __attribute__((vector_size(sizeof(L) * K)));
  typedef double Real __attribute__((vector_size(8 * K), aligned(8)));
  typedef std::int64_t Mask __attribute__((vector_size(8 * K), aligned(8)));
  typedef std::uint32_t Words __attribute__((vector_size(sizeof(L) * K)));
};

// The kernel, inlined into one function per instruction set (below) so that the same source
// becomes SSE2, AVX2 or AVX-512 code. K lanes; L the level type; kInbound adds the closeness and
// harmonic sums. Returns false, with the state reset, when a traversal needs more levels than L
// holds.
template <int K, typename L, bool kInbound>
[[gnu::always_inline]] inline bool run_lanes(LaneSweeper::State& s, const SweepGraph& g,
                                             const double* inv, const Vertex* sources, int count,
                                             BlockSums* block, SweepResult& out) {
  using Level = typename Vectors<K, L>::Level;
  using Real = typename Vectors<K, L>::Real;
  using Mask = typename Vectors<K, L>::Mask;
  using Words = typename Vectors<K, L>::Words;
  constexpr L kUnreached = std::numeric_limits<L>::max();

  Level* level = reinterpret_cast<Level*>(s.level.get());
  Real* sigma = reinterpret_cast<Real*>(s.sigma.get());
  Real* dep = reinterpret_cast<Real*>(s.dep.get());
  const std::int64_t* offsets = g.offsets.data();
  const Vertex* targets = g.targets.data();
  const std::int32_t* leaves = g.leaves.data();
  std::uint64_t* next = s.next.data();
  Vertex* entries = s.entries.data();
  std::vector<std::size_t>& starts = s.starts;

  Level unreached;
  for (int k = 0; k < K; ++k)
    unreached[k] = kUnreached;
  const Real zero = {};
  const Real one = zero + 1.0;

  // Forward: path counts level by level, every level in increasing vertex order.
  WordRange range;
  for (int k = 0; k < count; ++k) {
    const auto u = static_cast<std::size_t>(sources[k]);
    level[u][k] = 0;
    sigma[u][k] = 1.0;
    next[u >> 6] |= std::uint64_t{1} << (u & 63);
    range.first = std::min(range.first, u >> 6);
    range.last = std::max(range.last, u >> 6);
  }
  starts.assign(1, 0);
  starts.push_back(collect(s.next, s.visited, range, entries, 0));
  std::int64_t top = 0;
  for (std::int64_t lev = 0;
       starts[static_cast<std::size_t>(lev)] < starts[static_cast<std::size_t>(lev) + 1]; ++lev) {
    // lev + 1 must stay below kUnreached, and lev + 2 indexes inv.
    if (lev + 2 >= std::min(s.max_levels, static_cast<std::int64_t>(kUnreached))) {
      for (std::size_t w = 0; w < s.visited.size(); ++w) {
        std::uint64_t bits = s.visited[w];
        s.visited[w] = 0;
        for (; bits != 0; bits &= bits - 1) {
          const std::size_t v = w * 64 + static_cast<std::size_t>(__builtin_ctzll(bits));
          level[v] = unreached;
          sigma[v] = zero;
        }
      }
      return false;
    }
    top = lev;
    const Level here_level = Level{} + static_cast<L>(lev);
    const Level next_level = Level{} + static_cast<L>(lev + 1);
    range = WordRange{};
    std::int64_t ties = 0;
    for (std::size_t i = starts[static_cast<std::size_t>(lev)];
         i < starts[static_cast<std::size_t>(lev) + 1]; ++i) {
      const auto v = static_cast<std::size_t>(entries[i]);
      const auto on_level = level[v] == here_level;
      // Comparisons are cast to levels, widened to 64-bit masks and select path counts by bitwise
      // and: GCC 12 compiles `comparison ? a : b` on these vectors into lane-by-lane code.
      const Real sv = (Real)(__builtin_convertvector((Level)on_level, Mask) & (Mask)sigma[v]);
      // New vertices lie within the words of v's row, whose ends are its smallest and largest
      // targets (rows are sorted).
      ties += offsets[v + 1] - offsets[v];
      if (offsets[v] < offsets[v + 1]) {
        range.first = std::min(range.first, static_cast<std::size_t>(targets[offsets[v]]) >> 6);
        range.last =
            std::max(range.last, static_cast<std::size_t>(targets[offsets[v + 1] - 1]) >> 6);
      }
      for (std::int64_t e = offsets[v]; e < offsets[v + 1]; ++e) {
        const auto w = static_cast<std::size_t>(targets[e]);
        const Level lw = level[w];
        const auto unseen = lw == unreached;
        const auto fresh = on_level & unseen;
        // Branch-free: which lanes a tie serves is data-dependent, and a branch on it would be
        // mispredicted about half the time. Lanes where v is not on this level add sv's zero.
        const Mask serves = __builtin_convertvector((Level)(unseen | (lw == next_level)), Mask);
        sigma[w] += (Real)(serves & (Mask)sv);
        level[w] = fresh ? next_level : lw;
        // Whether any lane is new, as 32-bit words: GCC 12 tests the lanes one by one otherwise.
        const Words fresh_words = (Words)fresh;
        std::uint32_t bits = 0;
        for (std::size_t word = 0; word < sizeof(Words) / sizeof(bits); ++word)
          bits |= fresh_words[word];
        const bool any = bits != 0;
        next[w >> 6] |= static_cast<std::uint64_t>(any) << (w & 63);
      }
    }
    // Scanning the range costs a step per word, walking the rows about log2(ties) per tie.
    const std::size_t words = range.first <= range.last ? range.last - range.first + 1 : 0;
    const std::size_t begin = starts[static_cast<std::size_t>(lev)];
    starts.push_back(static_cast<std::size_t>(ties) * 16 < words
                         ? gather(s.next, s.visited, g, entries + begin, entries + starts.back(),
                                  entries, starts.back())
                         : collect(s.next, s.visited, range, entries, starts.back()));
  }

  // Backward, deepest level first. Each dependency is summed over the DAG successors (level + 1)
  // of v, which were all handled on the level below and already hold (1 + delta) / sigma, so no
  // predecessor lists are needed (the successor form of Brandes' recursion; one division per
  // vertex and lane instead of one per tie). Per lane, the sources' own counts on the way.
  Mask reach = {};
  Mask sum = {};
  Mask eccentricity = {};
  if constexpr (kInbound) s.hist.assign(static_cast<std::size_t>(top + 3) * K, 0);
  Mask* hist = reinterpret_cast<Mask*>(s.hist.data());
  for (std::int64_t lev = top; lev >= 0; --lev) {
    const Level here_level = Level{} + static_cast<L>(lev);
    const Level next_level = Level{} + static_cast<L>(lev + 1);
    const std::int64_t self = lev > 0 ? 1 : 0;  // a source is not its own target
    for (std::size_t i = starts[static_cast<std::size_t>(lev)];
         i < starts[static_cast<std::size_t>(lev) + 1]; ++i) {
      const auto v = static_cast<std::size_t>(entries[i]);
      const Mask here = __builtin_convertvector((Level)(level[v] == here_level), Mask);
      Real successors = zero;
      for (std::int64_t e = offsets[v]; e < offsets[v + 1]; ++e) {
        const auto w = static_cast<std::size_t>(targets[e]);
        const Mask successor = __builtin_convertvector((Level)(level[w] == next_level), Mask);
        successors += (Real)(successor & (Mask)sigma[w]);
      }
      // A folded leaf below v has sigma equal to sigma[v] and no dependency: it adds exactly 1.
      const Real delta = (zero + static_cast<double>(leaves[v])) + sigma[v] * successors;
      sigma[v] = (Real)((here & (Mask)((one + delta) / sigma[v])) | (~here & (Mask)sigma[v]));
      dep[v] = (Real)((here & (Mask)delta) | (~here & (Mask)dep[v]));
      if constexpr (kInbound) {
        const std::int64_t lv = leaves[v];
        hist[lev] += here & (Mask{} + self);
        hist[lev + 1] += here & (Mask{} + lv);
        reach += here & (Mask{} + (self + lv));
        sum += here & (Mask{} + (self * lev + lv * (lev + 1)));
        const Mask depth = here & (Mask{} + (lv > 0 ? lev + 1 : lev));
        eccentricity = depth > eccentricity ? depth : eccentricity;
      }
    }
  }
  if constexpr (kInbound) {
    for (int k = 0; k < count; ++k) {
      const auto u = static_cast<std::size_t>(sources[k]);
      // Harmonic sums from the distance histogram, nearest first: the same order of additions
      // whatever the lanes.
      double harmonic = 0.0;
      double harmonic_shift = 0.0;
      for (std::int64_t d = 1; d <= top + 1; ++d) {
        const auto c = static_cast<double>(hist[d][k]);
        harmonic += c * inv[d];
        harmonic_shift += c * inv[d + 1];
      }
      out.out_reach[u] = reach[k];
      out.out_sum[u] = sum[k];
      out.out_harmonic[u] = harmonic;
      out.out_harmonic_shift[u] = harmonic_shift;
      out.eccentricity[u] = static_cast<std::int32_t>(eccentricity[k]);
    }
  }

  // Every (source, vertex) term into the block, sources in order; the state is reset on the way.
  double weight[K];
  std::int64_t roots[K];
  for (int k = 0; k < count; ++k) {
    roots[k] = g.roots[static_cast<std::size_t>(sources[k])];
    weight[k] = 1.0 + static_cast<double>(roots[k]);
  }
  for (std::size_t w = 0; w < s.visited.size(); ++w) {
    std::uint64_t bits = s.visited[w];
    s.visited[w] = 0;
    for (; bits != 0; bits &= bits - 1) {
      const std::size_t v = w * 64 + static_cast<std::size_t>(__builtin_ctzll(bits));
      const Level lv = level[v];
      const Real d = dep[v];
      BlockSums& b = block[v];
      for (int k = 0; k < count; ++k) {
        const L x = lv[k];
        if (x == 0 || x == kUnreached) continue;
        b.betweenness += weight[k] * d[k];
        if constexpr (kInbound) {
          // The traversal stands for u and its roots; a root is one hop further from v than u.
          const auto dd = static_cast<std::int64_t>(x);
          const auto xi = static_cast<std::size_t>(x);
          b.reach += 1 + roots[k];
          b.sum += (1 + roots[k]) * dd + roots[k];
          b.harmonic += inv[xi] + static_cast<double>(roots[k]) * inv[xi + 1];
          b.harmonic_shift += inv[xi + 1] + static_cast<double>(roots[k]) * inv[xi + 2];
        }
      }
      level[v] = unreached;
      sigma[v] = zero;
    }
  }
  return true;
}

// One function per instruction set; the kernel is inlined into each.
using Kernel = bool (*)(LaneSweeper::State&, const SweepGraph&, const double*, const Vertex*, int,
                        BlockSums*, SweepResult&);

#if defined(__x86_64__)
template <bool kInbound>
[[gnu::target("avx512f,avx512bw,avx512vl,avx512dq")]] bool lanes8(
    LaneSweeper::State& s, const SweepGraph& g, const double* inv, const Vertex* sources, int count,
    BlockSums* block, SweepResult& out) {
  return run_lanes<8, std::int16_t, kInbound>(s, g, inv, sources, count, block, out);
}

template <bool kInbound>
[[gnu::target("avx2")]] bool lanes4(LaneSweeper::State& s, const SweepGraph& g, const double* inv,
                                    const Vertex* sources, int count, BlockSums* block,
                                    SweepResult& out) {
  return run_lanes<4, std::int16_t, kInbound>(s, g, inv, sources, count, block, out);
}
#endif

template <bool kInbound>
bool lanes2(LaneSweeper::State& s, const SweepGraph& g, const double* inv, const Vertex* sources,
            int count, BlockSums* block, SweepResult& out) {
  return run_lanes<2, std::int16_t, kInbound>(s, g, inv, sources, count, block, out);
}

template <bool kInbound>
bool lanes2_wide(LaneSweeper::State& s, const SweepGraph& g, const double* inv,
                 const Vertex* sources, int count, BlockSums* block, SweepResult& out) {
  return run_lanes<2, std::int32_t, kInbound>(s, g, inv, sources, count, block, out);
}

Kernel narrow_kernel(int lanes, bool inbound) {
#if defined(__x86_64__)
  if (lanes == 8) return inbound ? lanes8<true> : lanes8<false>;
  if (lanes == 4) return inbound ? lanes4<true> : lanes4<false>;
#endif
  (void)lanes;
  return inbound ? lanes2<true> : lanes2<false>;
}

}  // namespace

int widest_lanes() {
#if defined(__x86_64__)
  __builtin_cpu_init();
  if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
      __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512dq"))
    return 8;
  if (__builtin_cpu_supports("avx2")) return 4;
#endif
  return 2;  // SSE2 on x86-64, the generic vector code elsewhere
}

LaneSweeper::LaneSweeper(const SweepGraph& graph, const std::vector<double>& inv, bool inbound,
                         int lanes, std::int64_t narrow_levels)
    : graph_(graph), inv_(inv), inbound_(inbound), lanes_(2) {
  if (lanes <= 0 || lanes >= 8) lanes_ = 8;
  if (lanes >= 4 && lanes < 8) lanes_ = 4;
  lanes_ = std::min(lanes_, widest_lanes());
  for (Vertex v = 0; v < graph.n; ++v) {
    const auto first = graph.targets.begin() + graph.offsets[static_cast<std::size_t>(v)];
    const auto last = graph.targets.begin() + graph.offsets[static_cast<std::size_t>(v) + 1];
    if (!std::is_sorted(first, last))
      throw std::invalid_argument("LaneSweeper: the rows of the graph must be sorted");
  }
  narrow_ = std::make_unique<State>(
      static_cast<std::size_t>(graph.n), lanes_, sizeof(std::int16_t),
      narrow_levels > 0 ? narrow_levels : std::numeric_limits<std::int16_t>::max());
}

LaneSweeper::~LaneSweeper() = default;

void LaneSweeper::traverse(std::span<const Vertex> sources, std::vector<BlockSums>& block,
                           SweepResult& out) {
  const auto count = static_cast<int>(sources.size());
  if (narrow_kernel(lanes_, inbound_)(*narrow_, graph_, inv_.data(), sources.data(), count,
                                      block.data(), out))
    return;
  // Deeper than 16-bit levels: two sources at a time with 32-bit levels. The block sums come out
  // the same, as the sources are still added in order.
  if (!wide_) {
    wide_ = std::make_unique<State>(static_cast<std::size_t>(graph_.n), 2, sizeof(std::int32_t),
                                    std::numeric_limits<std::int32_t>::max());
  }
  const Kernel wide = inbound_ ? lanes2_wide<true> : lanes2_wide<false>;
  for (int k = 0; k < count; k += 2) {
    wide(*wide_, graph_, inv_.data(), sources.data() + k, std::min(2, count - k), block.data(),
         out);
  }
}

}  // namespace symbio::net::detail
