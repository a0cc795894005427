#pragma once

#include <vector>

#include "visualization/report_markdown.hpp"

namespace symbio::viz {

// The report's scenario comparison (`symbio audit --compare`), appended to `blocks` (nothing
// when input.scenarios is null): what each scenario adds, a note for a scenario that adds
// nothing, then side-by-side tables with one column per scenario (`existing` first) and the
// difference from `existing` beside each value that differs: every park indicator of the view
// `all`; the robustness indices; the park indicators of the other views and the flows of each layer
// that differ between scenarios (in the unit the input used most, as in the balance section); the
// standards' indicators (from the enterprise data, which the exchanges do not change).
// scenarios.csv has every value. Chinese or English; indicator names in Chinese from
// network/conventions.
void append_scenario_blocks(const ReportInput& input, std::vector<ReportBlock>& blocks);

}  // namespace symbio::viz
