// Every rule's findings stay bounded however large the park: at most kMaxFindingsPerRule
// findings about subjects per rule (the most severe; the rest counted in
// AuditFindings::unlisted), at most kMaxListed subjects per finding (the rest counted in
// Finding::subjects_not_listed), and evidence and potential exchanges bounded with them. Each
// park below is built so that the rule finds more than it may list; the expected counts are
// worked out by hand in the comments.

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

// c0 -> c1 -> ... -> c<n-1>, one material product exchange per step, no quantities.
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

  std::vector<const Finding*> of(const std::string& rule) const {
    std::vector<const Finding*> out;
    for (const Finding& f : result.findings) {
      if (f.rule == rule) out.push_back(&f);
    }
    return out;
  }
  std::int64_t unlisted(const std::string& rule) const {
    for (const UnlistedFindings& u : result.unlisted) {
      if (u.rule == rule) return u.total();
    }
    return 0;
  }
  const Finding* about(const std::string& rule, const std::string& subject) const {
    for (const Finding* f : of(rule)) {
      if (f->subjects.front() == subject) return f;
    }
    return nullptr;
  }
};

Audited audit_of(Park park, const Thresholds& thresholds = default_thresholds()) {
  Audited a;
  fixture::RunOptions options;
  options.thresholds = thresholds;
  a.run = fixture::run_pipeline(std::move(park), options);
  a.result = audit_findings(a.run->input(), thresholds);
  EXPECT_EQ(a.result.findings, a.run->findings);  // run_audit lists the same findings
  return a;
}

// The bounds every finding of every rule keeps.
void expect_bounded(const Audited& a) {
  for (const Rule& rule : rules()) {
    std::size_t about_subjects = 0;
    for (const Finding* f : a.of(std::string(rule.id))) {
      about_subjects += f->subjects.empty() ? 0 : 1;
      EXPECT_LE(f->subjects.size(), kMaxListed) << rule.id;
      EXPECT_LE(f->potential_exchanges.size(), kMaxListed) << rule.id;
      // Evidence: a few park values plus at most two per listed subject.
      EXPECT_LE(f->evidence.size(), 2 * kMaxListed + 8) << rule.id;
    }
    EXPECT_LE(about_subjects, kMaxFindingsPerRule) << rule.id;
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
  ASSERT_EQ(a.of("anchor-dependence").size(), 1U);
  const Finding& f = *a.of("anchor-dependence").front();
  EXPECT_EQ(f.subjects.size(), kMaxListed);
  EXPECT_EQ(f.subjects_not_listed, 120 - 50);
}

TEST(BoundedFindings, SinglePointOfFailureKeepsTheMostSevere) {
  // Chain of 200: c1..c198 are articulation enterprises and the 199 ties are bridges (197 with
  // at least 2 enterprises on each side). Removing c_i leaves max(i, 199 - i) of the 200 in the
  // largest component, so the worst cut is in the middle: c99 or c100 leave 100.
  const Audited a = audit_of(chain(200).build());
  expect_bounded(a);
  EXPECT_EQ(a.of("single-point-of-failure").size(), kMaxFindingsPerRule);
  EXPECT_EQ(a.unlisted("single-point-of-failure"), 198 + 197 - 50);
  EXPECT_NE(a.about("single-point-of-failure", "c100"), nullptr);
  EXPECT_EQ(a.about("single-point-of-failure", "c1"), nullptr);  // leaves 198: the mildest cut
}

TEST(BoundedFindings, SinglePointOfFailureBridgeOfManyExchanges) {
  // p2 -> p, then 60 parallel exchanges p -> q, then q -> q2: the tie p-q is a bridge with two
  // enterprises on each side; its finding names p, q and the 60 exchanges (62 subjects).
  ParkBuilder b;
  b.enterprise("p2").enterprise("p").enterprise("q").enterprise("q2");
  b.exchange("p2", "p", "part", Layer::material, Kind::product);
  for (int k = 0; k < 60; ++k)
    b.exchange("p", "q", "part", Layer::material, Kind::product);
  b.exchange("q", "q2", "part", Layer::material, Kind::product);
  const Audited a = audit_of(b.build());
  expect_bounded(a);
  const Finding* bridge = nullptr;
  for (const Finding* f : a.of("single-point-of-failure")) {
    if (f->subjects.size() > 1 && f->subjects[0] == "p" && f->subjects[1] == "q") bridge = f;
  }
  ASSERT_NE(bridge, nullptr);
  EXPECT_EQ(bridge->subjects.size(), kMaxListed);
  EXPECT_EQ(bridge->subjects_not_listed, 62 - 50);
}

TEST(BoundedFindings, CascadeCriticalListsTheLargestCascades) {
  // Chain of 200: trigger c_i takes down the 199 - i enterprises after it (each has c_{i-1} as
  // its only supplier), impact (199 - i) / 199 >= 0.2 for i <= 159: 160 flagged triggers. The
  // 50 of largest impact are c0..c49; c0's cascade fails 199 others, of which 49 are listed.
  const Audited a = audit_of(chain(200).build());
  expect_bounded(a);
  EXPECT_EQ(a.of("cascade-critical").size(), kMaxFindingsPerRule);
  EXPECT_EQ(a.unlisted("cascade-critical"), 160 - 50);
  const Finding* first = a.about("cascade-critical", "c0");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->subjects.size(), kMaxListed);
  EXPECT_EQ(first->subjects_not_listed, 199 - 49);
  EXPECT_EQ(first->subjects[1], "c1");  // round 1 first
  EXPECT_NE(a.about("cascade-critical", "c49"), nullptr);
  EXPECT_EQ(a.about("cascade-critical", "c50"), nullptr);
}

