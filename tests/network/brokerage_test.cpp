#include "network/brokerage.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "tests/support/park_builder.hpp"

namespace symbio::net {
namespace {

using symbio::testing::Ties;

// Enterprise i of the numbered park is in sectors[i].
Park make_park(const std::vector<std::string>& sectors, const Ties& ties) {
  Park park = symbio::testing::park_of(static_cast<int>(sectors.size()), ties);
  for (std::size_t i = 0; i < sectors.size(); ++i)
    park.enterprises[i].sector = sectors[i];
  return park;
}

std::vector<std::string> sectors_of(const SymbiosisGraph& g) {
  std::vector<std::string> s;
  for (Vertex v = 0; v < g.n(); ++v)
    s.push_back(g.sector(v));
  return s;
}

// Counts of the middle enterprise 1 of the chain 0 -> 1 -> 2 with the given sectors, in the
// order coordinator, itinerant, representative, gatekeeper, liaison.
std::vector<std::int64_t> chain_roles(const std::vector<std::string>& sectors) {
  const SymbiosisGraph g(make_park(sectors, {{0, 1}, {1, 2}}));
  const Brokerage b = compute_brokerage(g.view(), sectors_of(g));
  for (std::size_t v : {0u, 2u}) {
    EXPECT_EQ(
        b.coordinator[v] + b.itinerant[v] + b.representative[v] + b.gatekeeper[v] + b.liaison[v],
        0);
  }
  return {b.coordinator[1], b.itinerant[1], b.representative[1], b.gatekeeper[1], b.liaison[1]};
}

TEST(BrokerageTest, RolesOfAThreeEnterpriseChain) {
  // a = 0 supplies i = 1, which supplies b = 2; no tie 0 -> 2, so 1 brokers one open two-path.
  using R = std::vector<std::int64_t>;
  EXPECT_EQ(chain_roles({"steel", "steel", "steel"}), (R{1, 0, 0, 0, 0}));   // coordinator
  EXPECT_EQ(chain_roles({"steel", "cement", "steel"}), (R{0, 1, 0, 0, 0}));  // itinerant
  EXPECT_EQ(chain_roles({"steel", "steel", "cement"}), (R{0, 0, 1, 0, 0}));  // representative
  EXPECT_EQ(chain_roles({"cement", "steel", "steel"}), (R{0, 0, 0, 1, 0}));  // gatekeeper
  EXPECT_EQ(chain_roles({"steel", "power", "cement"}), (R{0, 0, 0, 0, 1}));  // liaison
  // An empty sector is a group of its own, named "": three blanks are one group.
  EXPECT_EQ(chain_roles({"", "", ""}), (R{1, 0, 0, 0, 0}));
  EXPECT_EQ(chain_roles({"", "steel", ""}), (R{0, 1, 0, 0, 0}));
}

TEST(BrokerageTest, ClosedOrReciprocalPathsAreNotBrokered) {
  const std::vector<std::string> same = {"x", "x", "x"};
  // 0 -> 1 -> 2 with 0 -> 2: closed, no brokerage.
  const SymbiosisGraph closed(make_park(same, {{0, 1}, {1, 2}, {0, 2}}));
  EXPECT_EQ(compute_brokerage(closed.view(), same).coordinator[1], 0);
  // 2 -> 0 does not close 0 -> 1 -> 2 (direction matters); but it opens 1 -> 2 -> 0 for 2
  // and 2 -> 0 -> 1 for 0.
  const SymbiosisGraph reverse(make_park(same, {{0, 1}, {1, 2}, {2, 0}}));
  const auto b = compute_brokerage(reverse.view(), same);
  EXPECT_EQ(b.coordinator, (std::vector<std::int64_t>{1, 1, 1}));
  // 0 <-> 1: the two-path 0 -> 1 -> 0 returns to its start and is no brokerage.
  const SymbiosisGraph pair(make_park({"x", "x"}, {{0, 1}, {1, 0}}));
  EXPECT_EQ(compute_brokerage(pair.view(), {"x", "x"}).coordinator,
            (std::vector<std::int64_t>{0, 0}));
}

TEST(BrokerageTest, OneGroupPerEnterprise) {
  const SymbiosisGraph g(make_park({"x", "y"}, {{0, 1}}));
  EXPECT_THROW((void)compute_brokerage(g.view(), {"x"}), OptionError);
}

TEST(BrokerageTest, MatchesTripleEnumerationOnRandomParks) {
  std::mt19937 rng(1989);
  const std::vector<std::string> names = {"", "steel", "power", "chem"};
  for (int trial = 0; trial < 50; ++trial) {
    const int n = 1 + static_cast<int>(rng() % 16);
    const int permille = 50 + static_cast<int>(rng() % 400);
    std::vector<std::string> sectors;
    for (int i = 0; i < n; ++i)
      sectors.push_back(names[rng() % names.size()]);
    const auto N = static_cast<std::size_t>(n);
    std::vector<std::vector<char>> a(N, std::vector<char>(N, 0));
    Ties ties;
    for (int i = 0; i < n; ++i)
      for (int j = 0; j < n; ++j)
        if (i != j && static_cast<int>(rng() % 1000) < permille) {
          ties.emplace_back(i, j);
          a[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)] = 1;
        }
    const SymbiosisGraph g(make_park(sectors, ties));
    const Brokerage b = compute_brokerage(g.view(), sectors);
    for (std::size_t i = 0; i < N; ++i) {
      std::vector<std::int64_t> expected(5, 0);
      for (std::size_t x = 0; x < N; ++x)
        for (std::size_t y = 0; y < N; ++y) {
          if (x == y || x == i || y == i || !a[x][i] || !a[i][y] || a[x][y]) continue;
          const bool xi = sectors[x] == sectors[i], yi = sectors[y] == sectors[i];
          const bool xy = sectors[x] == sectors[y];
          ++expected[xi && yi ? 0 : xy ? 1 : xi ? 2 : yi ? 3 : 4];
        }
      EXPECT_EQ(b.coordinator[i], expected[0]) << trial;
      EXPECT_EQ(b.itinerant[i], expected[1]) << trial;
      EXPECT_EQ(b.representative[i], expected[2]) << trial;
      EXPECT_EQ(b.gatekeeper[i], expected[3]) << trial;
      EXPECT_EQ(b.liaison[i], expected[4]) << trial;
    }
  }
}

}  // namespace
}  // namespace symbio::net
