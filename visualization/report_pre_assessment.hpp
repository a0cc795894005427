#pragma once

#include <vector>

#include "visualization/report_model.hpp"

namespace symbio::viz {

// The pre-assessment (预审核) of the report, appended to `blocks` at heading level 3: the park
// (enterprises inside and outside it, sectors, exchanges per layer with quantities, declarations,
// enterprise data), its network (the indicators of the view `all`, the typology of Zhang Yan et
// al. 2016, the network diagram) and the choice of the audit focus (审核重点): the weighted-sum
// scoring table of input.focus (the weights of the criteria with data, one column per such
// criterion, the first input.top_focus_rows enterprises, rank 1 named) or, without it, the key
// enterprises of the findings with their indicators. Chinese or English.
void append_pre_assessment_blocks(const ReportInput& input, std::vector<ReportBlock>& blocks);

}  // namespace symbio::viz
