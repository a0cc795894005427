#include "audit/rules.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "tests/audit/audit_fixture.hpp"

namespace symbio::audit {
namespace {

// One test per rule: the rule gives ONE finding (single-source-input: one per layer) whose
// subjects are ranked by severity, each with its own evidence. Expected values are computed by
// hand in the comments.

using fixture::ParkBuilder;
using fixture::run_pipeline;

bool has_subject(const Finding& f, const std::string& id) {
  return std::any_of(f.subjects.begin(), f.subjects.end(),
                     [&](const Subject& s) { return s.id == id; });
}

const Evidence* evidence(const Finding& f, const std::string& name) {
  for (const Evidence& e : f.evidence) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

const Evidence* subject_evidence(const Subject& s, const std::string& name) {
  for (const Evidence& e : s.evidence) {
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

TEST(RulesTest, TableHasTheFourteenRulesOfMethods) {
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
                                                  "below-standard",
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
    EXPECT_EQ(find_rule(rule.id), &rule);
  }
  EXPECT_EQ(find_rule("no-such-rule"), nullptr);
  // Enterprise-level audits are the audit focus's option alone, not a cleaner-production option
  // of another rule.
  for (const Rule& rule : rules()) {
    if (rule.id == "key-enterprise") continue;
    EXPECT_EQ(std::string(rule.recommendation_zh).find("企业层面"), std::string::npos) << rule.id;
  }
}

TEST(RulesTest, AnchorDependenceFiresOnAStar) {
  // Centralization 1 >= 0.4 and density 0.2 >= 0.05; priority high since 1 >= 0.5. One finding,
  // its one subject a (degree 4), which supplies steam.
  const auto run = run_pipeline(out_star());
  const auto found = run->of("anchor-dependence");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].priority, Priority::high);
  EXPECT_EQ(subject_ids(found[0]), std::vector<std::string>{"a"});
  EXPECT_EQ(found[0].subjects[0].resources, std::vector<std::string>{"steam"});
  const Evidence* c = evidence(found[0], "all.degree_centralization");
  ASSERT_NE(c, nullptr);
  EXPECT_DOUBLE_EQ(std::get<double>(c->value), 1.0);
  const Evidence* degree = subject_evidence(found[0].subjects[0], "all.degree");
  ASSERT_NE(degree, nullptr);
  EXPECT_EQ(degree->subject, "a");
  EXPECT_EQ(std::get<std::int64_t>(degree->value), 4);
  EXPECT_NE(found[0].recommendation_zh.find("steam"), std::string::npos);
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

TEST(RulesTest, SinglePointOfFailureIsOneFindingRankedByTheShareCutOff) {
  // Barbell: c and d are articulation points; without c the largest component is d, e, f: S =
  // 3/6, a drop of 1 - 0.5 = 0.5 >= 0.2 (priority high); the same for d. The tie c -> d cuts off
  // 3 >= 2 enterprises, 3/6 = 0.5 of the park. No supply dominator: both triangles are source
  // components, and fly ash (substitutable) carries no dependency. Equal shares keep the rule's
  // order: enterprises by index, then the bridge.
  const auto run = run_pipeline(barbell());
  const auto found = run->of("single-point-of-failure");
  ASSERT_EQ(found.size(), 1u);
  const Finding& f = found[0];
  EXPECT_EQ(f.priority, Priority::high);
  EXPECT_EQ(subject_ids(f), (std::vector<std::string>{"c", "d", "c|d"}));
  EXPECT_DOUBLE_EQ(
      std::get<double>(
          subject_evidence(f.subjects[0], "robustness.largest_component_share_without")->value),
      0.5);
  const Subject& bridge = f.subjects[2];
  EXPECT_EQ(bridge.kind, SubjectKind::tie);
  EXPECT_EQ(bridge.partner, "d");
  EXPECT_EQ(bridge.resources, std::vector<std::string>{"fly ash"});
  EXPECT_EQ(std::get<std::int64_t>(subject_evidence(bridge, "audit.enterprises_cut_off")->value),
            3);
}

TEST(RulesTest, SinglePointOfFailureSilentOnARing) {
  // Removing any one enterprise of a ring leaves a path: no articulation, no bridge.
  EXPECT_TRUE(run_pipeline(ring())->of("single-point-of-failure").empty());
}

TEST(RulesTest, SinglePointOfFailureIgnoresLeafBridges) {
  // a -> b -> c: b is an articulation point (drop 1 - 1/3), but both bridges cut off one
  // enterprise (< 2).
  ParkBuilder b;
  b.enterprise("a").enterprise("b").enterprise("c");
  b.exchange("a", "b", "coal", Layer::material, Kind::product)
      .exchange("b", "c", "coal", Layer::material, Kind::product);
  const auto found = run_pipeline(b.build())->of("single-point-of-failure");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(subject_ids(found[0]), std::vector<std::string>{"b"});
}

TEST(RulesTest, SinglePointOfFailureRanksSupplyDominatorsWithTheRest) {
  // Chain a -> b -> c -> d of synthesis gas. a dominates b, c, d: 3/4 = 0.75 of the park. b is
  // an articulation (without it the largest component is {c, d}: drop 1 - 2/4 = 0.5) and
  // dominates c, d (2/4 = 0.5); c is an articulation (drop 0.5) and dominates d only (1 < 2,
  // not flagged as a dominator). The bridge b - c cuts off 2 (>= 2): 0.5; a - b and c - d cut
  // off 1. Ranked: a (0.75), then b, c, b|c (0.5 each, the rule's order).
  ParkBuilder b;
  b.enterprise("a").enterprise("b").enterprise("c").enterprise("d");
  b.exchange("a", "b", "syngas", Layer::material, Kind::product)
      .exchange("b", "c", "syngas", Layer::material, Kind::product)
      .exchange("c", "d", "syngas", Layer::material, Kind::product);
  auto run = run_pipeline(b.build(), {.sweep = false});
  const std::vector<net::LayerDominators> dominators = net::supply_dominators(*run->graph);
  AuditInput input = run->input();
  input.dominators = &dominators;
  const auto spof = [&](const Thresholds& t) {
    for (const Finding& f : run_audit(input, t)) {
      if (f.rule == "single-point-of-failure") return f;
    }
    return Finding{};
  };
  Thresholds t = default_thresholds();
  const Finding f = spof(t);
  EXPECT_EQ(subject_ids(f), (std::vector<std::string>{"a", "b", "c", "b|c"}));
  EXPECT_EQ(std::get<std::int64_t>(subject_evidence(f.subjects[0], "dominators.dominated")->value),
            3);
  EXPECT_EQ(f.subjects[0].related, (std::vector<std::string>{"b", "c", "d"}));
  EXPECT_EQ(f.subjects[1].related, (std::vector<std::string>{"c", "d"}));
  t.spof_dominated_min = 0;  // dominators off: a goes
  EXPECT_EQ(subject_ids(spof(t)), (std::vector<std::string>{"b", "c", "b|c"}));
}

TEST(RulesTest, CascadeCriticalIsOneFindingRankedByImpact) {
  // a -> b -> c, each the only supplier of synthesis gas (not substitutable): a's failure takes
  // b and c, impact (3 - 1) / (3 - 1) = 1 >= 0.4 (high); b's takes c, impact 1/2; c's nobody.
  ParkBuilder b;
  b.enterprise("a").enterprise("b").enterprise("c");
  b.exchange("a", "b", "syngas", Layer::material, Kind::product)
      .exchange("b", "c", "syngas", Layer::material, Kind::product);
  const auto run = run_pipeline(b.build());
  const auto found = run->of("cascade-critical");
  ASSERT_EQ(found.size(), 1u);
  const Finding& f = found[0];
  EXPECT_EQ(f.priority, Priority::high);
  EXPECT_EQ(subject_ids(f), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(f.subjects[0].related, (std::vector<std::string>{"b", "c"}));
  EXPECT_EQ(f.subjects[1].related, (std::vector<std::string>{"c"}));
  EXPECT_DOUBLE_EQ(
      std::get<double>(subject_evidence(f.subjects[0], "cascade.cascade_impact")->value), 1.0);
  EXPECT_DOUBLE_EQ(
      std::get<double>(subject_evidence(f.subjects[1], "cascade.cascade_impact")->value), 0.5);
  EXPECT_EQ(f.subjects[0].resources, std::vector<std::string>{"syngas"});
}

TEST(RulesTest, CascadeCriticalSilentWithTwoSuppliersEach) {
  // Every pair of a, b, c exchanges both ways: when one fails, each other enterprise loses half
  // of its supply, and 0.5 is not > tau = 0.5, so nothing spreads (impact 0 < 0.2). beta_c 0.3
  // < 0.5 adds no park evidence.
  ParkBuilder b;
  b.enterprise("a").enterprise("b").enterprise("c");
  for (const char* s : {"a", "b", "c"}) {
    for (const char* r : {"a", "b", "c"}) {
      if (std::string(s) != r) b.exchange(s, r, "syngas", Layer::material, Kind::product);
    }
  }
  EXPECT_TRUE(run_pipeline(b.build(), {.beta_c = 0.3})->of("cascade-critical").empty());
}

TEST(RulesTest, CascadeCriticalCarriesAHighBetaCAsParkEvidence) {
  // The ring spreads every failure all the way round (impact 4/4 = 1 for each of the five), and
  // beta_c 0.6 >= 0.5 is the park's evidence of the same one finding.
  const auto found = run_pipeline(ring(), {.beta_c = 0.6})->of("cascade-critical");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].subjects.size(), 5u);
  EXPECT_EQ(found[0].evidence.at(0).name, "load.beta_c");
  EXPECT_DOUBLE_EQ(std::get<double>(found[0].evidence.at(0).value), 0.6);
}

TEST(RulesTest, CascadeCriticalSilentForCoalBoughtOnTheMarket) {
  // The chain above with coal: the catalogue marks coal substitutable, so no exchange is a
  // dependency and no failure spreads.
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
  // The one cascade-critical finding, about the park alone (no trigger reaches 1.1).
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
  EXPECT_EQ(subject_ids(*it), std::vector<std::string>{"a"});
  EXPECT_EQ(it->subjects[0].evidence.at(0).name, "all.cascade_impact");
}

TEST(RulesTest, SingleSourceInputIsOneFindingPerLayerRankedByShare) {
  // r1 takes 100 t/a of synthesis gas from s alone: share 1. r2 takes 90 from s and 10 from s2:
  // 0.9 > 0.8. r3 takes 70 and 30: 0.7, silent. Ranked: r1 (1), r2 (0.9). r1 also takes steam
  // from s alone: a second finding, of the energy layer.
  ParkBuilder b;
  b.enterprise("s").enterprise("s2").enterprise("r1").enterprise("r2").enterprise("r3");
  b.exchange("s", "r2", "syngas", Layer::material, Kind::product, 90.0)
      .exchange("s2", "r2", "syngas", Layer::material, Kind::product, 10.0)
      .exchange("s", "r1", "syngas", Layer::material, Kind::product, 100.0)
      .exchange("s", "r3", "syngas", Layer::material, Kind::product, 70.0)
      .exchange("s2", "r3", "syngas", Layer::material, Kind::product, 30.0)
      .exchange("s", "r1", "steam", Layer::energy, Kind::utility, 500.0);
  const auto found = run_pipeline(b.build())->of("single-source-input");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].layer, Layer::material);
  EXPECT_EQ(subject_ids(found[0]), (std::vector<std::string>{"r1", "r2"}));
  const Subject& r2 = found[0].subjects[1];
  EXPECT_EQ(r2.partner, "s");
  EXPECT_EQ(r2.resources, std::vector<std::string>{"syngas"});
  EXPECT_DOUBLE_EQ(*r2.quantity, 90.0);  // canonical t/a: no flows given
  EXPECT_EQ(r2.unit, "t/a");
  EXPECT_DOUBLE_EQ(std::get<double>(subject_evidence(r2, "audit.supplier_share.material")->value),
                   0.9);
  EXPECT_EQ(std::get<std::string>(subject_evidence(r2, "audit.share_basis")->value), "quantity");
  EXPECT_EQ(found[1].layer, Layer::energy);
  EXPECT_EQ(subject_ids(found[1]), std::vector<std::string>{"r1"});
  // The option fits the resource: a standby boiler for steam, a buffer for a gas.
  EXPECT_NE(found[1].recommendation_zh.find("备用锅炉"), std::string::npos);
  EXPECT_NE(found[0].recommendation_zh.find("缓冲储罐"), std::string::npos);
}

