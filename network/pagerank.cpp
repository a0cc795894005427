#include "network/pagerank.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

#include "core/error.hpp"

namespace symbio::net {

std::vector<double> compute_pagerank(const LayerView& view, const PageRankOptions& options) {
  if (!(options.damping >= 0.0 && options.damping <= 1.0)) {
    throw OptionError("PageRank damping must lie in [0, 1]");
  }
  if (!(options.tolerance > 0.0)) throw OptionError("PageRank tolerance must be positive");
  if (options.max_iterations < 1) throw OptionError("PageRank needs at least one iteration");
  if (options.weighted && !view.weighted()) {
    throw OptionError("weighted PageRank needs W, which the layer '" +
                      std::string(to_string(view.layer())) +
                      "' lacks: " + view.unweighted_reason());
  }
  const auto n = static_cast<std::size_t>(view.n());
  if (n == 0) return {};

  // Column-stochastic transition by pull over in-adjacency: rank flows along tie s -> r with
  // share w(s, r) / out_strength(s) (1 / out_degree(s) when binary).
  const auto& ties = view.ties();
  std::vector<double> out_strength(n, 0.0);
  for (const Tie& t : ties) {
    const double w = options.weighted ? t.weight : 1.0;
    if (!(w >= 0.0) || !std::isfinite(w)) {
      throw DataError("weighted PageRank needs finite non-negative tie weights");
    }
    out_strength[static_cast<std::size_t>(t.supplier)] += w;
  }
  std::vector<double> share(ties.size(), 0.0);
  for (std::size_t k = 0; k < ties.size(); ++k) {
    const double strength = out_strength[static_cast<std::size_t>(ties[k].supplier)];
    if (strength > 0.0) share[k] = (options.weighted ? ties[k].weight : 1.0) / strength;
  }

  const double inv_n = 1.0 / static_cast<double>(n);
  const double d = options.damping;
  std::vector<double> rank(n, inv_n);
  std::vector<double> next(n, 0.0);
  for (int iteration = 0; iteration < options.max_iterations; ++iteration) {
    // Dangling enterprises (zero out-strength) hand their rank to everyone, like the teleport.
    double dangling = 0.0;
    for (std::size_t v = 0; v < n; ++v) {
      if (out_strength[v] <= 0.0) dangling += rank[v];
    }
    const double base = ((1.0 - d) + d * dangling) * inv_n;
    double total = 0.0;
    for (std::size_t v = 0; v < n; ++v) {
      const auto row = view.in(static_cast<Vertex>(v));
      const auto tie_ids = view.in_ties(static_cast<Vertex>(v));
      double pulled = 0.0;
      for (std::size_t k = 0; k < row.size(); ++k) {
        pulled +=
            rank[static_cast<std::size_t>(row[k])] * share[static_cast<std::size_t>(tie_ids[k])];
      }
      next[v] = base + d * pulled;
      total += next[v];
    }
    // The iteration preserves the sum in exact arithmetic; renormalising keeps rounding from
    // drifting over many iterations.
    double change = 0.0;
    for (std::size_t v = 0; v < n; ++v) {
      next[v] /= total;
      change += std::abs(next[v] - rank[v]);
    }
    rank.swap(next);
    if (change < options.tolerance) return rank;
  }
  throw std::runtime_error("PageRank did not converge to " + std::to_string(options.tolerance) +
                           " within " + std::to_string(options.max_iterations) + " iterations");
}

HitsScores compute_hits(const LayerView& view) {
  // Power iteration from all ones: authority = A^T hub, hub = A authority, each scaled to max 1
  // after every step. A^T A is symmetric positive semidefinite, so the iteration cannot
  // oscillate; it converges at the rate lambda_2 / lambda_1 of A^T A. When that dominant
  // eigenvalue is simple (e.g. a weakly connected D whose A^T A is irreducible) the result is
  // Kleinberg's unique hub/authority vector and equals NetworkX's hits() rescaled to max 1 and
  // igraph's hub_and_authority_scores(scale=True). When it is not (D with several components of
  // equal leading eigenvalue, or a bipartite-like degeneracy) the limit is the projection of the
  // all-ones start on the dominant eigenspace: deterministic, identical to NetworkX (which also
  // starts uniform), but igraph's ARPACK may return another vector of that eigenspace.
  // Components whose leading eigenvalue is smaller get scores tending to 0.
  HitsScores result;
  if (view.m() == 0) return result;
  const auto n = static_cast<std::size_t>(view.n());
  constexpr double kTolerance = 1e-12;
  constexpr int kMaxIterations = 100000;
  std::vector<double> hub(n, 1.0);
  std::vector<double> authority(n, 1.0);
  std::vector<double> next(n, 0.0);

  auto scale_to_max_one = [](std::vector<double>& x) {
    const double top = *std::max_element(x.begin(), x.end());
    for (double& value : x)
      value /= top;  // top > 0: D has a tie, so some enterprise has a positive score
  };
  auto max_change = [](const std::vector<double>& a, const std::vector<double>& b) {
    double change = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i)
      change = std::max(change, std::abs(a[i] - b[i]));
    return change;
  };

  for (int iteration = 0; iteration < kMaxIterations; ++iteration) {
    for (std::size_t v = 0; v < n; ++v) {
      double sum = 0.0;
      for (const Vertex u : view.in(static_cast<Vertex>(v)))
        sum += hub[static_cast<std::size_t>(u)];
      next[v] = sum;
    }
    scale_to_max_one(next);
    const double authority_change = max_change(next, authority);
    authority.swap(next);
    for (std::size_t v = 0; v < n; ++v) {
      double sum = 0.0;
      for (const Vertex w : view.out(static_cast<Vertex>(v)))
        sum += authority[static_cast<std::size_t>(w)];
      next[v] = sum;
    }
    scale_to_max_one(next);
    const double hub_change = max_change(next, hub);
    hub.swap(next);
    if (iteration > 0 && std::max(authority_change, hub_change) < kTolerance) break;
  }
  // Past kMaxIterations (a near-degenerate spectrum) the last iterate is returned as it is.
  result.hub = std::move(hub);
  result.authority = std::move(authority);
  return result;
}

}  // namespace symbio::net
