#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "visualization/report_model.hpp"

namespace symbio::viz {

// The report's blocks of the quantified park, appended to `blocks` (nothing when input.flows is
// null): one balance subsection per layer in the unit the input used most for it (LayerFlows::
// display_unit: a park written in 万吨/年 is reported in 万吨/年) with the park's totals and
// rates, the ecological network analysis where computed, the enterprises with the largest
// throughput (input.top_balance_rows of them, the others counted) and the layer's Sankey
// diagram between enterprises; then the standards table (indicator, value, coverage, standard
// and clause, threshold, met / not met) when input.standards is set. Chinese or English.
void append_quantified_blocks(const ReportInput& input, std::vector<ReportBlock>& blocks);

// One Sankey diagram between enterprises per layer with quantified flows, in the layer's
// display unit and the report's language, as (file name "sankey_<layer>.svg", SVG text), for the
// report and to be written beside it. Titles name the park by `name` (nullopt: Park::name; "":
// no name, as the report's title).
std::vector<std::pair<std::string, std::string>> flow_sankeys(
    const Park& park, const net::SymbiosisGraph& graph, const net::FlowsResult& flows,
    ReportLanguage language, std::optional<std::string> name = std::nullopt);

}  // namespace symbio::viz
