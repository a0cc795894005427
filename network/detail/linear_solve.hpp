#pragma once

#include <cstdint>
#include <vector>

namespace symbio::net::detail {

// An entry of a sparse square matrix.
struct MatrixEntry {
  std::int32_t row = 0;
  std::int32_t col = 0;
  double value = 0.0;
};

// The diagonal of (I - A)^-1 for the n x n matrix A given by its entries (duplicates are added),
// never through an explicit inverse of a large matrix: up to `dense_limit` rows a dense LU with
// partial pivoting (Eigen); above it, when A >= 0 and I - A is a nonsingular M-matrix (the
// G of ecological network analysis), selected inversion over an L D U factorization
// (selected_inversion.hpp, about the cost of one factorization); otherwise Eigen's supernodal
// sparse LU (COLAMD ordering) solved for the unit vectors in blocks of columns on the OpenMP
// threads. Throws std::runtime_error when I - A is singular. O(n^3) dense; selected inversion
// O(nnz(L) + the update count of the factorization); pivoting sparse O(fill + n nnz(L + U)).
std::vector<double> inverse_diagonal_of_identity_minus(std::int32_t n,
                                                       const std::vector<MatrixEntry>& a,
                                                       std::int32_t dense_limit = 300);

}  // namespace symbio::net::detail