TEST(RulesTest, SingleSourceInputLeavesOutletsAndMarketGoods) {
  // Sludge and wastewater to their treatment are the sender's outlet dependencies (waste), and
  // sludge sent as a by-product is still no supply to secure; coal is bought on the market
  // (substitutable). None is a single-source input.
  ParkBuilder b;
  b.enterprise("wwtp").enterprise("power").enterprise("plant").enterprise("mine");
  b.exchange("wwtp", "power", "污泥", Layer::material, Kind::waste, 2.0)
      .exchange("plant", "wwtp", "废水", Layer::water, Kind::waste, 100.0)
      .exchange("wwtp", "plant", "污泥", Layer::material, Kind::byproduct, 1.0)
      .exchange("mine", "power", "coal", Layer::material, Kind::product, 90.0);
  EXPECT_TRUE(run_pipeline(b.build())->of("single-source-input").empty());
}

TEST(RulesTest, SingleSourceInputCountsWhenAQuantityIsMissing) {
  // 90 t/a and an exchange without quantity: shares by count, 1/2 each, <= 0.8 (as the
  // supply-shortage cascade measures dependence).
  ParkBuilder b;
  b.enterprise("s1").enterprise("s2").enterprise("r");
  b.exchange("s1", "r", "syngas", Layer::material, Kind::product, 90.0)
      .exchange("s2", "r", "syngas", Layer::material, Kind::product);
  EXPECT_TRUE(run_pipeline(b.build())->of("single-source-input").empty());
}

