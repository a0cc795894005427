#pragma once

#include <string>
#include <utility>
#include <vector>

#include "audit/pipeline.hpp"
#include "cli/output_dir.hpp"
#include "io/analysis_output.hpp"
#include "io/cascade_output.hpp"
#include "io/flows_output.hpp"
#include "visualization/robustness_chart.hpp"

namespace symbio::cli {

// Files a command has computed, written only once all of them are ready, so that a failure
// leaves no partial set behind.
using ResultFiles = std::vector<std::pair<std::string, std::string>>;

// enterprises.csv, park.csv, ties.csv, analysis.json, flows.csv, balance.csv and standards.csv
// (with enterprise data) of the results' layers and quantified park
// (docs/formats.md#outputs-of-symbio-analyze).
void add_analysis_files(ResultFiles& files, const net::SymbiosisGraph& graph,
                        const audit::AuditResults& results, const io::AnalysisMeta& meta);

// cascade.csv, vulnerability.csv, robustness.csv, robustness.svg, scenario.csv (with triggers),
// dominators.csv, cascade.json (docs/formats.md#outputs-of-symbio-cascade) of the results' parts.
void add_cascade_files(ResultFiles& files, const net::SymbiosisGraph& graph,
                       const audit::AuditResults& results, const io::CascadeParts& parts,
                       const viz::ChartOptions& chart = {});

// Writes every file into `out` as one run, manifest.json last (OutputDir::write_run); returns
// their names, comma-separated.
std::string write_files(const OutputDir& out, const ResultFiles& files, const RunRecord& record);

}  // namespace symbio::cli
