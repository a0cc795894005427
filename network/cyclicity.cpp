#include "network/cyclicity.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

#include "network/detail/scc.hpp"

namespace symbio::net {

namespace {

// Spectral radius of one strongly connected component with at least one cycle. Its adjacency
// matrix A is irreducible, so B = A + I is primitive (irreducible with a positive diagonal) and
// power iteration on B converges to the Perron vector from any positive start, where power
// iteration on A itself would oscillate when A is periodic (a plain cycle). For a positive x the
// Collatz-Wielandt ratios bracket the Perron root: min_i (Bx)_i / x_i <= rho(B) <= max_i
// (Bx)_i / x_i, so the loop stops on a certified relative width of 1e-12 and rho(A) = rho(B) - 1.
double component_radius(const LayerView& view, const std::vector<Vertex>& members,
                        const std::vector<std::int64_t>& local,
                        const std::vector<std::int64_t>& component, std::int64_t c) {
  const std::size_t size = members.size();
  std::vector<std::int64_t> offsets(size + 1, 0);
  std::vector<std::size_t> targets;
  for (std::size_t k = 0; k < size; ++k) {
    for (const Vertex w : view.in(members[k])) {
      if (component[static_cast<std::size_t>(w)] == c) {
        targets.push_back(static_cast<std::size_t>(local[static_cast<std::size_t>(w)]));
      }
    }
    offsets[k + 1] = static_cast<std::int64_t>(targets.size());
  }
  // A strongly connected digraph with as many ties as vertices is one directed cycle, whose
  // radius is exactly 1; power iteration would need O(size^2) steps there (the eigenvalues of
  // B are 1 + the size-th roots of unity, all of modulus close to 2).
  if (targets.size() == size) return 1.0;

  constexpr double kTolerance = 1e-12;
  // The iteration contracts by |lambda_2 + 1| / (rho + 1) per sweep: fast for the small, dense
  // components of real parks, but 1 - O(1/L^2) for a ring of L enterprises with a few chords,
  // which needs O(L^2) sweeps. A budget of about 1e9 multiply-adds bounds the time.
  constexpr double kWorkBudget = 1e9;
  const auto max_iterations = static_cast<std::int64_t>(
      std::max(1e5, kWorkBudget / static_cast<double>(size + targets.size())));
  std::vector<double> x(size, 1.0);
  std::vector<double> y(size, 0.0);
  double low = 0.0;
  double high = 0.0;
  for (std::int64_t iteration = 0; iteration < max_iterations; ++iteration) {
    low = std::numeric_limits<double>::infinity();
    high = 0.0;
    double top = 0.0;
    for (std::size_t k = 0; k < size; ++k) {
      double sum = x[k];
      for (auto e = offsets[k]; e < offsets[k + 1]; ++e)
        sum += x[targets[static_cast<std::size_t>(e)]];
      y[k] = sum;
      low = std::min(low, sum / x[k]);
      high = std::max(high, sum / x[k]);
      top = std::max(top, sum);
    }
    for (std::size_t k = 0; k < size; ++k)
      x[k] = y[k] / top;
    if (high - low <= kTolerance * low) break;
  }
  // Should the budget run out (a long ring with few chords), the midpoint of the bracket is
  // returned; it is off by at most half the bracket's width.
  return 0.5 * (low + high) - 1.0;
}

}  // namespace

double compute_cyclicity(const LayerView& view) {
  const detail::StrongComponents scc = detail::strong_components(view);
  const auto n = static_cast<std::size_t>(view.n());
  std::vector<std::vector<Vertex>> members(static_cast<std::size_t>(scc.count));
  std::vector<std::int64_t> local(n, 0);
  for (std::size_t v = 0; v < n; ++v) {
    auto& list = members[static_cast<std::size_t>(scc.component[v])];
    local[v] = static_cast<std::int64_t>(list.size());
    list.push_back(static_cast<Vertex>(v));
  }
  // The radius of D is the largest over its components (the matrix is block triangular in the
  // condensation order). A single enterprise is a component without a cycle (D has no
  // self-ties) and contributes 0.
  double radius = 0.0;
  for (std::size_t c = 0; c < members.size(); ++c) {
    if (members[c].size() < 2) continue;
    radius = std::max(radius, component_radius(view, members[c], local, scc.component,
                                               static_cast<std::int64_t>(c)));
  }
  return radius;
}

}  // namespace symbio::net