TEST(BoundedFindings, SingleSourceInput) {
  // b takes 60 parallel exchanges from a (subjects b, a and 60 exchange ids), and in a chain of
  // 200, c1..c199 each take their only input from one supplier: 200 findings, all of share 1,
  // so the first 50 in enterprise order are listed (b, then c1..c49).
  ParkBuilder b;
  b.enterprise("a").enterprise("b");
  for (int k = 0; k < 60; ++k)
    b.exchange("a", "b", "part", Layer::material, Kind::product);
  add_chain(b, 200);
  const Audited a = audit_of(b.build());
  expect_bounded(a);
  EXPECT_EQ(a.of("single-source-input").size(), kMaxFindingsPerRule);
  EXPECT_EQ(a.unlisted("single-source-input"), 200 - 50);
  const Finding* parallel = a.about("single-source-input", "b");
  ASSERT_NE(parallel, nullptr);
  EXPECT_EQ(parallel->subjects_not_listed, 62 - 50);
  EXPECT_NE(a.about("single-source-input", "c49"), nullptr);
  EXPECT_EQ(a.about("single-source-input", "c50"), nullptr);
}

// One supplier declares an output that 60 enterprises declare they need.
Park opportunity_park(const std::string& resource, Layer layer) {
  ParkBuilder b;
  b.enterprise("s");
  b.declare("s", Direction::output, resource, layer, 1000.0);
  for (int k = 0; k < 60; ++k) {
    b.enterprise(id("n", k));
    b.declare(id("n", k), Direction::need, resource, layer, 10.0 + k);
  }
  b.enterprise("x").exchange("s", "x", "part", Layer::material, Kind::product);
  return b.build();
}

void expect_bounded_opportunity(const std::string& rule, const std::string& resource, Layer layer) {
  Thresholds t = default_thresholds();
  t.unused_max_candidates = 0;  // no limit of its own: kMaxListed applies
  const Audited a = audit_of(opportunity_park(resource, layer), t);
  expect_bounded(a);
  ASSERT_EQ(a.of(rule).size(), 1U) << rule;
  const Finding& f = *a.of(rule).front();
  EXPECT_EQ(f.potential_exchanges.size(), kMaxListed);
  // 50 of the 60 receivers are proposed (the largest needs: n59 first); s and 49 of them are
  // subjects; 1 proposed receiver and the 10 not proposed are counted.
  EXPECT_EQ(f.potential_exchanges.front().receiver, "n59");
  EXPECT_EQ(f.subjects.size(), kMaxListed);
  EXPECT_EQ(f.subjects_not_listed, 1 + 10);
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
  ASSERT_EQ(a.of("weak-symbiosis").size(), 1U);
  const Finding& f = *a.of("weak-symbiosis").front();
  EXPECT_EQ(f.subjects.size(), kMaxListed);
  EXPECT_EQ(f.subjects_not_listed, 50);
}

