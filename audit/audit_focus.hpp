#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "audit/thresholds.hpp"
#include "core/park.hpp"
#include "network/cascade.hpp"
#include "network/dominators.hpp"
#include "network/flows.hpp"
#include "network/graph.hpp"
#include "network/indicator_table.hpp"

namespace symbio::audit {

// The audit focus (审核重点) chosen by the weighted-sum scoring (权重总和计分排序法) of a
// cleaner-production audit, with the network among the criteria
// (docs/methods.md#audit-focus-and-options).
enum class FocusCriterion {
  network_position,  // key_score of the view `all`
  cascade_impact,    // enterprises failing with it in the dependency sweep
  supply_dominance,  // enterprises it supply-dominates (view `all`)
  throughput,        // max(in, out) per layer with quantities, averaged over those layers
  energy,            // energy_use of data.csv
  water,             // fresh_water of data.csv
  waste,             // solid_waste_generated + hazardous_waste of data.csv
  emissions,         // co2, cod, so2 of data.csv
};
inline constexpr std::size_t kFocusCriteria = 8;

// "network_position", ...; 网络位置, 级联影响, 供应支配, 资源通量, 能耗, 新鲜水耗, 固体废物,
// 污染物排放.
std::string_view to_string(FocusCriterion criterion);
std::string_view to_chinese(FocusCriterion criterion);
std::string_view to_english(FocusCriterion criterion);

// The weights of the criteria, in FocusCriterion order (configuration: [audit_focus] of the
// thresholds file; defaults documented there).
using FocusWeights = std::array<double, kFocusCriteria>;

// The weights of the [audit_focus] section of `thresholds`, in FocusCriterion order.
FocusWeights focus_weights(const Thresholds& thresholds);

struct FocusRow {
  std::size_t rank = 0;  // 1 = the audit focus
  std::string id;
  std::string name;
  double score = 0.0;  // weighted sum of the criteria scores, 0-10
  // Score 0-10 of each criterion (FocusCriterion order); nullopt where the criterion dropped out.
  std::array<std::optional<double>, kFocusCriteria> scores{};
};

struct AuditFocus {
  // The weights used, renormalised over the criteria with data (0 for those that dropped out).
  FocusWeights weights{};
  std::vector<FocusRow> rows;  // every internal enterprise, rank order
};

// Scores every internal enterprise (rank percentile within the park, 0-10, per criterion) and
// ranks them by the weighted sum.
//
// Percentile rank: net::percentile_ranks (network/key_score.hpp), the convention of key_score
// and of fallback_key_score (rules.hpp): among the internal enterprises with a value, (number of
// smaller values + (number of equal values - 1) / 2) / (count - 1), so the lowest gets 0, the
// highest 1 and ties share their mean rank; the criterion score is 10 times it. Values:
// - network_position: key_score of `all`; cascade_impact: `failed` of the enterprise's row of the
//   sweep; supply_dominance: `dominated` of the dominators of `all`;
// - throughput: in each layer whose exchanges carry quantities, max(in, out) of the balance
//   (internal plus external, canonical unit of the layer), ranked within that layer; the score is
//   10 times the mean of the layers' ranks (quantities of different units are never added);
// - energy, water: the latest energy_use, fresh_water of data.csv (a figure without a year counts
//   as older than any dated one, as for the standards); waste: the latest solid_waste_generated
//   plus the latest hazardous_waste (those reported); emissions: co2, cod and so2 ranked each on
//   its own (their units differ), the score 10 times the mean of the ranks of those reported.
// A criterion with no rank for any enterprise (fewer than two values, a missing column) drops out:
// its scores are nullopt and its weight 0, and the other weights are renormalised to sum 1 (all 0
// when none is left or their sum is 0). An enterprise without a value in a criterion that stays
// scores 0 in it: the focus goes where the data show a burden. Rows: score descending, ties in
// the graph's vertex order; ranks 1, 2, ... without shared ranks.
AuditFocus compute_audit_focus(const Park& park, const net::SymbiosisGraph& graph,
                               const net::LayerAnalysis& all, const net::DependencySweep& sweep,
                               const std::vector<net::LayerDominators>& dominators,
                               const net::FlowsResult& flows, const FocusWeights& weights);

// The one notion of key enterprise: the first `count` ids of the audit focus, rank order.
std::vector<std::string> key_enterprises(const AuditFocus& focus, std::size_t count);

}  // namespace symbio::audit
