#include "network/detail/igraph_adapter.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <utility>
#include <vector>

#include "network/graph.hpp"
#include "tests/support/park_builder.hpp"

namespace symbio::net::detail {
namespace {

using symbio::testing::park_of;
using symbio::testing::Ties;

// Two complete graphs on 0..3 and 4..7 joined by the edge 3 - 4 (ties in one direction each).
Ties two_cliques() {
  Ties ties;
  symbio::testing::add_clique(ties, 0, 4);
  symbio::testing::add_clique(ties, 4, 4);
  ties.emplace_back(3, 4);
  return ties;
}

TEST(IgraphAdapterTest, UndirectedEdgesOncePerPair) {
  // a -> b and b -> a are one edge of U; a self-exchange never enters the graph.
  const Park park = park_of(3, Ties{{0, 1}, {1, 0}, {2, 1}, {2, 2}});
  const SymbiosisGraph graph(park);
  const UndirectedEdges u = undirected_edges(graph.view());
  EXPECT_EQ(u.n, 3);
  EXPECT_EQ(u.edges, (std::vector<std::pair<Vertex, Vertex>>{{0, 1}, {1, 2}}));
}

// Each clique is one community. Modularity by hand: m = 6 + 6 + 1 = 13 edges; each community
// has 6 inner edges and degree sum 3 * 4 + 1 = 13, so Q = 2 (6/13 - (13/26)^2) = 11/26.
TEST(IgraphAdapterTest, LouvainAndLeidenFindTheCliques) {
  const Park park = park_of(8, two_cliques());
  const SymbiosisGraph graph(park);
  const UndirectedEdges u = undirected_edges(graph.view());
  ASSERT_EQ(u.edges.size(), 13U);
  for (const auto& membership : {louvain_membership(u, 1.0, 42), leiden_membership(u, 1.0, 42)}) {
    ASSERT_EQ(membership.size(), 8U);
    for (int v = 1; v < 4; ++v)
      EXPECT_EQ(membership[static_cast<std::size_t>(v)], membership[0]);
    for (int v = 5; v < 8; ++v)
      EXPECT_EQ(membership[static_cast<std::size_t>(v)], membership[4]);
    EXPECT_NE(membership[0], membership[4]);
    EXPECT_NEAR(igraph_modularity_of(u, membership, 1.0), 11.0 / 26.0, 1e-12);
  }
}

TEST(IgraphAdapterTest, SeededRunsRepeat) {
  std::mt19937 rng(3);
  const Park park = park_of(40, symbio::testing::random_ties(40, 80, rng));
  const SymbiosisGraph graph(park);
  const UndirectedEdges u = undirected_edges(graph.view());
  EXPECT_EQ(louvain_membership(u, 1.0, 7), louvain_membership(u, 1.0, 7));
  EXPECT_EQ(leiden_membership(u, 1.0, 7), leiden_membership(u, 1.0, 7));
}

TEST(IgraphAdapterTest, ModularityOfGivenPartitions) {
  const Park park = park_of(8, two_cliques());
  const SymbiosisGraph graph(park);
  const UndirectedEdges u = undirected_edges(graph.view());
  // One community holding everything: Q = 13/13 - (26/26)^2 = 0.
  EXPECT_NEAR(igraph_modularity_of(u, std::vector<std::int64_t>(8, 0), 1.0), 0.0, 1e-12);
  // No edge at all: undefined (NaN), igraph's convention.
  const UndirectedEdges empty{3, {}};
  EXPECT_TRUE(std::isnan(igraph_modularity_of(empty, {0, 1, 2}, 1.0)));
}

}  // namespace
}  // namespace symbio::net::detail
