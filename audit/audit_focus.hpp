#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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
AuditFocus compute_audit_focus(const Park& park, const net::SymbiosisGraph& graph,
                               const net::LayerAnalysis& all, const net::DependencySweep& sweep,
                               const std::vector<net::LayerDominators>& dominators,
                               const net::FlowsResult& flows, const FocusWeights& weights);

// The one notion of key enterprise: the first `count` ids of the audit focus, rank order.
std::vector<std::string> key_enterprises(const AuditFocus& focus, std::size_t count);

}  // namespace symbio::audit