// power declares 100000 t/a of fly ash. cement needs 80000 t/a of cement raw material
// (co2_factor 0.5 t/t), bricks need 50000 t/a of building materials: fly ash substitutes both.
// farm needs process heat, which fly ash cannot meet.
Park fly_ash_park() {
  ParkBuilder b;
  b.enterprise("power").enterprise("cement").enterprise("bricks").enterprise("farm");
  b.exchange("power", "cement", "steam", Layer::energy, Kind::utility);
  b.declare("power", Direction::output, "粉煤灰", Layer::material, 100000.0)
      .declare("cement", Direction::need, "水泥原料", Layer::material, 80000.0,
               {{"co2_factor", "0.5"}})
      .declare("bricks", Direction::need, "building materials", Layer::material, 50000.0)
      .declare("farm", Direction::need, "process heat", Layer::energy, 100.0);
  return b.build();
}

TEST(RulesTest, UnusedByproductAllocatesGreedilyWithoutTheAllocation) {
  // Without the min-cost allocation the rule allocates in declaration order: cement takes
  // min(100000, 80000) = 80000 t/a (avoiding 0.5 x 80000 = 40000 t CO2/a >= 10000: high),
  // bricks the remaining 20000 of their 50000. Moved: 100000 t/a, all of it.
  const auto found = run_pipeline(fly_ash_park())->of("unused-byproduct");
  ASSERT_EQ(found.size(), 1u);
  const Finding& f = found[0];
  EXPECT_EQ(f.priority, Priority::high);
  ASSERT_EQ(f.subjects.size(), 1u);
  const Subject& s = f.subjects[0];
  EXPECT_EQ(s.kind, SubjectKind::output);
  EXPECT_EQ(s.id, "power");
  EXPECT_EQ(s.resources, std::vector<std::string>{"粉煤灰"});
  EXPECT_DOUBLE_EQ(*s.quantity, 100000.0);
  EXPECT_EQ(s.related, (std::vector<std::string>{"cement", "bricks"}));
  ASSERT_EQ(f.potential_exchanges.size(), 2u);
  const PotentialExchange& best = f.potential_exchanges[0];
  EXPECT_EQ(best.receiver, "cement");
  EXPECT_EQ(best.resource_key, "fly_ash");
  EXPECT_EQ(best.need_key, "cement_raw_material");
  EXPECT_EQ(best.match, "substitute");
  EXPECT_DOUBLE_EQ(*best.quantity, 80000.0);
  EXPECT_DOUBLE_EQ(*best.avoided_co2, 40000.0);
  EXPECT_EQ(f.potential_exchanges[1].receiver, "bricks");
  EXPECT_DOUBLE_EQ(*f.potential_exchanges[1].quantity, 20000.0);
  // Benefits: 100000 t/a of fly ash put to use, 40000 t CO2/a avoided (the largest factor).
  ASSERT_EQ(f.benefits.size(), 2u);
  EXPECT_EQ(f.benefits[0].basis, BenefitBasis::diverted);
  EXPECT_EQ(f.benefits[0].resource, "粉煤灰");
  EXPECT_DOUBLE_EQ(f.benefits[0].quantity, 100000.0);
  EXPECT_EQ(f.benefits[0].unit, "t/a");
  EXPECT_EQ(f.benefits[1].basis, BenefitBasis::co2_avoided);
  EXPECT_DOUBLE_EQ(f.benefits[1].quantity, 40000.0);
  EXPECT_EQ(f.cost, CostClass::medium_high);
  EXPECT_EQ(f.aspect, Aspect::waste);
}

