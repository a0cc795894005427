#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cli/output_dir.hpp"
#include "io/analysis_output.hpp"
#include "io/cascade_output.hpp"
#include "io/flows_output.hpp"
#include "visualization/robustness_chart.hpp"

namespace symbio::cli {

// Files a command has computed, written only once all of them are ready, so that a failure
// leaves no partial set behind.
using ResultFiles = std::vector<std::pair<std::string, std::string>>;

// The quantified park: flows and balances of every layer, and the standards' indicators when
// the park has enterprise data (data.csv).
struct QuantifiedPark {
  net::FlowsResult flows;
  std::optional<std::vector<audit::StandardIndicator>> standards;
};
QuantifiedPark compute_quantified_park(const Park& park, const net::SymbiosisGraph& graph);

// enterprises.csv, park.csv, ties.csv, analysis.json (docs/formats.md#outputs-of-symbio-analyze);
// with `quantified`
// also flows.csv, balance.csv, standards.csv (with enterprise data) and analysis.json's "flows".
void add_analysis_files(ResultFiles& files, const net::SymbiosisGraph& graph,
                        const std::vector<net::LayerAnalysis>& layers, const io::AnalysisMeta& meta,
                        const QuantifiedPark* quantified = nullptr);

// cascade.csv, vulnerability.csv, robustness.csv, robustness.svg, scenario.csv (with triggers),
// cascade.json (docs/formats.md#outputs-of-symbio-cascade).
void add_cascade_files(ResultFiles& files, const net::SymbiosisGraph& graph,
                       const io::CascadeDocument& document, const viz::ChartOptions& chart = {});

// Writes every file into `out` as one run, manifest.json last (OutputDir::write_run); returns
// their names, comma-separated.
std::string write_files(const OutputDir& out, const ResultFiles& files, const RunRecord& record);

}  // namespace symbio::cli
