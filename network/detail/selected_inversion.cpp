#include "network/detail/selected_inversion.hpp"

#include <omp.h>
#include <Eigen/Dense>
#include <Eigen/OrderingMethods>

#include <Eigen/SparseCore>
#include <algorithm>
#include <cmath>

namespace symbio::net::detail {

namespace {

// The factors L D U of P (I - A) P^T on one pattern: column j of L below the diagonal and row j
// of U right of it share the rows rows[offsets[j] .. offsets[j + 1]), sorted.
struct Factors {
  std::vector<std::int64_t> offsets;
  std::vector<std::int32_t> rows;
  std::vector<double> lower;  // L_rj
  std::vector<double> upper;  // U_jr
  std::vector<double> pivot;  // d_j
};

// The entries of the permuted matrix B = P (I - A) P^T by column j: the strictly lower part of
// column j and the strictly upper part of row j (both indexed by the other end), and B_jj.
struct Permuted {
  std::vector<std::int64_t> offsets;
  std::vector<std::int32_t> index;
  std::vector<double> lower;  // B_rj, 0 where only B_jr is an entry
  std::vector<double> upper;  // B_jr, 0 where only B_rj is an entry
  std::vector<double> diagonal;
};

// Approximate minimum degree order of the pattern of M + M^T; order[new] = old.
std::vector<std::int32_t> amd_order(std::int32_t n, const std::vector<MatrixEntry>& a) {
  std::vector<Eigen::Triplet<double, int>> triplets;
  triplets.reserve(a.size() + static_cast<std::size_t>(n));
  for (std::int32_t i = 0; i < n; ++i)
    triplets.emplace_back(i, i, 1.0);
  for (const MatrixEntry& e : a)
    triplets.emplace_back(e.row, e.col, 1.0);
  Eigen::SparseMatrix<double, Eigen::ColMajor, int> m(n, n);
  m.setFromTriplets(triplets.begin(), triplets.end());
  Eigen::AMDOrdering<int>::PermutationType perm;
  Eigen::AMDOrdering<int>()(m, perm);
  return {perm.indices().data(), perm.indices().data() + n};
}

Permuted permute(std::int32_t n, const std::vector<MatrixEntry>& a,
                 const std::vector<std::int32_t>& position) {
  const auto size = static_cast<std::size_t>(n);
  // Each entry (r, c), r != c, goes to column min(r, c) with index max(r, c); duplicates and the
  // two triangles meet there after sorting.
  struct Item {
    std::int32_t column, index;
    double lower, upper;
  };
  std::vector<Item> items;
  items.reserve(a.size());
  Permuted b;
  b.diagonal.assign(size, 1.0);
  for (const MatrixEntry& e : a) {
    const std::int32_t r = position[static_cast<std::size_t>(e.row)];
    const std::int32_t c = position[static_cast<std::size_t>(e.col)];
    if (r == c) {
      b.diagonal[static_cast<std::size_t>(r)] -= e.value;
    } else if (r > c) {
      items.push_back({c, r, -e.value, 0.0});
    } else {
      items.push_back({r, c, 0.0, -e.value});
    }
  }
  std::sort(items.begin(), items.end(), [](const Item& x, const Item& y) {
    return x.column != y.column ? x.column < y.column : x.index < y.index;
  });
  b.offsets.assign(size + 1, 0);
  for (std::size_t k = 0; k < items.size(); ++k) {
    const Item& it = items[k];
    if (k > 0 && items[k - 1].column == it.column && items[k - 1].index == it.index) {
      b.lower.back() += it.lower;
      b.upper.back() += it.upper;
      continue;
    }
    b.index.push_back(it.index);
    b.lower.push_back(it.lower);
    b.upper.push_back(it.upper);
    ++b.offsets[static_cast<std::size_t>(it.column) + 1];
  }
  for (std::size_t j = 1; j <= size; ++j)
    b.offsets[j] += b.offsets[j - 1];
  return b;
}

// The pattern of L: column j holds B's entries below j and the patterns of its children in the
// elimination tree without j (the parent of a column is the first row of its pattern).
void symbolic(std::int32_t n, const Permuted& b, Factors& f) {
  const auto size = static_cast<std::size_t>(n);
  std::vector<std::int32_t> mark(size, -1), first_child(size, -1), next_sibling(size, -1);
  f.offsets.assign(size + 1, 0);
  for (std::int32_t j = 0; j < n; ++j) {
    const auto ju = static_cast<std::size_t>(j);
    const auto start = static_cast<std::int64_t>(f.rows.size());
    mark[ju] = j;
    for (auto p = b.offsets[ju]; p < b.offsets[ju + 1]; ++p) {
      const std::int32_t r = b.index[static_cast<std::size_t>(p)];
      mark[static_cast<std::size_t>(r)] = j;
      f.rows.push_back(r);
    }
    for (std::int32_t c = first_child[ju]; c >= 0; c = next_sibling[static_cast<std::size_t>(c)]) {
      const auto cu = static_cast<std::size_t>(c);
      for (auto p = f.offsets[cu]; p < f.offsets[cu + 1]; ++p) {
        const std::int32_t r = f.rows[static_cast<std::size_t>(p)];
        if (mark[static_cast<std::size_t>(r)] == j) continue;
        mark[static_cast<std::size_t>(r)] = j;
        f.rows.push_back(r);
      }
    }
    std::sort(f.rows.begin() + start, f.rows.end());
    f.offsets[ju + 1] = static_cast<std::int64_t>(f.rows.size());
    if (static_cast<std::int64_t>(f.rows.size()) > start) {
      const auto parent = static_cast<std::size_t>(f.rows[static_cast<std::size_t>(start)]);
      next_sibling[ju] = first_child[parent];
      first_child[parent] = j;
    }
  }
}

// Left-looking L D U of the columns before `tail`: column j gathers the updates of every earlier
// column k whose pattern holds j (k waits in the list of the next row of its pattern). False on a
// pivot that is not positive.
bool numeric(std::int32_t n, std::int32_t tail, const Permuted& b, Factors& f) {
  const auto size = static_cast<std::size_t>(n);
  f.lower.assign(f.rows.size(), 0.0);
  f.upper.assign(f.rows.size(), 0.0);
  f.pivot.assign(size, 0.0);
  std::vector<double> x(size, 0.0), y(size, 0.0);
  std::vector<std::int32_t> head(size, -1), next(size, -1);
  std::vector<std::int64_t> cursor(size, 0);
  const auto link = [&](std::int32_t k) {
    const auto ku = static_cast<std::size_t>(k);
    if (cursor[ku] >= f.offsets[ku + 1]) return;
    const auto row = static_cast<std::size_t>(f.rows[static_cast<std::size_t>(cursor[ku])]);
    next[ku] = head[row];
    head[row] = k;
  };
  for (std::int32_t j = 0; j < tail; ++j) {
    const auto ju = static_cast<std::size_t>(j);
    for (auto p = b.offsets[ju]; p < b.offsets[ju + 1]; ++p) {
      const auto r = static_cast<std::size_t>(b.index[static_cast<std::size_t>(p)]);
      x[r] = b.lower[static_cast<std::size_t>(p)];
      y[r] = b.upper[static_cast<std::size_t>(p)];
    }
    double d = b.diagonal[ju];
    std::int32_t k = head[ju];
    head[ju] = -1;
    while (k >= 0) {
      const auto ku = static_cast<std::size_t>(k);
      const std::int32_t following = next[ku];
      const auto p = static_cast<std::size_t>(cursor[ku]);
      const double dk = f.pivot[ku];
      const double l_jk = f.lower[p] * dk;  // L_jk d_k
      const double u_kj = f.upper[p] * dk;  // d_k U_kj
      d -= f.lower[p] * u_kj;
      const auto end = static_cast<std::size_t>(f.offsets[ku + 1]);
      for (std::size_t q = p + 1; q < end; ++q) {
        const auto r = static_cast<std::size_t>(f.rows[q]);
        x[r] -= f.lower[q] * u_kj;
        y[r] -= l_jk * f.upper[q];
      }
      ++cursor[ku];
      link(k);
      k = following;
    }
    if (!(d > 0.0) || !std::isfinite(d)) return false;
    f.pivot[ju] = d;
    for (auto q = f.offsets[ju]; q < f.offsets[ju + 1]; ++q) {
      const auto qu = static_cast<std::size_t>(q);
      const auto r = static_cast<std::size_t>(f.rows[qu]);
      f.lower[qu] = x[r] / d;
      f.upper[qu] = y[r] / d;
      x[r] = 0.0;
      y[r] = 0.0;
    }
    cursor[ju] = f.offsets[ju];
    link(j);
  }
  return true;
}

// The first column of the dense tail: the last columns whose pattern is every later row (a
// suffix: the parent of such a column is the next one), at most `limit` of them.
constexpr std::int32_t kParallelDenseTail = 2000;
std::int32_t dense_tail_start(std::int32_t n, const Factors& f, std::int32_t limit) {
  std::int32_t j = n;
  while (j > 0 && n - j < limit) {
    const auto c = static_cast<std::size_t>(j - 1);
    if (f.offsets[c + 1] - f.offsets[c] != n - j) break;
    --j;
  }
  return j;
}

// Z_RR, the block of Z on the dense tail R = tail..n-1: the inverse of the Schur complement
// S = B_RR - sum over columns k before R of L_Rk d_k U_kR, by a dense LU with partial pivoting.
// nullopt when S is singular or its inverse has a negative entry (S, a Z-matrix here, is then no
// nonsingular M-matrix, nor is I - A).
std::optional<Eigen::MatrixXd> tail_inverse(std::int32_t n, std::int32_t tail, const Permuted& b,
                                            const Factors& f) {
  const std::int32_t size = n - tail;
  if (size == 0) return Eigen::MatrixXd();
  Eigen::MatrixXd s = Eigen::MatrixXd::Zero(size, size);
  for (std::int32_t c = tail; c < n; ++c) {
    const auto cu = static_cast<std::size_t>(c);
    s(c - tail, c - tail) = b.diagonal[cu];
    for (auto p = b.offsets[cu]; p < b.offsets[cu + 1]; ++p) {
      const auto pu = static_cast<std::size_t>(p);
      const std::int32_t r = b.index[pu] - tail;
      s(r, c - tail) += b.lower[pu];
      s(c - tail, r) += b.upper[pu];
    }
  }
  for (std::int32_t k = 0; k < tail; ++k) {
    const auto ku = static_cast<std::size_t>(k);
    const auto begin = f.rows.begin() + f.offsets[ku];
    const auto end = f.rows.begin() + f.offsets[ku + 1];
    const auto first =
        static_cast<std::size_t>(std::lower_bound(begin, end, tail) - f.rows.begin());
    const auto last = static_cast<std::size_t>(f.offsets[ku + 1]);
    const double dk = f.pivot[ku];
    for (std::size_t c = first; c < last; ++c) {
      const double u = f.upper[c] * dk;  // d_k U_kc
      double* column = &s(0, f.rows[c] - tail);
      for (std::size_t r = first; r < last; ++r)
        column[f.rows[r] - tail] -= f.lower[r] * u;
    }
  }
  // Eigen's dense products take the OpenMP threads; below kParallelDenseTail the block takes
  // tenths of a second on one thread, and on a shared machine the threads' barriers cost more
  // than they save (measured, bench/README.md), so the calling thread's team is set to one for
  // the block (omp_set_num_threads changes only the calling thread's setting) and restored.
  struct OneThreadBelow {
    int saved = omp_get_max_threads();
    explicit OneThreadBelow(bool one) {
      if (one) omp_set_num_threads(1);
    }
    ~OneThreadBelow() { omp_set_num_threads(saved); }
    OneThreadBelow(const OneThreadBelow&) = delete;
    OneThreadBelow& operator=(const OneThreadBelow&) = delete;
  };
  std::optional<Eigen::PartialPivLU<Eigen::Ref<Eigen::MatrixXd>>> lu;
  Eigen::MatrixXd z;
  {
    const OneThreadBelow guard(size < kParallelDenseTail);
    lu.emplace(s);
    z = lu->inverse();
  }
  if (!(std::abs(lu->determinant()) > 0.0)) return std::nullopt;
  if (!z.allFinite()) return std::nullopt;
  const double scale = z.cwiseAbs().maxCoeff();
  if (z.minCoeff() < -1e-12 * scale) return std::nullopt;
  return z;
}

// Z = (L D U)^-1 on the pattern of L + U, last column first (the equations in the header), with
// Z_RR on the dense tail given; the diagonal of Z in the permuted order.
std::vector<double> takahashi(std::int32_t n, std::int32_t tail, const Factors& f,
                              const Eigen::MatrixXd& z_tail) {
  const auto size = static_cast<std::size_t>(n);
  std::vector<double> z_lower(f.rows.size()), z_upper(f.rows.size()), z_diag(size);
  std::vector<std::int32_t> position(size, -1);
  std::vector<double> row_sum, col_sum;
  std::vector<const double*> tail_column;
  for (std::int32_t i = tail; i < n; ++i)
    z_diag[static_cast<std::size_t>(i)] = z_tail(i - tail, i - tail);
  for (std::int32_t i = tail - 1; i >= 0; --i) {
    const auto iu = static_cast<std::size_t>(i);
    const auto begin = static_cast<std::size_t>(f.offsets[iu]);
    const auto m = static_cast<std::size_t>(f.offsets[iu + 1]) - begin;
    const std::int32_t* s = f.rows.data() + begin;
    const double* l_i = f.lower.data() + begin;  // L_si
    const double* u_i = f.upper.data() + begin;  // U_is
    row_sum.assign(m, 0.0);
    col_sum.assign(m, 0.0);
    for (std::size_t p = 0; p < m; ++p)
      position[static_cast<std::size_t>(s[p])] = static_cast<std::int32_t>(p);
    const std::int32_t last = m > 0 ? s[m - 1] : -1;
    // s[0 .. in_tail) before the dense tail, s[in_tail .. m) in it.
    const auto in_tail = static_cast<std::size_t>(std::lower_bound(s, s + m, tail) - s);
    for (std::size_t pc = 0; pc < in_tail; ++pc) {
      const auto c = static_cast<std::size_t>(s[pc]);
      const double u_ic = u_i[pc];
      const double l_ci = l_i[pc];
      double row_c = u_ic * z_diag[c];
      double col_c = z_diag[c] * l_ci;
      const auto end = static_cast<std::size_t>(f.offsets[c + 1]);
      for (auto q = static_cast<std::size_t>(f.offsets[c]); q < end; ++q) {
        const std::int32_t r = f.rows[q];
        if (r > last) break;
        const std::int32_t pr = position[static_cast<std::size_t>(r)];
        if (pr < 0) continue;
        const auto pru = static_cast<std::size_t>(pr);
        const double z_cr = z_upper[q];
        const double z_rc = z_lower[q];
        row_sum[pru] += u_ic * z_cr;
        col_sum[pru] += z_rc * l_ci;
        row_c += u_i[pru] * z_rc;
        col_c += z_cr * l_i[pru];
      }
      row_sum[pc] += row_c;
      col_sum[pc] += col_c;
    }
    // Pairs c, r both in the tail: row_sum_R += U_iR Z_RR and col_sum_R += Z_RR L_Ri over the
    // rows and columns of S_i in the tail, read from the dense block by columns.
    tail_column.clear();
    for (std::size_t p = in_tail; p < m; ++p)
      tail_column.push_back(&z_tail(0, s[p] - tail));
    for (std::size_t pr = in_tail; pr < m; ++pr) {
      const double* column = tail_column[pr - in_tail];  // Z_{., r}
      double row = 0.0;
      for (std::size_t pc = in_tail; pc < m; ++pc)
        row += u_i[pc] * column[s[pc] - tail];
      row_sum[pr] += row;
    }
    for (std::size_t pc = in_tail; pc < m; ++pc) {
      const double* column = tail_column[pc - in_tail];  // Z_{., c}
      const double l_ci = l_i[pc];
      for (std::size_t pr = in_tail; pr < m; ++pr)
        col_sum[pr] += column[s[pr] - tail] * l_ci;
    }
    double diagonal = 1.0 / f.pivot[iu];
    for (std::size_t p = 0; p < m; ++p) {
      z_upper[begin + p] = -row_sum[p];
      z_lower[begin + p] = -col_sum[p];
      diagonal += u_i[p] * col_sum[p];
      position[static_cast<std::size_t>(s[p])] = -1;
    }
    z_diag[iu] = diagonal;
  }
  return z_diag;
}

}  // namespace

std::optional<std::vector<double>> selected_inverse_diagonal(std::int32_t n,
                                                             const std::vector<MatrixEntry>& a,
                                                             std::int32_t max_dense_block) {
  if (n <= 0) return std::vector<double>{};
  for (const MatrixEntry& e : a) {
    if (!(e.value >= 0.0) || !std::isfinite(e.value)) return std::nullopt;
  }
  const std::vector<std::int32_t> order = amd_order(n, a);
  std::vector<std::int32_t> position(static_cast<std::size_t>(n));
  for (std::int32_t k = 0; k < n; ++k)
    position[static_cast<std::size_t>(order[static_cast<std::size_t>(k)])] = k;
  const Permuted b = permute(n, a, position);
  Factors f;
  symbolic(n, b, f);
  const std::int32_t tail = dense_tail_start(n, f, max_dense_block);
  if (!numeric(n, tail, b, f)) return std::nullopt;
  const std::optional<Eigen::MatrixXd> z_tail = tail_inverse(n, tail, b, f);
  if (!z_tail) return std::nullopt;
  const std::vector<double> z = takahashi(n, tail, f, *z_tail);
  std::vector<double> diagonal(static_cast<std::size_t>(n));
  for (std::int32_t k = 0; k < n; ++k)
    diagonal[static_cast<std::size_t>(order[static_cast<std::size_t>(k)])] =
        z[static_cast<std::size_t>(k)];
  return diagonal;
}

}  // namespace symbio::net::detail