TEST(RulesTest, UnusedByproductProposesTheAllocationWhenGiven) {
  // A hand-built allocation (what the min-cost flow would state): 60000 t/a to cement, 40000
  // to bricks. The rule proposes exactly these quantities: CO2 0.5 x 60000 = 30000 t/a.
  auto run = run_pipeline(fly_ash_park(), {.sweep = false});
  PotentialExchange to_cement{.supplier = "power",
                              .receiver = "cement",
                              .resource = "粉煤灰",
                              .resource_key = "fly_ash",
                              .need = "水泥原料",
                              .need_key = "cement_raw_material",
                              .match = "substitute",
                              .quantity = 60000.0,
                              .unit = "t/a"};
  PotentialExchange to_bricks = to_cement;
  to_bricks.receiver = "bricks";
  to_bricks.need = "building materials";
  to_bricks.need_key = "building_materials";
  to_bricks.quantity = 40000.0;
  const std::vector<PotentialExchange> allocation = {to_cement, to_bricks};
  AuditInput input = run->input();
  input.allocation = &allocation;
  const auto findings = run_audit(input, default_thresholds());
  const auto it = std::find_if(findings.begin(), findings.end(),
                               [](const Finding& f) { return f.rule == "unused-byproduct"; });
  ASSERT_NE(it, findings.end());
  ASSERT_EQ(it->potential_exchanges.size(), 2u);
  EXPECT_EQ(it->potential_exchanges[0].receiver, "cement");
  EXPECT_DOUBLE_EQ(*it->potential_exchanges[0].quantity, 60000.0);
  EXPECT_DOUBLE_EQ(*it->potential_exchanges[0].avoided_co2, 30000.0);
  EXPECT_DOUBLE_EQ(*it->potential_exchanges[1].quantity, 40000.0);
  EXPECT_DOUBLE_EQ(
      std::get<double>(subject_evidence(it->subjects[0], "audit.movable.material")->value),
      100000.0);
}

TEST(RulesTest, UnusedByproductWithoutATakerSaysWhatToDoWithIt) {
  // Fly ash cannot meet a need for process heat or cooling water: the declared output is still
  // unused (the subject), with no proposed exchange and the use its class allows (建材).
  ParkBuilder b;
  b.enterprise("power").enterprise("farm");
  b.exchange("power", "farm", "steam", Layer::energy, Kind::utility);
  b.declare("power", Direction::output, "fly ash", Layer::material, 100000.0)
      .declare("farm", Direction::need, "process heat", Layer::energy, 100.0)
      .declare("farm", Direction::need, "cooling water", Layer::water, 100.0);
  const auto found = run_pipeline(b.build())->of("unused-byproduct");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(subject_ids(found[0]), std::vector<std::string>{"power"});
  EXPECT_TRUE(found[0].potential_exchanges.empty());
  EXPECT_TRUE(found[0].benefits.empty());
  EXPECT_NE(found[0].recommendation_zh.find("建材"), std::string::npos);
}

TEST(RulesTest, UnusedByproductTakesPotentialExchanges) {
  // A potential exchange of tail gas (500 GJ/a), with no declaration, is an opportunity of its
  // own: 500 GJ/a recovered, 500 / 29.3076 = 17.0604 tce/a.
  ParkBuilder b;
  b.enterprise("carbide").enterprise("methanol");
  b.exchange("carbide", "methanol", "电石炉尾气", Layer::energy, Kind::byproduct, 500.0,
             Status::potential);
  const auto found = run_pipeline(b.build())->of("unused-byproduct");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(subject_ids(found[0]), std::vector<std::string>{"carbide"});
  EXPECT_EQ(found[0].subjects[0].related, std::vector<std::string>{"methanol"});
  const PotentialExchange& p = found[0].potential_exchanges.at(0);
  EXPECT_EQ(p.match, "potential-exchange");
  EXPECT_EQ(p.exchange_id, "x1");
  EXPECT_DOUBLE_EQ(*p.quantity, 500.0);
  ASSERT_EQ(p.benefits.size(), 2u);
  EXPECT_EQ(p.benefits[1].basis, BenefitBasis::coal_equivalent);
  EXPECT_NEAR(p.benefits[1].quantity, 17.0604, 1e-4);
  EXPECT_EQ(p.benefits[1].unit, "tce/a");
}

