#pragma once

#include <string>
#include <vector>

#include "audit/standards.hpp"
#include "network/flows.hpp"
#include "network/graph.hpp"

namespace symbio::io {

// The files of the quantified park (`symbio analyze`), as text. Quantities are in the canonical
// unit of their layer (the `unit` column); empty cells are undefined values, never zeros.

// flows.csv, one row per layer: layer,unit,exchanges,quantified,internal_flow,import,export,
// byproduct_flow,waste_flow,declared_unused,declared_need,byproduct_utilisation_rate,
// internal_byproduct_share, then the ecological network analysis: ena_nodes,ena_boundary,
// ena_tst,ena_tstp,ena_apl,ena_fci,ena_ami,ena_ascendency,ena_overhead,ena_capacity,
// ena_asc_cap,ena_robustness, and display_unit,display_factor (the unit the report uses and how
// many canonical units one of it is), note.
std::string flows_csv(const net::FlowsResult& flows);

// balance.csv, one row per layer and internal enterprise: layer,id,name,in_internal,in_external,
// out_internal,out_external,declared_unused,declared_need,ena_throughflow,ena_cycling,unit.
std::string balance_csv(const net::SymbiosisGraph& graph, const net::FlowsResult& flows);

// standards.csv, one row per indicator and clause: indicator,value,unit,coverage,standard,
// clause,threshold,direction,meets (true/false, empty without a value or a threshold).
std::string standards_csv(const std::vector<audit::StandardIndicator>& standards);

// The same content as one JSON object {"layers": [...], "standards": [...]} (null for undefined
// values; "standards" only when given), for analysis.json's "flows" member.
std::string flows_json(const net::SymbiosisGraph& graph, const net::FlowsResult& flows,
                       const std::vector<audit::StandardIndicator>* standards);

}  // namespace symbio::io
