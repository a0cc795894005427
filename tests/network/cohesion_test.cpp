#include "network/cohesion.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "tests/support/park_builder.hpp"

namespace symbio::net {
namespace {

using symbio::testing::add_clique;
using symbio::testing::park_of;
using symbio::testing::random_ties;
using symbio::testing::Ties;

using Dense = std::vector<std::vector<char>>;

Dense undirected(int n, const Ties& ties) {
  Dense a(static_cast<std::size_t>(n), std::vector<char>(static_cast<std::size_t>(n), 0));
  for (const auto& [s, r] : ties) {
    a[static_cast<std::size_t>(s)][static_cast<std::size_t>(r)] = 1;
    a[static_cast<std::size_t>(r)][static_cast<std::size_t>(s)] = 1;
  }
  return a;
}

// Connected components of the undirected dense graph restricted to alive vertices.
int count_components(const Dense& a, const std::vector<char>& alive) {
  const std::size_t n = a.size();
  std::vector<char> seen(n, 0);
  int count = 0;
  for (std::size_t r = 0; r < n; ++r) {
    if (!alive[r] || seen[r]) continue;
    ++count;
    std::vector<std::size_t> stack{r};
    seen[r] = 1;
    while (!stack.empty()) {
      const std::size_t v = stack.back();
      stack.pop_back();
      for (std::size_t w = 0; w < n; ++w) {
        if (a[v][w] && alive[w] && !seen[w]) {
          seen[w] = 1;
          stack.push_back(w);
        }
      }
    }
  }
  return count;
}

// Core number by the definition: the k-core is what remains after repeatedly deleting vertices
// of degree < k; core(v) is the largest k whose k-core contains v.
std::vector<std::int64_t> brute_cores(const Dense& a) {
  const std::size_t n = a.size();
  std::vector<std::int64_t> core(n, 0);
  for (std::int64_t k = 1; k <= static_cast<std::int64_t>(n); ++k) {
    std::vector<char> alive(n, 1);
    for (bool changed = true; changed;) {
      changed = false;
      for (std::size_t v = 0; v < n; ++v) {
        if (!alive[v]) continue;
        std::int64_t d = 0;
        for (std::size_t w = 0; w < n; ++w)
          d += a[v][w] && alive[w];
        if (d < k) {
          alive[v] = 0;
          changed = true;
        }
      }
    }
    for (std::size_t v = 0; v < n; ++v)
      if (alive[v]) core[v] = k;
  }
  return core;
}

TEST(CohesionTest, CoreNumbersOfCliqueStarAndIsolate) {
  // K4 on 0..3 (core 3), a leaf 4 hanging on 0 (core 1), an isolate 5 (core 0).
  Ties ties;
  add_clique(ties, 0, 4);
  ties.emplace_back(4, 0);
  const SymbiosisGraph g(park_of(6, ties));
  EXPECT_EQ(compute_core_numbers(g.view()), (std::vector<std::int64_t>{3, 3, 3, 3, 1, 0}));
}

TEST(CohesionTest, ClusteringOfDiamond) {
  // Diamond 0-1, 0-2, 1-2, 1-3, 2-3 (two triangles sharing edge 1-2). Vertices 1 and 2: degree
  // 3, two triangles: 2/3. Vertices 0 and 3: degree 2, one triangle: 1. Transitivity:
  // 3 x 2 triangles / (1 + 3 + 3 + 1 connected triples) = 0.75. A reciprocal pair is one edge.
  const SymbiosisGraph g(park_of(5, {{0, 1}, {1, 0}, {0, 2}, {1, 2}, {3, 1}, {2, 3}}));
  const auto c = compute_local_clustering(g.view());
  EXPECT_DOUBLE_EQ(c[0], 1.0);
  EXPECT_DOUBLE_EQ(c[1], 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(c[2], 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(c[3], 1.0);
  EXPECT_DOUBLE_EQ(c[4], 0.0);  // isolate
  EXPECT_DOUBLE_EQ(compute_transitivity(g.view()), 0.75);
}

TEST(CohesionTest, StarHasNoTriangles) {
  const SymbiosisGraph g(park_of(5, {{0, 1}, {0, 2}, {0, 3}, {0, 4}}));
  for (const double c : compute_local_clustering(g.view()))
    EXPECT_EQ(c, 0.0);
  EXPECT_EQ(compute_transitivity(g.view()), 0.0);
  EXPECT_EQ(compute_core_numbers(g.view()), (std::vector<std::int64_t>{1, 1, 1, 1, 1}));
}

TEST(CohesionTest, WeakAndStrongComponents) {
  // Cycle 0 -> 1 -> 2 -> 0, a tie 3 -> 4, an isolate 5: weak {0,1,2}, {3,4}, {5};
  // strong {0,1,2}, {3}, {4}, {5}.
  const SymbiosisGraph g(park_of(6, {{0, 1}, {1, 2}, {2, 0}, {3, 4}}));
  const Components c = compute_components(g.view());
  EXPECT_EQ(c.weak, 3);
  EXPECT_EQ(c.strong, 4);
  EXPECT_EQ(c.weak_label, (std::vector<std::int64_t>{0, 0, 0, 3, 3, 5}));
  EXPECT_DOUBLE_EQ(c.largest_weak_share, 0.5);
  const Components none = compute_components(SymbiosisGraph(Park{}).view());
  EXPECT_EQ(none.weak, 0);
  EXPECT_EQ(none.largest_weak_share, 0.0);
}

TEST(CohesionTest, ChainArticulationAndBridges) {
  // 0 -> 1 -> 2: 1 is the articulation; both ties are bridges.
  const SymbiosisGraph g(park_of(3, {{0, 1}, {1, 2}}));
  EXPECT_EQ(compute_articulation(g.view()), (std::vector<bool>{false, true, false}));
  EXPECT_EQ(compute_bridges(g.view()), (std::vector<bool>{true, true}));
}

TEST(CohesionTest, TwoCliquesJoinedByABridge) {
  // K5 on 0..4 and K5 on 5..9, joined by 4 -> 5: articulations 4 and 5, one bridge, core 4.
  Ties ties;
  add_clique(ties, 0, 5);
  add_clique(ties, 5, 5);
  ties.emplace_back(4, 5);
  const SymbiosisGraph g(park_of(10, ties));
  const auto art = compute_articulation(g.view());
  for (int v = 0; v < 10; ++v)
    EXPECT_EQ(art[static_cast<std::size_t>(v)], v == 4 || v == 5);
  const auto bridges = compute_bridges(g.view());
  const auto& t = g.view().ties();
  for (std::size_t k = 0; k < t.size(); ++k)
    EXPECT_EQ(bridges[k], t[k].supplier == 4 && t[k].receiver == 5);
  for (const auto c : compute_core_numbers(g.view()))
    EXPECT_EQ(c, 4);
}

TEST(CohesionTest, ReciprocalTiesShareTheirEdgeOfU) {
  // 0 <-> 1 -> 2: U is the path 0 - 1 - 2, so the edge 0 - 1 is a bridge of U and both of its
  // ties are flagged.
  const SymbiosisGraph g(park_of(3, {{0, 1}, {1, 0}, {1, 2}}));
  EXPECT_EQ(compute_bridges(g.view()), (std::vector<bool>{true, true, true}));
  // Closing the triangle removes every bridge and articulation.
  const SymbiosisGraph closed(park_of(3, {{0, 1}, {1, 0}, {1, 2}, {2, 0}}));
  EXPECT_EQ(compute_bridges(closed.view()), (std::vector<bool>(4, false)));
  EXPECT_EQ(compute_articulation(closed.view()), (std::vector<bool>(3, false)));
}

TEST(CohesionTest, LongPathNeedsNoRecursion) {
  // 100,000 enterprises in one directed path: the searches are iterative, so no stack overflow.
  const int n = 100000;
  Ties ties;
  for (int i = 0; i + 1 < n; ++i)
    ties.emplace_back(i, i + 1);
  const SymbiosisGraph g(park_of(n, ties));
  const Components c = compute_components(g.view());
  EXPECT_EQ(c.weak, 1);
  EXPECT_EQ(c.strong, n);
  const auto art = compute_articulation(g.view());
  EXPECT_EQ(std::count(art.begin(), art.end(), true), n - 2);
  const auto bridges = compute_bridges(g.view());
  EXPECT_EQ(std::count(bridges.begin(), bridges.end(), true), n - 1);
  ties.emplace_back(n - 1, 0);
  EXPECT_EQ(compute_components(SymbiosisGraph(park_of(n, ties)).view()).strong, 1);
}

// A 9-enterprise park (8 is an isolate, no sinks) whose values NetworkX 2.8.8 printed:
//   G = nx.DiGraph(); G.add_nodes_from(range(9)); G.add_edges_from(kNetworkXPark)
const Ties kNetworkXPark = {{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 4}, {4, 2}, {1, 5},
                            {5, 6}, {6, 5}, {7, 1}, {3, 0}, {4, 0}, {5, 2}};

TEST(CohesionTest, MatchesNetworkX) {
  // U = G.to_undirected(); nx.core_number(U), nx.clustering(U), nx.transitivity(U)
  const SymbiosisGraph g(park_of(9, kNetworkXPark));
  EXPECT_EQ(compute_core_numbers(g.view()), (std::vector<std::int64_t>{3, 2, 3, 3, 3, 2, 1, 1, 0}));
  const std::vector<double> clustering = {2.0 / 3.0, 1.0 / 3.0, 0.5, 1.0, 1.0,
                                          1.0 / 3.0, 0.0,       0.0, 0.0};
  const auto c = compute_local_clustering(g.view());
  for (std::size_t i = 0; i < 9; ++i)
    EXPECT_DOUBLE_EQ(c[i], clustering[i]);
  EXPECT_DOUBLE_EQ(compute_transitivity(g.view()), 0.5806451612903226);
}

TEST(CohesionTest, MatchesBruteForceOnRandomParks) {
  std::mt19937 rng(1973);
  for (int trial = 0; trial < 60; ++trial) {
    const int n = 1 + static_cast<int>(rng() % 18);
    const auto ties = random_ties(n, 30 + static_cast<int>(rng() % 250), rng);
    const SymbiosisGraph g(park_of(n, ties));
    const LayerView& view = g.view();
    const Dense a = undirected(n, ties);
    const auto N = static_cast<std::size_t>(n);

    EXPECT_EQ(compute_core_numbers(view), brute_cores(a)) << trial;

    const auto clustering = compute_local_clustering(view);
    double closed = 0.0, triples = 0.0;
    for (std::size_t v = 0; v < N; ++v) {
      double k = 0.0, t = 0.0;
      for (std::size_t x = 0; x < N; ++x) {
        k += a[v][x];
        for (std::size_t y = x + 1; y < N; ++y)
          t += a[v][x] && a[v][y] && a[x][y];
      }
      EXPECT_NEAR(clustering[v], k < 2 ? 0.0 : t / (k * (k - 1) / 2), 1e-15) << trial;
      closed += t;
      triples += k * (k - 1) / 2;
    }
    EXPECT_NEAR(compute_transitivity(view), triples == 0 ? 0.0 : closed / triples, 1e-15);

    // Strong components from the reachability closure (Warshall).
    Dense reach(N, std::vector<char>(N, 0));
    for (std::size_t v = 0; v < N; ++v)
      reach[v][v] = 1;
    for (const auto& [s, r] : ties)
      reach[static_cast<std::size_t>(s)][static_cast<std::size_t>(r)] = 1;
    for (std::size_t k = 0; k < N; ++k)
      for (std::size_t i = 0; i < N; ++i)
        for (std::size_t j = 0; j < N; ++j)
          if (reach[i][k] && reach[k][j]) reach[i][j] = 1;
    std::int64_t strong = 0;
    for (std::size_t v = 0; v < N; ++v) {
      bool first = true;  // v is the smallest of its class
      for (std::size_t u = 0; u < v; ++u)
        first = first && !(reach[u][v] && reach[v][u]);
      strong += first;
    }
    const Components c = compute_components(view);
    const std::vector<char> all(N, 1);
    EXPECT_EQ(c.weak, count_components(a, all)) << trial;
    EXPECT_EQ(c.strong, strong) << trial;

    const int base = count_components(a, all);
    const auto art = compute_articulation(view);
    for (std::size_t v = 0; v < N; ++v) {
      std::vector<char> alive(N, 1);
      alive[v] = 0;
      // Removing v also removes its own component when v is an isolate: compare the others.
      bool isolate = std::none_of(a[v].begin(), a[v].end(), [](char x) { return x != 0; });
      EXPECT_EQ(art[v], count_components(a, alive) > base - (isolate ? 1 : 0)) << trial;
    }
    const auto bridges = compute_bridges(view);
    for (std::size_t k = 0; k < view.ties().size(); ++k) {
      const auto s = static_cast<std::size_t>(view.ties()[k].supplier);
      const auto r = static_cast<std::size_t>(view.ties()[k].receiver);
      Dense cut = a;
      cut[s][r] = cut[r][s] = 0;
      EXPECT_EQ(bridges[k], count_components(cut, all) > base) << trial;
    }
  }
}

}  // namespace
}  // namespace symbio::net
