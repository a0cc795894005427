#include "network/cyclicity.hpp"

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

double cyclicity(int n, const Ties& ties) {
  return compute_cyclicity(SymbiosisGraph(park_of(n, ties)).view());
}

Ties cycle(int first, int length) {
  Ties ties;
  for (int i = 0; i < length; ++i)
    ties.emplace_back(first + i, first + (i + 1) % length);
  return ties;
}

// Largest real root of x^k = f(x) by bisection on [1, 2], for the closed forms below.
template <typename F>
double root_above_one(F excess) {
  double lo = 1.0, hi = 2.0;
  for (int i = 0; i < 200; ++i) {
    const double mid = 0.5 * (lo + hi);
    (excess(mid) > 0.0 ? hi : lo) = mid;
  }
  return 0.5 * (lo + hi);
}

// Reference: the spectral radius of the whole (reducible) matrix B = A + I from x = B^N 1 with
// N = 2^30 by repeated squaring (rescaled); x tends to a Perron vector of B whatever the
// condensation looks like (a Jordan block at rho only slows this to O(1/N)), and
// rho(A) = |B x|_1 / |x|_1 - 1. Independent of SCCs and of the library's bracket.
double dense_radius(int n, const Ties& ties) {
  const auto N = static_cast<std::size_t>(n);
  using Matrix = std::vector<std::vector<double>>;
  Matrix b(N, std::vector<double>(N, 0.0));
  for (std::size_t i = 0; i < N; ++i)
    b[i][i] = 1.0;
  for (const auto& [s, r] : ties)
    b[static_cast<std::size_t>(s)][static_cast<std::size_t>(r)] = 1.0;
  Matrix m = b;
  for (int k = 0; k < 30; ++k) {
    Matrix z(N, std::vector<double>(N, 0.0));
    double top = 0.0;
    for (std::size_t i = 0; i < N; ++i)
      for (std::size_t l = 0; l < N; ++l)
        for (std::size_t j = 0; j < N; ++j) {
          z[i][j] += m[i][l] * m[l][j];
          top = std::max(top, z[i][j]);
        }
    for (auto& row : z)
      for (double& v : row)
        v /= top;
    m = std::move(z);
  }
  std::vector<double> x(N, 0.0);
  for (std::size_t i = 0; i < N; ++i)
    for (std::size_t j = 0; j < N; ++j)
      x[i] += m[i][j];
  double before = 0.0, after = 0.0;
  for (std::size_t i = 0; i < N; ++i) {
    before += x[i];
    for (std::size_t j = 0; j < N; ++j)
      after += b[i][j] * x[j];
  }
  return after / before - 1.0;
}

TEST(CyclicityTest, NoCycleGivesZero) {
  EXPECT_EQ(compute_cyclicity(SymbiosisGraph(Park{}).view()), 0.0);
  EXPECT_EQ(cyclicity(4, {}), 0.0);
  EXPECT_EQ(cyclicity(4, {{0, 1}, {1, 2}, {2, 3}, {0, 3}}), 0.0);  // a DAG
}

TEST(CyclicityTest, SimpleCyclesGiveOne) {
  EXPECT_DOUBLE_EQ(cyclicity(2, {{0, 1}, {1, 0}}), 1.0);
  EXPECT_DOUBLE_EQ(cyclicity(6, cycle(0, 6)), 1.0);
  // Two disjoint cycles and a tie between them: still radius 1.
  Ties ties = cycle(0, 3);
  for (const auto& t : cycle(3, 4))
    ties.push_back(t);
  ties.emplace_back(0, 3);
  EXPECT_DOUBLE_EQ(cyclicity(7, ties), 1.0);
  // A cycle of 100,000 enterprises: recognised as one cycle without iterating.
  EXPECT_DOUBLE_EQ(cyclicity(100000, cycle(0, 100000)), 1.0);
}

