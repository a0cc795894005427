#include "network/key_score.hpp"

#include <gtest/gtest.h>

namespace symbio::net {
namespace {

using Values = std::vector<std::optional<double>>;

TEST(KeyScoreTest, PercentileRanksAverageTies) {
  // Sorted: 1 (pos 0), 2 2 (pos 1, 2 -> mean 1.5), 5 (pos 3); span = 3.
  const Values ranks = percentile_ranks({2.0, 1.0, 5.0, 2.0, std::nullopt});
  EXPECT_DOUBLE_EQ(*ranks[0], 0.5);
  EXPECT_DOUBLE_EQ(*ranks[1], 0.0);
  EXPECT_DOUBLE_EQ(*ranks[2], 1.0);
  EXPECT_DOUBLE_EQ(*ranks[3], 0.5);
  EXPECT_FALSE(ranks[4]);
  EXPECT_FALSE(percentile_ranks({3.0})[0]);  // one defined value: no rank
}

TEST(KeyScoreTest, MeanOfRanksOverDefinedColumns) {
  const Values a = {1.0, 2.0, 3.0};           // ranks 0, 0.5, 1
  const Values b = {3.0, 2.0, 1.0};           // ranks 1, 0.5, 0
  const Values c = {1.0, std::nullopt, 2.0};  // ranks 0, -, 1
  const Values scores = key_scores({&a, &b, &c});
  EXPECT_DOUBLE_EQ(*scores[0], 1.0 / 3);  // (0 + 1 + 0) / 3
  EXPECT_DOUBLE_EQ(*scores[1], 0.5);      // (0.5 + 0.5) / 2
  EXPECT_DOUBLE_EQ(*scores[2], 2.0 / 3);  // (1 + 0 + 1) / 3
}

}  // namespace
}  // namespace symbio::net
