#include "network/structural_holes.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "tests/support/park_builder.hpp"

namespace symbio::net {
namespace {

using symbio::testing::park_of;
using symbio::testing::random_ties;
using symbio::testing::Ties;

// Burt's measures straight from the formulas of docs/methods.md with dense matrices, O(n^3).
StructuralHoles dense_structural_holes(int n, const Ties& ties) {
  const auto N = static_cast<std::size_t>(n);
  std::vector<std::vector<double>> a(N, std::vector<double>(N, 0.0));
  for (const auto& [s, r] : ties)
    a[static_cast<std::size_t>(s)][static_cast<std::size_t>(r)] = 1.0;
  auto mutual = [&](std::size_t i, std::size_t j) { return a[i][j] + a[j][i]; };
  auto p = [&](std::size_t i, std::size_t j) {
    double total = 0.0;
    for (std::size_t q = 0; q < N; ++q)
      total += mutual(i, q);
    return total == 0.0 ? 0.0 : mutual(i, j) / total;
  };
  auto m = [&](std::size_t j, std::size_t q) {
    double top = 0.0;
    for (std::size_t k = 0; k < N; ++k)
      top = std::max(top, mutual(j, k));
    return top == 0.0 ? 0.0 : mutual(j, q) / top;
  };
  StructuralHoles r;
  r.constraint.assign(N, std::nullopt);
  r.effective_size.assign(N, std::nullopt);
  r.efficiency.assign(N, std::nullopt);
  r.hierarchy.assign(N, std::nullopt);
  for (std::size_t i = 0; i < N; ++i) {
    std::vector<double> dyadic;
    double effective = 0.0;
    for (std::size_t j = 0; j < N; ++j) {
      if (j == i || mutual(i, j) == 0.0) continue;
      double indirect = 0.0, redundancy = 0.0;
      for (std::size_t q = 0; q < N; ++q) {
        if (q == i || q == j) continue;
        indirect += p(i, q) * p(q, j);
        redundancy += p(i, q) * m(j, q);
      }
      dyadic.push_back((p(i, j) + indirect) * (p(i, j) + indirect));
      effective += 1.0 - redundancy;
    }
    if (dyadic.empty()) continue;
    double c = 0.0;
    for (const double x : dyadic)
      c += x;
    const auto degree = static_cast<double>(dyadic.size());
    r.constraint[i] = c;
    r.effective_size[i] = effective;
    r.efficiency[i] = effective / degree;
    if (dyadic.size() < 2) continue;
    double h = 0.0;
    for (const double x : dyadic)
      h += x / (c / degree) * std::log(x / (c / degree));
    r.hierarchy[i] = h / (degree * std::log(degree));
  }
  return r;
}

TEST(StructuralHolesTest, StarCentreAndSinkLeaves) {
  // Centre 0 supplies leaves 1..4 (all sinks). Centre: p = 1/4 per leaf, no indirect paths:
  // constraint 4 x (1/4)^2 = 0.25, effective size 4, efficiency 1, hierarchy 0 (all dyadic
  // constraints equal). Leaf: one partner, p = 1: constraint 1, effective size 1, efficiency 1,
  // no hierarchy (N < 2). NetworkX leaves the sinks NaN; docs/methods.md defines them.
  const SymbiosisGraph g(park_of(5, {{0, 1}, {0, 2}, {0, 3}, {0, 4}}));
  const auto s = compute_structural_holes(g.view());
  EXPECT_DOUBLE_EQ(*s.constraint[0], 0.25);
  EXPECT_DOUBLE_EQ(*s.effective_size[0], 4.0);
  EXPECT_DOUBLE_EQ(*s.efficiency[0], 1.0);
  EXPECT_EQ(*s.hierarchy[0], 0.0);
  for (std::size_t leaf = 1; leaf < 5; ++leaf) {
    EXPECT_DOUBLE_EQ(*s.constraint[leaf], 1.0);
    EXPECT_DOUBLE_EQ(*s.effective_size[leaf], 1.0);
    EXPECT_DOUBLE_EQ(*s.efficiency[leaf], 1.0);
    EXPECT_FALSE(s.hierarchy[leaf].has_value());
  }
}

TEST(StructuralHolesTest, TriangleIsFullyConstrained) {
  // 0 -> 1, 1 -> 2, 0 -> 2: every p_ij = 1/2; constraint = 2 x (1/2 + 1/2 x 1/2)^2 = 9/8.
  // m_jq = 1 (every mutual weight is 1), redundancy of each partner = 1/2:
  // effective size 2 x (1 - 1/2) = 1, efficiency 1/2.
  const SymbiosisGraph g(park_of(3, {{0, 1}, {1, 2}, {0, 2}}));
  const auto s = compute_structural_holes(g.view());
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_DOUBLE_EQ(*s.constraint[i], 9.0 / 8.0);
    EXPECT_DOUBLE_EQ(*s.effective_size[i], 1.0);
    EXPECT_DOUBLE_EQ(*s.efficiency[i], 0.5);
    EXPECT_EQ(*s.hierarchy[i], 0.0);
  }
}

TEST(StructuralHolesTest, ReciprocalTieWeighsDouble) {
  // 0 <-> 1 and 0 -> 2, no tie between 1 and 2, plus an isolate 3. For 0: mutual weights 2 and
  // 1, p_01 = 2/3, p_02 = 1/3, no indirect paths: dyadic constraints 4/9 and 1/9, C = 5/9,
  // effective size 2. Hierarchy with C/N = 5/18: ratios 8/5 and 2/5,
  // H = (1.6 ln 1.6 + 0.4 ln 0.4) / (2 ln 2) = 0.27807...
  const SymbiosisGraph g(park_of(4, {{0, 1}, {1, 0}, {0, 2}}));
  const auto s = compute_structural_holes(g.view());
  EXPECT_DOUBLE_EQ(*s.constraint[0], 5.0 / 9.0);
  EXPECT_DOUBLE_EQ(*s.effective_size[0], 2.0);
  EXPECT_DOUBLE_EQ(*s.efficiency[0], 1.0);
  const double h = (1.6 * std::log(1.6) + 0.4 * std::log(0.4)) / (2.0 * std::log(2.0));
  EXPECT_NEAR(*s.hierarchy[0], h, 1e-15);
  EXPECT_NEAR(h, 0.278072, 1e-6);
  EXPECT_DOUBLE_EQ(*s.constraint[1], 1.0);
  EXPECT_FALSE(s.constraint[3].has_value());
  EXPECT_FALSE(s.effective_size[3].has_value());
  EXPECT_FALSE(s.efficiency[3].has_value());
  EXPECT_FALSE(s.hierarchy[3].has_value());
}

// A 9-enterprise park (8 is an isolate, no sinks) whose values NetworkX 2.8.8 printed:
//   G = nx.DiGraph(); G.add_nodes_from(range(9)); G.add_edges_from(kNetworkXPark)
const Ties kNetworkXPark = {{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 4}, {4, 2}, {1, 5},
                            {5, 6}, {6, 5}, {7, 1}, {3, 0}, {4, 0}, {5, 2}};

TEST(StructuralHolesTest, MatchesNetworkX) {
  // nx.constraint(G), nx.effective_size(G) (both NaN for the isolate 8)
  const SymbiosisGraph g(park_of(9, kNetworkXPark));
  const auto s = compute_structural_holes(g.view());
  const std::vector<double> constraint = {0.613489583333333, 0.383125,   0.5, 0.773395061728395,
                                          0.773395061728395, 0.43765625, 1.0, 1.0};
  const std::vector<double> effective_size = {2.0, 3.125, 3.1, 1.0, 1.0, 2.5, 1.0, 1.0};
  for (std::size_t i = 0; i < 8; ++i) {
    EXPECT_NEAR(*s.constraint[i], constraint[i], 1e-14);
    EXPECT_NEAR(*s.effective_size[i], effective_size[i], 1e-14);
  }
  EXPECT_FALSE(s.constraint[8].has_value());
}

TEST(StructuralHolesTest, MatchesDenseFormulasOnRandomParks) {
  std::mt19937 rng(1992);
  for (int trial = 0; trial < 50; ++trial) {
    const int n = 1 + static_cast<int>(rng() % 16);
    const int permille = 50 + static_cast<int>(rng() % 400);
    const Ties ties = random_ties(n, permille, rng);
    const SymbiosisGraph g(park_of(n, ties));
    const auto s = compute_structural_holes(g.view());
    const auto e = dense_structural_holes(n, ties);
    auto same = [&](const std::vector<std::optional<double>>& x,
                    const std::vector<std::optional<double>>& y) {
      ASSERT_EQ(x.size(), y.size());
      for (std::size_t i = 0; i < x.size(); ++i) {
        ASSERT_EQ(x[i].has_value(), y[i].has_value()) << trial << " " << i;
        if (x[i]) {
          EXPECT_NEAR(*x[i], *y[i], 1e-12) << trial << " " << i;
        }
      }
    };
    same(s.constraint, e.constraint);
    same(s.effective_size, e.effective_size);
    same(s.efficiency, e.efficiency);
    same(s.hierarchy, e.hierarchy);
  }
}

TEST(StructuralHolesTest, HubWithManyLeavesStaysFast) {
  // 20,000 leaves around one hub, plus a ring among the leaves: the common-partner scan binary
  // searches the hub's row instead of walking it for every leaf.
  const int n = 20001;
  Ties ties;
  for (int leaf = 1; leaf < n; ++leaf) {
    ties.emplace_back(0, leaf);
    ties.emplace_back(leaf, leaf + 1 < n ? leaf + 1 : 1);
  }
  const SymbiosisGraph g(park_of(n, ties));
  const auto s = compute_structural_holes(g.view());
  // Hub: k = n - 1 partners, p_0j = 1/k; leaf j shares its ring neighbours j - 1 and j + 1 with
  // the hub, each with p_qj = 1/3 (partners hub, q - 1, q + 1): c_0j = (1/k + 2/(3k))^2, so
  // C = k (5/(3k))^2 = 25/(9k). Leaf: p = 1/3 for each of its three partners;
  // c_j,hub = (1/3 + 2 x 1/9)^2 = 25/81 and c_j,j+1 = c_j,j-1 = (1/3 + 1/3 x 1/k)^2.
  const double k = n - 1.0;
  EXPECT_NEAR(*s.constraint[0], 25.0 / (9.0 * k), 1e-15);
  const double ring = 1.0 / 3.0 + 1.0 / (3.0 * k);
  EXPECT_NEAR(*s.constraint[5], 25.0 / 81.0 + 2.0 * ring * ring, 1e-15);
}

}  // namespace
}  // namespace symbio::net
