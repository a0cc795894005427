#include "network/ena.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <stdexcept>

#include "network/detail/linear_solve.hpp"

namespace symbio::net {
namespace {

// A four-enterprise park with one cycle, derived by hand (nodes A=0, B=1, C=2, D=3):
//   import -> A 100, A -> B 120, B -> C 80, B -> D 40, C -> A 20, C -> export 60,
//   D -> export 40.
// Every node is balanced already: in_A = 100 + 20 = 120 = out_A; in_B = 120 = 80 + 40;
// in_C = 80 = 20 + 60; in_D = 40 = 40. So z = imports (z_A = 100), y = exports (y_C = 60,
// y_D = 40) and T = (120, 120, 80, 40).
//   boundary = 100, TST = 360, TSTp = sum f (260) + sum z (100) + sum y (100) = 460,
//   APL = 360 / 100 = 3.6.
// G_ij = f_ij / T_i: G_AB = 1, G_BC = 2/3, G_BD = 1/3, G_CA = 1/4. The only cycle A -> B -> C
// -> A carries 1 * 2/3 * 1/4 = 1/6 of what leaves any of its nodes back to it, so for A, B, C
// N_jj = 1 + 1/6 + (1/6)^2 + ... = 6/5 and cycling = (6/5 - 1) / (6/5) = 1/6; D is on no cycle.
//   FCI = (1/6)(120 + 120 + 80) / 360 = 4/27.
// Extended matrix: rows A..D and the import row; row sums t_A. = 120, t_B. = 120,
// t_C. = 20 + 60 = 80, t_D. = 40, import row 100; column sums t_.A = 20 + 100 = 120,
// t_.B = 120, t_.C = 80, t_.D = 40, export column 60 + 40 = 100. The seven non-zero entries
// (t, row sum, column sum): AB (120, 120, 120), BC (80, 120, 80), BD (40, 120, 40),
// CA (20, 80, 120), C-export (60, 80, 100), D-export (40, 40, 100), import-A (100, 100, 120).
struct Entry {
  double t, row, col;
};
constexpr Entry kEntries[] = {{120, 120, 120}, {80, 120, 80}, {40, 120, 40},  {20, 80, 120},
                              {60, 80, 100},   {40, 40, 100}, {100, 100, 120}};
constexpr double kTstp = 460.0;

EnaInput cycling_park() {
  EnaInput in;
  in.n = 4;
  in.flows = {{0, 1, 120}, {1, 2, 80}, {1, 3, 40}, {2, 0, 20}};
  in.imports = {100, 0, 0, 0};
  in.exports = {0, 0, 60, 40};
  return in;
}

TEST(EnaTest, FourEnterpriseCyclingParkByHand) {
  const EnaResult r = compute_ena(cycling_park());
  EXPECT_DOUBLE_EQ(r.boundary, 100.0);
  EXPECT_DOUBLE_EQ(r.tst, 360.0);
  EXPECT_DOUBLE_EQ(r.tstp, 460.0);
  EXPECT_DOUBLE_EQ(*r.apl, 3.6);
  ASSERT_EQ(r.throughflow.size(), 4u);
  EXPECT_DOUBLE_EQ(r.throughflow[0], 120.0);
  EXPECT_DOUBLE_EQ(r.throughflow[1], 120.0);
  EXPECT_DOUBLE_EQ(r.throughflow[2], 80.0);
  EXPECT_DOUBLE_EQ(r.throughflow[3], 40.0);
  for (int j = 0; j < 3; ++j)
    EXPECT_NEAR(r.cycling[static_cast<std::size_t>(j)], 1.0 / 6.0, 1e-14);
  EXPECT_EQ(r.cycling[3], 0.0);
  EXPECT_NEAR(*r.fci, 4.0 / 27.0, 1e-14);

  double ami = 0, overhead = 0, capacity = 0;
  for (const Entry& e : kEntries) {
    ami += e.t / kTstp * std::log2(e.t * kTstp / (e.row * e.col));
    overhead -= e.t * std::log2(e.t * e.t / (e.row * e.col));
    capacity -= e.t * std::log2(e.t / kTstp);
  }
  EXPECT_NEAR(*r.ami, ami, 1e-12);
  EXPECT_NEAR(*r.ascendency, kTstp * ami, 1e-9);
  EXPECT_NEAR(*r.overhead, overhead, 1e-9);
  EXPECT_NEAR(*r.capacity, capacity, 1e-9);
  // Capacity splits into ascendency and overhead (Ulanowicz 2004).
  EXPECT_NEAR(*r.capacity, *r.ascendency + *r.overhead, 1e-9);
  const double ac = kTstp * ami / capacity;
  EXPECT_NEAR(*r.asc_cap, ac, 1e-12);
  EXPECT_NEAR(*r.robustness, -ac * std::log(ac), 1e-12);
}

// The same park with the cycling limit below its cycle of 3 enterprises: cycling is not computed
// for them (NaN) and FCI is undefined, while everything that needs no inverse is unchanged.
TEST(EnaTest, CyclingOfAComponentAboveTheLimitIsNotComputed) {
  EnaInput in = cycling_park();
  in.max_cycling_component = 2;
  const EnaResult r = compute_ena(in);
  EXPECT_EQ(r.cycling_skipped_component, 3);
  for (int j = 0; j < 3; ++j)
    EXPECT_TRUE(std::isnan(r.cycling[static_cast<std::size_t>(j)]));
  EXPECT_EQ(r.cycling[3], 0.0);  // on no cycle
  EXPECT_FALSE(r.fci.has_value());
  EXPECT_DOUBLE_EQ(r.tst, 360.0);
  EXPECT_DOUBLE_EQ(*r.apl, 3.6);
  EXPECT_TRUE(r.ami.has_value());
  in.max_cycling_component = 3;  // the limit itself is computed
  const EnaResult full = compute_ena(in);
  EXPECT_EQ(full.cycling_skipped_component, 0);
  EXPECT_NEAR(*full.fci, 4.0 / 27.0, 1e-14);
}

// An unbalanced node gets the boundary flow that balances it: A -> B 50, B -> C 30, C -> D 30,
// D exports 45. A receives nothing and sends 50, B receives 50 and sends 30, D receives 30 and
// sends 45.
TEST(EnaTest, BoundaryFlowsBalanceEveryNode) {
  EnaInput in;
  in.n = 4;
  in.flows = {{0, 1, 50}, {1, 2, 30}, {2, 3, 30}};
  in.imports = {0, 0, 0, 0};
  in.exports = {0, 0, 0, 45};
  const EnaResult r = compute_ena(in);
  // A: in 0, out 50 -> z_A = 50. B: in 50, out 30 -> y_B = 20. C balanced. D: in 30, out 45
  // -> z_D = 15; y_D = 45 (its export).
  EXPECT_DOUBLE_EQ(r.boundary_in[0], 50.0);
  EXPECT_DOUBLE_EQ(r.boundary_out[1], 20.0);
  EXPECT_DOUBLE_EQ(r.boundary_in[3], 15.0);
  EXPECT_DOUBLE_EQ(r.boundary_out[3], 45.0);
  EXPECT_DOUBLE_EQ(r.boundary, 65.0);
  EXPECT_DOUBLE_EQ(r.tst, 50.0 + 50.0 + 30.0 + 45.0);  // T = max(in, out)
  EXPECT_DOUBLE_EQ(r.tstp, 110.0 + 65.0 + 65.0);
  EXPECT_DOUBLE_EQ(*r.fci, 0.0);  // no cycle
}

TEST(EnaTest, EmptyNetworkLeavesIndicesUndefined) {
  EnaInput in;
  in.n = 2;
  in.imports = {0, 0};
  in.exports = {0, 0};
  const EnaResult r = compute_ena(in);
  EXPECT_EQ(r.tst, 0.0);
  EXPECT_FALSE(r.apl);
  EXPECT_FALSE(r.fci);
  EXPECT_FALSE(r.ami);
  EXPECT_FALSE(r.asc_cap);
}

TEST(EnaTest, RejectsBadInput) {
  EnaInput in = cycling_park();
  in.flows.push_back({1, 1, 5});
  EXPECT_THROW(compute_ena(in), std::invalid_argument);
  in = cycling_park();
  in.flows.push_back({0, 7, 5});
  EXPECT_THROW(compute_ena(in), std::invalid_argument);
  in = cycling_park();
  in.imports[0] = -1;
  EXPECT_THROW(compute_ena(in), std::invalid_argument);
}

// Parallel flows add up: two flows A -> B of 70 and 50 are the one flow of 120 above.
TEST(EnaTest, ParallelFlowsAdd) {
  EnaInput in = cycling_park();
  in.flows[0].amount = 70;
  in.flows.push_back({0, 1, 50});
  const EnaResult r = compute_ena(in);
  EXPECT_NEAR(*r.fci, 4.0 / 27.0, 1e-14);
  EXPECT_DOUBLE_EQ(r.tstp, 460.0);
}

// The path for large components (selected inversion) gives the dense path's diagonal on a
// strongly connected random matrix with row sums below 1 (a G of a balanced network).
TEST(EnaTest, SparseAndDenseInverseDiagonalsAgree) {
  std::mt19937 rng(7);
  const std::int32_t n = 400;
  std::vector<detail::MatrixEntry> a;
  for (std::int32_t i = 0; i < n; ++i) {
    std::vector<std::int32_t> targets = {(i + 1) % n, static_cast<std::int32_t>(rng() % n),
                                         static_cast<std::int32_t>(rng() % n)};
    for (const std::int32_t j : targets) {
      if (j != i) a.push_back({i, j, 0.3 * static_cast<double>(rng() % 1000) / 1000.0});
    }
  }
  const auto dense = detail::inverse_diagonal_of_identity_minus(n, a, n);
  const auto sparse = detail::inverse_diagonal_of_identity_minus(n, a, 0);
  ASSERT_EQ(dense.size(), sparse.size());
  for (std::size_t k = 0; k < dense.size(); ++k)
    EXPECT_NEAR(dense[k], sparse[k], 1e-12 * dense[k]);
}

}  // namespace
}  // namespace symbio::net
