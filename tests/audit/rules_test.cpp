#include "audit/rules.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "tests/audit/audit_fixture.hpp"

namespace symbio::audit {
namespace {

using fixture::ParkBuilder;
using fixture::run_pipeline;

bool has_subject(const Finding& f, const std::string& id) {
  return std::find(f.subjects.begin(), f.subjects.end(), id) != f.subjects.end();
}

const Evidence* evidence(const Finding& f, const std::string& name) {
  for (const Evidence& e : f.evidence) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

// A directed star a -> b, c, d, e. Freeman degree centralization on U: (0 + 4 x (4 - 1)) /
// ((5 - 1)(5 - 2)) = 1; density 4 / (5 x 4) = 0.2.
Park out_star() {
  ParkBuilder b;
  for (const char* id : {"a", "b", "c", "d", "e"})
    b.enterprise(id);
  for (const char* r : {"b", "c", "d", "e"})
    b.exchange("a", r, "steam", Layer::energy, Kind::utility);
  return b.build();
}

// A directed ring a -> b -> c -> d -> e -> a: every degree 2, centralization 0, density 0.25,
// no articulation point, no bridge, effective size 2 everywhere.
Park ring() {
  ParkBuilder b;
  const char* ids[] = {"a", "b", "c", "d", "e"};
  for (const char* id : ids)
    b.enterprise(id);
  for (int k = 0; k < 5; ++k) {
    // Synthesis gas by pipeline: not substitutable, so every tie is a dependency.
    b.exchange(ids[k], ids[(k + 1) % 5], "syngas", Layer::material, Kind::byproduct);
  }
  return b.build();
}

// Two directed triangles a-b-c and d-e-f joined by the tie c -> d.
Park barbell() {
  ParkBuilder b;
  for (const char* id : {"a", "b", "c", "d", "e", "f"})
    b.enterprise(id);
  b.exchange("a", "b", "steam", Layer::energy, Kind::utility)
      .exchange("b", "c", "steam", Layer::energy, Kind::utility)
      .exchange("c", "a", "steam", Layer::energy, Kind::utility)
      .exchange("c", "d", "fly ash", Layer::material, Kind::byproduct)
      .exchange("d", "e", "steam", Layer::energy, Kind::utility)
      .exchange("e", "f", "steam", Layer::energy, Kind::utility)
      .exchange("f", "d", "steam", Layer::energy, Kind::utility);
  return b.build();
}

TEST(RulesTest, TableHasTheThirteenRulesOfMethods) {
  const std::vector<std::string_view> expected = {"anchor-dependence",
                                                  "single-point-of-failure",
                                                  "cascade-critical",
                                                  "single-source-input",
                                                  "unused-byproduct",
                                                  "energy-cascade",
                                                  "water-reuse",
                                                  "weak-symbiosis",
                                                  "no-cycling",
                                                  "shared-infrastructure-hub",
                                                  "broker",
                                                  "stranded-waste",
                                                  "key-enterprise"};
  ASSERT_EQ(rules().size(), expected.size());
  for (std::size_t k = 0; k < expected.size(); ++k) {
    const Rule& rule = rules()[k];
    EXPECT_EQ(rule.id, expected[k]);
    EXPECT_FALSE(rule.title_zh.empty());
    EXPECT_FALSE(rule.title_en.empty());
    EXPECT_FALSE(rule.recommendation_zh.empty());
    EXPECT_FALSE(rule.recommendation_en.empty());
    EXPECT_NE(rule.evaluate, nullptr);
    EXPECT_FALSE(benefit_names(rule.benefits).empty());
    EXPECT_EQ(find_rule(rule.id), &rule);
  }
  EXPECT_EQ(find_rule("no-such-rule"), nullptr);
}

TEST(RulesTest, AnchorDependenceFiresOnAStar) {
  // Centralization 1 >= 0.4 and density 0.2 >= 0.05; priority high since 1 >= 0.5.
  const auto run = run_pipeline(out_star());
  const auto found = run->of("anchor-dependence");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].priority, Priority::high);
  EXPECT_EQ(found[0].subjects, std::vector<std::string>{"a"});
  const Evidence* c = evidence(found[0], "all.degree_centralization");
  ASSERT_NE(c, nullptr);
  EXPECT_DOUBLE_EQ(std::get<double>(c->value), 1.0);
  const Evidence* degree = evidence(found[0], "all.degree");
  ASSERT_NE(degree, nullptr);
  EXPECT_EQ(degree->subject, "a");
  EXPECT_EQ(std::get<std::int64_t>(degree->value), 4);
}

TEST(RulesTest, AnchorDependenceSilentOnARing) {
  // Centralization 0 < 0.4.
  EXPECT_TRUE(run_pipeline(ring())->of("anchor-dependence").empty());
}

TEST(RulesTest, AnchorDependenceSilentWhenSparse) {
  // The star of 5 plus 20 isolates: centralization stays high but density 4 / (25 x 24) =
  // 0.0067 < 0.05: that is weak symbiosis, not anchor dependence.
  Park park = out_star();
  for (int k = 0; k < 20; ++k) {
    Enterprise e;
    e.id = "i" + std::to_string(k);
    e.name = e.id;
    park.enterprises.push_back(e);
  }
  const auto run = run_pipeline(park);
  EXPECT_TRUE(run->of("anchor-dependence").empty());
  EXPECT_EQ(run->of("weak-symbiosis").size(), 1u);
}

TEST(RulesTest, SinglePointOfFailureFiresOnArticulationAndBridge) {
  // c and d are articulation points; without c, the largest component is d, e, f: S = 3/6, a
  // drop of 0.5 >= 0.2 (priority high). The tie c -> d cuts off 3 >= 2 enterprises.
  const auto run = run_pipeline(barbell());
  const auto found = run->of("single-point-of-failure");
  ASSERT_EQ(found.size(), 3u);
  std::set<std::string> articulation;
  const Finding* bridge = nullptr;
  for (const Finding& f : found) {
    if (evidence(f, "all.articulation") != nullptr) {
      articulation.insert(f.subjects.front());
      EXPECT_EQ(f.priority, Priority::high);
      EXPECT_DOUBLE_EQ(
          std::get<double>(evidence(f, "robustness.largest_component_share_without")->value), 0.5);
    } else {
      bridge = &f;
    }
  }
  EXPECT_EQ(articulation, (std::set<std::string>{"c", "d"}));
  ASSERT_NE(bridge, nullptr);
  EXPECT_EQ(bridge->subjects, (std::vector<std::string>{"c", "d", "x4"}));
  EXPECT_EQ(std::get<std::int64_t>(evidence(*bridge, "audit.enterprises_cut_off")->value), 3);
}

TEST(RulesTest, SinglePointOfFailureSilentOnARing) {
  // Removing any one enterprise of a ring leaves a path: no articulation, no bridge.
  EXPECT_TRUE(run_pipeline(ring())->of("single-point-of-failure").empty());
}

TEST(RulesTest, SinglePointOfFailureIgnoresLeafBridges) {
  // a -> b -> c: b is an articulation point, but both bridges cut off one enterprise (< 2).
  ParkBuilder b;
  b.enterprise("a").enterprise("b").enterprise("c");
  b.exchange("a", "b", "coal", Layer::material, Kind::product)
      .exchange("b", "c", "coal", Layer::material, Kind::product);
  const auto found = run_pipeline(b.build())->of("single-point-of-failure");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].subjects, std::vector<std::string>{"b"});
}

