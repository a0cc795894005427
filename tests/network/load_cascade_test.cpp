#include "network/load_cascade.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <string>

#include "core/error.hpp"
#include "tests/support/park_builder.hpp"

namespace symbio::net {
namespace {

using Rounds = std::vector<std::vector<Vertex>>;

using symbio::testing::park_of;

// The load model's exchanges: the default ones, each with an amount of 1.
Exchange ex(std::string s, std::string r) {
  return symbio::testing::ex(std::move(s), std::move(r), 1.0);
}

// Hub h with leaves l1, l2, l3 (and an isolate z). Degrees 3, 1, 1, 1, 0.
// L_h = (3 * (1 + 1 + 1))^1 = 9, L_l = (1 * 3)^1 = 3, L_z = 0.
Park star() {
  return park_of({"h", "l1", "l2", "l3", "z"}, {ex("h", "l1"), ex("l2", "h"), ex("h", "l3")});
}

CascadeRun run(const SymbiosisGraph& g, std::initializer_list<Vertex> triggers,
               const LoadOptions& o) {
  const std::vector<Vertex> t(triggers);
  return load_cascade(g, t, o);
}

TEST(LoadCascadeTest, InitialLoadsOfWangAndRong) {
  const SymbiosisGraph g(star());
  EXPECT_EQ(initial_loads(g.view(), 1.0), (std::vector<double>{9.0, 3.0, 3.0, 3.0, 0.0}));
  const std::vector<double> half = initial_loads(g.view(), 0.5);
  EXPECT_DOUBLE_EQ(half[0], 3.0);
  EXPECT_DOUBLE_EQ(half[1], std::sqrt(3.0));
  EXPECT_EQ(initial_loads(g.view(), 0.0), (std::vector<double>{1.0, 1.0, 1.0, 1.0, 0.0}));
}

// Hub failure, beta = 0.5: each leaf receives (9 / 9) * 3 = 3 > 0.5 * 3 and fails in round 1;
// the leaves then have no live neighbour, their load is lost.
// Leaf failure: h receives (3 / 9) * 9 = 3, not > 0.5 * 9 = 4.5. With beta = 0.3, 3 > 2.7: h
// fails in round 1 and passes its current load 9 + 3 = 12 to l2, l3 (S = 6): 6 each > 0.9.
TEST(LoadCascadeTest, StarByHand) {
  const SymbiosisGraph g(star());
  EXPECT_EQ(run(g, {0}, {.beta = 0.5}).rounds, (Rounds{{0}, {1, 2, 3}}));
  EXPECT_EQ(run(g, {1}, {.beta = 0.5}).failed, 1);
  const CascadeRun r = run(g, {1}, {.beta = 0.3});
  EXPECT_EQ(r.rounds, (Rounds{{1}, {0}, {2, 3}}));
  EXPECT_DOUBLE_EQ(*r.impact, 3.0 / 4.0);
  // The isolate passes nothing.
  EXPECT_EQ(run(g, {4}, {.beta = 0.0}).failed, 1);
}

// beta_c of the star: hub 9 / 9 = 1, leaves 3 / 9 = 1/3: beta_c = 1. Path a - b - c: L = 2, 4,
// 2; a: 2 / 4, b: 4 / 4 = 1: beta_c = 1. With alpha = 0 every load is 1: beta_c = max 1 / k =
// 1 (the leaves). With external leaves, the hub's failure cannot spread: beta_c = 1/3.
TEST(LoadCascadeTest, CriticalBetaByHand) {
  const SymbiosisGraph g(star());
  EXPECT_DOUBLE_EQ(critical_beta(g), 1.0);
  EXPECT_DOUBLE_EQ(critical_beta(g, {.alpha = 0.0}), 1.0);
  const SymbiosisGraph path(park_of({"a", "b", "c"}, {ex("a", "b"), ex("b", "c")}));
  EXPECT_DOUBLE_EQ(critical_beta(path), 1.0);
  Park p = star();
  for (std::size_t i = 1; i <= 3; ++i)
    p.enterprises[i].external = true;
  const SymbiosisGraph ext(p);
  EXPECT_DOUBLE_EQ(critical_beta(ext), 1.0 / 3.0);
  // External leaves take the hub's load and never fail.
  EXPECT_EQ(run(ext, {0}, {.beta = 0.0}).failed, 1);
  EXPECT_EQ(critical_beta(SymbiosisGraph(park_of({"a", "b"}, {}))), 0.0);
}

// The core K4 on a, b, c, d (each degree 3: L = 3 * (3 + 3 + 3) = 27, S = 3 * 27 = 81, term
// 27 / 81 = 1/3) beside the dyad x - y (L = 1 * 1 = 1 each, S = 1, term 1) and the isolate z.
// beta_c of the park is the dyad's 1; of the largest component 1/3. The isolate forms no
// component with a beta_c.
TEST(LoadCascadeTest, CriticalBetaOfTheLargestComponentByHand) {
  const SymbiosisGraph g(park_of({"a", "b", "c", "d", "x", "y", "z"},
                                 {ex("a", "b"), ex("a", "c"), ex("a", "d"), ex("b", "c"),
                                  ex("b", "d"), ex("c", "d"), ex("x", "y")}));
  EXPECT_DOUBLE_EQ(critical_beta(g), 1.0);
  EXPECT_DOUBLE_EQ(critical_beta_largest_component(g), 1.0 / 3.0);
  const std::vector<ComponentBeta> components = critical_beta_by_component(g);
  ASSERT_EQ(components.size(), 2u);
  EXPECT_EQ(components[0].members, (std::vector<Vertex>{0, 1, 2, 3}));
  EXPECT_DOUBLE_EQ(components[0].beta_c, 1.0 / 3.0);
  EXPECT_EQ(components[1].members, (std::vector<Vertex>{4, 5}));
  EXPECT_DOUBLE_EQ(components[1].beta_c, 1.0);
  const LoadSweep sweep = load_sweep(g, {.threads = 1});
  EXPECT_DOUBLE_EQ(sweep.beta_c, 1.0);
  EXPECT_DOUBLE_EQ(sweep.beta_c_largest_component, 1.0 / 3.0);
  // Without ties there is no component: 0, as critical_beta().
  EXPECT_EQ(critical_beta_largest_component(SymbiosisGraph(park_of({"a", "b"}, {}))), 0.0);
  // Two components of equal size: the one with the smaller first member is the largest. Path
  // p - q - r (terms 2/4, 4/4, 2/4: 1) first, then the triangle s, t, u (L = 2 * 4 = 8, S = 16:
  // 1/2).
  const SymbiosisGraph tie(
      park_of({"p", "q", "r", "s", "t", "u"},
              {ex("p", "q"), ex("q", "r"), ex("s", "t"), ex("t", "u"), ex("u", "s")}));
  EXPECT_DOUBLE_EQ(critical_beta_largest_component(tie), 1.0);
  EXPECT_DOUBLE_EQ(critical_beta_by_component(tie)[1].beta_c, 0.5);
}

// No single trigger spreads at beta_c; just below it, some trigger does.
void expect_critical(const SymbiosisGraph& g, LoadOptions o) {
  const double beta_c = critical_beta(g, o);
  o.beta = beta_c;
  const LoadSweep at = load_sweep(g, o);
  for (const CascadeSummary& row : at.rows)
    EXPECT_EQ(row.failed, 1) << "trigger " << row.trigger;
  EXPECT_EQ(at.beta_c, beta_c);
  if (beta_c <= 0.0) return;
  o.beta = beta_c - 1e-9;
  const LoadSweep below = load_sweep(g, o);
  std::int64_t spread = 0;
  for (const CascadeSummary& row : below.rows)
    spread += row.failed > 1 ? 1 : 0;
  EXPECT_GT(spread, 0);
}

TEST(LoadCascadeTest, NoSpreadAtCriticalBetaSpreadJustBelow) {
  expect_critical(SymbiosisGraph(star()), {});
  expect_critical(SymbiosisGraph(park_of({"a", "b", "c"}, {ex("a", "b"), ex("b", "c")})), {});
}

Park random_park(std::uint64_t seed, int n, int exchanges) {
  symbio::testing::Picks pick(seed);
  Park park = symbio::testing::numbered_park(n);
  for (Enterprise& e : park.enterprises)
    e.external = pick(12) == 0;
  for (int k = 0; k < exchanges; ++k) {
    const auto [s, r] = pick.distinct(n);
    park.exchanges.push_back(ex("e" + std::to_string(s), "e" + std::to_string(r)));
  }
  return park;
}

TEST(LoadCascadeTest, FastEqualsReferenceOnRandomParks) {
  std::int64_t spread = 0;
  for (std::uint64_t seed = 1; seed <= 6; ++seed) {
    const SymbiosisGraph g(random_park(seed, 40, 70));
    for (const double alpha : {0.3, 1.0}) {
      expect_critical(g, {.alpha = alpha});
      for (const double beta : {0.05, 0.2, 0.6}) {
        const LoadOptions o{.alpha = alpha, .beta = beta, .threads = 2};
        const LoadSweep sweep = load_sweep(g, o);
        for (Vertex t = 0; t < g.n(); ++t) {
          const std::vector<Vertex> one{t};
          const CascadeRun ref = load_cascade_reference(g, one, o);
          ASSERT_EQ(load_cascade(g, one, o).rounds, ref.rounds) << seed << " " << t;
          EXPECT_EQ(sweep.rows[static_cast<std::size_t>(t)].failed, ref.failed);
          EXPECT_EQ(sweep.rows[static_cast<std::size_t>(t)].rounds, ref.spread_rounds());
          spread += ref.failed > 1 ? 1 : 0;
        }
      }
    }
    const std::vector<Vertex> several{1, 2, 8};
    EXPECT_EQ(load_cascade(g, several, {.beta = 0.1}).rounds,
              load_cascade_reference(g, several, {.beta = 0.1}).rounds);
  }
  EXPECT_GT(spread, 50);
}

TEST(LoadCascadeTest, SweepVulnerabilityAndOptions) {
  const SymbiosisGraph g(star());
  const LoadSweep s = load_sweep(g, {.beta = 0.3});
  // Hub: all leaves; each leaf: everyone but the isolate. Leaf l1 fails for h, l2, l3: 3/4.
  EXPECT_EQ(s.rows[0].failed, 4);
  EXPECT_EQ(s.rows[1].failed, 4);
  EXPECT_DOUBLE_EQ(*s.vulnerability[1], 3.0 / 4.0);
  EXPECT_DOUBLE_EQ(*s.vulnerability[0], 3.0 / 4.0);
  EXPECT_DOUBLE_EQ(*s.vulnerability[4], 0.0);
  EXPECT_THROW(load_sweep(g, {.beta = -1.0}), OptionError);
  EXPECT_THROW(load_sweep(g, {.alpha = -0.5}), OptionError);
  EXPECT_THROW(load_sweep(g, {.layer = ViewLayer::water}), OptionError);
  EXPECT_THROW(run(g, {9}, {}), OptionError);
}

}  // namespace
}  // namespace symbio::net
