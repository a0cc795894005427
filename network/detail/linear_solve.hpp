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
// through Eigen: a dense LU with partial pivoting up to `dense_limit` rows, above it a sparse
// supernodal LU (COLAMD ordering) solved for the unit vectors in blocks of columns; never an
// explicit inverse of a large matrix; the sparse solves run on the OpenMP threads. Throws
// std::runtime_error when I - A is singular. O(n^3) dense; sparse O(fill + n * nnz(L + U)).
std::vector<double> inverse_diagonal_of_identity_minus(std::int32_t n,
                                                       const std::vector<MatrixEntry>& a,
                                                       std::int32_t dense_limit = 300);

}  // namespace symbio::net::detail
