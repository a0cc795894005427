#include "network/detail/linear_solve.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <stdexcept>

namespace symbio::net::detail {
namespace {

// A = [[0, -1], [1, 0]] has a negative entry, so the pivoting sparse LU solves it:
// I - A = [[1, 1], [-1, 1]], determinant 2, inverse [[1, -1], [1, 1]] / 2, diagonal 1/2, 1/2.
TEST(LinearSolveTest, NegativeEntriesTakeThePivotingSparseLuByHand) {
  const auto d = inverse_diagonal_of_identity_minus(2, {{0, 1, -1.0}, {1, 0, 1.0}}, 0);
  ASSERT_EQ(d.size(), 2u);
  EXPECT_NEAR(d[0], 0.5, 1e-15);
  EXPECT_NEAR(d[1], 0.5, 1e-15);
}

// The pivoting sparse LU and the dense LU agree on a random matrix with entries of both signs.
TEST(LinearSolveTest, PivotingSparseLuAgreesWithDenseLu) {
  std::mt19937 rng(5);
  const std::int32_t n = 320;
  std::vector<MatrixEntry> a;
  for (std::int32_t i = 0; i < n; ++i) {
    for (int k = 0; k < 3; ++k) {
      const auto j = static_cast<std::int32_t>(rng() % n);
      const double v = 0.3 * (static_cast<double>(rng() % 2001) / 1000.0 - 1.0);
      if (j != i) a.push_back({i, j, v});
    }
  }
  const auto dense = inverse_diagonal_of_identity_minus(n, a, n);
  const auto sparse = inverse_diagonal_of_identity_minus(n, a, 0);
  ASSERT_EQ(dense.size(), sparse.size());
  for (std::size_t k = 0; k < dense.size(); ++k)
    EXPECT_NEAR(dense[k], sparse[k], 1e-11 * std::abs(dense[k])) << k;
}

// A closed cycle (every row of A sums to 1) makes I - A singular on every path.
TEST(LinearSolveTest, SingularMatrixThrows) {
  const std::vector<MatrixEntry> cycle = {{0, 1, 1.0}, {1, 2, 1.0}, {2, 0, 1.0}};
  EXPECT_THROW(inverse_diagonal_of_identity_minus(3, cycle, 3), std::runtime_error);
  EXPECT_THROW(inverse_diagonal_of_identity_minus(3, cycle, 0), std::runtime_error);
}

}  // namespace
}  // namespace symbio::net::detail