TEST(RulesTest, CascadeCriticalFiresOnAChain) {
  // a -> b -> c, each the only supplier of synthesis gas (not substitutable): a's failure takes
  // b and c, impact (3 - 1) / (3 - 1) = 1 >= 0.4 (high); b's takes c, impact 1/2 >= 0.4 (high);
  // c's takes nobody.
  ParkBuilder b;
  b.enterprise("a").enterprise("b").enterprise("c");
  b.exchange("a", "b", "syngas", Layer::material, Kind::product)
      .exchange("b", "c", "syngas", Layer::material, Kind::product);
  const auto run = run_pipeline(b.build());
  const auto found = run->of("cascade-critical");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].subjects, (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(found[0].priority, Priority::high);
  EXPECT_DOUBLE_EQ(std::get<double>(evidence(found[0], "cascade.cascade_impact")->value), 1.0);
  EXPECT_EQ(found[1].subjects, (std::vector<std::string>{"b", "c"}));
}

TEST(RulesTest, CascadeCriticalSilentWithTwoSuppliersEach) {
  // Every pair of a, b, c exchanges both ways: when one fails, each other enterprise loses half
  // of its supply, and 0.5 is not > tau = 0.5, so nothing spreads (impact 0 < 0.2). beta_c 0.3
  // < 0.5 adds no park finding.
  ParkBuilder b;
  b.enterprise("a").enterprise("b").enterprise("c");
  for (const char* s : {"a", "b", "c"}) {
    for (const char* r : {"a", "b", "c"}) {
      if (std::string(s) != r) b.exchange(s, r, "syngas", Layer::material, Kind::product);
    }
  }
  EXPECT_TRUE(run_pipeline(b.build(), {.beta_c = 0.3})->of("cascade-critical").empty());
}

