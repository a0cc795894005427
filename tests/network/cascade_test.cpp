#include "network/cascade.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "core/error.hpp"
#include "tests/support/park_builder.hpp"

namespace symbio::net {
namespace {

using Rounds = std::vector<std::vector<Vertex>>;

using symbio::testing::ex;
using symbio::testing::park_of;

CascadeRun run(const SymbiosisGraph& g, std::initializer_list<Vertex> triggers,
               const DependencyOptions& o = {}) {
  const std::vector<Vertex> t(triggers);
  return dependency_cascade(g, t, o);
}

// a -> b -> c, one exchange each: a's failure takes all of b's supply (share 1 > 0.5) in round
// 1, then all of c's in round 2. impact = (3 - 1) / (3 - 1) = 1.
TEST(CascadeTest, ChainFailsEntirely) {
  const SymbiosisGraph g(park_of({"a", "b", "c"}, {ex("a", "b"), ex("b", "c")}));
  const CascadeRun r = run(g, {0});
  EXPECT_EQ(r.rounds, (Rounds{{0}, {1}, {2}}));
  EXPECT_EQ(r.failed, 3);
  EXPECT_EQ(r.spread_rounds(), 2);
  EXPECT_EQ(r.failed_round, (std::vector<std::int32_t>{0, 1, 2}));
  ASSERT_TRUE(r.impact);
  EXPECT_DOUBLE_EQ(*r.impact, 1.0);
  // The last enterprise takes nobody with it: 0 rounds, impact 0.
  const CascadeRun last = run(g, {2});
  EXPECT_EQ(last.failed, 1);
  EXPECT_EQ(last.spread_rounds(), 0);
  EXPECT_DOUBLE_EQ(*last.impact, 0.0);
}

// An anchor A supplying four tenants, each with A as only supplier: A's failure takes all four
// in round 1 (impact 4/4). A tenant's failure touches nobody (A has no inbound supply).
// Reversed (four suppliers feeding A): one supplier is 1/4 of A's supply, not > 0.5.
TEST(CascadeTest, StarAroundAnAnchor) {
  const SymbiosisGraph out(park_of({"A", "t1", "t2", "t3", "t4"},
                                   {ex("A", "t1"), ex("A", "t2"), ex("A", "t3"), ex("A", "t4")}));
  EXPECT_EQ(run(out, {0}).rounds, (Rounds{{0}, {1, 2, 3, 4}}));
  EXPECT_DOUBLE_EQ(*run(out, {0}).impact, 1.0);
  EXPECT_EQ(run(out, {3}).failed, 1);
  const SymbiosisGraph in(park_of({"A", "s1", "s2", "s3", "s4"},
                                  {ex("s1", "A"), ex("s2", "A"), ex("s3", "A"), ex("s4", "A")}));
  EXPECT_EQ(run(in, {1}).failed, 1);
  // Three of four failed: 3/4 > 0.5.
  EXPECT_EQ(run(in, {1, 2, 3}).rounds, (Rounds{{1, 2, 3}, {0}}));
  // Two of four: exactly 0.5, not strictly greater.
  EXPECT_EQ(run(in, {1, 2}).failed, 2);
}

// Diamond s1 -> j <- s2. By counting, one failed supplier is a share of 1/2 = 0.5, not > 0.5:
// j survives. With quantities 60 and 40, s1's failure is 60/100 = 0.6 > 0.5 (j fails), s2's is
// 0.4 (j survives). If one of the two lacks a quantity, the share falls back to counting.
TEST(CascadeTest, DiamondByCountAndByQuantity) {
  const SymbiosisGraph count(park_of({"s1", "s2", "j"}, {ex("s1", "j"), ex("s2", "j")}));
  EXPECT_EQ(run(count, {0}).failed, 1);
  EXPECT_EQ(run(count, {0, 1}).failed, 3);
  const SymbiosisGraph qty(park_of({"s1", "s2", "j"}, {ex("s1", "j", 60.0), ex("s2", "j", 40.0)}));
  EXPECT_EQ(run(qty, {0}).rounds, (Rounds{{0}, {2}}));
  EXPECT_EQ(run(qty, {1}).failed, 1);
  const SymbiosisGraph mixed(park_of({"s1", "s2", "j"}, {ex("s1", "j", 60.0), ex("s2", "j")}));
  EXPECT_EQ(run(mixed, {0}).failed, 1);
  // Parallel exchanges each count: s1 -> j twice and s2 -> j once gives s1 a share of 2/3.
  const SymbiosisGraph parallel(
      park_of({"s1", "s2", "j"}, {ex("s1", "j"), ex("s1", "j"), ex("s2", "j")}));
  EXPECT_EQ(run(parallel, {0}).failed, 2);
  EXPECT_EQ(run(parallel, {1}).failed, 1);
}

// Threshold: with tau = 0.3, 0.4 > 0.3 and s2's failure also takes j; tau = 0 fails on any
// failed supplier; tau = 1 never spreads. Out of [0, 1] is an option error.
TEST(CascadeTest, ThresholdIsStrict) {
  const SymbiosisGraph qty(park_of({"s1", "s2", "j"}, {ex("s1", "j", 60.0), ex("s2", "j", 40.0)}));
  EXPECT_EQ(run(qty, {1}, {.threshold = 0.3}).failed, 2);
  EXPECT_EQ(run(qty, {1}, {.threshold = 0.4}).failed, 1);
  EXPECT_EQ(run(qty, {1}, {.threshold = 0.0}).failed, 2);
  EXPECT_EQ(run(qty, {0, 1}, {.threshold = 1.0}).failed, 2);
  EXPECT_THROW(run(qty, {0}, {.threshold = 1.5}), OptionError);
  EXPECT_THROW(run(qty, {0}, {.threshold = -0.1}), OptionError);
  EXPECT_THROW(run(qty, {7}), OptionError);
}

// Cycle a -> b -> c -> a: a's failure goes round: b in round 1, c in round 2, then a again,
// which has already failed. 2 rounds, 3 failed.
TEST(CascadeTest, CycleStopsWhereItStarted) {
  const SymbiosisGraph g(park_of({"a", "b", "c"}, {ex("a", "b"), ex("b", "c"), ex("c", "a")}));
  const CascadeRun r = run(g, {0});
  EXPECT_EQ(r.rounds, (Rounds{{0}, {1}, {2}}));
  EXPECT_EQ(r.spread_rounds(), 2);
}

// Synchronous rounds: a -> b, a -> c, b -> c. After round 0 c has lost 1 of 2 inputs (0.5,
// survives); b fails in round 1; only then c has lost 2 of 2 and fails in round 2.
TEST(CascadeTest, RoundsAreSynchronous) {
  const SymbiosisGraph g(park_of({"a", "b", "c"}, {ex("a", "b"), ex("a", "c"), ex("b", "c")}));
  EXPECT_EQ(run(g, {0}).rounds, (Rounds{{0}, {1}, {2}}));
  EXPECT_EQ(dependency_cascade_reference(g, std::vector<Vertex>{0}).rounds,
            (Rounds{{0}, {1}, {2}}));
}

// j takes material from m (its only material input) and energy from e1, e2, e3. m's failure is a
// material share of 1 > 0.5 (j fails although 3 of its 4 suppliers still deliver); e1's failure
// is an energy share of 1/3 (survives). Layers are never pooled: pooled, m would be 1/4.
TEST(CascadeTest, OneEssentialLayerIsEnough) {
  const SymbiosisGraph g(
      park_of({"m", "e1", "e2", "e3", "j"},
              {ex("m", "j", 10.0), ex("e1", "j", 5.0, Layer::energy),
               ex("e2", "j", 5.0, Layer::energy), ex("e3", "j", 5.0, Layer::energy)}));
  EXPECT_EQ(run(g, {0}).rounds, (Rounds{{0}, {4}}));
  EXPECT_EQ(run(g, {1}).failed, 1);
  EXPECT_EQ(run(g, {1, 2}).failed, 3);  // 2/3 of the energy
}

// a -> x -> b with x external (a market, a grid): x never fails by propagation, so b survives.
// x can be a trigger (b fails). With external_immune = false, x fails like anyone else.
TEST(CascadeTest, ExternalReceiversNeverFail) {
  Park park = park_of({"a", "x", "b"}, {ex("a", "x"), ex("x", "b")});
  park.enterprises[1].external = true;
  const SymbiosisGraph g(park);
  EXPECT_EQ(run(g, {0}).failed, 1);
  EXPECT_EQ(run(g, {1}).rounds, (Rounds{{1}, {2}}));
  EXPECT_EQ(run(g, {0}, {.external_immune = false}).rounds, (Rounds{{0}, {1}, {2}}));
  EXPECT_EQ(dependency_cascade_reference(g, std::vector<Vertex>{0}).failed, 1);
}

// Outlets: s sends its only waste stream to the treatment plant w, a product to c and a utility
// to d. Waste makes s depend on w (outlet); the product and the utility make c and d depend on s
// (supply). w's failure leaves s without an outlet (share 1 > 0.5): s fails in round 1 (outlet
// or both), then c and d lose their only supply in round 2 (both only). With direction supply,
// nothing spreads from w. c's failure touches nobody: s does not depend on its customers.
TEST(CascadeTest, OutletDependency) {
  const SymbiosisGraph g(
      park_of({"s", "w", "c", "d"}, {ex("s", "w", 100.0, Layer::material, Kind::waste),
                                     ex("s", "c", 50.0, Layer::material, Kind::product),
                                     ex("s", "d", 5.0, Layer::energy, Kind::utility)}));
  EXPECT_EQ(run(g, {1}).rounds, (Rounds{{1}, {0}, {2, 3}}));
  EXPECT_EQ(run(g, {1}, {.direction = CascadeDirection::supply}).failed, 1);
  EXPECT_EQ(run(g, {1}, {.direction = CascadeDirection::outlet}).rounds, (Rounds{{1}, {0}}));
  EXPECT_EQ(run(g, {2}).failed, 1);
  // The aliases of the first version.
  EXPECT_EQ(parse_cascade_direction("downstream"), CascadeDirection::supply);
  EXPECT_EQ(parse_cascade_direction("Upstream"), CascadeDirection::outlet);
  // A byproduct is a supply of its receiver, never an outlet of its supplier: s sending 100 t/a
  // of waste to w and 150 t/a of byproduct to o has w as its only outlet (100/100 > 0.5), so w's
  // failure fails s, and then o (its only supply). o's failure does nothing to s.
  const SymbiosisGraph two(
      park_of({"s", "w", "o"}, {ex("s", "w", 100.0, Layer::material, Kind::waste),
                                ex("s", "o", 150.0, Layer::material, Kind::byproduct)}));
  EXPECT_EQ(run(two, {1}).rounds, (Rounds{{1}, {0}, {2}}));
  EXPECT_EQ(run(two, {2}).failed, 1);
}

// The wastewater plant of a chemical park: the olefins plant o sends 工业废水 (waste, water) to
// the wastewater plant w; w sends 中水 (reclaimed water, byproduct) to the power plant p and
// 污泥 (sludge, waste, material) to the solid-waste centre c. Dependencies: o depends on w (its
// outlet), p depends on w (its water), w depends on c (its sludge outlet); nothing depends on o.
// - o fails: nobody depends on o, so w, p and c live (the first version failed all four: w
//   "lost" its inbound wastewater, p its reclaimed water, c its sludge);
// - w fails: o loses its only wastewater outlet (1 > 0.5) and p its only water: both fail in
//   round 1; c does not depend on w (it only takes w's waste);
// - c fails: w loses its only sludge outlet and fails in round 1, then o (outlet) and p (supply)
//   in round 2.
TEST(CascadeTest, WastewaterPlantAndItsSuppliers) {
  const SymbiosisGraph g(
      park_of({"o", "w", "p", "c"}, {ex("o", "w", 500.0, Layer::water, Kind::waste),
                                     ex("w", "p", 300.0, Layer::water, Kind::byproduct),
                                     ex("w", "c", 20.0, Layer::material, Kind::waste)}));
  EXPECT_EQ(run(g, {0}).failed, 1);
  EXPECT_EQ(run(g, {1}).rounds, (Rounds{{1}, {0, 2}}));
  EXPECT_EQ(run(g, {3}).rounds, (Rounds{{3}, {1}, {0, 2}}));
  // A second wastewater outlet of o taking 600 of its 1100 m3/a keeps o alive when w fails
  // (500/1100 < 0.5); p still fails.
  const SymbiosisGraph second(
      park_of({"o", "w", "p", "c", "w2"}, {ex("o", "w", 500.0, Layer::water, Kind::waste),
                                           ex("w", "p", 300.0, Layer::water, Kind::byproduct),
                                           ex("w", "c", 20.0, Layer::material, Kind::waste),
                                           ex("o", "w2", 600.0, Layer::water, Kind::waste)}));
  EXPECT_EQ(run(second, {1}).rounds, (Rounds{{1}, {2}}));
}

Exchange substitutable(Exchange x, bool value = true) {
  x.substitutable = value;
  return x;
}

// A substitutable input carries no dependency: m sells coal to j (substitutable, 90 t/a) and l
// delivers limestone by conveyor (not substitutable, 10 t/a), both material. Only l's 10 t/a
// enter j's share: m's failure is 0/10 (j lives, in every direction), l's is 10/10 (j fails).
// With substitutes ignored the shares are 90/100 (j fails) and 10/100 (j lives).
TEST(CascadeTest, SubstitutableInputNeverPropagates) {
  const SymbiosisGraph g(
      park_of({"m", "l", "j"}, {substitutable(ex("m", "j", 90.0)), ex("l", "j", 10.0)}));
  for (const auto d : {CascadeDirection::supply, CascadeDirection::outlet, CascadeDirection::both})
    EXPECT_EQ(run(g, {0}, {.direction = d}).failed, 1);
  EXPECT_EQ(run(g, {1}).rounds, (Rounds{{1}, {2}}));
  const DependencyOptions ignore{.substitutes = Substitutes::ignore};
  EXPECT_EQ(run(g, {0}, ignore).rounds, (Rounds{{0}, {2}}));
  EXPECT_EQ(run(g, {1}, ignore).failed, 1);
  EXPECT_EQ(dependency_cascade_reference(g, std::vector<Vertex>{0}).failed, 1);
  EXPECT_EQ(dependency_cascade_reference(g, std::vector<Vertex>{0}, ignore).failed, 2);
  // A substitutable waste outlet (general solid waste to a licensed landfill) is no outlet
  // dependency either.
  const SymbiosisGraph waste(park_of(
      {"s", "landfill"}, {substitutable(ex("s", "landfill", 5.0, Layer::material, Kind::waste))}));
  EXPECT_EQ(run(waste, {1}).failed, 1);
  EXPECT_EQ(run(waste, {1}, ignore).failed, 2);
  EXPECT_EQ(parse_substitutes("Ignore"), Substitutes::ignore);
  EXPECT_EQ(parse_substitutes("catalogue"), Substitutes::catalogue);
  EXPECT_FALSE(parse_substitutes("sometimes"));
}

// Parallel exchanges: s1 -> j twice (one of them substitutable) and s2 -> j once, no
// quantities. Dependencies: one from s1, one from s2, so s1's failure is 1/2 = 0.5, not > 0.5
// (j lives). Ignoring substitutes, s1 holds 2 of 3 (j fails).
TEST(CascadeTest, ParallelExchangesEachCount) {
  const SymbiosisGraph g(
      park_of({"s1", "s2", "j"}, {ex("s1", "j"), substitutable(ex("s1", "j")), ex("s2", "j")}));
  EXPECT_EQ(run(g, {0}).failed, 1);
  EXPECT_EQ(run(g, {0}, {.substitutes = Substitutes::ignore}).failed, 2);
  EXPECT_EQ(run(g, {1}, {.substitutes = Substitutes::ignore}).failed, 1);
}

// Count mode and share mode are decided over the dependencies alone: s1 -> j 60, s2 -> j 40 and
// a substitutable s3 -> j without quantity. With substitutes, j's dependencies all have
// quantities: s1's failure is 60/100 > 0.5 (j fails). Ignoring substitutes, s3's missing
// quantity makes j count exchanges: s1's failure is 1/3 (j lives), s1 and s2 together 2/3.
TEST(CascadeTest, PartialQuantitiesCountCompleteQuantitiesShare) {
  const SymbiosisGraph g(park_of({"s1", "s2", "s3", "j"}, {ex("s1", "j", 60.0), ex("s2", "j", 40.0),
                                                           substitutable(ex("s3", "j"))}));
  EXPECT_EQ(run(g, {0}).rounds, (Rounds{{0}, {3}}));
  EXPECT_EQ(run(g, {1}).failed, 1);  // 40/100
  const DependencyOptions ignore{.substitutes = Substitutes::ignore};
  EXPECT_EQ(run(g, {0}, ignore).failed, 1);
  EXPECT_EQ(run(g, {0, 1}, ignore).failed, 3);
}

// External enterprises never fail by propagation, by outlet either: x (external) and y
// (internal) each send their only waste to w. w's failure leaves both without an outlet; y
// fails, x lives unless external_immune is false.
TEST(CascadeTest, ExternalsNeverFailByOutlet) {
  Park park = park_of({"x", "y", "w"}, {ex("x", "w", 1.0, Layer::water, Kind::waste),
                                        ex("y", "w", 1.0, Layer::water, Kind::waste)});
  park.enterprises[0].external = true;
  const SymbiosisGraph g(park);
  EXPECT_EQ(run(g, {2}).rounds, (Rounds{{2}, {1}}));
  EXPECT_EQ(run(g, {2}, {.external_immune = false}).rounds, (Rounds{{2}, {0, 1}}));
  EXPECT_EQ(dependency_cascade_reference(g, std::vector<Vertex>{2}).failed, 2);
}

// Lost flow = inbound amounts of the failed enterprises, triggers included, per layer:
// a (no inbound) -> b 10 t/a material, 3 GJ/a energy; b -> c 4 m3/a water and 2 t/a without
// quantity. a fails => b (all its material), c (all its water and material): material 10 + (2
// unknown) => incomplete, known 10; energy 3; water 4.
TEST(CascadeTest, LostFlowPerLayer) {
  const SymbiosisGraph g(
      park_of({"a", "b", "c"}, {ex("a", "b", 10.0), ex("a", "b", 3.0, Layer::energy),
                                ex("b", "c", 4.0, Layer::water), ex("b", "c", std::nullopt)}));
  const CascadeRun r = run(g, {0});
  EXPECT_EQ(r.failed, 3);
  EXPECT_FALSE(r.lost_flow[0].complete());
  EXPECT_DOUBLE_EQ(r.lost_flow[0].known, 10.0);
  EXPECT_EQ(r.lost_flow[0].missing, 1);
  EXPECT_FALSE(r.lost_flow[0].value());
  EXPECT_DOUBLE_EQ(*r.lost_flow[1].value(), 3.0);
  EXPECT_DOUBLE_EQ(*r.lost_flow[2].value(), 4.0);
  EXPECT_EQ(lost_flow_of(g, r.failed_round)[1].known, 3.0);
  // b alone: c loses all of its water (share 1 > 0.5) and fails; b's own inbound energy counts
  // because the trigger is among the failed.
  const CascadeRun rb = run(g, {1});
  EXPECT_EQ(rb.failed, 2);
  EXPECT_DOUBLE_EQ(*rb.lost_flow[1].value(), 3.0);
}

// Sweep over a -> b -> c: a takes 2, b takes 1, c none. c fails for triggers a and b: 2/2;
// b for a: 1/2; a never.
TEST(CascadeTest, SweepAndVulnerability) {
  const SymbiosisGraph g(park_of({"a", "b", "c"}, {ex("a", "b", 1.0), ex("b", "c", 2.0)}));
  const DependencySweep s = dependency_sweep(g);
  ASSERT_EQ(s.rows.size(), 3u);
  EXPECT_EQ(s.rows[0].failed, 3);
  EXPECT_EQ(s.rows[0].rounds, 2);
  EXPECT_DOUBLE_EQ(*s.rows[0].lost_flow[0].value(), 3.0);
  EXPECT_EQ(s.rows[1].failed, 2);
  EXPECT_DOUBLE_EQ(*s.rows[1].impact, 0.5);
  EXPECT_EQ(s.rows[2].failed, 1);
  ASSERT_EQ(s.vulnerability.size(), 3u);
  EXPECT_DOUBLE_EQ(*s.vulnerability[0], 0.0);
  EXPECT_DOUBLE_EQ(*s.vulnerability[1], 0.5);
  EXPECT_DOUBLE_EQ(*s.vulnerability[2], 1.0);
  // A partial sweep has rows for its triggers and no vulnerability.
  const std::vector<Vertex> some{2, 0};
  const DependencySweep p = dependency_sweep(g, {}, some);
  ASSERT_EQ(p.rows.size(), 2u);
  EXPECT_EQ(p.rows[0].trigger, 2);
  EXPECT_EQ(p.rows[1].failed, 3);
  EXPECT_TRUE(p.vulnerability.empty());
}

TEST(CascadeTest, DegenerateParks) {
  const SymbiosisGraph empty(Park{});
  EXPECT_TRUE(dependency_sweep(empty).rows.empty());
  const SymbiosisGraph one(park_of({"a"}, {}));
  const DependencySweep s = dependency_sweep(one);
  ASSERT_EQ(s.rows.size(), 1u);
  EXPECT_EQ(s.rows[0].failed, 1);
  EXPECT_FALSE(s.rows[0].impact);  // n < 2
  EXPECT_FALSE(s.vulnerability[0]);
  EXPECT_EQ(run(one, {}).failed, 0);
  EXPECT_EQ(vertices_of(one, std::vector<std::string>{"a"}), std::vector<Vertex>{0});
  EXPECT_THROW(vertices_of(one, std::vector<std::string>{"zz"}), OptionError);
  EXPECT_EQ(parse_cascade_direction("supply"), CascadeDirection::supply);
  EXPECT_EQ(parse_cascade_direction("OUTLET"), CascadeDirection::outlet);
  EXPECT_EQ(parse_cascade_direction("both"), CascadeDirection::both);
  EXPECT_EQ(to_string(CascadeDirection::downstream), "supply");
  EXPECT_FALSE(parse_cascade_direction("sideways"));
}

// A seeded random park: integer amounts (sums are exact, so the fast and the plain algorithm
// must agree bit for bit even at share = tau), about one in eight exchanges without quantity,
// several layers and kinds, parallel exchanges and a few external enterprises.
Park random_park(std::uint64_t seed, int n, int exchanges) {
  symbio::testing::Picks pick(seed);
  Park park = symbio::testing::numbered_park(n);
  for (Enterprise& e : park.enterprises)
    e.external = pick(10) == 0;
  for (int k = 0; k < exchanges; ++k) {
    const auto [s, r] = pick.distinct(n);
    const std::optional<double> amount =
        pick(8) == 0 ? std::nullopt : std::optional<double>(1 + pick(4) * 10 + pick(3));
    park.exchanges.push_back(ex("e" + std::to_string(s), "e" + std::to_string(r), amount,
                                kLayers[static_cast<std::size_t>(pick(3))],
                                kKinds[static_cast<std::size_t>(pick(4))]));
    // About one in four substitutable, one in eight not said (counts as not substitutable).
    const int sub = pick(8);
    if (sub < 2) park.exchanges.back().substitutable = true;
    if (sub >= 3) park.exchanges.back().substitutable = false;
  }
  return park;
}

TEST(CascadeTest, FastEqualsReferenceOnRandomParks) {
  std::int64_t deep = 0;  // runs with two rounds or more: the parks do cascade
  for (std::uint64_t seed = 1; seed <= 8; ++seed) {
    const SymbiosisGraph g(random_park(seed, 30 + static_cast<int>(seed) * 3, 70));
    for (const auto direction :
         {CascadeDirection::supply, CascadeDirection::outlet, CascadeDirection::both}) {
      for (const double tau : {0.0, 0.3, 0.5}) {
        for (const auto substitutes : {Substitutes::catalogue, Substitutes::ignore}) {
          const DependencyOptions o{
              .threshold = tau, .direction = direction, .substitutes = substitutes, .threads = 2};
          const DependencySweep sweep = dependency_sweep(g, o);
          std::vector<std::int64_t> hits(static_cast<std::size_t>(g.n()), 0);
          for (Vertex t = 0; t < g.n(); ++t) {
            const std::vector<Vertex> one{t};
            const CascadeRun fast = dependency_cascade(g, one, o);
            const CascadeRun ref = dependency_cascade_reference(g, one, o);
            ASSERT_EQ(fast.rounds, ref.rounds) << "seed " << seed << " trigger " << t;
            const CascadeSummary& row = sweep.rows[static_cast<std::size_t>(t)];
            EXPECT_EQ(row.failed, ref.failed);
            EXPECT_EQ(row.rounds, ref.spread_rounds());
            if (ref.spread_rounds() >= 2) ++deep;
            for (std::size_t r = 0; r < 3; ++r) {
              EXPECT_EQ(row.lost_flow[r].known, ref.lost_flow[r].known);
              EXPECT_EQ(row.lost_flow[r].missing, ref.lost_flow[r].missing);
            }
            for (Vertex v = 0; v < g.n(); ++v) {
              if (v != t && ref.failed_round[static_cast<std::size_t>(v)] >= 0)
                ++hits[static_cast<std::size_t>(v)];
            }
          }
          for (Vertex v = 0; v < g.n(); ++v) {
            EXPECT_DOUBLE_EQ(*sweep.vulnerability[static_cast<std::size_t>(v)],
                             static_cast<double>(hits[static_cast<std::size_t>(v)]) /
                                 static_cast<double>(g.n() - 1));
          }
        }
      }
    }
    // Multi-trigger scenarios too.
    const std::vector<Vertex> several{0, 3, 5};
    EXPECT_EQ(dependency_cascade(g, several).rounds,
              dependency_cascade_reference(g, several).rounds);
  }
  EXPECT_GT(deep, 100);
}

// The sweep is the same whatever the number of threads.
TEST(CascadeTest, SweepIsDeterministic) {
  const SymbiosisGraph g(random_park(99, 200, 600));
  const DependencySweep one = dependency_sweep(g, {.threads = 1});
  const DependencySweep two = dependency_sweep(g, {.threads = 2});
  ASSERT_EQ(one.rows.size(), two.rows.size());
  for (std::size_t i = 0; i < one.rows.size(); ++i) {
    EXPECT_EQ(one.rows[i].failed, two.rows[i].failed);
    EXPECT_EQ(one.rows[i].lost_flow[0].known, two.rows[i].lost_flow[0].known);
  }
  EXPECT_EQ(one.vulnerability, two.vulnerability);
}

}  // namespace
}  // namespace symbio::net