TEST(RulesTest, EnergyCascadeFiresOnSurplusSteamAndAHeatUser) {
  // coke declares 10000 GJ/a of surplus steam; tar needs 5000 GJ/a of process heat and has no
  // energy tie with coke: min(10000, 5000) = 5000 GJ/a recovered, 5000 / 29.3076 = 170.604
  // tce/a.
  ParkBuilder b;
  b.enterprise("coke").enterprise("tar");
  b.exchange("coke", "tar", "coal tar", Layer::material, Kind::byproduct);
  b.declare("coke", Direction::output, "蒸汽", Layer::energy, 10000.0)
      .declare("tar", Direction::need, "工艺用热", Layer::energy, 5000.0);
  const auto run = run_pipeline(b.build());
  const auto found = run->of("energy-cascade");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(subject_ids(found[0]), std::vector<std::string>{"coke"});
  EXPECT_DOUBLE_EQ(*found[0].potential_exchanges.at(0).quantity, 5000.0);
  EXPECT_EQ(found[0].potential_exchanges.at(0).unit, "GJ/a");
  ASSERT_EQ(found[0].benefits.size(), 2u);
  EXPECT_DOUBLE_EQ(found[0].benefits[0].quantity, 5000.0);
  EXPECT_NEAR(found[0].benefits[1].quantity, 170.604, 1e-3);
  // Steam is energy-cascade's, never reported again as an unused by-product.
  EXPECT_TRUE(run->of("unused-byproduct").empty());
}

TEST(RulesTest, EnergyCascadeProposesNothingWhenAnEnergyTieExists) {
  // The same, but coke already sends steam to tar: the surplus stays a subject, with no
  // proposed exchange.
  ParkBuilder b;
  b.enterprise("coke").enterprise("tar");
  b.exchange("coke", "tar", "steam", Layer::energy, Kind::byproduct);
  b.declare("coke", Direction::output, "蒸汽", Layer::energy, 10000.0)
      .declare("tar", Direction::need, "工艺用热", Layer::energy, 5000.0);
  const auto found = run_pipeline(b.build())->of("energy-cascade");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0].potential_exchanges.empty());
}

TEST(RulesTest, WaterReuseFiresOnReclaimedWaterAndFreshWaterUsers) {
  // wwtp declares 1000 m3/a of reclaimed water. plant needs 500 m3/a of cooling water (which
  // reclaimed water substitutes); user takes 800 m3/a of fresh water from works (works passes
  // fresh water on, so it distributes rather than uses it). The declared need first: plant
  // 500; then user gets what is left, min(800, 1000 - 500) = 500. Equal quantities rank by
  // receiver id: plant, user. 1000 m3/a of fresh water replaced, never more than declared.
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
  EXPECT_EQ(subject_ids(f), std::vector<std::string>{"wwtp"});
  EXPECT_EQ(f.subjects[0].related, (std::vector<std::string>{"plant", "user"}));
  EXPECT_EQ(f.potential_exchanges.at(0).receiver, "plant");
  EXPECT_EQ(f.potential_exchanges.at(0).match, "substitute");
  EXPECT_DOUBLE_EQ(*f.potential_exchanges.at(0).quantity, 500.0);
  EXPECT_EQ(f.potential_exchanges.at(1).receiver, "user");
  EXPECT_EQ(f.potential_exchanges.at(1).match, "fresh-water-user");
  EXPECT_DOUBLE_EQ(*f.potential_exchanges.at(1).quantity, 500.0);
  ASSERT_EQ(f.benefits.size(), 1u);
  EXPECT_EQ(f.benefits[0].basis, BenefitBasis::fresh_water_replaced);
  EXPECT_DOUBLE_EQ(f.benefits[0].quantity, 1000.0);
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
  EXPECT_EQ(subject_ids(found[0]), (std::vector<std::string>{"c", "d", "e", "f"}));
  EXPECT_EQ(found[0].recommendation_zh.find("该企业"), std::string::npos);
}

TEST(RulesTest, WeakSymbiosisSilentOnARing) {
  // Density 5/20 = 0.25 >= 0.05 and nobody is isolated.
  EXPECT_TRUE(run_pipeline(ring())->of("weak-symbiosis").empty());
}

TEST(RulesTest, NoCyclingSaysThereIsNoClosedLoop) {
  // a -> b -> c has no cycle: spectral radius 0.
  ParkBuilder b;
  b.enterprise("a").enterprise("b").enterprise("c");
  b.exchange("a", "b", "coal", Layer::material, Kind::product)
      .exchange("b", "c", "coal", Layer::material, Kind::product);
  const auto found = run_pipeline(b.build())->of("no-cycling");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].priority, Priority::medium);
  EXPECT_DOUBLE_EQ(std::get<double>(evidence(found[0], "all.cyclicity")->value), 0.0);
  EXPECT_NE(found[0].recommendation_zh.find("没有任何闭合回路"), std::string::npos);
}

TEST(RulesTest, NoCyclingSaysTheLoopsAreIsolated) {
  // a <-> b and c -> d: one simple cycle, spectral radius 1 (not "no loop": isolated loops).
  ParkBuilder b;
  b.enterprise("a").enterprise("b").enterprise("c").enterprise("d");
  b.exchange("a", "b", "steam", Layer::energy, Kind::utility)
      .exchange("b", "a", "condensate", Layer::water, Kind::byproduct)
      .exchange("c", "d", "coal", Layer::material, Kind::product);
  const auto found = run_pipeline(b.build())->of("no-cycling");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].priority, Priority::low);
  EXPECT_DOUBLE_EQ(std::get<double>(evidence(found[0], "all.cyclicity")->value), 1.0);
  EXPECT_NE(found[0].recommendation_zh.find("孤立"), std::string::npos);
  EXPECT_EQ(found[0].recommendation_zh.find("没有任何闭合回路"), std::string::npos);
}

// a <-> b and a <-> c: the adjacency of a two-leaf star both ways, spectral radius sqrt(2) > 1.
Park nested_cycles() {
  ParkBuilder b;
  b.enterprise("a").enterprise("b").enterprise("c");
  b.exchange("a", "b", "steam", Layer::energy, Kind::utility)
      .exchange("b", "a", "condensate", Layer::water, Kind::byproduct)
      .exchange("a", "c", "steam", Layer::energy, Kind::utility)
      .exchange("c", "a", "condensate", Layer::water, Kind::byproduct);
  return b.build();
}

