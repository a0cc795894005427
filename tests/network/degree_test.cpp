#include "network/degree.hpp"

#include <gtest/gtest.h>

#include "tests/support/park_builder.hpp"

namespace symbio::net {
namespace {

using symbio::testing::park_of;

// A byproduct exchange.
Exchange exchange(std::string s, std::string r, Layer layer, std::optional<double> amount) {
  return symbio::testing::ex(std::move(s), std::move(r), amount, layer, Kind::byproduct);
}

// a -> b twice (10 + 5 t/a), b -> a (2 t/a), b -> c (4 t/a), a -> c (energy, 7 GJ/a); d isolated.
Park park() {
  return park_of(
      {"a", "b", "c", "d"},
      {exchange("a", "b", Layer::material, 10.0), exchange("a", "b", Layer::material, 5.0),
       exchange("b", "a", Layer::material, 2.0), exchange("b", "c", Layer::material, 4.0),
       exchange("a", "c", Layer::energy, 7.0)});
}

using Counts = std::vector<std::int64_t>;
using Strengths = std::vector<std::optional<double>>;

// D of `all`: a -> b, b -> a, b -> c, a -> c. In: a {b}, b {a}, c {a, b}, d {}. Out: a {b, c},
// b {a, c}. U: a {b, c}, b {a, c}, c {a, b}: the reciprocal pair a = b counts once. The layer
// `all` mixes units, so it has no strengths (nullopt, not 0).
TEST(DegreeTest, DistinctPartnersOnTheAllView) {
  const SymbiosisGraph g(park());
  const DegreeIndicators d = compute_degrees(g.view());
  EXPECT_EQ(d.in_degree, (Counts{1, 1, 2, 0}));
  EXPECT_EQ(d.out_degree, (Counts{2, 2, 0, 0}));
  EXPECT_EQ(d.degree, (Counts{2, 2, 2, 0}));
  EXPECT_EQ(d.in_strength, Strengths(4, std::nullopt));
  EXPECT_EQ(d.out_strength, Strengths(4, std::nullopt));
}

// Material W: a -> b 15 (two exchanges collapsed), b -> a 2, b -> c 4. In-strengths: a 2, b 15,
// c 4, d 0; out-strengths: a 15, b 2 + 4 = 6, c 0, d 0 (a weighted view gives isolates 0).
TEST(DegreeTest, StrengthsSumCollapsedExchanges) {
  const SymbiosisGraph g(park());
  const DegreeIndicators d = compute_degrees(g.view(ViewLayer::material));
  EXPECT_EQ(d.in_degree, (Counts{1, 1, 1, 0}));
  EXPECT_EQ(d.out_degree, (Counts{1, 2, 0, 0}));
  EXPECT_EQ(d.degree, (Counts{1, 2, 1, 0}));
  EXPECT_EQ(d.in_strength, (Strengths{2.0, 15.0, 4.0, 0.0}));
  EXPECT_EQ(d.out_strength, (Strengths{15.0, 6.0, 0.0, 0.0}));
  const DegreeIndicators e = compute_degrees(g.view(ViewLayer::energy));
  EXPECT_EQ(e.in_strength, (Strengths{0.0, 0.0, 7.0, 0.0}));
  EXPECT_EQ(e.out_strength, (Strengths{7.0, 0.0, 0.0, 0.0}));
}

// One missing quantity removes W from its layer: every strength of that view is nullopt.
TEST(DegreeTest, NoStrengthsWithoutWeights) {
  Park p = park();
  p.exchanges[3].amount.reset();
  const SymbiosisGraph g(p);
  const DegreeIndicators d = compute_degrees(g.view(ViewLayer::material));
  EXPECT_EQ(d.out_degree, (Counts{1, 2, 0, 0}));
  EXPECT_EQ(d.in_strength, Strengths(4, std::nullopt));
  EXPECT_EQ(d.out_strength, Strengths(4, std::nullopt));
}

TEST(DegreeTest, EmptyAndSingleEnterprise) {
  const SymbiosisGraph empty(Park{});
  EXPECT_TRUE(compute_degrees(empty.view()).degree.empty());
  Park one;
  one.enterprises.push_back(Enterprise{"a", "a"});
  const DegreeIndicators d = compute_degrees(SymbiosisGraph(one).view());
  EXPECT_EQ(d.in_degree, Counts{0});
  EXPECT_EQ(d.degree, Counts{0});
  EXPECT_EQ(d.out_strength, Strengths{std::nullopt});
}

}  // namespace
}  // namespace symbio::net