TEST(BoundedFindings, NoCyclingIsAboutThePark) {
  // A chain has no cycle: one finding about the park as a whole, always listed.
  const Audited a = audit_of(chain(200).build());
  ASSERT_EQ(a.of("no-cycling").size(), 1U);
  EXPECT_TRUE(a.of("no-cycling").front()->subjects.empty());
  EXPECT_EQ(a.unlisted("no-cycling"), 0);
}

TEST(BoundedFindings, SharedInfrastructureHubRankedByBetweenness) {
  // Chain of 200 utilities: c_i lies on i * (199 - i) shortest paths (i before it, 199 - i
  // after), positive for c1..c198. With every rank allowed, 198 hubs; the 50 listed are those
  // of highest betweenness, around the middle (c99 and c100: 9900 each); c1 (198) is not.
  Thresholds t = default_thresholds();
  t.hub_betweenness_rank_max = 1000;
  const Audited a = audit_of(chain(200, "utility").build(), t);
  expect_bounded(a);
  EXPECT_EQ(a.of("shared-infrastructure-hub").size(), kMaxFindingsPerRule);
  EXPECT_EQ(a.unlisted("shared-infrastructure-hub"), 198 - 50);
  EXPECT_NE(a.about("shared-infrastructure-hub", "c99"), nullptr);
  EXPECT_NE(a.about("shared-infrastructure-hub", "c100"), nullptr);
  EXPECT_EQ(a.about("shared-infrastructure-hub", "c1"), nullptr);
}

TEST(BoundedFindings, Broker) {
  // Every enterprise of a chain has a constraint <= 1 and an effective size >= 0.
  Thresholds t = default_thresholds();
  t.broker_constraint_max = 1.0;
  t.broker_effective_size_min = 0.0;
  const Audited a = audit_of(chain(200).build(), t);
  expect_bounded(a);
  EXPECT_EQ(a.of("broker").size(), kMaxFindingsPerRule);
  EXPECT_EQ(a.unlisted("broker"), 200 - 50);
}

TEST(BoundedFindings, StrandedWaste) {
  // 60 pairs w_k -> o_k of waste: each o_k strands its one supplier (60 findings of 1). And
  // offtaker o takes the waste of 60 suppliers u_k that have no other outlet: o strands 60, the
  // most severe, listed with o and 49 of the 60 suppliers.
  ParkBuilder b;
  b.enterprise("o");
  for (int k = 0; k < 60; ++k) {
    b.enterprise(id("w", k)).enterprise(id("o", k)).enterprise(id("u", k));
    b.exchange(id("w", k), id("o", k), "sludge", Layer::material, Kind::waste);
    b.exchange(id("u", k), "o", "sludge", Layer::material, Kind::waste);
  }
  const Audited a = audit_of(b.build());
  expect_bounded(a);
  EXPECT_EQ(a.of("stranded-waste").size(), kMaxFindingsPerRule);
  EXPECT_EQ(a.unlisted("stranded-waste"), 61 - 50);
  const Finding* o = a.about("stranded-waste", "o");
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->subjects.size(), kMaxListed);
  EXPECT_EQ(o->subjects_not_listed, 60 - 49);
}

TEST(BoundedFindings, KeyEnterpriseListsTheTopFifty) {
  Thresholds t = default_thresholds();
  t.key_top_n = 1000;
  const Audited a = audit_of(chain(200).build(), t);
  expect_bounded(a);
  EXPECT_EQ(a.of("key-enterprise").size(), kMaxFindingsPerRule);
  EXPECT_EQ(a.unlisted("key-enterprise"), 200 - 50);
  // The listed ones are ranks 1..50.
  std::vector<std::int64_t> ranks;
  for (const Finding* f : a.of("key-enterprise")) {
    for (const Evidence& e : f->evidence) {
      if (e.name == "audit.key_rank") ranks.push_back(std::get<std::int64_t>(e.value));
    }
  }
  std::sort(ranks.begin(), ranks.end());
  ASSERT_EQ(ranks.size(), 50U);
  EXPECT_EQ(ranks.front(), 1);
  EXPECT_EQ(ranks.back(), 50);
}

}  // namespace
}  // namespace symbio::audit
