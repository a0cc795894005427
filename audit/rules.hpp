#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "audit/audit_focus.hpp"
#include "audit/finding.hpp"
#include "audit/standards.hpp"
#include "audit/thresholds.hpp"
#include "core/catalogue.hpp"
#include "core/park.hpp"
#include "network/cascade.hpp"
#include "network/dominators.hpp"
#include "network/flows.hpp"
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
  // The quantified park (net::compute_flows): quantities are stated in each layer's display unit
  // with their share of the layer's total flow; nullptr states them in the canonical unit
  // without a share.
  const net::FlowsResult* flows = nullptr;
  // The standards' indicators (compute_standards), when the park has enterprise data:
  // below-standard flags those that miss their threshold.
  const std::optional<std::vector<StandardIndicator>>* standards = nullptr;
  // The min-cost allocation of declared outputs to declared needs (allocate_declared): when
  // given and not empty, the opportunity rules propose its pairs with the quantities it moves;
  // otherwise they match each output to every need it can meet.
  const std::vector<PotentialExchange>* allocation = nullptr;
  // The audit focus (compute_audit_focus): key-enterprise lists its first ranks; when absent
  // or empty, key-enterprise ranks by key_score.
  const AuditFocus* focus = nullptr;
};

// A row of the rule table (docs/methods.md#audit-findings). `evaluate` appends the rule's one
// finding (one per layer for single-source-input) with rule id, priority, ranked subjects,
// evidence, benefits, potential exchanges and a recommendation naming its subjects' resources;
// run_audit fills in the titles, aspect and cost class from the table, and the table's general
// recommendation where the rule wrote none.
struct Rule {
  std::string_view id;
  std::string_view title_zh;
  std::string_view title_en;
  Aspect aspect = Aspect::inter_enterprise;
  CostClass cost = CostClass::no_low;
  std::string_view recommendation_zh;
  std::string_view recommendation_en;
  void (*evaluate)(const AuditInput&, const Thresholds&, std::vector<Finding>&) = nullptr;
};

// The fourteen rules, in the order of docs/methods.md#audit-findings:
// anchor-dependence, single-point-of-failure, cascade-critical, single-source-input,
// unused-byproduct, energy-cascade, water-reuse, weak-symbiosis, no-cycling,
// shared-infrastructure-hub, broker, stranded-waste, below-standard, key-enterprise.
std::span<const Rule> rules();
const Rule* find_rule(std::string_view id);

// The audit's size does not grow with the park: one finding per rule (single-source-input: per
// layer), so at most 16 findings; a finding lists at most kMaxListed subjects (the most severe;
// Finding::subjects_not_listed counts the rest), kMaxListed potential exchanges, and each subject
// at most kMaxRelated related enterprises.
inline constexpr std::size_t kMaxListed = 50;
inline constexpr std::size_t kMaxRelated = 10;

struct AuditFindings {
  std::vector<Finding> findings;  // in run_audit's order
};

// Evaluates every rule not disabled in `thresholds`, fills each finding from its rule's row and
// returns them sorted by priority (high first), then rule id, then layer. Throws
// std::invalid_argument when a column of the analysis does not have one value per enterprise.
AuditFindings audit_findings(const AuditInput& input, const Thresholds& thresholds = {});
// The findings of audit_findings.
std::vector<Finding> run_audit(const AuditInput& input, const Thresholds& thresholds = {});

// The indicators the rules read, by the names they write in their code. A name that is no
// indicator of network/conventions.hpp (a misspelling) would silently turn a rule off, so it
// throws std::logic_error (a bug of symbio: exit status 5); an indicator the analysis lacks
// (analyze --only, a partial analysis) is nullptr, and the rule stays silent as documented.
const net::Column* indicator_column(const net::LayerAnalysis& analysis, std::string_view name);
const net::ParkField* indicator_field(const net::LayerAnalysis& analysis, std::string_view name);

// The audit focus (审核重点): the subjects of the key-enterprise finding, rank order (rank 1 of
// the audit focus first; without it, highest key_score first).
std::vector<std::string> key_enterprises(const std::vector<Finding>& findings);

// key-enterprise's score when analyze has no key_score column: for every enterprise of the view,
// the mean of its percentile ranks in degree, betweenness and pagerank, the definition of
// docs/methods.md#enterprise-indicators minus cascade_impact. Percentile rank of x_i in m defined
// values of a column is (#{j : x_j < x_i} + #{j != i : x_j = x_i} / 2) / (m - 1): 0 for the
// lowest, 1 for the highest, ties share their mean rank; a column with fewer than two defined
// values is left out, and the mean is over the columns where the enterprise's rank is defined
// (undefined where none is). O(n log n) per column.
std::vector<std::optional<double>> fallback_key_score(const net::LayerAnalysis& all);

}  // namespace symbio::audit
