#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "audit/audit_focus.hpp"
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

// The report's content model: what the report says, as language-independent input and a list
// of blocks in one language, which the Markdown (report_markdown.hpp) and HTML (report_html.hpp)
// renderers print.

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
  // table, in the assessment; null leaves them out.
  const net::FlowsResult* flows = nullptr;
  const std::vector<audit::StandardIndicator>* standards = nullptr;
  // Sankey diagrams between enterprises (flow_sankeys()), as (file, SVG text), one per layer.
  std::vector<std::pair<std::string, std::string>> sankeys;
  std::size_t top_balance_rows = 12;  // enterprises listed per layer; the rest are counted
  // The audit focus (审核重点) by weighted-sum scoring; null or without rows: the pre-assessment
  // shows the key enterprises of the findings instead.
  const audit::AuditFocus* focus = nullptr;
  std::size_t top_focus_rows = 10;  // enterprises of the scoring table; the rest are counted
  // The report's title: the park's name. nullopt takes Park::name; "" (a park whose name is
  // only its file name) gives a title without a name.
  std::optional<std::string> title;
  // The scenarios of `symbio audit --compare` side by side (report_scenarios.hpp); null: none.
  const audit::ScenarioComparison* scenarios = nullptr;
};

// The report as a list of blocks, shared by the Markdown and HTML renderers so that both carry
// the same content. Texts are plain (each renderer escapes them).
struct ReportBlock {
  enum class Kind { heading, paragraph, table, list, figure };
  Kind kind = Kind::paragraph;
  int level = 1;                               // heading level 1..6
  std::string text;                            // heading, paragraph, or figure caption
  std::string anchor;                          // heading id ("summary", "focus", ...); may be empty
  std::vector<std::string> header;             // table
  std::vector<std::vector<std::string>> rows;  // table rows; list: rows[k][0] is item k
  std::string svg;                             // figure: inline SVG text
  std::string file;                            // figure: file the Markdown links to
  std::string css_class;                       // a hint for HTML ("priority-high", ...)
};

// The report follows the stages of a cleaner-production audit (清洁生产审核办法, 2016; Zhang
// Yongbo et al. 2024), where the data supports them: a summary; 1 pre-assessment 预审核 (the
// park, its network and typology with the diagram, the choice of the audit focus 审核重点 with
// its scoring table); 2 assessment 审核 (the balance of each layer, the standards table, the
// dependencies and bottlenecks: robustness, supply dominators); 3 options 方案的产生和筛选 (the
// findings with their evidence and the options, no/low cost and medium/high cost); an appendix
// of indicator definitions (network/conventions.hpp). Every interface word in the report's
// language (Chinese or English); names, ids and units as the park's data gives them; exchanges
// named by their resource. Second-level headings are numbered in order. Deterministic.
std::vector<ReportBlock> report_blocks(const ReportInput& input);

// The report's title: the park's name (ReportInput::title), or a title without a name.
std::string report_title(const ReportInput& input);

// A number as the report prints it: integers without a fraction, otherwise four significant
// digits, thousands separated by commas from 10,000 on, no exponent for 1e-4 <= |x| < 1e15;
// from 1e15 on four significant digits with an exponent ("1.235e+20").
std::string report_number(double value);

}  // namespace symbio::viz
