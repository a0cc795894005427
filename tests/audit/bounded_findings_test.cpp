// The findings stay bounded however large the park: one finding per rule (single-source-input
// one per layer), at most kMaxListed subjects per finding (the most severe; the rest counted in
// Finding::subjects_not_listed), at most kMaxRelated related enterprises and resources per
// subject, and evidence and potential exchanges bounded with them. Each park below is built so
// that the rule flags more than it may list; the expected counts are worked out by hand in the
// comments.

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "audit/rules.hpp"
#include "tests/audit/audit_fixture.hpp"

namespace symbio::audit {
namespace {

using fixture::ParkBuilder;

std::string id(const char* stem, int i) {
  return stem + std::to_string(i);
}

// c0 -> c1 -> ... -> c<n-1>, one material product exchange per step, no quantities ("part" is
// not in the catalogue, so every exchange is a supply dependency).
void add_chain(ParkBuilder& b, int n, const std::string& role = "") {
  for (int i = 0; i < n; ++i)
    b.enterprise(id("c", i), role);
  for (int i = 0; i + 1 < n; ++i)
    b.exchange(id("c", i), id("c", i + 1), "part", Layer::material, Kind::product);
}

ParkBuilder chain(int n, const std::string& role = "") {
  ParkBuilder b;
  add_chain(b, n, role);
  return b;
}

struct Audited {
  std::unique_ptr<fixture::AuditRun> run;
  AuditFindings result;