TEST(RulesTest, CascadeCriticalFiresOnAHighBetaC) {
  const auto found = run_pipeline(ring(), {.beta_c = 0.6})->of("cascade-critical");
  // The ring also spreads every failure all the way round: five enterprise findings + the park.
  ASSERT_EQ(found.size(), 6u);
  const auto park =
      std::find_if(found.begin(), found.end(), [](const Finding& f) { return f.subjects.empty(); });
  ASSERT_NE(park, found.end());
  EXPECT_DOUBLE_EQ(std::get<double>(park->evidence.at(0).value), 0.6);
}

TEST(RulesTest, CascadeCriticalSilentForCoalBoughtOnTheMarket) {
  // The chain of CascadeCriticalFiresOnAChain with coal: the catalogue marks coal substitutable,
  // so no exchange is a dependency and no failure spreads.
  ParkBuilder b;
  b.enterprise("a").enterprise("b").enterprise("c");
  b.exchange("a", "b", "coal", Layer::material, Kind::product)
      .exchange("b", "c", "coal", Layer::material, Kind::product);
  EXPECT_TRUE(run_pipeline(b.build())->of("cascade-critical").empty());
}

TEST(RulesTest, CascadeCriticalJudgesTheLargestComponent) {
  // The ring a..e (each degree 2: L = 2 * 4 = 8, S = 16, beta_c 1/2) beside the dyad x - y
  // (beta_c 1): the park's beta_c is 1 >= 0.5 only because of the dyad. With threshold 0.6 the
  // ring's 1/2 gives no park finding; with 0.5 it does, citing the ring's beta_c and naming the
  // dyad, whose beta_c differs.
  Park park = ring();
  park.enterprises.push_back(Enterprise{.id = "x", .name = "x"});
  park.enterprises.push_back(Enterprise{.id = "y", .name = "y"});
  Exchange dyad;
  dyad.supplier = "x";
  dyad.receiver = "y";
  dyad.resource = "syngas";
  park.exchanges.push_back(dyad);
  auto run = run_pipeline(park, {.sweep = false});
  AuditInput input = run->input();
  input.beta_c = net::critical_beta(*run->graph);
  input.beta_c_components = net::critical_beta_by_component(*run->graph);
  EXPECT_DOUBLE_EQ(*input.beta_c, 1.0);
  Thresholds t = default_thresholds();
  t.cascade_impact_min = 1.1;  // only the park finding
  t.cascade_beta_c_min = 0.6;
  auto park_finding = [](const std::vector<Finding>& findings) {
    return std::find_if(findings.begin(), findings.end(), [](const Finding& f) {
      return f.rule == "cascade-critical" && f.subjects.empty();
    });
  };
  const std::vector<Finding> quiet = run_audit(input, t);
  EXPECT_EQ(park_finding(quiet), quiet.end());
  t.cascade_beta_c_min = 0.5;
  const std::vector<Finding> loud = run_audit(input, t);
  const auto it = park_finding(loud);
  ASSERT_NE(it, loud.end());
  EXPECT_EQ(it->evidence.at(0).name, "load.beta_c_largest_component");
  EXPECT_DOUBLE_EQ(std::get<double>(it->evidence.at(0).value), 0.5);
  EXPECT_EQ(it->evidence.at(1).name, "load.beta_c");
  EXPECT_EQ(it->evidence.at(2).name, "load.beta_c_component");
  EXPECT_EQ(it->evidence.at(2).subject, "x|y");
  EXPECT_DOUBLE_EQ(std::get<double>(it->evidence.at(2).value), 1.0);
}

TEST(RulesTest, SinglePointOfFailureFlagsSupplyDominators) {
  // Chain a -> b -> c -> d of synthesis gas: a dominates b, c, d (3), b dominates c, d (2), c
  // dominates d (1). With dominated_min 2, a and b are flagged, each followed by the enterprises
  // it dominates; with 0 the check is off.
  ParkBuilder b;
  b.enterprise("a").enterprise("b").enterprise("c").enterprise("d");
  b.exchange("a", "b", "syngas", Layer::material, Kind::product)
      .exchange("b", "c", "syngas", Layer::material, Kind::product)
      .exchange("c", "d", "syngas", Layer::material, Kind::product);
  auto run = run_pipeline(b.build(), {.sweep = false});
  const std::vector<net::LayerDominators> dominators = net::supply_dominators(*run->graph);
  AuditInput input = run->input();
  input.dominators = &dominators;
  auto dominator_findings = [&](const Thresholds& t) {
    std::vector<Finding> out;
    for (const Finding& f : run_audit(input, t)) {
      if (f.rule == "single-point-of-failure" && !f.evidence.empty() &&
          f.evidence.front().name == "dominators.dominated")
        out.push_back(f);
    }
    return out;
  };
  Thresholds t = default_thresholds();
  const std::vector<Finding> found = dominator_findings(t);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].subjects, (std::vector<std::string>{"a", "b", "c", "d"}));
  EXPECT_EQ(std::get<std::int64_t>(found[0].evidence.front().value), 3);
  EXPECT_EQ(found[1].subjects, (std::vector<std::string>{"b", "c", "d"}));
  t.spof_dominated_min = 0;
  EXPECT_TRUE(dominator_findings(t).empty());
}

