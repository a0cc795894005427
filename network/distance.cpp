#include "network/distance.hpp"

#include <omp.h>

#include <algorithm>
#include <cstddef>

#include "network/cohesion.hpp"
#include "network/detail/distance_sweep.hpp"

namespace symbio::net {

namespace {

using detail::Fixed;
using detail::from_fixed;
using detail::to_fixed;

// Directed pendants (the directed analogue of the degree-1 folding of Baglioni et al. 2012 and
// Sariyuce et al. 2013):
// - a leaf t has one supplier p and no receiver. Every shortest path to t is a shortest path to p
//   plus the tie p -> t, so sigma_xt = sigma_xp and t adds exactly 1 to the dependency of p on
//   every source x != p; t needs no place in any traversal.
// - a root s has no supplier and one receiver u (u not a leaf). s is unreachable from u, so the
//   traversal from s is the one from u shifted by one hop: delta_s(v) = delta_u(v) for v != u and
//   delta_s(u) = r_u, the number of enterprises reachable from u. The traversal from u counts
//   for 1 + (roots of u) sources.
// Published parks have many pendants (single offtakers, single suppliers); on the synthetic parks
// of bench/ only about 2 % of the enterprises are, and folding saves little there.
struct Folding {
  std::vector<char> kind;            // 0 core, 1 leaf, 2 root
  std::vector<Vertex> attach;        // parent of a leaf, receiver of a root, -1 for core
  std::vector<std::int32_t> leaves;  // leaf children of a core enterprise
  std::vector<std::int32_t> roots;   // roots folded into a core enterprise
};

constexpr char kCore = 0;
constexpr char kLeaf = 1;
constexpr char kRoot = 2;

Folding find_pendants(const LayerView& view, bool fold) {
  const auto n = static_cast<std::size_t>(view.n());
  Folding f;
  f.kind.assign(n, kCore);
  f.attach.assign(n, -1);
  f.leaves.assign(n, 0);
  f.roots.assign(n, 0);
  if (!fold) return f;
  for (Vertex v = 0; v < view.n(); ++v) {
    if (view.out(v).empty() && view.in(v).size() == 1) {
      const Vertex p = view.in(v)[0];
      f.kind[static_cast<std::size_t>(v)] = kLeaf;
      f.attach[static_cast<std::size_t>(v)] = p;
      ++f.leaves[static_cast<std::size_t>(p)];
    }
  }
  for (Vertex v = 0; v < view.n(); ++v) {
    if (view.in(v).empty() && view.out(v).size() == 1) {
      const Vertex u = view.out(v)[0];
      // s -> t with t a leaf is an isolated dyad: t stays folded into s, s stays a source.
      if (f.kind[static_cast<std::size_t>(u)] == kLeaf) continue;
      f.kind[static_cast<std::size_t>(v)] = kRoot;
      f.attach[static_cast<std::size_t>(v)] = u;
      ++f.roots[static_cast<std::size_t>(u)];
    }
  }
  return f;
}

// D restricted to core enterprises (roots have no supplier, so only leaves leave the rows).
detail::SweepGraph core_graph(const LayerView& view, const Folding& f) {
  detail::SweepGraph g;
  g.n = view.n();
  g.offsets.assign(static_cast<std::size_t>(g.n) + 1, 0);
  g.targets.reserve(view.out_csr().targets.size());
  for (Vertex v = 0; v < view.n(); ++v) {
    if (f.kind[static_cast<std::size_t>(v)] == kCore) {
      for (const Vertex w : view.out(v)) {
        if (f.kind[static_cast<std::size_t>(w)] == kCore) g.targets.push_back(w);
      }
      g.sources.push_back(v);
    }
    g.offsets[static_cast<std::size_t>(v) + 1] = static_cast<std::int64_t>(g.targets.size());
  }
  g.leaves = f.leaves;
  g.roots = f.roots;
  return g;
}

// Trees hanging off U (iterated degree-1 folding: Baglioni et al. 2012, Sariyuce et al. 2013).
// An enterprise of degree 1 is folded into its one neighbour, which may then have degree 1
// itself; what is left is the 2-core of each component, or one enterprise of a tree component.
// Every shortest path into a folded tree runs through the enterprise it is folded into, so the
// traversals need only the core, with each core enterprise standing for its tree (size) as a
// source and as a target; a folded enterprise's betweenness counts the pairs it separates.
struct Trees {
  std::vector<char> folded;           // 1: folded into a neighbour
  std::vector<std::int64_t> size;     // the enterprise and everything folded into it
  std::vector<double> child_squares;  // sum of the squared sizes of the trees folded into it
};

Trees fold_trees(const LayerView& view, bool fold) {
  const auto n = static_cast<std::size_t>(view.n());
  Trees t;
  t.folded.assign(n, 0);
  t.size.assign(n, 1);
  t.child_squares.assign(n, 0.0);
  if (!fold) return t;
  std::vector<std::size_t> degree(n);
  std::vector<Vertex> ready;
  for (Vertex v = 0; v < view.n(); ++v) {
    degree[static_cast<std::size_t>(v)] = view.neighbors(v).size();
    if (degree[static_cast<std::size_t>(v)] == 1) ready.push_back(v);
  }
  while (!ready.empty()) {
    const Vertex v = ready.back();
    ready.pop_back();
    const auto uv = static_cast<std::size_t>(v);
    // Its partner in a component of two may have been folded into it already (degree 0).
    if (t.folded[uv] || degree[uv] != 1) continue;
    for (const Vertex p : view.neighbors(v)) {
      const auto up = static_cast<std::size_t>(p);
      if (t.folded[up]) continue;
      t.folded[uv] = 1;
      t.size[up] += t.size[uv];
      t.child_squares[up] += static_cast<double>(t.size[uv]) * static_cast<double>(t.size[uv]);
      if (--degree[up] == 1) ready.push_back(p);
      break;
    }
  }
  return t;
}

double wf_closeness(std::int64_t reach, std::int64_t distance_sum, Vertex n) {
  if (reach == 0) return 0.0;
  const auto r = static_cast<double>(reach);
  return (r / static_cast<double>(n - 1)) * (r / static_cast<double>(distance_sum));
}

int thread_count(const DistanceOptions& options) {
  return options.threads > 0 ? options.threads : omp_get_max_threads();
}

}  // namespace

DistanceIndicators compute_distance_indicators(const LayerView& view,
                                               const DistanceOptions& options) {
  const Vertex n = view.n();
  const auto un = static_cast<std::size_t>(n);
  DistanceIndicators result;
  result.betweenness.assign(un, 0.0);
  result.closeness_out.assign(un, std::nullopt);
  result.closeness_in.assign(un, std::nullopt);
  result.harmonic_out.assign(un, std::nullopt);
  result.harmonic_in.assign(un, std::nullopt);
  if (n < 2) return result;

  const Folding f = find_pendants(view, options.fold_pendants);
  const detail::SweepGraph core = core_graph(view, f);
  const std::vector<Vertex> order = detail::locality_order(core);
  detail::SweepResult s = detail::sweep<true>(detail::relabel(core, order), thread_count(options),
                                              options.lanes, options.progress);
  detail::restore(s, order);

  std::vector<double> betweenness(un);
  std::vector<std::int64_t> out_reach = s.out_reach;
  std::vector<std::int64_t> out_sum = s.out_sum;
  std::vector<double> out_harmonic = s.out_harmonic;
  std::vector<std::int32_t> eccentricity = s.eccentricity;
  std::vector<std::int64_t> in_reach = s.in_reach;
  std::vector<std::int64_t> in_sum = s.in_sum;
  std::vector<double> in_harmonic(un);
  std::vector<double> in_harmonic_shift(un);  // sum over sources x of 1 / (d(x, v) + 1)
  for (std::size_t v = 0; v < un; ++v) {
    betweenness[v] = from_fixed(s.betweenness[v]);
    in_harmonic[v] = from_fixed(s.in_harmonic[v]);
    in_harmonic_shift[v] = from_fixed(s.in_harmonic_shift[v]);
    // The roots of v reach v in one hop and, through v, everything v reaches.
    const std::int64_t roots = f.roots[v];
    if (roots == 0) continue;
    betweenness[v] += static_cast<double>(roots) * static_cast<double>(out_reach[v]);
    in_reach[v] += roots;
    in_sum[v] += roots;
    in_harmonic[v] += static_cast<double>(roots);
    in_harmonic_shift[v] += 0.5 * static_cast<double>(roots);
  }
  for (std::size_t v = 0; v < un; ++v) {
    const auto a = static_cast<std::size_t>(f.attach[v]);
    if (f.kind[v] == kRoot) {
      out_reach[v] = s.out_reach[a] + 1;
      out_sum[v] = s.out_sum[a] + s.out_reach[a] + 1;
      out_harmonic[v] = 1.0 + s.out_harmonic_shift[a];
      eccentricity[v] = s.eccentricity[a] + 1;
    } else if (f.kind[v] == kLeaf) {
      in_reach[v] = in_reach[a] + 1;
      in_sum[v] = in_sum[a] + in_reach[a] + 1;
      in_harmonic[v] = in_harmonic_shift[a] + 1.0;
    }
  }

  const double scale = 1.0 / static_cast<double>(n - 1);
  std::int64_t pairs = 0;
  std::int64_t distance_total = 0;
  double efficiency_sum = 0.0;
  std::int32_t diameter = 0;
  for (std::size_t v = 0; v < un; ++v) {
    result.betweenness[v] = betweenness[v];
    result.closeness_out[v] = wf_closeness(out_reach[v], out_sum[v], n);
    result.closeness_in[v] = wf_closeness(in_reach[v], in_sum[v], n);
    result.harmonic_out[v] = out_harmonic[v] * scale;
    result.harmonic_in[v] = in_harmonic[v] * scale;
    pairs += out_reach[v];
    distance_total += out_sum[v];
    efficiency_sum += out_harmonic[v];
    diameter = std::max(diameter, eccentricity[v]);
  }
  result.connected_pairs = pairs;
  if (pairs > 0) {
    result.average_path_length = static_cast<double>(distance_total) / static_cast<double>(pairs);
    result.diameter = static_cast<double>(diameter);
  }
  // Latora and Marchiori (2001): unreachable pairs count with efficiency 0.
  result.global_efficiency = efficiency_sum / (static_cast<double>(n) * static_cast<double>(n - 1));
  return result;
}

std::vector<double> undirected_betweenness(const LayerView& view, const DistanceOptions& options) {
  const Vertex n = view.n();
  const auto un = static_cast<std::size_t>(n);
  std::vector<double> result(un, 0.0);
  if (n < 3) return result;
  const Trees t = fold_trees(view, options.fold_pendants);
  detail::SweepGraph g;
  g.n = n;
  g.offsets.assign(un + 1, 0);
  g.targets.reserve(view.undirected_csr().targets.size());
  g.leaves.assign(un, 0);
  g.roots.assign(un, 0);
  for (Vertex v = 0; v < n; ++v) {
    const auto uv = static_cast<std::size_t>(v);
    if (!t.folded[uv]) {
      for (const Vertex w : view.neighbors(v)) {
        if (!t.folded[static_cast<std::size_t>(w)]) g.targets.push_back(w);
      }
      // A tree folded into v: its members are targets one or more hops behind v and sources
      // whose traversals are v's (leaves and roots of the kernel, both size - 1).
      g.leaves[uv] = static_cast<std::int32_t>(t.size[uv] - 1);
      g.roots[uv] = g.leaves[uv];
    }
    g.offsets[uv + 1] = static_cast<std::int64_t>(g.targets.size());
    if (g.offsets[uv + 1] > g.offsets[uv]) g.sources.push_back(v);
  }
  const std::vector<Vertex> order = detail::locality_order(g);
  detail::SweepResult s = detail::sweep<false>(detail::relabel(g, order), thread_count(options),
                                               options.lanes, options.progress);
  detail::restore(s, order);

  // Ordered pairs through v that the traversals do not see, as v is a cut vertex for them: with
  // C the size of v's component and the parts of C - v its folded subtrees c_i and the rest
  // C - size(v), every pair across two parts: (C - 1)^2 - sum c_i^2 - (C - size(v))^2. The
  // traversals counted the pairs (rest, subtree) already, through v's leaves: they are taken off.
  const Components components = compute_components(view);
  std::vector<std::int64_t> component_size(un, 0);
  for (std::size_t v = 0; v < un; ++v)
    ++component_size[static_cast<std::size_t>(components.weak_label[v])];
  for (std::size_t v = 0; v < un; ++v) {
    const auto c =
        static_cast<double>(component_size[static_cast<std::size_t>(components.weak_label[v])]);
    const auto size = static_cast<double>(t.size[v]);
    const double rest = c - size;
    double b = (c - 1.0) * (c - 1.0) - t.child_squares[v] - rest * rest;
    if (!t.folded[v]) b += from_fixed(s.betweenness[v]) - (size - 1.0) * rest;
    // Brandes on U sums over ordered pairs; each unordered pair was counted from both ends.
    result[v] = 0.5 * b;
  }
  return result;
}

}  // namespace symbio::net
