#include "network/key_score.hpp"

#include <algorithm>
#include <numeric>

namespace symbio::net {

std::vector<std::optional<double>> percentile_ranks(
    const std::vector<std::optional<double>>& values) {
  std::vector<std::optional<double>> ranks(values.size());
  std::vector<std::size_t> defined;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (values[i]) defined.push_back(i);
  }
  if (defined.size() < 2) return ranks;
  std::sort(defined.begin(), defined.end(),
            [&](std::size_t a, std::size_t b) { return *values[a] < *values[b]; });
  const auto span = static_cast<double>(defined.size() - 1);
  // Runs of equal values share the mean of their positions.
  for (std::size_t begin = 0; begin < defined.size();) {
    std::size_t end = begin + 1;
    while (end < defined.size() && *values[defined[end]] == *values[defined[begin]])
      ++end;
    const double mean_position = (static_cast<double>(begin) + static_cast<double>(end - 1)) / 2;
    for (std::size_t k = begin; k < end; ++k)
      ranks[defined[k]] = mean_position / span;
    begin = end;
  }
  return ranks;
}

std::vector<std::optional<double>> key_scores(
    const std::vector<const std::vector<std::optional<double>>*>& columns) {
  if (columns.empty()) return {};
  const std::size_t n = columns.front()->size();
  std::vector<double> sum(n, 0.0);
  std::vector<int> count(n, 0);
  for (const auto* column : columns) {
    const auto ranks = percentile_ranks(*column);
    for (std::size_t i = 0; i < n && i < ranks.size(); ++i) {
      if (ranks[i]) {
        sum[i] += *ranks[i];
        ++count[i];
      }
    }
  }
  std::vector<std::optional<double>> scores(n);
  for (std::size_t i = 0; i < n; ++i) {
    if (count[i] > 0) scores[i] = sum[i] / count[i];
  }
  return scores;
}

const std::vector<std::string>& default_key_score_columns() {
  static const std::vector<std::string> columns = {"degree", "betweenness", "pagerank",
                                                   "cascade_impact"};
  return columns;
}

}  // namespace symbio::net