TEST(RulesTest, CascadeCriticalFallsBackToTheAnalysisColumn) {
  // Without a sweep the rule reads analyze's cascade_impact column, when it exists (set here by
  // hand, so that the test does not depend on analyze's column set): a 1 >= 0.2, b 0.
  ParkBuilder b;
  b.enterprise("a").enterprise("b");
  b.exchange("a", "b", "coal", Layer::material, Kind::product);
  auto run = run_pipeline(b.build(), {.sweep = false});
  for (net::LayerAnalysis& analysis : run->analysis) {
    std::erase_if(analysis.enterprise_columns,
                  [](const net::Column& c) { return c.name == "cascade_impact"; });
    if (analysis.layer == net::ViewLayer::all) {
      analysis.enterprise_columns.push_back(
          {"cascade_impact", net::ColumnType::real, "test", {1.0, 0.0}});
    }
  }
  const auto findings = run_audit(run->input(), default_thresholds());
  const auto it = std::find_if(findings.begin(), findings.end(),
                               [](const Finding& f) { return f.rule == "cascade-critical"; });
  ASSERT_NE(it, findings.end());
  EXPECT_EQ(it->subjects, std::vector<std::string>{"a"});
  EXPECT_EQ(it->evidence.at(0).name, "all.cascade_impact");
}

TEST(RulesTest, SingleSourceInputFiresAbove80Percent) {
  // r takes 90 t/a from s1 and 10 t/a from s2: s1's share 0.9 > 0.8.
  ParkBuilder b;
  b.enterprise("s1").enterprise("s2").enterprise("r");
  b.exchange("s1", "r", "coal", Layer::material, Kind::product, 90.0)
      .exchange("s2", "r", "coal", Layer::material, Kind::product, 10.0);
  const auto found = run_pipeline(b.build())->of("single-source-input");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].subjects, (std::vector<std::string>{"r", "s1", "x1"}));
  EXPECT_DOUBLE_EQ(std::get<double>(evidence(found[0], "audit.supplier_share.material")->value),
                   0.9);
  EXPECT_EQ(std::get<std::string>(evidence(found[0], "audit.share_basis")->value), "quantity");
}

TEST(RulesTest, SingleSourceInputSilentAt70Percent) {
  // 70 and 30 t/a: 0.7 <= 0.8.
  ParkBuilder b;
  b.enterprise("s1").enterprise("s2").enterprise("r");
  b.exchange("s1", "r", "coal", Layer::material, Kind::product, 70.0)
      .exchange("s2", "r", "coal", Layer::material, Kind::product, 30.0);
  EXPECT_TRUE(run_pipeline(b.build())->of("single-source-input").empty());
}

TEST(RulesTest, SingleSourceInputCountsWhenAQuantityIsMissing) {
  // 90 t/a and an exchange without quantity: shares by count, 1/2 each, <= 0.8 (as the
  // supply-shortage cascade measures dependence).
  ParkBuilder b;
  b.enterprise("s1").enterprise("s2").enterprise("r");
  b.exchange("s1", "r", "coal", Layer::material, Kind::product, 90.0)
      .exchange("s2", "r", "coal", Layer::material, Kind::product);
  EXPECT_TRUE(run_pipeline(b.build())->of("single-source-input").empty());
}

TEST(RulesTest, UnusedByproductFiresOnAMatchingNeedRankedByAvoidedCo2) {
  // power declares 100000 t/a of fly ash. cement needs 80000 t/a of cement raw material
  // (co2_factor 0.5 t/t): fly ash substitutes it, 80000 t/a, 40000 t CO2/a >= 10000: high.
  // bricks need 50000 t/a of building materials (no factor): ranked second. farm needs process
  // heat, which fly ash cannot meet.
  ParkBuilder b;
  b.enterprise("power").enterprise("cement").enterprise("bricks").enterprise("farm");
  b.exchange("power", "cement", "steam", Layer::energy, Kind::utility);
  b.declare("power", Direction::output, "粉煤灰", Layer::material, 100000.0)
      .declare("cement", Direction::need, "水泥原料", Layer::material, 80000.0,
               {{"co2_factor", "0.5"}})
      .declare("bricks", Direction::need, "building materials", Layer::material, 50000.0)
      .declare("farm", Direction::need, "process heat", Layer::energy, 100.0);
  const auto found = run_pipeline(b.build())->of("unused-byproduct");
  ASSERT_EQ(found.size(), 1u);
  const Finding& f = found[0];
  EXPECT_EQ(f.priority, Priority::high);
  EXPECT_EQ(f.subjects, (std::vector<std::string>{"power", "cement", "bricks"}));
  ASSERT_EQ(f.potential_exchanges.size(), 2u);
  const PotentialExchange& best = f.potential_exchanges[0];
  EXPECT_EQ(best.receiver, "cement");
  EXPECT_EQ(best.resource_key, "fly_ash");
  EXPECT_EQ(best.need_key, "cement_raw_material");
  EXPECT_EQ(best.match, "substitute");
  EXPECT_DOUBLE_EQ(*best.quantity, 80000.0);
  EXPECT_DOUBLE_EQ(*best.avoided_co2, 40000.0);
  EXPECT_EQ(best.unit, "t/a");
  EXPECT_EQ(f.potential_exchanges[1].receiver, "bricks");
  EXPECT_DOUBLE_EQ(*f.potential_exchanges[1].quantity, 50000.0);
  EXPECT_FALSE(f.potential_exchanges[1].avoided_co2.has_value());
  EXPECT_EQ(f.cost, CostClass::medium_high);
  EXPECT_EQ(f.aspect, Aspect::waste);
}