TEST(RulesTest, NoCyclingSilentOnNestedCycles) {
  EXPECT_TRUE(run_pipeline(nested_cycles())->of("no-cycling").empty());
}

TEST(RulesTest, NoCyclingFiresOnALowFinnCyclingIndex) {
  // Nested cycles, but the energy layer's flows cycle little: a hand-made ENA with FCI 0.01 <
  // 0.05 (and 0.2 for water, above): low priority, the energy layer's FCI as evidence.
  auto run = run_pipeline(nested_cycles(), {.sweep = false});
  net::FlowsResult flows;
  net::LayerFlows energy;
  energy.layer = Layer::energy;
  energy.ena = net::EnaResult{};
  energy.ena->fci = 0.01;
  net::LayerFlows water = energy;
  water.layer = Layer::water;
  water.ena->fci = 0.2;
  flows.layers = {energy, water};
  AuditInput input = run->input();
  input.flows = &flows;
  const auto findings = run_audit(input, default_thresholds());
  const auto it = std::find_if(findings.begin(), findings.end(),
                               [](const Finding& f) { return f.rule == "no-cycling"; });
  ASSERT_NE(it, findings.end());
  EXPECT_EQ(it->priority, Priority::low);
  ASSERT_NE(evidence(*it, "energy.ena_fci"), nullptr);
  EXPECT_DOUBLE_EQ(std::get<double>(evidence(*it, "energy.ena_fci")->value), 0.01);
  EXPECT_EQ(evidence(*it, "water.ena_fci"), nullptr);
  EXPECT_NE(it->recommendation_zh.find("能量 1%"), std::string::npos);
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
  EXPECT_EQ(subject_ids(found[0]), std::vector<std::string>{"w"});
  EXPECT_EQ(found[0].priority, Priority::high);
  EXPECT_DOUBLE_EQ(
      std::get<double>(subject_evidence(found[0].subjects[0], "all.betweenness")->value), 2.0);
}

