#include "network/structural_holes.hpp"

#include <algorithm>
#include <cmath>

namespace symbio::net {

namespace {

std::size_t idx(Vertex v) {
  return static_cast<std::size_t>(v);
}

// Calls visit(position in a, position in b) for each common entry of two sorted rows: a merge
// when the rows are of similar length, binary search of the longer one otherwise, so a pair of
// a leaf and a hub costs O(log hub degree), not O(hub degree).
template <typename Visit>
void intersect(std::span<const Vertex> a, std::span<const Vertex> b, Visit visit) {
  const bool swap = a.size() > b.size();
  const auto small = swap ? b : a;
  const auto large = swap ? a : b;
  auto report = [&](std::size_t in_small, std::size_t in_large) {
    if (swap) {
      visit(in_large, in_small);
    } else {
      visit(in_small, in_large);
    }
  };
  if (small.size() * 8 < large.size()) {
    for (std::size_t i = 0; i < small.size(); ++i) {
      const auto it = std::lower_bound(large.begin(), large.end(), small[i]);
      if (it != large.end() && *it == small[i]) {
        report(i, static_cast<std::size_t>(it - large.begin()));
      }
    }
    return;
  }
  std::size_t i = 0, j = 0;
  while (i < small.size() && j < large.size()) {
    if (small[i] < large[j]) {
      ++i;
    } else if (large[j] < small[i]) {
      ++j;
    } else {
      report(i++, j++);
    }
  }
}

}  // namespace

StructuralHoles compute_structural_holes(const LayerView& view) {
  const auto n = idx(view.n());
  const Csr& u_csr = view.undirected_csr();

  // mutual[e] = a_uv + a_vu (1 or 2) for the entry e of v in U's row of u; U's row is the sorted
  // union of out(u) and in(u), so one merge per row fills it.
  std::vector<double> mutual(u_csr.targets.size(), 0.0);
  std::vector<double> total(n, 0.0);    // sum_q (a_uq + a_qu) = in-degree + out-degree
  std::vector<double> largest(n, 0.0);  // max_k (a_uk + a_ku)
  for (std::size_t u = 0; u < n; ++u) {
    const auto row = view.neighbors(static_cast<Vertex>(u));
    const auto out = view.out(static_cast<Vertex>(u));
    const auto in = view.in(static_cast<Vertex>(u));
    std::size_t o = 0, i = 0;
    for (std::size_t k = 0; k < row.size(); ++k) {
      double s = 0.0;
      if (o < out.size() && out[o] == row[k]) {
        s += 1.0;
        ++o;
      }
      if (i < in.size() && in[i] == row[k]) {
        s += 1.0;
        ++i;
      }
      mutual[static_cast<std::size_t>(u_csr.begin(static_cast<Vertex>(u))) + k] = s;
      total[u] += s;
      largest[u] = std::max(largest[u], s);
    }
  }
  auto mutual_row = [&](std::size_t u) {
    return std::span<const double>(mutual.data() + u_csr.begin(static_cast<Vertex>(u)),
                                   view.neighbors(static_cast<Vertex>(u)).size());
  };

  StructuralHoles result;
  result.constraint.assign(n, std::nullopt);
  result.effective_size.assign(n, std::nullopt);
  result.efficiency.assign(n, std::nullopt);
  result.hierarchy.assign(n, std::nullopt);
  std::vector<double> dyadic;
  for (std::size_t i = 0; i < n; ++i) {
    const auto partners = view.neighbors(static_cast<Vertex>(i));
    if (partners.empty()) continue;
    const auto s_i = mutual_row(i);
    dyadic.assign(partners.size(), 0.0);
    double constraint = 0.0;
    double effective_size = 0.0;
    for (std::size_t a = 0; a < partners.size(); ++a) {
      const auto j = idx(partners[a]);
      const auto s_j = mutual_row(j);
      // q runs over common partners of i and j; neither i nor j is its own partner (D has no
      // self-ties), so q != i, j holds by construction.
      double indirect = 0.0;    // sum_q p_iq p_qj
      double redundancy = 0.0;  // sum_q p_iq m_jq
      intersect(partners, view.neighbors(partners[a]), [&](std::size_t at_i, std::size_t at_j) {
        const auto q = idx(partners[at_i]);
        const double p_iq = s_i[at_i] / total[i];
        indirect += p_iq * s_j[at_j] / total[q];
        redundancy += p_iq * s_j[at_j] / largest[j];
      });
      const double p_ij = s_i[a] / total[i];
      dyadic[a] = (p_ij + indirect) * (p_ij + indirect);
      constraint += dyadic[a];
      effective_size += 1.0 - redundancy;
    }
    const auto degree = static_cast<double>(partners.size());
    result.constraint[i] = constraint;
    result.effective_size[i] = effective_size;
    result.efficiency[i] = effective_size / degree;
    if (partners.size() < 2) continue;
    // Burt's hierarchy (the Coleman-Theil disorder index of the dyadic constraints): 0 when all
    // are equal, 1 when one partner holds all the constraint. Equal dyadic constraints
    // computed along different paths may differ in the last bit; such a spread is reported
    // as the exact 0 it stands for.
    const auto [low, high] = std::minmax_element(dyadic.begin(), dyadic.end());
    if (*high - *low <= 1e-12 * *high) {
      result.hierarchy[i] = 0.0;
      continue;
    }
    const double mean = constraint / degree;
    double sum = 0.0;
    for (const double c : dyadic) {
      const double r = c / mean;
      sum += r * std::log(r);
    }
    result.hierarchy[i] = sum / (degree * std::log(degree));
  }
  return result;
}

}  // namespace symbio::net