TEST(RulesTest, UnusedByproductSilentWithoutAMatchingNeed) {
  // Fly ash cannot meet a need for process heat or cooling water.
  ParkBuilder b;
  b.enterprise("power").enterprise("farm");
  b.exchange("power", "farm", "steam", Layer::energy, Kind::utility);
  b.declare("power", Direction::output, "fly ash", Layer::material, 100000.0)
      .declare("farm", Direction::need, "process heat", Layer::energy, 100.0)
      .declare("farm", Direction::need, "cooling water", Layer::water, 100.0);
  EXPECT_TRUE(run_pipeline(b.build())->of("unused-byproduct").empty());
}

TEST(RulesTest, UnusedByproductTakesPotentialExchanges) {
  // A potential exchange of tail gas, with no declaration, is an opportunity of its own.
  ParkBuilder b;
  b.enterprise("carbide").enterprise("methanol");
  b.exchange("carbide", "methanol", "电石炉尾气", Layer::energy, Kind::byproduct, 500.0,
             Status::potential);
  const auto found = run_pipeline(b.build())->of("unused-byproduct");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].subjects, (std::vector<std::string>{"carbide", "methanol", "x1"}));
  EXPECT_EQ(found[0].potential_exchanges.at(0).match, "potential-exchange");
  EXPECT_DOUBLE_EQ(*found[0].potential_exchanges.at(0).quantity, 500.0);
}

TEST(RulesTest, EnergyCascadeFiresOnSurplusSteamAndAHeatUser) {
  // coke declares 10000 GJ/a of surplus steam; tar needs 5000 GJ/a of process heat and has no
  // energy tie with coke: min(10000, 5000) = 5000 GJ/a.
  ParkBuilder b;
  b.enterprise("coke").enterprise("tar");
  b.exchange("coke", "tar", "coal tar", Layer::material, Kind::byproduct);
  b.declare("coke", Direction::output, "蒸汽", Layer::energy, 10000.0)
      .declare("tar", Direction::need, "工艺用热", Layer::energy, 5000.0);
  const auto run = run_pipeline(b.build());
  const auto found = run->of("energy-cascade");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].subjects, (std::vector<std::string>{"coke", "tar"}));
  EXPECT_DOUBLE_EQ(*found[0].potential_exchanges.at(0).quantity, 5000.0);
  EXPECT_EQ(found[0].potential_exchanges.at(0).unit, "GJ/a");
  // Steam is energy-cascade's, never reported again as an unused by-product.
  EXPECT_TRUE(run->of("unused-byproduct").empty());
}

TEST(RulesTest, EnergyCascadeSilentWhenAnEnergyTieExists) {
  // The same, but coke already sends steam to tar: the heat is cascaded.
  ParkBuilder b;
  b.enterprise("coke").enterprise("tar");
  b.exchange("coke", "tar", "steam", Layer::energy, Kind::byproduct);
  b.declare("coke", Direction::output, "蒸汽", Layer::energy, 10000.0)
      .declare("tar", Direction::need, "工艺用热", Layer::energy, 5000.0);
  EXPECT_TRUE(run_pipeline(b.build())->of("energy-cascade").empty());
}