TEST(RulesTest, SharedInfrastructureHubSilentForAProducer) {
  // The same position held by a producer is not shared infrastructure.
  EXPECT_TRUE(run_pipeline(through("producer"))->of("shared-infrastructure-hub").empty());
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

TEST(RulesTest, BrokerNeedsBrokerage) {
  // Bow tie b, c -> a -> d, e: a's four partners are unconnected: constraint 4 x (1/4)^2 = 0.25
  // <= 0.3, effective size 4 >= 3, and a brokers the four open paths b -> a -> d, b -> a -> e,
  // c -> a -> d, c -> a -> e (each counted in one Gould-Fernandez role: 4 in all).
  const auto found = run_pipeline(bow_tie(false))->of("broker");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(subject_ids(found[0]), std::vector<std::string>{"a"});
  const Subject& a = found[0].subjects[0];
  EXPECT_DOUBLE_EQ(std::get<double>(subject_evidence(a, "all.constraint")->value), 0.25);
  double brokerage = 0.0;
  for (const Evidence& e : a.evidence) {
    if (e.name.starts_with("all.brokerage_")) {
      brokerage += static_cast<double>(std::get<std::int64_t>(e.value));
    }
  }
  EXPECT_DOUBLE_EQ(brokerage, 4.0);
}

TEST(RulesTest, BrokerSilentWithoutBrokerage) {
  // The out-star's centre has the same constraint and effective size, but nobody sends it
  // anything: it brokers no path (brokerage 0 in every role), so it is no broker.
  EXPECT_TRUE(run_pipeline(out_star())->of("broker").empty());
  // A ring: constraint 0.5 > 0.3 and effective size 2 < 3.
  EXPECT_TRUE(run_pipeline(ring())->of("broker").empty());
}

TEST(RulesTest, StrandedWasteRanksOfftakersByTheSuppliersTheyStrand) {
  // s1, s2 send all their sludge to o; s3 sends its wastewater to w. When o fails 2 suppliers
  // are stranded (high, >= 2); when w fails 1. Ranked o, w; the contingency routes fit the
  // waste: incineration or co-processing for sludge, an emergency basin for wastewater, never a
  // second supplier.
  ParkBuilder b;
  b.enterprise("s1").enterprise("s2").enterprise("s3").enterprise("o").enterprise("w");
  b.exchange("s1", "o", "污泥", Layer::material, Kind::waste, 10.0)
      .exchange("s2", "o", "污泥", Layer::material, Kind::waste, 20.0)
      .exchange("s3", "w", "废水", Layer::water, Kind::waste, 100.0);
  const auto found = run_pipeline(b.build())->of("stranded-waste");
  ASSERT_EQ(found.size(), 1u);
  const Finding& f = found[0];
  EXPECT_EQ(f.priority, Priority::high);
  EXPECT_EQ(subject_ids(f), (std::vector<std::string>{"o", "w"}));
  EXPECT_EQ(f.subjects[0].related, (std::vector<std::string>{"s1", "s2"}));
  EXPECT_EQ(f.subjects[0].resources, std::vector<std::string>{"污泥"});
  EXPECT_DOUBLE_EQ(*f.subjects[0].quantity, 30.0);  // 10 + 20 t/a
  EXPECT_NE(f.recommendation_zh.find("协同处置"), std::string::npos);
  EXPECT_NE(f.recommendation_zh.find("事故应急池"), std::string::npos);
  EXPECT_EQ(f.recommendation_zh.find("第二来源"), std::string::npos);
  EXPECT_EQ(f.recommendation_zh.find("该企业"), std::string::npos);
}

TEST(RulesTest, StrandedWasteSilentWithTwoOfftakers) {
  // s splits its waste between o1 and o2: one failure strands 1/2, not > 0.5.
  ParkBuilder b;
  b.enterprise("s").enterprise("o1").enterprise("o2");
  b.exchange("s", "o1", "sludge", Layer::material, Kind::waste)
      .exchange("s", "o2", "sludge", Layer::material, Kind::waste);
  EXPECT_TRUE(run_pipeline(b.build())->of("stranded-waste").empty());
}

TEST(RulesTest, BelowStandardListsTheIndicatorsThatMissTheirThreshold) {
  // A hand-made clause table: the solid-waste utilisation rate 0.6 against at least 0.8 misses
  // by (0.8 - 0.6) / 0.8 = 0.25; the water reuse rate 0.88 against 0.9 by 0.02 / 0.9 = 0.0222;
  // the energy intensity meets its threshold; the CO2 intensity has none. Ranked by the gap:
  // solid waste, then water; priority high (0.25 >= 0.1). The options that move the solid-waste
  // rate: the fly ash allocated to cement and bricks (100000 t/a).
  auto run = run_pipeline(fly_ash_park(), {.sweep = false});
  const auto row = [](std::string indicator, double value, std::optional<double> threshold,
                      std::string direction, std::optional<bool> meets) {
    StandardIndicator s;
    s.indicator = std::move(indicator);
    s.chinese = "指标";
    s.value = value;
    s.unit = "fraction";
    s.standard = "HJ 274-2015";
    s.clause = "表1";
    s.direction = std::move(direction);
    s.threshold = threshold;
    s.meets = meets;
    return s;
  };
  const std::optional<std::vector<StandardIndicator>> standards =
      std::vector<StandardIndicator>{row("energy_intensity", 0.4, 0.5, "max", true),
                                     row("water_reuse_rate", 0.88, 0.9, "min", false),
                                     row("solid_waste_utilisation_rate", 0.6, 0.8, "min", false),
                                     row("co2_intensity", 2.0, std::nullopt, "", std::nullopt)};
  AuditInput input = run->input();
  input.standards = &standards;
  const auto findings = run_audit(input, default_thresholds());
  const auto it = std::find_if(findings.begin(), findings.end(),
                               [](const Finding& f) { return f.rule == "below-standard"; });
  ASSERT_NE(it, findings.end());
  EXPECT_EQ(it->priority, Priority::high);
  EXPECT_EQ(subject_ids(*it),
            (std::vector<std::string>{"solid_waste_utilisation_rate", "water_reuse_rate"}));
  const Subject& s = it->subjects[0];
  EXPECT_EQ(s.kind, SubjectKind::indicator);
  EXPECT_DOUBLE_EQ(*s.quantity, 0.6);
  EXPECT_DOUBLE_EQ(std::get<double>(subject_evidence(s, "standards.threshold")->value), 0.8);
  EXPECT_EQ(std::get<std::string>(subject_evidence(s, "standards.clause")->value),
            "HJ 274-2015 表1");
  ASSERT_EQ(it->potential_exchanges.size(), 2u);
  EXPECT_EQ(it->potential_exchanges[0].receiver, "cement");
  ASSERT_FALSE(it->benefits.empty());
  EXPECT_DOUBLE_EQ(it->benefits[0].quantity, 100000.0);
}

TEST(RulesTest, BelowStandardOfTheCoalParkWithAHandMadeClauseTable) {
  // The coal-chemical example's data.csv gives a solid-waste utilisation rate of 0.7982 and a
  // water reuse rate of 0.9376 (standards.csv of the park). Against a hand-made table asking at
  // least 0.9 and 0.95, both miss: gaps (0.9 - 0.7982) / 0.9 = 0.113 and (0.95 - 0.9376) /
  // 0.95 = 0.013, so solid waste ranks first and the priority is high (0.113 >= 0.1). The
  // energy intensity 3.68 tce/万元 meets "at most 5". The options: the declared unused outputs
  // (粉煤灰, 气化渣...) and the reclaimed water (中水) of e21.
  auto run = fixture::run_example("coal_chemical_park", {.sweep = false});
  const std::vector<StandardClause> clauses = parse_standard_clauses(
      "indicator,standard,clause,direction,threshold,source\n"
      "solid_waste_utilisation_rate,test standard,clause 1,min,0.9,hand-made\n"
      "water_reuse_rate,test standard,clause 2,min,0.95,hand-made\n"
      "energy_intensity,test standard,clause 3,max,5,hand-made\n",
      "clauses.csv");
  const std::optional<std::vector<StandardIndicator>> standards =
      compute_standards(run->park, clauses);
  AuditInput input = run->input();
  input.standards = &standards;
  const auto findings = run_audit(input, default_thresholds());
  const auto it = std::find_if(findings.begin(), findings.end(),
                               [](const Finding& f) { return f.rule == "below-standard"; });
  ASSERT_NE(it, findings.end());
  EXPECT_EQ(it->priority, Priority::high);
  EXPECT_EQ(subject_ids(*it),
            (std::vector<std::string>{"solid_waste_utilisation_rate", "water_reuse_rate"}));
  EXPECT_NEAR(*it->subjects[0].quantity, 0.7982, 1e-4);
  EXPECT_EQ(std::get<std::string>(subject_evidence(it->subjects[0], "standards.clause")->value),
            "test standard clause 1");
  const auto proposes = [&](const std::string& resource) {
    return std::any_of(it->potential_exchanges.begin(), it->potential_exchanges.end(),
                       [&](const PotentialExchange& p) { return p.resource == resource; });
  };
  EXPECT_TRUE(proposes("粉煤灰"));
  EXPECT_TRUE(proposes("中水"));
  EXPECT_NE(it->recommendation_zh.find("未达到园区标准"), std::string::npos);
}

TEST(RulesTest, BelowStandardSilentWhenEveryThresholdIsMetOrUnknown) {
  auto run = run_pipeline(fly_ash_park(), {.sweep = false});
  StandardIndicator met;
  met.indicator = "water_reuse_rate";
  met.value = 0.95;
  met.threshold = 0.9;
  met.meets = true;
  StandardIndicator unknown;
  unknown.indicator = "energy_intensity";
  unknown.value = 3.0;
  const std::optional<std::vector<StandardIndicator>> standards =
      std::vector<StandardIndicator>{met, unknown};
  AuditInput input = run->input();
  input.standards = &standards;
  for (const Finding& f : run_audit(input, default_thresholds()))
    EXPECT_NE(f.rule, "below-standard");
}

TEST(RulesTest, KeyEnterpriseIsOneFindingOfTheTopThree) {
  // Without analyze's key_score the fallback ranks a first: percentile 1 in degree and
  // betweenness.
  const auto run = run_pipeline(bow_tie(false));
  const auto found = run->of("key-enterprise");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].priority, Priority::high);
  EXPECT_EQ(found[0].subjects.size(), 3u);
  const auto keys = key_enterprises(run->findings);
  ASSERT_EQ(keys.size(), 3u);
  EXPECT_EQ(keys.front(), "a");
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
      EXPECT_EQ(f.subjects.at(0).evidence.at(0).name, "all.key_score");
    }
  }
}

