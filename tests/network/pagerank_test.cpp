#include "network/pagerank.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "tests/support/park_builder.hpp"

namespace symbio::net {
namespace {

struct TieSpec {
  int supplier;
  int receiver;
  double amount = 1.0;
};

// Enterprises e0..e{n-1}; one material byproduct exchange per tie, with its amount in t/a.
Park make_park(int n, const std::vector<TieSpec>& ties) {
  using symbio::testing::enterprise_id;
  Park park = symbio::testing::numbered_park(n);
  for (const auto& t : ties) {
    park.exchanges.push_back(symbio::testing::ex(enterprise_id(t.supplier),
                                                 enterprise_id(t.receiver), t.amount,
                                                 Layer::material, Kind::byproduct));
  }
  return park;
}

std::vector<TieSpec> random_ties(int n, int permille, std::mt19937& rng, bool weights) {
  std::vector<TieSpec> ties;
  for (int i = 0; i < n; ++i) {
    for (int j = 0; j < n; ++j) {
      if (i == j || static_cast<int>(rng() % 1000) >= permille) continue;
      ties.push_back({i, j, weights ? 1.0 + static_cast<double>(rng() % 100) : 1.0});
    }
  }
  return ties;
}

using Matrix = std::vector<std::vector<double>>;

// Reference PageRank by a different route than the library's power iteration: the linear
// system (I - d P^T) x = (1 - d)/n 1, where P is the row-stochastic transition matrix with
// dangling rows replaced by the uniform row, solved by Gaussian elimination with pivoting.
std::vector<double> dense_pagerank(int n, const std::vector<TieSpec>& ties, double d,
                                   bool weighted) {
  const auto N = static_cast<std::size_t>(n);
  Matrix w(N, std::vector<double>(N, 0.0));
  for (const auto& t : ties)
    w[static_cast<std::size_t>(t.supplier)][static_cast<std::size_t>(t.receiver)] +=
        weighted ? t.amount : 1.0;
  if (!weighted) {
    for (auto& row : w)
      for (double& x : row)
        x = x > 0.0 ? 1.0 : 0.0;  // parallel exchanges are one tie
  }
  Matrix a(N, std::vector<double>(N + 1, 0.0));
  for (std::size_t i = 0; i < N; ++i) {
    const double s = std::accumulate(w[i].begin(), w[i].end(), 0.0);
    for (std::size_t j = 0; j < N; ++j) {
      const double p = s > 0.0 ? w[i][j] / s : 1.0 / static_cast<double>(n);
      a[j][i] -= d * p;  // transpose
    }
  }
  for (std::size_t i = 0; i < N; ++i) {
    a[i][i] += 1.0;
    a[i][N] = (1.0 - d) / static_cast<double>(n);
  }
  for (std::size_t c = 0; c < N; ++c) {
    std::size_t pivot = c;
    for (std::size_t r = c + 1; r < N; ++r)
      if (std::abs(a[r][c]) > std::abs(a[pivot][c])) pivot = r;
    std::swap(a[c], a[pivot]);
    for (std::size_t r = 0; r < N; ++r) {
      if (r == c) continue;
      const double f = a[r][c] / a[c][c];
      for (std::size_t k = c; k <= N; ++k)
        a[r][k] -= f * a[c][k];
    }
  }
  std::vector<double> x(N);
  for (std::size_t i = 0; i < N; ++i)
    x[i] = a[i][N] / a[i][i];
  return x;
}

// Reference HITS: the authority vector is the dominant eigenvector of M = A^T A reached from
// A^T 1 (the library's first authority iterate). M^(2^20) by repeated squaring (rescaled to keep
// it finite) applied to A^T 1 reaches it unless lambda_2 / lambda_1 > 1 - 1e-5, and lands on the
// library's vector when the dominant eigenvalue is repeated. Not more squarings: on a repeated
// eigenvalue nothing contracts, so each squaring doubles the relative rounding error.
HitsScores dense_hits(int n, const std::vector<TieSpec>& ties) {
  const auto N = static_cast<std::size_t>(n);
  Matrix a(N, std::vector<double>(N, 0.0));
  for (const auto& t : ties)
    a[static_cast<std::size_t>(t.supplier)][static_cast<std::size_t>(t.receiver)] = 1.0;
  auto multiply = [&](const Matrix& x, const Matrix& y) {
    Matrix z(N, std::vector<double>(N, 0.0));
    for (std::size_t i = 0; i < N; ++i)
      for (std::size_t k = 0; k < N; ++k)
        for (std::size_t j = 0; j < N; ++j)
          z[i][j] += x[i][k] * y[k][j];
    return z;
  };
  Matrix at(N, std::vector<double>(N));
  for (std::size_t i = 0; i < N; ++i)
    for (std::size_t j = 0; j < N; ++j)
      at[i][j] = a[j][i];
  Matrix m = multiply(at, a);
  for (int k = 0; k < 20; ++k) {
    m = multiply(m, m);
    double top = 0.0;
    for (const auto& row : m)
      for (const double x : row)
        top = std::max(top, x);
    for (auto& row : m)
      for (double& x : row)
        x /= top;
  }
  auto apply = [&](const Matrix& x, const std::vector<double>& v) {
    std::vector<double> r(N, 0.0);
    for (std::size_t i = 0; i < N; ++i)
      for (std::size_t j = 0; j < N; ++j)
        r[i] += x[i][j] * v[j];
    const double top = *std::max_element(r.begin(), r.end());
    for (double& y : r)
      y /= top;
    return r;
  };
  HitsScores s;
  s.authority = apply(m, apply(at, std::vector<double>(N, 1.0)));
  s.hub = apply(a, s.authority);
  return s;
}

TEST(PageRankTest, EmptyParkGivesEmptyVector) {
  const SymbiosisGraph g(Park{});
  EXPECT_TRUE(compute_pagerank(g.view()).empty());
}

TEST(PageRankTest, DirectedCycleIsUniform) {
  // Every enterprise of a directed cycle is equivalent: 1/n each.
  const SymbiosisGraph g(make_park(5, {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 0}}));
  for (const double r : compute_pagerank(g.view()))
    EXPECT_NEAR(r, 0.2, 1e-12);
}

TEST(PageRankTest, InwardStarWithDanglingCentre) {
  // Leaves 1..4 each supply the centre 0, which has no out-tie and so spreads its rank evenly.
  // Leaf: r_l = 0.15/5 + 0.85 r_c / 5 = 0.03 + 0.17 r_c; and r_c + 4 r_l = 1
  // => r_c = 0.88 / 1.68 = 11/21, r_l = 5/42.
  const SymbiosisGraph g(make_park(5, {{1, 0}, {2, 0}, {3, 0}, {4, 0}}));
  const auto r = compute_pagerank(g.view());
  EXPECT_NEAR(r[0], 11.0 / 21.0, 1e-12);
  for (int i = 1; i < 5; ++i)
    EXPECT_NEAR(r[static_cast<std::size_t>(i)], 5.0 / 42.0, 1e-12);
}

TEST(PageRankTest, ChainWithIsolateSumsToOne) {
  // 0 -> 1 -> 2 and an isolate 3 (dangling too). Teleport + dangling mass t = (0.15 + 0.85
  // (r2 + r3)) / 4 reaches everyone; r0 = t, r1 = t + 0.85 r0, r2 = t + 0.85 r1, r3 = t.
  const SymbiosisGraph g(make_park(4, {{0, 1}, {1, 2}}));
  const auto r = compute_pagerank(g.view());
  EXPECT_NEAR(std::accumulate(r.begin(), r.end(), 0.0), 1.0, 1e-12);
  const double t = r[0];
  EXPECT_NEAR(r[3], t, 1e-12);
  EXPECT_NEAR(r[1], t + 0.85 * r[0], 1e-12);
  EXPECT_NEAR(r[2], t + 0.85 * r[1], 1e-12);
  EXPECT_NEAR(t, (0.15 + 0.85 * (r[2] + r[3])) / 4.0, 1e-12);
}

TEST(PageRankTest, WeightedUsesOutStrengthShares) {
  // 0 -> 1 (3 t/a), 0 -> 2 (1 t/a), 1 -> 0, 2 -> 0: enterprise 0 passes 3/4 of its rank to 1.
  const std::vector<TieSpec> ties = {{0, 1, 3.0}, {0, 2, 1.0}, {1, 0, 5.0}, {2, 0, 7.0}};
  const SymbiosisGraph g(make_park(3, ties));
  const auto& material = g.view(ViewLayer::material);
  const auto r = compute_pagerank(material, {.weighted = true});
  // r1 = 0.05 + 0.85 * 0.75 r0, r2 = 0.05 + 0.85 * 0.25 r0, r0 = 0.05 + 0.85 (r1 + r2).
  EXPECT_NEAR(r[1], 0.05 + 0.85 * 0.75 * r[0], 1e-12);
  EXPECT_NEAR(r[2], 0.05 + 0.85 * 0.25 * r[0], 1e-12);
  EXPECT_NEAR(r[0], 0.05 + 0.85 * (r[1] + r[2]), 1e-12);
  const auto binary = compute_pagerank(material);
  EXPECT_NEAR(binary[1], binary[2], 1e-12);
}

TEST(PageRankTest, WeightedNeedsW) {
  Park park = make_park(2, {{0, 1}});
  park.exchanges[0].amount.reset();
  const SymbiosisGraph g(park);
  EXPECT_THROW((void)compute_pagerank(g.view(ViewLayer::material), {.weighted = true}),
               OptionError);
  EXPECT_THROW((void)compute_pagerank(g.view(), {.damping = 1.5}), OptionError);
}

// A 9-enterprise park (8 is an isolate) whose values NetworkX 2.8.8 printed:
//   G = nx.DiGraph(); G.add_nodes_from(range(9)); G.add_edges_from(ties)
//   nx.pagerank(G, alpha=0.85, weight=None, tol=1e-15), then with weight='weight' set to W
//   h, a = nx.hits(G); each scaled by its max (the dominant eigenvalue 4.6087 of A^T A is simple)
const std::vector<TieSpec> kNetworkXPark = {{0, 1, 6}, {1, 2, 7}, {2, 0, 7}, {2, 3, 1}, {3, 4, 2},
                                            {4, 2, 2}, {1, 5, 1}, {5, 6, 4}, {6, 5, 2}, {7, 1, 6},
                                            {3, 0, 3}, {4, 0, 6}, {5, 2, 5}};

TEST(PageRankTest, MatchesNetworkX) {
  const SymbiosisGraph g(make_park(9, kNetworkXPark));
  const LayerView& view = g.view(ViewLayer::material);
  const std::vector<double> pagerank = {0.168860302144382,  0.177580336577325,  0.192685583695867,
                                        0.100296281046204,  0.0610308274200966, 0.171461014168243,
                                        0.0912758389969623, 0.0184049079754601, 0.0184049079754601};
  const std::vector<double> weighted = {0.248709037847545,  0.245451761925016,  0.249943283106624,
                                        0.0449613818055392, 0.0336917777893435, 0.0885687340641907,
                                        0.0518642075108211, 0.0184049079754601, 0.0184049079754601};
  const std::vector<double> hub = {0.0, 0.71001861521607,  0.621607620351993, 0.621607620351993,
                                   1.0, 0.655498030979493, 0.196750170826928, 0.0,
                                   0.0};
  const std::vector<double> authority = {
      0.9482982266524,   0.0, 1.0, 0.262778797753006, 0.262778797753006, 0.383328008915661,
      0.277105651331485, 0.0, 0.0};
  const auto r = compute_pagerank(view);
  const auto rw = compute_pagerank(view, {.weighted = true});
  const auto h = compute_hits(view);
  for (std::size_t i = 0; i < 9; ++i) {
    EXPECT_NEAR(r[i], pagerank[i], 1e-12);  // both stop on an L1 change near 1e-12
    EXPECT_NEAR(rw[i], weighted[i], 1e-12);
    // NetworkX takes HITS from ARPACK's svds, accurate to about 1e-12.
    EXPECT_NEAR(h.hub[i], hub[i], 1e-10);
    EXPECT_NEAR(h.authority[i], authority[i], 1e-10);
  }
}

TEST(PageRankTest, MatchesDenseLinearSolveOnRandomParks) {
  std::mt19937 rng(20240611);
  for (int trial = 0; trial < 40; ++trial) {
    const int n = 2 + static_cast<int>(rng() % 25);
    const int permille = 20 + static_cast<int>(rng() % 300);
    const bool weighted = trial % 2 == 1;
    const auto ties = random_ties(n, permille, rng, weighted);
    const SymbiosisGraph g(make_park(n, ties));
    const LayerView& view =
        g.has_view(ViewLayer::material) ? g.view(ViewLayer::material) : g.view();
    const auto expected = dense_pagerank(n, ties, 0.85, weighted && view.weighted());
    const auto r = compute_pagerank(view, {.weighted = weighted && view.weighted()});
    ASSERT_EQ(r.size(), expected.size());
    EXPECT_NEAR(std::accumulate(r.begin(), r.end(), 0.0), 1.0, 1e-12);
    for (std::size_t i = 0; i < r.size(); ++i)
      EXPECT_NEAR(r[i], expected[i], 1e-10) << trial;
  }
}

TEST(PageRankTest, HitsEmptyWithoutTies) {
  const SymbiosisGraph g(make_park(3, {}));
  const auto s = compute_hits(g.view());
  EXPECT_TRUE(s.hub.empty());
  EXPECT_TRUE(s.authority.empty());
}

TEST(PageRankTest, HitsOfOutwardStar) {
  // Centre 0 supplies leaves 1..4: the centre is the only hub, the leaves the only authorities.
  const SymbiosisGraph g(make_park(5, {{0, 1}, {0, 2}, {0, 3}, {0, 4}}));
  const auto s = compute_hits(g.view());
  EXPECT_DOUBLE_EQ(s.hub[0], 1.0);
  EXPECT_DOUBLE_EQ(s.authority[0], 0.0);
  for (std::size_t i = 1; i < 5; ++i) {
    EXPECT_DOUBLE_EQ(s.hub[i], 0.0);
    EXPECT_DOUBLE_EQ(s.authority[i], 1.0);
  }
}

TEST(PageRankTest, HitsWithSimpleDominantEigenvalue) {
  // Ties 0 -> 2, 1 -> 2, 1 -> 3. On the authorities {2, 3}, A^T A = [[2, 1], [1, 1]] with
  // dominant eigenvalue (3 + sqrt 5)/2 and eigenvector (1, (sqrt 5 - 1)/2). Hubs = A a:
  // h0 = a2 = 1, h1 = a2 + a3 = (1 + sqrt 5)/2, scaled: h1 = 1, h0 = 2/(1 + sqrt 5).
  // NetworkX hits() gives the same vectors scaled to sum 1.
  const SymbiosisGraph g(make_park(4, {{0, 2}, {1, 2}, {1, 3}}));
  const auto s = compute_hits(g.view());
  const double phi_inv = (std::sqrt(5.0) - 1.0) / 2.0;
  EXPECT_NEAR(s.authority[2], 1.0, 1e-12);
  EXPECT_NEAR(s.authority[3], phi_inv, 1e-12);
  EXPECT_NEAR(s.authority[0], 0.0, 1e-12);
  EXPECT_NEAR(s.hub[1], 1.0, 1e-12);
  EXPECT_NEAR(s.hub[0], phi_inv, 1e-12);
  EXPECT_NEAR(s.hub[2], 0.0, 1e-12);
}

TEST(PageRankTest, HitsOfChainTakesTheUniformStartOnARepeatedEigenvalue) {
  // 0 -> 1 -> 2: A^T A = diag(0, 1, 1), a repeated dominant eigenvalue. From the all-ones start
  // authority = (0, 1, 1), hub = (1, 1, 0), as NetworkX (uniform start) returns after scaling;
  // any other vector of the eigenspace would be as valid (igraph/ARPACK may differ here).
  const SymbiosisGraph g(make_park(3, {{0, 1}, {1, 2}}));
  const auto s = compute_hits(g.view());
  EXPECT_EQ(s.authority, (std::vector<double>{0.0, 1.0, 1.0}));
  EXPECT_EQ(s.hub, (std::vector<double>{1.0, 1.0, 0.0}));
}

TEST(PageRankTest, HitsMatchesDenseEigenvectorOnRandomParks) {
  std::mt19937 rng(7);
  for (int trial = 0; trial < 30; ++trial) {
    const int n = 2 + static_cast<int>(rng() % 20);
    const auto ties = random_ties(n, 50 + static_cast<int>(rng() % 300), rng, false);
    if (ties.empty()) continue;
    const SymbiosisGraph g(make_park(n, ties));
    const auto s = compute_hits(g.view());
    const auto expected = dense_hits(n, ties);
    for (std::size_t i = 0; i < s.hub.size(); ++i) {
      EXPECT_NEAR(s.hub[i], expected.hub[i], 1e-9) << trial;
      EXPECT_NEAR(s.authority[i], expected.authority[i], 1e-9) << trial;
    }
  }
}

}  // namespace
}  // namespace symbio::net