TEST(CyclicityTest, NestedCycles) {
  // The characteristic polynomial of a digraph is sum over its linear subdigraphs L (disjoint
  // unions of cycles) of (-1)^{c(L)} x^{n - |L|}. Cycles through one common vertex are never
  // disjoint, so for a "flower" of cycles of lengths L_k sharing a vertex
  // p(x) = x^n - sum_k x^{n - L_k}, and the radius solves sum_k x^{-L_k} = 1.
  // Cycles of lengths 2 and 3 through 0 (0 <-> 1, 0 -> 2 -> 3 -> 0): x^3 = x + 1, the plastic
  // number 1.3247179572447460.
  const double plastic = root_above_one([](double x) { return x * x * x - x - 1.0; });
  EXPECT_NEAR(plastic, 1.324717957244746, 1e-15);
  EXPECT_NEAR(cyclicity(4, {{0, 1}, {1, 0}, {0, 2}, {2, 3}, {3, 0}}), plastic, 1e-11);
  // Two 2-cycles through 0: x^3 - 2x, radius sqrt(2).
  EXPECT_NEAR(cyclicity(3, {{0, 1}, {1, 0}, {0, 2}, {2, 0}}), std::sqrt(2.0), 1e-11);
  // A 4-cycle 0 -> 1 -> 2 -> 3 -> 0 with the chord 0 -> 2 (a 3-cycle 0 -> 2 -> 3 -> 0 sharing
  // 0, 2, 3 with it): p(x) = x^4 - x - 1, radius 1.2207440846057596.
  const double chord = root_above_one([](double x) { return x * x * x * x - x - 1.0; });
  EXPECT_NEAR(cyclicity(4, {{0, 1}, {1, 2}, {2, 3}, {3, 0}, {0, 2}}), chord, 1e-11);
}

TEST(CyclicityTest, CompleteDigraph) {
  // K_n with both directions on every pair: A = J - I, radius n - 1.
  Ties ties;
  for (int i = 0; i < 5; ++i)
    for (int j = 0; j < 5; ++j)
      if (i != j) ties.emplace_back(i, j);
  EXPECT_NEAR(cyclicity(5, ties), 4.0, 1e-12);
}

TEST(CyclicityTest, LongRingWithAChordConverges) {
  // A ring of 200 with one chord skipping a vertex: x^200 = x + 1 by the flower argument
  // (the two cycles share every vertex but one), radius about 1 + ln(2)/200. The eigenvalues of
  // A + I crowd the Perron root here, the slow case of power iteration.
  const int n = 200;
  Ties ties = cycle(0, n);
  ties.emplace_back(0, 2);
  const double expected =
      root_above_one([&](double x) { return (n)*std::log(x) - std::log(x + 1.0); });
  EXPECT_NEAR(cyclicity(n, ties), expected, 1e-10);
}

TEST(CyclicityTest, MatchesNetworkXFixture) {
  // max(abs(numpy.linalg.eigvals(nx.to_numpy_array(G, weight=None)))) for this park (NumPy 1.24).
  const Ties ties = {{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 4}, {4, 2}, {1, 5},
                     {5, 6}, {6, 5}, {7, 1}, {3, 0}, {4, 0}, {5, 2}};
  EXPECT_NEAR(cyclicity(9, ties), 1.68042007022548, 2e-12);  // bracket 1e-12 relative to rho + 1
}

TEST(CyclicityTest, MatchesDenseRepeatedSquaringOnRandomParks) {
  std::mt19937 rng(2016);
  for (int trial = 0; trial < 60; ++trial) {
    const int n = 1 + static_cast<int>(rng() % 20);
    const int permille = 20 + static_cast<int>(rng() % 250);
    const Ties ties = random_ties(n, permille, rng);
    EXPECT_NEAR(cyclicity(n, ties), dense_radius(n, ties), 1e-7) << trial;
  }
}

}  // namespace
}  // namespace symbio::net
