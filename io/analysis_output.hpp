#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "audit/pipeline.hpp"
#include "io/provenance.hpp"
#include "network/graph.hpp"
#include "network/indicator_table.hpp"

namespace symbio::io {

// What analysis.json's `meta` records besides the conventions: where the numbers came from.
using AnalysisMeta = Provenance;

// The files of `symbio analyze` (docs/formats.md), as text; the caller writes them atomically.
// Rows follow the layers' order and the enterprise order of the graph; equal inputs give
// byte-identical text (no time stamps).

// enterprises.csv: layer,id,name,sector, then one column per indicator; empty = undefined.
std::string enterprises_csv(const net::SymbiosisGraph& graph,
                            const std::vector<net::LayerAnalysis>& layers);
// park.csv: layer, then one column per park indicator.
std::string park_csv(const std::vector<net::LayerAnalysis>& layers);
// ties.csv: layer,supplier,receiver,exchanges,weight,unit,bridge (weight empty without W).
std::string ties_csv(const net::SymbiosisGraph& graph,
                     const std::vector<net::LayerAnalysis>& layers);
// analysis.json: {"meta": {...}, "layers": [{"layer", "park", "enterprises", "ties",
// "warnings"}]}; undefined values are null. meta holds the symbio version, input and SHA-256,
// options, seed, and the convention of every column and park field.
std::string analysis_json(const net::SymbiosisGraph& graph,
                          const std::vector<net::LayerAnalysis>& layers, const AnalysisMeta& meta);
// The same with a last member "flows": flows_json() of the quantified park (flows_output.hpp)
// when `flows_json_text` is not empty.
std::string analysis_json(const net::SymbiosisGraph& graph,
                          const std::vector<net::LayerAnalysis>& layers, const AnalysisMeta& meta,
                          const std::string& flows_json_text);
// analysis.json of the audit's results: their layers, and as "flows" the quantified park
// (results.flows, and results.standards when the park has enterprise data).
std::string analysis_json(const net::SymbiosisGraph& graph, const audit::AuditResults& results,
                          const AnalysisMeta& meta);

}  // namespace symbio::io
