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

void add_analysis_files(ResultFiles& files, const net::SymbiosisGraph& graph,
                        const audit::AuditResults& results, const io::AnalysisMeta& meta) {
  files.emplace_back("enterprises.csv", io::enterprises_csv(graph, results.layers));
  files.emplace_back("park.csv", io::park_csv(results.layers));
  files.emplace_back("ties.csv", io::ties_csv(graph, results.layers));
  files.emplace_back("analysis.json", io::analysis_json(graph, results, meta));
  files.emplace_back("flows.csv", io::flows_csv(results.flows));
  files.emplace_back("balance.csv", io::balance_csv(graph, results.flows));
  if (results.standards) files.emplace_back("standards.csv", io::standards_csv(*results.standards));
}

void add_cascade_files(ResultFiles& files, const net::SymbiosisGraph& graph,
                       const audit::AuditResults& results, const io::CascadeParts& parts,
                       const viz::ChartOptions& chart) {
  if (results.load_sweep) {
    files.emplace_back("cascade.csv", io::cascade_csv(graph, *results.load_sweep));
    files.emplace_back("vulnerability.csv",
                       io::vulnerability_csv(graph, results.load_sweep->vulnerability));
  } else {
    files.emplace_back("cascade.csv", io::cascade_csv(graph, results.sweep));
    files.emplace_back("vulnerability.csv",
                       io::vulnerability_csv(graph, results.sweep.vulnerability));
  }
  if (parts.robustness) {
    files.emplace_back("robustness.csv", io::robustness_csv(graph, results.robustness));
    files.emplace_back("robustness.svg", viz::robustness_chart_svg(results.robustness, chart));
  }
  if (results.trigger_run) {
    files.emplace_back("scenario.csv", scenario_csv(graph, *results.trigger_run));
  }
  files.emplace_back("dominators.csv", io::dominators_csv(graph, results.dominators));
  files.emplace_back("cascade.json", io::cascade_json(graph, results, parts));
}

std::string write_files(const OutputDir& out, const ResultFiles& files, const RunRecord& record) {
  out.write_run(files, record);
  std::string names;
  for (const auto& [name, content] : files)
    names += (names.empty() ? "" : ", ") + name;
  return names;
}

}  // namespace symbio::cli