TEST(RulesTest, KeyEnterpriseLeadsWithRankOneOfTheAuditFocus) {
  // A hand-made audit focus ranks c, a, b, d: the finding lists its first top_n = 3 ranks in
  // that order, whatever key_score says.
  auto run = run_pipeline(bow_tie(false));
  AuditFocus focus;
  const char* order[] = {"c", "a", "b", "d"};
  for (std::size_t k = 0; k < 4; ++k) {
    FocusRow row;
    row.rank = k + 1;
    row.id = order[k];
    row.score = 10.0 - static_cast<double>(k);
    focus.rows.push_back(row);
  }
  AuditInput input = run->input();
  input.focus = &focus;
  const auto findings = run_audit(input, default_thresholds());
  EXPECT_EQ(key_enterprises(findings), (std::vector<std::string>{"c", "a", "b"}));
  for (const Finding& f : findings) {
    if (f.rule != "key-enterprise") continue;
    EXPECT_EQ(std::get<std::int64_t>(subject_evidence(f.subjects[0], "focus.rank")->value), 1);
    EXPECT_NE(f.recommendation_zh.find("首先对c"), std::string::npos);
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

TEST(RulesTest, FindingsComeInPriorityRuleLayerOrder) {
  const auto run = run_pipeline(barbell());
  ASSERT_FALSE(run->findings.empty());
  for (std::size_t k = 1; k < run->findings.size(); ++k) {
    const Finding& a = run->findings[k - 1];
    const Finding& b = run->findings[k];
    const auto key = [](const Finding& f) {
      return std::make_tuple(static_cast<int>(f.priority), f.rule, f.layer);
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

TEST(RulesTest, CoalChemicalParkHasOneFindingPerRuleInItsOwnTerms) {
  const auto run = fixture::run_example("coal_chemical_park");
  std::set<std::string> ids;
  for (const Enterprise& e : run->park.enterprises)
    ids.insert(e.id);
  std::set<std::string> exchange_ids;
  for (const Exchange& e : run->park.exchanges)
    exchange_ids.insert(e.id);
  EXPECT_LE(run->findings.size(), 20u);
  std::map<std::string, int> per_rule;
  for (const Finding& f : run->findings) {
    ++per_rule[f.rule];
    for (const Subject& s : f.subjects) {
      if (s.kind == SubjectKind::tie) {
        EXPECT_TRUE(ids.count(s.id.substr(0, s.id.find('|')))) << f.rule << ": " << s.id;
        EXPECT_TRUE(ids.count(s.partner)) << f.rule << ": " << s.id;
      } else {
        EXPECT_TRUE(ids.count(s.id)) << f.rule << ": " << s.id;
      }
      EXPECT_FALSE(s.name.empty());
      for (const std::string& r : s.related)
        EXPECT_TRUE(ids.count(r)) << f.rule << ": " << r;
      // Resources by name, never by exchange id.
      for (const std::string& r : s.resources)
        EXPECT_FALSE(exchange_ids.count(r)) << f.rule << ": " << r;
    }
    for (const PotentialExchange& p : f.potential_exchanges) {
      EXPECT_TRUE(ids.count(p.supplier));
      EXPECT_TRUE(ids.count(p.receiver));
    }
    // No recommendation for a list speaks of "this enterprise", none offers a second source for
    // sludge or wastewater.
    EXPECT_EQ(f.recommendation_zh.find("该企业"), std::string::npos) << f.rule;
  }
  for (const auto& [rule, count] : per_rule) {
    EXPECT_EQ(count, rule == "single-source-input" ? count : 1) << rule;
    EXPECT_LE(count, 3) << rule;
  }
  // The opportunities the example's README lists.
  for (const char* rule : {"unused-byproduct", "energy-cascade", "water-reuse", "key-enterprise",
                           "anchor-dependence"}) {
    EXPECT_TRUE(per_rule.count(rule)) << rule;
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