  // The rule's one finding (fails the test when there is not exactly one).
  const Finding& one(const std::string& rule) const {
    static const Finding none;
    const Finding* found = nullptr;
    int count = 0;
    for (const Finding& f : result.findings) {
      if (f.rule == rule) {
        found = &f;
        ++count;
      }
    }
    EXPECT_EQ(count, 1) << rule;
    return found != nullptr ? *found : none;
  }
};

bool has(const Finding& f, const std::string& subject) {
  return std::any_of(f.subjects.begin(), f.subjects.end(),
                     [&](const Subject& s) { return s.id == subject; });
}

Audited audit_of(Park park, const Thresholds& thresholds = default_thresholds()) {
  Audited a;
  fixture::RunOptions options;
  options.thresholds = thresholds;
  a.run = fixture::run_pipeline(std::move(park), options);
  a.result = audit_findings(a.run->input(), thresholds);
  EXPECT_EQ(a.result.findings, a.run->findings);  // run_audit lists the same findings
  return a;
}

// The bounds every finding keeps.
void expect_bounded(const Audited& a) {
  EXPECT_LE(a.result.findings.size(), 16u);
  for (const Finding& f : a.result.findings) {
    EXPECT_LE(f.subjects.size(), kMaxListed) << f.rule;
    EXPECT_LE(f.potential_exchanges.size(), kMaxListed) << f.rule;
    EXPECT_LE(f.evidence.size(), kMaxListed) << f.rule;
    for (const Subject& s : f.subjects) {
      EXPECT_LE(s.related.size(), kMaxRelated) << f.rule;
      EXPECT_LE(s.resources.size(), kMaxRelated) << f.rule;
      EXPECT_LE(s.evidence.size(), 2 * kMaxRelated + 10) << f.rule;
    }
  }
}

TEST(BoundedFindings, AnchorDependenceListsAtMostFiftyAnchors) {
  // 60 disjoint pairs: all 120 enterprises share the top degree 1, so all are anchors.
  ParkBuilder b;
  for (int k = 0; k < 60; ++k) {
    b.enterprise(id("s", k)).enterprise(id("t", k));
    b.exchange(id("s", k), id("t", k), "part", Layer::material, Kind::product);
  }
  Thresholds t = default_thresholds();
  t.anchor_centralization_min = 0.0;
  t.anchor_density_min = 0.0;
  const Audited a = audit_of(b.build(), t);
  expect_bounded(a);
  const Finding& f = a.one("anchor-dependence");
  EXPECT_EQ(f.subjects.size(), kMaxListed);
  EXPECT_EQ(f.subjects_not_listed, 120 - 50);
}

TEST(BoundedFindings, SinglePointOfFailureKeepsTheMostSevere) {
  // Chain of 200: c1..c198 are articulations, removing c_i leaves max(i, 199 - i) in the
  // largest component (a drop of (200 - max(i, 199 - i)) / 200, 0.5 for c99 and c100); the 197
  // bridges c_i - c_{i+1} with >= 2 on each side cut off min(i + 1, 199 - i), 100 / 200 for
  // c99 - c100. 198 + 197 = 395 subjects, the 50 largest cuts listed, the mildest (c1: 0.005)
  // not. Equal cuts: enterprises in index order, then bridges.
  const Audited a = audit_of(chain(200).build());
  expect_bounded(a);
  const Finding& f = a.one("single-point-of-failure");
  ASSERT_EQ(f.subjects.size(), kMaxListed);
  EXPECT_EQ(f.subjects_not_listed, 395 - 50);
  EXPECT_EQ(f.subjects[0].id, "c99");
  EXPECT_EQ(f.subjects[1].id, "c100");
  EXPECT_EQ(f.subjects[2].id, "c99|c100");
  EXPECT_FALSE(has(f, "c1"));
}

TEST(BoundedFindings, SinglePointOfFailureWithSupplyDominators) {
  // The same chain with its supply dominators: c_i dominates the 199 - i after it, share
  // (199 - i) / 200, larger than any cut for i < 99 (c0: 0.995); c0 is listed first with 10 of
  // the 199 it dominates; the 50 listed are c0..c49 (0.995 .. 0.75). c199 dominates nobody and
  // c198 one (< 2): 199 enterprises + 197 bridges = 396 subjects.
  const Audited a = audit_of(chain(200).build());
  const std::vector<net::LayerDominators> dominators = net::supply_dominators(*a.run->graph);
  AuditInput input = a.run->input();
  input.dominators = &dominators;
  Finding f;
  for (const Finding& g : run_audit(input, default_thresholds())) {
    if (g.rule == "single-point-of-failure") f = g;
  }
  ASSERT_EQ(f.subjects.size(), kMaxListed);
  EXPECT_EQ(f.subjects_not_listed, 396 - 50);
  EXPECT_EQ(f.subjects.front().id, "c0");
  EXPECT_EQ(f.subjects.back().id, "c49");
  EXPECT_EQ(f.subjects.front().related.size(), kMaxRelated);
  EXPECT_EQ(f.subjects.front().related_not_listed, 199 - 10);
}

TEST(BoundedFindings, SinglePointOfFailureBridgeOfManyExchanges) {
  // p2 -> p, then 60 parallel exchanges p -> q, then q -> q2: the tie p-q is a bridge with two
  // enterprises on each side; its subject cites the first 10 of its 60 exchanges.
  ParkBuilder b;
  b.enterprise("p2").enterprise("p").enterprise("q").enterprise("q2");
  b.exchange("p2", "p", "part", Layer::material, Kind::product);
  for (int k = 0; k < 60; ++k)
    b.exchange("p", "q", "part", Layer::material, Kind::product);
  b.exchange("q", "q2", "part", Layer::material, Kind::product);
  const Audited a = audit_of(b.build());
  expect_bounded(a);
  const Finding& f = a.one("single-point-of-failure");
  const auto bridge = std::find_if(f.subjects.begin(), f.subjects.end(),
                                   [](const Subject& s) { return s.id == "p|q"; });
  ASSERT_NE(bridge, f.subjects.end());
  EXPECT_EQ(bridge->resources, std::vector<std::string>{"part"});
  std::size_t cited = 0;
  for (const Evidence& e : bridge->evidence)
    cited += e.name == "all.bridge" ? 1 : 0;
  EXPECT_EQ(cited, kMaxRelated);
}

TEST(BoundedFindings, CascadeCriticalListsTheLargestCascades) {
  // Chain of 200: trigger c_i takes down the 199 - i enterprises after it, impact (199 - i) /
  // 199 >= 0.2 for i <= 159: 160 triggers. The 50 of largest impact are c0..c49; c0's cascade
  // fails 199 others, 10 of them listed (c1 first: round 1).
  const Audited a = audit_of(chain(200).build());
  expect_bounded(a);
  const Finding& f = a.one("cascade-critical");
  ASSERT_EQ(f.subjects.size(), kMaxListed);
  EXPECT_EQ(f.subjects_not_listed, 160 - 50);
  EXPECT_EQ(f.subjects.front().id, "c0");
  EXPECT_EQ(f.subjects.back().id, "c49");
  EXPECT_EQ(f.subjects.front().related.front(), "c1");
  EXPECT_EQ(f.subjects.front().related_not_listed, 199 - 10);
}

TEST(BoundedFindings, SingleSourceInput) {
  // b takes 60 parallel exchanges from a, and in a chain of 200, c1..c199 each take their only
  // input from one supplier: 200 subjects of share 1 (no quantities: equal), listed in
  // enterprise order: b, then c1..c49. b's subject cites 10 of its 60 exchanges.
  ParkBuilder b;
  b.enterprise("a").enterprise("b");
  for (int k = 0; k < 60; ++k)
    b.exchange("a", "b", "part", Layer::material, Kind::product);
  add_chain(b, 200);
  const Audited a = audit_of(b.build());
  expect_bounded(a);
  const Finding& f = a.one("single-source-input");
  ASSERT_EQ(f.subjects.size(), kMaxListed);
  EXPECT_EQ(f.subjects_not_listed, 200 - 50);
  EXPECT_EQ(f.subjects.front().id, "b");
  EXPECT_EQ(f.subjects.back().id, "c49");
}

// 60 suppliers each declare 100 of an output that one enterprise needs 1000 of.
Park offers_park(const std::string& resource, Layer layer) {
  ParkBuilder b;
  b.enterprise("n");
  b.declare("n", Direction::need, resource, layer, 1000.0);
  for (int k = 0; k < 60; ++k) {
    b.enterprise(id("s", k));
    b.declare(id("s", k), Direction::output, resource, layer, 100.0);
    b.exchange(id("s", k), "n", "part", Layer::material, Kind::product);
  }
  return b.build();
}

void expect_bounded_opportunity(const std::string& rule, const std::string& resource, Layer layer) {
  // In declaration order the first 10 suppliers fill the need (10 x 100 = 1000); the other 50
  // outputs stay unused. 60 subjects: s0..s9 (moved 100 each) first, then the others (ranked by
  // their declared 100: equal, declaration order); 50 listed. The benefit is 1000 moved.
  const Audited a = audit_of(offers_park(resource, layer));
  expect_bounded(a);
  const Finding& f = a.one(rule);
  ASSERT_EQ(f.subjects.size(), kMaxListed);
  EXPECT_EQ(f.subjects_not_listed, 10);
  EXPECT_EQ(f.subjects[9].id, "s9");
  EXPECT_EQ(f.potential_exchanges.size(), 10u);
  ASSERT_FALSE(f.benefits.empty());
  EXPECT_DOUBLE_EQ(f.benefits.front().quantity, 1000.0);
}

TEST(BoundedFindings, UnusedByproduct) {
  expect_bounded_opportunity("unused-byproduct", "slag of a kind the catalogue lacks",
                             Layer::material);
}

TEST(BoundedFindings, EnergyCascade) {
  expect_bounded_opportunity("energy-cascade", "heat", Layer::energy);
}

TEST(BoundedFindings, WaterReuse) {
  expect_bounded_opportunity("water-reuse", "cooling_water", Layer::water);
}

TEST(BoundedFindings, WeakSymbiosisListsFiftyIsolates) {
  // One exchange and 100 isolates: density 1/(102*101) < 0.05, 100 isolates.
  ParkBuilder b;
  b.enterprise("a").enterprise("b").exchange("a", "b", "part", Layer::material, Kind::product);
  for (int k = 0; k < 100; ++k)
    b.enterprise(id("i", k));
  const Audited a = audit_of(b.build());
  expect_bounded(a);
  const Finding& f = a.one("weak-symbiosis");
  EXPECT_EQ(f.subjects.size(), kMaxListed);
  EXPECT_EQ(f.subjects_not_listed, 50);
}

TEST(BoundedFindings, NoCyclingIsAboutThePark) {
  // A chain has no cycle: one finding about the park as a whole.
  const Audited a = audit_of(chain(200).build());
  EXPECT_TRUE(a.one("no-cycling").subjects.empty());
}

TEST(BoundedFindings, SharedInfrastructureHubRankedByBetweenness) {
  // Chain of 200 utilities: c_i lies on i * (199 - i) shortest paths, positive for c1..c198.
  // With every rank allowed, 198 hubs; the 50 listed are those of highest betweenness, around
  // the middle (c99 and c100: 9900 each, rank 1); c1 (198) is not.
  Thresholds t = default_thresholds();
  t.hub_betweenness_rank_max = 1000;
  const Audited a = audit_of(chain(200, "utility").build(), t);
  expect_bounded(a);
  const Finding& f = a.one("shared-infrastructure-hub");
  ASSERT_EQ(f.subjects.size(), kMaxListed);
  EXPECT_EQ(f.subjects_not_listed, 198 - 50);
  EXPECT_TRUE(has(f, "c99"));
  EXPECT_TRUE(has(f, "c100"));
  EXPECT_FALSE(has(f, "c1"));
}

TEST(BoundedFindings, Broker) {
  // In a chain c_i brokers c_{i-1} -> c_i -> c_{i+1} (no tie between the ends): brokerage 1
  // for c1..c198, 0 for the two ends. With any constraint and effective size allowed: 198
  // brokers, 50 listed.
  Thresholds t = default_thresholds();
  t.broker_constraint_max = 1.0;
  t.broker_effective_size_min = 0.0;
  const Audited a = audit_of(chain(200).build(), t);
  expect_bounded(a);
  const Finding& f = a.one("broker");
  EXPECT_EQ(f.subjects.size(), kMaxListed);
  EXPECT_EQ(f.subjects_not_listed, 198 - 50);
}

TEST(BoundedFindings, StrandedWaste) {
  // 60 pairs w_k -> o_k of waste: each o_k strands its one supplier. And offtaker o takes the
  // waste of 60 suppliers u_k with no other outlet: o strands 60, the most severe, listed first
  // with 10 of its 60 suppliers. 61 subjects, 50 listed.
  ParkBuilder b;
  b.enterprise("o");
  for (int k = 0; k < 60; ++k) {
    b.enterprise(id("w", k)).enterprise(id("o", k)).enterprise(id("u", k));
    b.exchange(id("w", k), id("o", k), "sludge", Layer::material, Kind::waste);
    b.exchange(id("u", k), "o", "sludge", Layer::material, Kind::waste);
  }
  const Audited a = audit_of(b.build());
  expect_bounded(a);
  const Finding& f = a.one("stranded-waste");
  ASSERT_EQ(f.subjects.size(), kMaxListed);
  EXPECT_EQ(f.subjects_not_listed, 61 - 50);
  EXPECT_EQ(f.subjects.front().id, "o");
  EXPECT_EQ(f.subjects.front().related.size(), kMaxRelated);
  EXPECT_EQ(f.subjects.front().related_not_listed, 60 - 10);
}

TEST(BoundedFindings, KeyEnterpriseListsTheTopFifty) {
  Thresholds t = default_thresholds();
  t.key_top_n = 1000;
  const Audited a = audit_of(chain(200).build(), t);
  expect_bounded(a);
  const Finding& f = a.one("key-enterprise");
  ASSERT_EQ(f.subjects.size(), kMaxListed);
  EXPECT_EQ(f.subjects_not_listed, 200 - 50);
  // The listed ones are ranks 1..50, in order.
  for (std::size_t k = 0; k < f.subjects.size(); ++k) {
    for (const Evidence& e : f.subjects[k].evidence) {
      if (e.name == "audit.key_rank") {
        EXPECT_EQ(std::get<std::int64_t>(e.value), static_cast<std::int64_t>(k + 1));
      }
    }
  }
}

}  // namespace
}  // namespace symbio::audit
