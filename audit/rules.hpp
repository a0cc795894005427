#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "audit/finding.hpp"
#include "audit/thresholds.hpp"
#include "core/catalogue.hpp"
#include "core/park.hpp"
#include "network/cascade.hpp"
#include "network/dominators.hpp"
#include "network/graph.hpp"
#include "network/indicator_table.hpp"
#include "network/load_cascade.hpp"

namespace symbio::audit {

// What the rules read: the park (declarations and potential exchanges included), its graph, the
// analysis of net::analyze (the view `all` is required by the structural rules; a rule whose
// view or column is missing stays silent), the downstream single-trigger sweep of
// net::dependency_sweep (nullptr: cascade-critical falls back to analyze's `cascade_impact`
// column, if any), beta_c of net::load_sweep or net::critical_beta (if computed) and the
// resource catalogue that matches declared outputs to needs.
struct AuditInput {
  const Park& park;
  const net::SymbiosisGraph& graph;
  const std::vector<net::LayerAnalysis>& analysis;
  const net::DependencySweep* cascade = nullptr;
  std::optional<double> beta_c;
  const ResourceCatalogue& catalogue;
  // beta_c per weak component of U (net::critical_beta_by_component, largest first); when
  // given, cascade-critical judges the park by its largest component and names the smaller
  // components whose beta_c differs from it.
  std::vector<net::ComponentBeta> beta_c_components = {};
  // Supply dominators per layer (net::supply_dominators, `all` first); single-point-of-failure
  // flags the dominators of `all`.
  const std::vector<net::LayerDominators>* dominators = nullptr;
};

// A row of the rule table (docs/methods.md#audit-findings). `evaluate` appends the rule's findings
// with rule id, priority, subjects, evidence and potential exchanges; run_audit fills in the
// titles, recommendations, aspect, cost class and benefits from the table where the rule left
// them empty (a rule may write a recommendation naming its subjects).
struct Rule {
  std::string_view id;
  std::string_view title_zh;
  std::string_view title_en;
  Aspect aspect = Aspect::inter_enterprise;
  CostClass cost = CostClass::no_low;
  Benefits benefits;
  std::string_view recommendation_zh;
  std::string_view recommendation_en;
  void (*evaluate)(const AuditInput&, const Thresholds&, std::vector<Finding>&) = nullptr;
};

// The thirteen rules, in the order of docs/methods.md#audit-findings:
// anchor-dependence, single-point-of-failure, cascade-critical, single-source-input,
// unused-byproduct, energy-cascade, water-reuse, weak-symbiosis, no-cycling,
// shared-infrastructure-hub, broker, stranded-waste, key-enterprise.
std::span<const Rule> rules();
const Rule* find_rule(std::string_view id);

// Evaluates every rule not disabled in `thresholds`, fills each finding from its rule's row and
// returns them sorted by priority (high first), then rule id, then first subject (stable, so
// the order within equal keys is the rule's own, which is deterministic). Throws
// std::invalid_argument when a column of the analysis does not have one value per enterprise.
std::vector<Finding> run_audit(const AuditInput& input, const Thresholds& thresholds = {});

// The audit focus (审核重点): the subjects of the key-enterprise findings, in the order of
// `findings` (run_audit's: highest key_score first within a priority).
std::vector<std::string> key_enterprises(const std::vector<Finding>& findings);

// key-enterprise's score when analyze has no key_score column: for every enterprise of the view,
// the mean of its percentile ranks in degree, betweenness and pagerank, the definition of
// docs/methods.md#enterprise-indicators minus cascade_impact. Percentile rank of x_i in m defined
// values of a column is (#{j : x_j < x_i} + #{j != i : x_j = x_i} / 2) / (m - 1): 0 for the
// lowest, 1 for the highest, ties share their mean rank; a column with fewer than two defined
// values is left out, and the mean is over the columns where the enterprise's rank is defined
// (undefined where none is). O(n^2) per column.
std::vector<std::optional<double>> fallback_key_score(const net::LayerAnalysis& all);

}  // namespace symbio::audit