TEST(RulesTest, WaterReuseFiresOnReclaimedWaterAndFreshWaterUsers) {
  // wwtp declares 1000 m3/a of reclaimed water. plant needs 500 m3/a of cooling water (which
  // reclaimed water substitutes); user takes 800 m3/a of fresh water from works (works passes
  // fresh water on, so it distributes rather than uses it).
  ParkBuilder b;
  b.enterprise("wwtp").enterprise("plant").enterprise("works").enterprise("user").enterprise(
      "river", "", true);
  b.exchange("river", "works", "river water", Layer::water, Kind::utility, 2000.0)
      .exchange("works", "user", "新鲜水", Layer::water, Kind::utility, 800.0)
      .exchange("user", "wwtp", "waste water", Layer::water, Kind::waste, 700.0);
  b.declare("wwtp", Direction::output, "中水", Layer::water, 1000.0)
      .declare("plant", Direction::need, "冷却水", Layer::water, 500.0);
  const auto found = run_pipeline(b.build())->of("water-reuse");
  ASSERT_EQ(found.size(), 1u);
  const Finding& f = found[0];
  EXPECT_EQ(f.subjects, (std::vector<std::string>{"wwtp", "user", "plant"}));
  EXPECT_EQ(f.potential_exchanges.at(0).receiver, "user");
  EXPECT_EQ(f.potential_exchanges.at(0).match, "fresh-water-user");
  EXPECT_DOUBLE_EQ(*f.potential_exchanges.at(0).quantity, 800.0);
  EXPECT_EQ(f.potential_exchanges.at(1).receiver, "plant");
  EXPECT_DOUBLE_EQ(*f.potential_exchanges.at(1).quantity, 500.0);
}

TEST(RulesTest, WaterReuseSilentWithoutReusableWater) {
  // Sludge is no reusable water; fresh-water users alone are no finding.
  ParkBuilder b;
  b.enterprise("wwtp").enterprise("works").enterprise("user");
  b.exchange("works", "user", "新鲜水", Layer::water, Kind::utility, 800.0)
      .exchange("user", "wwtp", "waste water", Layer::water, Kind::waste, 700.0);
  b.declare("wwtp", Direction::output, "污泥", Layer::material, 10.0)
      .declare("user", Direction::need, "冷却水", Layer::water, 500.0);
  EXPECT_TRUE(run_pipeline(b.build())->of("water-reuse").empty());
}

TEST(RulesTest, WeakSymbiosisFiresOnLowDensityAndIsolates) {
  // 6 enterprises, 1 tie: density 1/30 = 0.033 < 0.05; c, d, e, f are isolates.
  ParkBuilder b;
  for (const char* id : {"a", "b", "c", "d", "e", "f"})
    b.enterprise(id);
  b.exchange("a", "b", "coal", Layer::material, Kind::product);
  const auto found = run_pipeline(b.build())->of("weak-symbiosis");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].priority, Priority::medium);
  EXPECT_EQ(found[0].subjects, (std::vector<std::string>{"c", "d", "e", "f"}));
}

TEST(RulesTest, WeakSymbiosisSilentOnARing) {
  // Density 5/20 = 0.25 >= 0.05 and nobody is isolated.
  EXPECT_TRUE(run_pipeline(ring())->of("weak-symbiosis").empty());
}

TEST(RulesTest, NoCyclingFiresOnAChain) {
  // a -> b -> c has no cycle: spectral radius 0 <= 1.
  ParkBuilder b;
  b.enterprise("a").enterprise("b").enterprise("c");
  b.exchange("a", "b", "coal", Layer::material, Kind::product)
      .exchange("b", "c", "coal", Layer::material, Kind::product);
  const auto found = run_pipeline(b.build())->of("no-cycling");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].priority, Priority::medium);
  EXPECT_DOUBLE_EQ(std::get<double>(evidence(found[0], "all.cyclicity")->value), 0.0);
}

TEST(RulesTest, NoCyclingSilentOnNestedCycles) {
  // a <-> b and a <-> c: the adjacency of a two-leaf star both ways, spectral radius sqrt(2) >
  // 1.
  ParkBuilder b;
  b.enterprise("a").enterprise("b").enterprise("c");
  b.exchange("a", "b", "steam", Layer::energy, Kind::utility)
      .exchange("b", "a", "condensate", Layer::water, Kind::byproduct)
      .exchange("a", "c", "steam", Layer::energy, Kind::utility)
      .exchange("c", "a", "condensate", Layer::water, Kind::byproduct);
  EXPECT_TRUE(run_pipeline(b.build())->of("no-cycling").empty());
}

// p1 -> w, p2 -> w, w -> r: w lies on the paths p1 -> r and p2 -> r (betweenness 2, rank 1).
Park through(const std::string& role) {
  ParkBuilder b;
  b.enterprise("p1").enterprise("p2").enterprise("w", role).enterprise("r");
  b.exchange("p1", "w", "waste water", Layer::water, Kind::waste)
      .exchange("p2", "w", "waste water", Layer::water, Kind::waste)
      .exchange("w", "r", "reclaimed water", Layer::water, Kind::byproduct);
  return b.build();
}

TEST(RulesTest, SharedInfrastructureHubFiresOnATreatmentPlantOnTop) {
  const auto found = run_pipeline(through("waste_treatment"))->of("shared-infrastructure-hub");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].subjects, std::vector<std::string>{"w"});
  EXPECT_EQ(found[0].priority, Priority::high);
  EXPECT_DOUBLE_EQ(std::get<double>(evidence(found[0], "all.betweenness")->value), 2.0);
}

