#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "audit/finding.hpp"
#include "audit/rules.hpp"
#include "audit/scenarios.hpp"
#include "audit/standards.hpp"
#include "core/park.hpp"
#include "network/cascade.hpp"
#include "network/dominators.hpp"
#include "network/flows.hpp"
#include "network/graph.hpp"
#include "network/indicator_table.hpp"
#include "network/robustness.hpp"

namespace symbio::viz {

enum class ReportLanguage { zh, en };

// What the audit report shows: the park, its analysis (the view `all` gives the key figures),
// the cascade results, the findings of audit::run_audit (in their order) and the two diagrams as
// SVG text, which the caller renders (network diagram with the key enterprises highlighted,
// robustness chart) and also writes next to the report under the given file names.
struct ReportInput {
  const Park& park;
  const net::SymbiosisGraph& graph;
  const std::vector<net::LayerAnalysis>& analysis;
  const std::vector<audit::Finding>& findings;
  const net::DependencySweep* cascade = nullptr;
  const net::RobustnessResult* robustness = nullptr;
  std::optional<double> beta_c;
  std::optional<double> beta_c_largest_component;
  // Supply dominators per layer; the report shows the top dominators of `all`.
  const std::vector<net::LayerDominators>* dominators = nullptr;
  std::size_t top_dominators = 10;
  std::string network_svg;     // "" = no diagram
  std::string robustness_svg;  // "" = no chart
  std::string network_svg_file = "network.svg";
  std::string robustness_svg_file = "robustness.svg";
  ReportLanguage language = ReportLanguage::zh;
  std::size_t top_findings = 5;  // findings listed in the summary
  // The quantified park (report_flows.hpp): a balance section per layer and the standards
  // table, placed before the findings; null leaves them out.
  const net::FlowsResult* flows = nullptr;
  const std::vector<audit::StandardIndicator>* standards = nullptr;
  // Sankey diagrams between enterprises (flow_sankeys()), as (file, SVG text), one per layer.
  std::vector<std::pair<std::string, std::string>> sankeys;
  std::size_t top_balance_rows = 12;  // enterprises listed per layer; the rest are counted
  // The scenarios of `symbio audit --compare` side by side (report_scenarios.hpp); null: none.
  const audit::ScenarioComparison* scenarios = nullptr;
};

// The report as a list of blocks, shared by the Markdown and HTML renderers so that both carry
// the same content. Texts are plain (each renderer escapes them).
struct ReportBlock {
  enum class Kind { heading, paragraph, table, list, figure };
  Kind kind = Kind::paragraph;
  int level = 1;                               // heading level 1..4
  std::string text;                            // heading, paragraph, or figure caption
  std::string anchor;                          // heading id ("summary", "focus", ...); may be empty
  std::vector<std::string> header;             // table
  std::vector<std::vector<std::string>> rows;  // table rows; list: rows[k][0] is item k
  std::string svg;                             // figure: inline SVG text
  std::string file;                            // figure: file the Markdown links to
  std::string css_class;                       // a hint for HTML ("priority-high", ...)
};

// The sections of the report an auditor hands to the park administration (Zhang Yongbo et al.
// 2024; 清洁生产审核办法, 2016): 1 summary (typology, key figures, robustness index, the top
// findings), 2 audit focus 审核重点 (key enterprises with their indicator values), 3 network
// diagram, 4 robustness, 5 findings by priority with their evidence and potential exchanges,
// 6 options 方案 split into 无/低费 and 中/高费, appendix of indicator definitions
// (network/conventions.hpp). Chinese or English. Deterministic.
std::vector<ReportBlock> report_blocks(const ReportInput& input);

// report.md: the blocks in GitHub-flavoured Markdown; figures link to their files.
std::string report_markdown(const ReportInput& input);

// A number as the report prints it: integers without a fraction, otherwise four significant
// digits, thousands separated by commas from 10,000 on, no exponent for 1e-4 <= |x| < 1e15;
// from 1e15 on four significant digits with an exponent ("1.235e+20").
std::string report_number(double value);

}  // namespace symbio::viz
