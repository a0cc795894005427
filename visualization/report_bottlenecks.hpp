#pragma once

#include <vector>

#include "visualization/report_model.hpp"

namespace symbio::viz {

// The dependencies and bottlenecks of the assessment (审核), appended to `blocks` at heading
// level 3: the robustness chart and index R per removal strategy (Schneider et al. 2011), the
// critical tolerance beta_c of the load cascade (Wang and Rong 2009), and the supply dominators
// of the view `all`, most dominated first, at most input.top_dominators (the rest counted).
// Chinese or English.
void append_bottleneck_blocks(const ReportInput& input, std::vector<ReportBlock>& blocks);

}  // namespace symbio::viz