TEST(RulesTest, SharedInfrastructureHubSilentForAProducer) {
  // The same position held by a producer is not shared infrastructure.
  EXPECT_TRUE(run_pipeline(through("producer"))->of("shared-infrastructure-hub").empty());
}

TEST(RulesTest, BrokerFiresOnAStarCentre) {
  // a's four partners are unconnected: constraint 4 x (1/4)^2 = 0.25 <= 0.3, effective size 4
  // >= 3.
  const auto found = run_pipeline(out_star())->of("broker");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].subjects, std::vector<std::string>{"a"});
  EXPECT_DOUBLE_EQ(std::get<double>(evidence(found[0], "all.constraint")->value), 0.25);
}

TEST(RulesTest, BrokerSilentOnARing) {
  // Two partners each: constraint 2 x (1/2)^2 = 0.5 > 0.3 and effective size 2 < 3.
  EXPECT_TRUE(run_pipeline(ring())->of("broker").empty());
}

TEST(RulesTest, StrandedWasteFiresOnASoleOfftaker) {
  // s sends all its waste to o: when o fails, 100 % > 50 % of s's waste is stranded.
  ParkBuilder b;
  b.enterprise("s").enterprise("o");
  b.exchange("s", "o", "sludge", Layer::material, Kind::waste);
  const auto found = run_pipeline(b.build())->of("stranded-waste");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].subjects, (std::vector<std::string>{"o", "s"}));
  EXPECT_EQ(found[0].priority, Priority::medium);  // 1 stranded supplier < 2
}

TEST(RulesTest, StrandedWasteSilentWithTwoOfftakers) {
  // s splits its waste between o1 and o2: one failure strands 1/2, not > 0.5.
  ParkBuilder b;
  b.enterprise("s").enterprise("o1").enterprise("o2");
  b.exchange("s", "o1", "sludge", Layer::material, Kind::waste)
      .exchange("s", "o2", "sludge", Layer::material, Kind::waste);
  EXPECT_TRUE(run_pipeline(b.build())->of("stranded-waste").empty());
}

// b, c -> a -> d, e: a has the highest degree (4) and betweenness (4).
Park bow_tie(bool external) {
  ParkBuilder b;
  for (const char* id : {"a", "b", "c", "d", "e"})
    b.enterprise(id, "", external);
  b.exchange("b", "a", "coal", Layer::material, Kind::product)
      .exchange("c", "a", "coal", Layer::material, Kind::product)
      .exchange("a", "d", "steam", Layer::energy, Kind::utility)
      .exchange("a", "e", "steam", Layer::energy, Kind::utility);
  return b.build();
}

TEST(RulesTest, KeyEnterpriseFiresOnTheTopThree) {
  // Without analyze's key_score the fallback ranks a first: percentile 1 in degree and
  // betweenness.
  const auto run = run_pipeline(bow_tie(false));
  const auto found = run->of("key-enterprise");
  ASSERT_EQ(found.size(), 3u);
  const auto keys = key_enterprises(run->findings);
  ASSERT_EQ(keys.size(), 3u);
  EXPECT_EQ(keys.front(), "a");
  for (const Finding& f : found)
    EXPECT_EQ(f.priority, Priority::high);
}

TEST(RulesTest, KeyEnterpriseSilentWhenEveryoneIsExternal) {
  // External actors are not audited (include_external = false).
  EXPECT_TRUE(run_pipeline(bow_tie(true))->of("key-enterprise").empty());
}

TEST(RulesTest, KeyEnterpriseCopiesKeyScoreWhenAnalyzeHasIt) {
  auto run = run_pipeline(bow_tie(false));
  for (net::LayerAnalysis& analysis : run->analysis) {
    std::erase_if(analysis.enterprise_columns,
                  [](const net::Column& c) { return c.name == "key_score"; });
    if (analysis.layer == net::ViewLayer::all) {
      analysis.enterprise_columns.push_back(
          {"key_score", net::ColumnType::real, "test", {0.1, 0.9, 0.2, 0.3, 0.8}});
    }
  }
  Thresholds t = default_thresholds();
  t.key_top_n = 1;  // b by its score; e too, since 0.8 >= 0.75
  const auto findings = run_audit(run->input(), t);
  EXPECT_EQ(key_enterprises(findings), (std::vector<std::string>{"b", "e"}));
  for (const Finding& f : findings) {
    if (f.rule == "key-enterprise") {
      EXPECT_EQ(f.evidence.at(0).name, "all.key_score");
    }
  }
}

