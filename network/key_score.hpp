#pragma once

#include <optional>
#include <string>
#include <vector>

namespace symbio::net {

// Percentile rank of each value among the defined ones, in [0, 1]: (number of smaller values +
// (number of equal values - 1) / 2) / (count - 1), so the smallest gets 0, the largest 1, and
// ties share their mean rank. Undefined values stay undefined; with fewer than two defined values
// every rank is undefined.
std::vector<std::optional<double>> percentile_ranks(
    const std::vector<std::optional<double>>& values);

// Key-enterprise index (docs/methods.md#enterprise-indicators): mean percentile rank of the given
// columns (by default degree, betweenness, pagerank and cascade_impact), over the columns where
// the enterprise's rank is defined; undefined where none is.
std::vector<std::optional<double>> key_scores(
    const std::vector<const std::vector<std::optional<double>>*>& columns);

// The default components of the key score.
const std::vector<std::string>& default_key_score_columns();

}  // namespace symbio::net
