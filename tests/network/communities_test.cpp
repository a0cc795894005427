#include "network/communities.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "network/detail/igraph_adapter.hpp"
#include "tests/support/park_builder.hpp"

namespace symbio::net {
namespace {

using symbio::testing::add_clique;
using symbio::testing::park_of;
using symbio::testing::random_ties;
using symbio::testing::Ties;

Ties two_cliques_and_a_bridge() {
  Ties ties;
  add_clique(ties, 0, 5);
  add_clique(ties, 5, 5);
  ties.emplace_back(4, 5);
  return ties;
}

// Newman's Q by the definition (1/2m) sum_ij (A_ij - k_i k_j / 2m) delta(c_i, c_j), dense.
double dense_modularity(const LayerView& view, const std::vector<std::int64_t>& label) {
  const auto n = static_cast<std::size_t>(view.n());
  const double two_m = 2.0 * static_cast<double>(view.undirected_edge_count());
  if (two_m == 0.0) return 0.0;
  double q = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    const auto ni = view.neighbors(static_cast<Vertex>(i));
    for (std::size_t j = 0; j < n; ++j) {
      if (label[i] != label[j]) continue;
      const auto nj = view.neighbors(static_cast<Vertex>(j));
      const double a = std::binary_search(ni.begin(), ni.end(), static_cast<Vertex>(j)) ? 1.0 : 0.0;
      q += a - static_cast<double>(ni.size()) * static_cast<double>(nj.size()) / two_m;
    }
  }
  return q / two_m;
}

// Labels are 0, 1, ... in order of each community's smallest member.
void expect_canonical(const std::vector<std::int64_t>& label) {
  std::int64_t next = 0;
  for (const auto l : label) {
    ASSERT_LE(l, next);
    if (l == next) ++next;
  }
}

TEST(CommunitiesTest, TwoCliquesJoinedByOneEdge) {
  // Two K5 joined by 4 - 5: m = 2 x 10 + 1 = 21. Each clique: L_c = 10 internal edges, degree
  // sum d_c = 4 x 4 + 5 = 21. Q = 2 (10/21 - (21/42)^2) = 20/21 - 1/2 = 19/42 = 0.452381.
  const SymbiosisGraph g(park_of(10, two_cliques_and_a_bridge()));
  const std::vector<std::int64_t> expected = {0, 0, 0, 0, 0, 1, 1, 1, 1, 1};
  for (const auto algorithm : {CommunityAlgorithm::louvain, CommunityAlgorithm::leiden}) {
    const CommunityResult r = detect_communities(g.view(), {.algorithm = algorithm});
    EXPECT_EQ(r.label, expected);
    EXPECT_NEAR(r.modularity, 19.0 / 42.0, 1e-15);
  }
  EXPECT_NEAR(compute_modularity(g.view(), expected), 19.0 / 42.0, 1e-15);
  const auto edges = detail::undirected_edges(g.view());
  EXPECT_NEAR(detail::igraph_modularity_of(edges, expected, 1.0), 19.0 / 42.0, 1e-15);
}

TEST(CommunitiesTest, ModularityOfTrivialPartitions) {
  const SymbiosisGraph g(park_of(10, two_cliques_and_a_bridge()));
  // One community: L = m, d = 2m, Q = 1 - 1 = 0.
  EXPECT_NEAR(compute_modularity(g.view(), std::vector<std::int64_t>(10, 7)), 0.0, 1e-15);
  // Singletons: Q = -sum_i (k_i / 2m)^2 = -(8 x 16 + 2 x 25) / 42^2 = -178/1764.
  std::vector<std::int64_t> alone(10);
  for (std::size_t i = 0; i < 10; ++i)
    alone[i] = static_cast<std::int64_t>(i) - 4;
  EXPECT_NEAR(compute_modularity(g.view(), alone), -178.0 / 1764.0, 1e-15);
  EXPECT_THROW((void)compute_modularity(g.view(), {0, 1}), OptionError);
}

TEST(CommunitiesTest, NoEdgesAndIsolates) {
  // Without edges igraph is not called: every enterprise alone, modularity 0.
  const SymbiosisGraph empty(park_of(4, {}));
  const CommunityResult r = detect_communities(empty.view());
  EXPECT_EQ(r.label, (std::vector<std::int64_t>{0, 1, 2, 3}));
  EXPECT_EQ(r.modularity, 0.0);
  EXPECT_TRUE(detect_communities(SymbiosisGraph(Park{}).view()).label.empty());
  // Isolates 0 and 6 around a triangle 1-2-3 and a pair 4-5: each isolate is alone.
  const SymbiosisGraph g(park_of(7, {{1, 2}, {2, 3}, {3, 1}, {4, 5}}));
  for (const auto algorithm : {CommunityAlgorithm::louvain, CommunityAlgorithm::leiden}) {
    const auto label = detect_communities(g.view(), {.algorithm = algorithm}).label;
    EXPECT_EQ(label, (std::vector<std::int64_t>{0, 1, 1, 1, 2, 2, 3}));
  }
}

TEST(CommunitiesTest, RejectsBadResolution) {
  const SymbiosisGraph g(park_of(2, {{0, 1}}));
  EXPECT_THROW((void)detect_communities(g.view(), {.resolution = 0.0}), OptionError);
}

TEST(CommunitiesTest, SameSeedSameLabelsAndIgraphAgrees) {
  std::mt19937 rng(2008);
  for (int trial = 0; trial < 30; ++trial) {
    const int n = 2 + static_cast<int>(rng() % 60);
    const int permille = 20 + static_cast<int>(rng() % 120);
    const Ties ties = random_ties(n, permille, rng);
    const SymbiosisGraph g(park_of(n, ties));
    const auto edges = detail::undirected_edges(g.view());
    for (const auto algorithm : {CommunityAlgorithm::louvain, CommunityAlgorithm::leiden}) {
      const CommunityOptions options{.algorithm = algorithm,
                                     .seed = 1000u + static_cast<unsigned>(trial)};
      const CommunityResult a = detect_communities(g.view(), options);
      const CommunityResult b = detect_communities(g.view(), options);
      EXPECT_EQ(a.label, b.label) << trial;
      EXPECT_EQ(a.modularity, b.modularity) << trial;
      expect_canonical(a.label);
      EXPECT_NEAR(a.modularity, dense_modularity(g.view(), a.label), 1e-12) << trial;
      if (!edges.edges.empty()) {
        EXPECT_NEAR(a.modularity, detail::igraph_modularity_of(edges, a.label, 1.0), 1e-12)
            << trial;
        // A modularity optimiser never ends below the all-in-one partition (Q = 0).
        EXPECT_GE(a.modularity, -1e-12) << trial;
      }
    }
  }
}

TEST(CommunitiesTest, ResolutionSplitsCliquesFurther) {
  // At resolution 1 the two K5 are the communities; a very high resolution rewards small
  // communities, so the partition gets finer.
  const SymbiosisGraph g(park_of(10, two_cliques_and_a_bridge()));
  for (const auto algorithm : {CommunityAlgorithm::louvain, CommunityAlgorithm::leiden}) {
    const auto label =
        detect_communities(g.view(), {.algorithm = algorithm, .resolution = 20.0}).label;
    EXPECT_GT(*std::max_element(label.begin(), label.end()), 1);
  }
}

}  // namespace
}  // namespace symbio::net
