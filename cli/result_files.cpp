#include "cli/result_files.hpp"

#include "core/csv.hpp"

namespace symbio::cli {

namespace {

// Which enterprises failed in which round of a scenario (round 0: the triggers).
std::string scenario_csv(const net::SymbiosisGraph& graph, const net::CascadeRun& run) {
  std::string out = "round,id,name\n";
  for (std::size_t r = 0; r < run.rounds.size(); ++r) {
    for (const net::Vertex v : run.rounds[r]) {
      out += std::to_string(r) + "," + csv_escape(graph.id(v)) + "," + csv_escape(graph.name(v)) +
             "\n";
    }
  }
  return out;
}

}  // namespace

QuantifiedPark compute_quantified_park(const Park& park, const net::SymbiosisGraph& graph) {
  QuantifiedPark quantified;
  quantified.flows = net::compute_flows(park, graph);
  if (!park.data.empty()) quantified.standards = audit::compute_standards(park);
  return quantified;
}

void add_analysis_files(ResultFiles& files, const net::SymbiosisGraph& graph,
                        const std::vector<net::LayerAnalysis>& layers, const io::AnalysisMeta& meta,
                        const QuantifiedPark* quantified) {
  files.emplace_back("enterprises.csv", io::enterprises_csv(graph, layers));
  files.emplace_back("park.csv", io::park_csv(layers));
  files.emplace_back("ties.csv", io::ties_csv(graph, layers));
  if (quantified == nullptr) {
    files.emplace_back("analysis.json", io::analysis_json(graph, layers, meta));
    return;
  }
  const auto* standards = quantified->standards ? &*quantified->standards : nullptr;
  files.emplace_back(
      "analysis.json",
      io::analysis_json(graph, layers, meta, io::flows_json(graph, quantified->flows, standards)));
  files.emplace_back("flows.csv", io::flows_csv(quantified->flows));
  files.emplace_back("balance.csv", io::balance_csv(graph, quantified->flows));
  if (standards != nullptr) files.emplace_back("standards.csv", io::standards_csv(*standards));
}

void add_cascade_files(ResultFiles& files, const net::SymbiosisGraph& graph,
                       const io::CascadeDocument& document, const viz::ChartOptions& chart) {
  if (document.dependency != nullptr) {
    files.emplace_back("cascade.csv", io::cascade_csv(graph, *document.dependency));
    files.emplace_back("vulnerability.csv",
                       io::vulnerability_csv(graph, document.dependency->vulnerability));
  } else if (document.load != nullptr) {
    files.emplace_back("cascade.csv", io::cascade_csv(graph, *document.load));
    files.emplace_back("vulnerability.csv",
                       io::vulnerability_csv(graph, document.load->vulnerability));
  }
  if (document.robustness != nullptr) {
    files.emplace_back("robustness.csv", io::robustness_csv(graph, *document.robustness));
    files.emplace_back("robustness.svg", viz::robustness_chart_svg(*document.robustness, chart));
  }
  if (document.scenario != nullptr) {
    files.emplace_back("scenario.csv", scenario_csv(graph, *document.scenario));
  }
  if (document.dominators != nullptr) {
    files.emplace_back("dominators.csv", io::dominators_csv(graph, *document.dominators));
  }
  files.emplace_back("cascade.json", io::cascade_json(graph, document));
}

std::string write_files(const OutputDir& out, const ResultFiles& files, const RunRecord& record) {
  out.write_run(files, record);
  std::string names;
  for (const auto& [name, content] : files)
    names += (names.empty() ? "" : ", ") + name;
  return names;
}

}  // namespace symbio::cli
