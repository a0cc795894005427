#include "network/detail/linear_solve.hpp"

#include <Eigen/Dense>
#include <Eigen/SparseCore>
#include <Eigen/SparseLU>
#include <algorithm>
#include <stdexcept>

#include "network/detail/selected_inversion.hpp"

namespace symbio::net::detail {

namespace {

std::vector<double> dense_diagonal(std::int32_t n, const std::vector<MatrixEntry>& a) {
  Eigen::MatrixXd m = Eigen::MatrixXd::Identity(n, n);
  for (const MatrixEntry& e : a)
    m(e.row, e.col) -= e.value;
  const Eigen::PartialPivLU<Eigen::MatrixXd> lu(m);
  if (!(std::abs(lu.determinant()) > 0.0)) throw std::runtime_error("I - G is singular");
  const Eigen::MatrixXd inverse = lu.solve(Eigen::MatrixXd::Identity(n, n));
  std::vector<double> diagonal(static_cast<std::size_t>(n));
  for (std::int32_t i = 0; i < n; ++i)
    diagonal[static_cast<std::size_t>(i)] = inverse(i, i);
  return diagonal;
}

std::vector<double> sparse_diagonal(std::int32_t n, const std::vector<MatrixEntry>& a) {
  std::vector<Eigen::Triplet<double>> triplets;
  triplets.reserve(a.size() + static_cast<std::size_t>(n));
  for (std::int32_t i = 0; i < n; ++i)
    triplets.emplace_back(i, i, 1.0);
  for (const MatrixEntry& e : a)
    triplets.emplace_back(e.row, e.col, -e.value);
  Eigen::SparseMatrix<double> m(n, n);
  m.setFromTriplets(triplets.begin(), triplets.end());
  m.makeCompressed();
  Eigen::SparseLU<Eigen::SparseMatrix<double>, Eigen::COLAMDOrdering<int>> lu;
  lu.compute(m);
  if (lu.info() != Eigen::Success)
    throw std::runtime_error("I - G is singular: " + lu.lastErrorMessage());
  std::vector<double> diagonal(static_cast<std::size_t>(n));
  // Unit vectors in blocks: the supernodal solve then works on dense panels. The blocks are
  // independent reads of the factors, so they run in parallel; each writes its own entries.
  constexpr std::int32_t kBlock = 64;
  const std::int32_t blocks = (n + kBlock - 1) / kBlock;
#pragma omp parallel for schedule(dynamic)
  for (std::int32_t b = 0; b < blocks; ++b) {
    const std::int32_t start = b * kBlock;
    const std::int32_t width = std::min(kBlock, n - start);
    Eigen::MatrixXd rhs = Eigen::MatrixXd::Zero(n, width);
    for (std::int32_t k = 0; k < width; ++k)
      rhs(start + k, k) = 1.0;
    const Eigen::MatrixXd x = lu.solve(rhs);
    for (std::int32_t k = 0; k < width; ++k)
      diagonal[static_cast<std::size_t>(start + k)] = x(start + k, k);
  }
  return diagonal;
}

}  // namespace

std::vector<double> inverse_diagonal_of_identity_minus(std::int32_t n,
                                                       const std::vector<MatrixEntry>& a,
                                                       std::int32_t dense_limit) {
  if (n <= 0) return {};
  if (n <= dense_limit) return dense_diagonal(n, a);
  if (auto diagonal = selected_inverse_diagonal(n, a)) return std::move(*diagonal);
  return sparse_diagonal(n, a);
}

}  // namespace symbio::net::detail
