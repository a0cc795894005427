#include "network/detail/selected_inversion.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

namespace symbio::net::detail {
namespace {

// A = [[0, a], [b, 0]]: (I - A)^-1 = [[1, a], [b, 1]] / (1 - ab), so both diagonal entries are
// 1 / (1 - ab); with a = 0.5, b = 0.8 that is 1 / 0.6.
TEST(SelectedInversionTest, TwoByTwoByHand) {
  const auto d = selected_inverse_diagonal(2, {{0, 1, 0.5}, {1, 0, 0.8}});
  ASSERT_TRUE(d.has_value());
  ASSERT_EQ(d->size(), 2u);
  EXPECT_NEAR((*d)[0], 1.0 / 0.6, 1e-15);
  EXPECT_NEAR((*d)[1], 1.0 / 0.6, 1e-15);
}

// Two rings (400 and 350 nodes, one passing 0.999 and the other 0.998 of each node's flow to the
// next), a one-way link from the first to the second and a tail of 50 nodes fed by both. A
// closed walk through a ring node goes round its ring k >= 0 times, each time with weight
// P = g^length, so N_jj = sum_k P^k = 1 / (1 - P); the link and the tail close no walk, so the
// tail's N_jj = 1. Duplicate entries add (each ring step is given as two halves).
TEST(SelectedInversionTest, RingsAndTailByHand) {
  const std::int32_t ring1 = 400, ring2 = 350, tail = 50, n = ring1 + ring2 + tail;
  std::vector<MatrixEntry> a;
  for (std::int32_t i = 0; i < ring1; ++i) {
    a.push_back({i, (i + 1) % ring1, 0.999 / 2});
    a.push_back({i, (i + 1) % ring1, 0.999 / 2});
  }
  for (std::int32_t i = 0; i < ring2; ++i)
    a.push_back({ring1 + i, ring1 + (i + 1) % ring2, 0.998});
  a.push_back({7, ring1 + 3, 0.0005});
  for (std::int32_t i = 0; i < tail; ++i) {
    const std::int32_t v = ring1 + ring2 + i;
    a.push_back({i == 0 ? 11 : v - 1, v, 0.0004});
    a.push_back({ring1 + 5 * i, v, 0.001});
  }
  const auto d = selected_inverse_diagonal(n, a);
  ASSERT_TRUE(d.has_value());
  const double n1 = 1.0 / (1.0 - std::pow(0.999, ring1));
  const double n2 = 1.0 / (1.0 - std::pow(0.998, ring2));
  for (std::int32_t j = 0; j < n; ++j) {
    const double want = j < ring1 ? n1 : j < ring1 + ring2 ? n2 : 1.0;
    EXPECT_NEAR((*d)[static_cast<std::size_t>(j)], want, 1e-12 * want) << j;
  }
}

// On random sparse matrices with row sums below 1 (the G of a balanced network), some strongly
// connected and some not, the diagonal equals the dense LU's with partial pivoting, whatever
// the size of the dense block.
TEST(SelectedInversionTest, AgreesWithDenseLuOnRandomMatrices) {
  for (const unsigned seed : {3u, 11u, 29u}) {
    std::mt19937 rng(seed);
    const std::int32_t n = 350;
    std::vector<MatrixEntry> a;
    for (std::int32_t i = 0; i < n; ++i) {
      const int extra = static_cast<int>(rng() % 5);
      std::vector<std::int32_t> targets;
      if (seed != 29u) targets.push_back((i + 1) % n);  // a ring: one component
      for (int k = 0; k < extra; ++k)
        targets.push_back(static_cast<std::int32_t>(rng() % n));
      for (const std::int32_t j : targets) {
        if (j != i) a.push_back({i, j, 0.19 * static_cast<double>(rng() % 1000 + 1) / 1000.0});
      }
    }
    const auto dense = inverse_diagonal_of_identity_minus(n, a, n);
    // Without a dense block, with one cut inside the full trailing columns, and the default.
    for (const std::int32_t block : {0, 1, 7, 4000}) {
      const auto selected = selected_inverse_diagonal(n, a, block);
      ASSERT_TRUE(selected.has_value());
      ASSERT_EQ(selected->size(), dense.size());
      for (std::size_t k = 0; k < dense.size(); ++k)
        EXPECT_NEAR((*selected)[k], dense[k], 1e-12 * dense[k]) << seed << " " << block << " " << k;
    }
  }
}

// Outside the M-matrices the method declines: a negative entry, or a pivot that is not
// positive (A = [[0, 2], [2, 0]]: d_1 = 1 - 2 * 2 = -3), or I - A singular (a closed cycle).
TEST(SelectedInversionTest, DeclinesWhatIsNoNonsingularMMatrix) {
  EXPECT_FALSE(selected_inverse_diagonal(2, {{0, 1, -0.5}}).has_value());
  EXPECT_FALSE(selected_inverse_diagonal(2, {{0, 1, 2.0}, {1, 0, 2.0}}).has_value());
  EXPECT_FALSE(selected_inverse_diagonal(2, {{0, 1, 2.0}, {1, 0, 2.0}}, 0).has_value());
  EXPECT_FALSE(selected_inverse_diagonal(3, {{0, 1, 1.0}, {1, 2, 1.0}, {2, 0, 1.0}}).has_value());
  EXPECT_TRUE(selected_inverse_diagonal(0, {})->empty());
}

}  // namespace
}  // namespace symbio::net::detail
