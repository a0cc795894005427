#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "network/detail/linear_solve.hpp"

namespace symbio::net::detail {

// The diagonal of (I - A)^-1 for a sparse n x n matrix A >= 0 (entries given as in
// linear_solve.hpp, duplicates added) by selected inversion: I - A = L D U without pivoting in
// an approximate minimum degree order of the pattern of (I - A) + (I - A)^T (Amestoy, Davis and
// Duff 1996), then the entries of Z = (I - A)^-1 on the pattern of L + U from the last column to
// the first with the Takahashi equations (Takahashi, Fagan and Chin 1973; Erisman and Tinney
// 1975): for k in S_i, the pattern of column i of L below the diagonal,
//   Z_ik = -sum_{l in S_i} U_il Z_lk,  Z_ki = -sum_{l in S_i} Z_kl L_li,
//   Z_ii = 1 / d_i - sum_{l in S_i} U_il Z_li,
// which need only entries of Z on that pattern (a pair of S_i is an entry of L + U: fill).
// The last columns of that order are usually full (each holds every later row: the dense core
// that minimum degree leaves to the end); up to `max_dense_block` of them are one dense block R,
// whose Z_RR is the inverse of the Schur complement of the other columns (Eigen's dense LU), so
// that most of the arithmetic runs on dense matrices. The diagonal of Z comes at about the cost
// of the factorization and one dense inverse of R, instead of n solves.
// Valid and stable without pivoting when I - A is a nonsingular M-matrix (A >= 0, spectral
// radius < 1; ecological network analysis's G is such, its row sums are at most 1): every
// Schur complement is one again, so the pivots d_i are positive, L and U are <= 0 off the
// diagonal and Z >= 0, and every sum above adds terms of one sign (no cancellation).
// nullopt when A has a negative entry, a pivot is not positive, or Z_RR is singular or has a
// negative entry (I - A is then no nonsingular M-matrix and the caller solves with pivoting).
// O(nnz(L) + sum_i |S_i| |L_{*l}| over l in S_i outside R + |R|^3); memory O(nnz(L) + |R|^2).
// `max_dense_block` bounds the dense block (0: none; every column by the Takahashi equations).
std::optional<std::vector<double>> selected_inverse_diagonal(std::int32_t n,
                                                             const std::vector<MatrixEntry>& a,
                                                             std::int32_t max_dense_block = 4000);

}  // namespace symbio::net::detail