TEST(RulesTest, FallbackKeyScoreIsTheMeanPercentile) {
  const auto run = run_pipeline(bow_tie(false));
  const net::LayerAnalysis* all = nullptr;
  for (const auto& a : run->analysis) {
    if (a.layer == net::ViewLayer::all) all = &a;
  }
  ASSERT_NE(all, nullptr);
  const std::vector<std::optional<double>> score = fallback_key_score(*all);
  ASSERT_EQ(score.size(), 5u);
  // Degree 4 vs 1 1 1 1: a's percentile 4/4 = 1, the others (0 + 3/2)/4 = 0.375.
  // Betweenness 4 vs 0 0 0 0: the same. PageRank of a, within [0, 1], is the third term.
  for (std::size_t k = 1; k < 5; ++k) {
    EXPECT_GT(*score[0], *score[k]);
  }
  EXPECT_GE(*score[0], 2.0 / 3.0);
  // b and c are in symmetric positions, so are d and e.
  EXPECT_DOUBLE_EQ(*score[1], *score[2]);
  EXPECT_DOUBLE_EQ(*score[3], *score[4]);
}

TEST(RulesTest, DisabledRulesAreNotEvaluated) {
  Thresholds t = default_thresholds();
  t.disabled_rules = {"anchor-dependence", "broker"};
  const auto run = run_pipeline(out_star(), {.thresholds = t});
  EXPECT_TRUE(run->of("anchor-dependence").empty());
  EXPECT_TRUE(run->of("broker").empty());
}

TEST(RulesTest, FindingsComeInPriorityRuleSubjectOrder) {
  const auto run = run_pipeline(barbell());
  ASSERT_FALSE(run->findings.empty());
  for (std::size_t k = 1; k < run->findings.size(); ++k) {
    const Finding& a = run->findings[k - 1];
    const Finding& b = run->findings[k];
    const auto key = [](const Finding& f) {
      return std::make_tuple(static_cast<int>(f.priority), f.rule,
                             f.subjects.empty() ? std::string() : f.subjects.front());
    };
    EXPECT_LE(key(a), key(b));
  }
  // Same input, same findings.
  EXPECT_EQ(run_pipeline(barbell())->findings, run->findings);
}

TEST(RulesTest, KalundborgNamesAsnaesAsKeyEnterpriseAndAnchor) {
  const auto run = fixture::run_example("kalundborg");
  const auto keys = key_enterprises(run->findings);
  EXPECT_NE(std::find(keys.begin(), keys.end(), "asnaes"), keys.end());
  const auto anchor = run->of("anchor-dependence");
  ASSERT_EQ(anchor.size(), 1u);
  EXPECT_TRUE(has_subject(anchor[0], "asnaes"));
}

TEST(RulesTest, CoalChemicalParkFindingsCiteExistingIds) {
  const auto run = fixture::run_example("coal_chemical_park");
  std::set<std::string> ids;
  for (const Enterprise& e : run->park.enterprises)
    ids.insert(e.id);
  for (const Exchange& e : run->park.exchanges)
    ids.insert(e.id);
  std::set<std::string> rules_seen;
  for (const Finding& f : run->findings) {
    rules_seen.insert(f.rule);
    for (const std::string& s : f.subjects)
      EXPECT_TRUE(ids.count(s)) << f.rule << ": " << s;
    for (const PotentialExchange& p : f.potential_exchanges) {
      EXPECT_TRUE(ids.count(p.supplier));
      EXPECT_TRUE(ids.count(p.receiver));
    }
  }
  // The opportunities the example's README lists.
  for (const char* rule : {"unused-byproduct", "energy-cascade", "water-reuse", "key-enterprise",
                           "anchor-dependence"}) {
    EXPECT_TRUE(rules_seen.count(rule)) << rule;
  }
  EXPECT_EQ(key_enterprises(run->findings).front(), "e03");
}

TEST(IndicatorLookup, AMisspelledIndicatorFailsLoudly) {
  // A rule reading "degre" would find no column and stay silent for ever; it throws instead.
  const auto run = fixture::run_example("kalundborg");
  const net::LayerAnalysis& all = run->analysis.front();
  EXPECT_THROW(indicator_column(all, "degre"), std::logic_error);
  EXPECT_THROW(indicator_field(all, "densty"), std::logic_error);
  ASSERT_NE(indicator_column(all, "degree"), nullptr);
  EXPECT_EQ(indicator_column(all, "degree")->values.size(), 20U);  // Kalundborg's 20 enterprises
  ASSERT_NE(indicator_field(all, "density"), nullptr);
  // A known indicator that the analysis lacks (analyze --only) is absent, not an error.
  net::LayerAnalysis partial;
  EXPECT_EQ(indicator_column(partial, "degree"), nullptr);
  EXPECT_EQ(indicator_field(partial, "density"), nullptr);
}

}  // namespace
}  // namespace symbio::audit
