#include "network/degree.hpp"

namespace symbio::net {

DegreeIndicators compute_degrees(const LayerView& view) {
  const auto n = static_cast<std::size_t>(view.n());
  DegreeIndicators result;
  result.in_degree.resize(n);
  result.out_degree.resize(n);
  result.degree.resize(n);
  result.in_strength.assign(n, std::nullopt);
  result.out_strength.assign(n, std::nullopt);
  const auto& ties = view.ties();
  for (Vertex v = 0; v < view.n(); ++v) {
    const auto i = static_cast<std::size_t>(v);
    // D and U are simple, so row lengths are the counts of distinct partners.
    result.in_degree[i] = static_cast<std::int64_t>(view.in(v).size());
    result.out_degree[i] = static_cast<std::int64_t>(view.out(v).size());
    result.degree[i] = static_cast<std::int64_t>(view.neighbors(v).size());
    if (!view.weighted()) continue;
    double out_sum = 0.0;
    for (std::size_t k = 0; k < view.out(v).size(); ++k)
      out_sum += view.out_weight(v, k);
    double in_sum = 0.0;
    for (const std::int64_t tie : view.in_ties(v))
      in_sum += ties[static_cast<std::size_t>(tie)].weight;
    result.out_strength[i] = out_sum;
    result.in_strength[i] = in_sum;
  }
  return result;
}

}  // namespace symbio::net
