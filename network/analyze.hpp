#pragma once

#include <string>
#include <vector>

#include "network/cascade.hpp"
#include "network/communities.hpp"
#include "network/distance.hpp"
#include "network/graph.hpp"
#include "network/indicator_table.hpp"
#include "network/key_score.hpp"

namespace symbio::net {

// Typology of Zhang Yan et al. (2016) from density and Freeman degree centralization:
// centralization >= anchor_centralization gives "anchor tenant"; otherwise density >=
// equality_density gives "equality-oriented"; otherwise "weak completeness".
struct TypologyThresholds {
  double anchor_centralization = 0.5;
  double equality_density = 0.1;
};

struct AnalyzeOptions {
  std::vector<ViewLayer> layers;  // empty: every view the graph has
  std::vector<std::string> only;  // empty: everything; else these columns and park fields
  CommunityOptions communities;
  DistanceOptions distance;
  TypologyThresholds typology;
  // cascade_impact: the supply-shortage sweep with these options (default threshold 0.5).
  DependencyOptions cascade;
  // A sweep the caller already ran with `cascade`, reused instead of running it again.
  const DependencySweep* sweep = nullptr;
  // key_score: the mean percentile rank of these enterprise columns of the same view.
  std::vector<std::string> key_score_columns = default_key_score_columns();
};

// All enterprise and park indicators (docs/methods.md#enterprise-indicators) of one view,
// columns in the order of docs/methods.md, ending with cascade_impact (from the dependency sweep
// over the whole park, equal in every view) and key_score; `bridge` flags the view's ties.
LayerAnalysis analyze_layer(const SymbiosisGraph& graph, ViewLayer layer,
                            const AnalyzeOptions& options = {});

// analyze_layer for every requested view, in the order of SymbiosisGraph::layers().
std::vector<LayerAnalysis> analyze(const SymbiosisGraph& graph, const AnalyzeOptions& options = {});

}  // namespace symbio::net
