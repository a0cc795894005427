#include <algorithm>
#include <filesystem>
#include <optional>
#include <string_view>

#include "audit/pipeline.hpp"
#include "audit/rules.hpp"
#include "audit/thresholds.hpp"
#include "cli/command.hpp"
#include "cli/exit_status.hpp"
#include "cli/output_dir.hpp"
#include "cli/park_input.hpp"
#include "cli/report_export.hpp"
#include "cli/result_files.hpp"
#include "cli/scenario_options.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "io/analysis_proto.hpp"
#include "io/audit_focus_output.hpp"
#include "io/findings_output.hpp"
#include "io/scenarios_output.hpp"
#include "io/xlsx_writer.hpp"
#include "network/analyze.hpp"
#include "network/dominators.hpp"
#include "network/load_cascade.hpp"
#include "visualization/dot_writer.hpp"
#include "visualization/render.hpp"
#include "visualization/report_flows.hpp"
#include "visualization/report_html.hpp"
#include "visualization/report_markdown.hpp"
#include "visualization/robustness_chart.hpp"

namespace symbio::cli {

namespace {

struct AuditArgs {
  ParkInput input;
  ScenarioArgs scenario;
  std::string out;
  std::string config;
  std::string standards;  // --standards: the standards' clauses with their thresholds
  std::string lang = "zh";
  std::uint64_t seed = 42;
  int threads = 0;
  bool pdf = false;
  bool docx = false;
  std::string direction = "both";
  std::string substitutes = "catalogue";
  std::vector<std::string> compare;
  std::string name;  // --name: the park's name for the report's title
};

// The audit's stages on the progress line: reading, the pipeline's stages, writing.
constexpr int kAuditStages = audit::kPipelineStages + 2;
// `extra`: stages added by options (--compare adds one, before the writing).
std::string stage_text(int stage, std::string_view name, int extra = 0) {
  return "audit " + std::to_string(stage) + "/" + std::to_string(kAuditStages + extra) + ": " +
         std::string(name);
}

// The report's title: --name, else the park's name unless the reader only had the input's file
// or folder name for it (a folder without park.json, a bare CSV): then a title without a name.
std::optional<std::string> report_title(const AuditArgs& args, const Park& park) {
  if (!args.name.empty()) return args.name;
  namespace fs = std::filesystem;
  fs::path path = fs::absolute(fs::path(args.input.path)).lexically_normal();
  if (path.filename().empty()) path = path.parent_path();
  if (park.name == path.stem().string() || park.name == path.filename().string()) {
    return std::string();
  }
  return std::nullopt;
}

// The network diagram of the report: the key enterprises (the first ranks of the audit focus, as
// many as the key-enterprise finding names and `render --highlight key --top N` marks)
// highlighted, sized by key score.
std::string network_svg(const Park& park, const net::SymbiosisGraph& graph,
                        const net::LayerAnalysis& all, const std::vector<std::string>& key,
                        bool chinese, const std::optional<std::string>& title,
                        const Console& console) {
  viz::DotOptions options;
  options.title = title.value_or(park.name);
  if (options.title.empty()) {
    options.title = chinese ? "园区产业共生网络" : "Industrial symbiosis network of the park";
  }
  options.chinese = chinese;
  for (const std::string& id : key) {
    if (const auto v = graph.index_of(id)) options.highlight.push_back(*v);
  }
  const viz::DotResult dot = viz::network_dot(park, graph, options, all);
  for (const auto& note : dot.notes)
    console.info("network.svg: " + note);
  return viz::render_dot(dot.dot, {.format = viz::ImageFormat::svg, .engine = dot.engine}).data;
}

int run_audit(const AuditArgs& args, const Console& console) {
  if (args.lang != "zh" && args.lang != "en") throw OptionError("--lang: expected zh or en");
  const audit::Thresholds thresholds =
      args.config.empty() ? audit::default_thresholds() : audit::read_thresholds_file(args.config);
  const std::vector<audit::StandardClause> clauses =
      args.standards.empty() ? audit::builtin_standard_clauses()
                             : audit::read_standard_clauses_file(args.standards);
  const net::GraphOptions graph_options = make_graph_options(args.scenario);
  const auto direction = net::parse_cascade_direction(args.direction);
  if (!direction) {
    throw OptionError("--direction: expected supply, outlet or both (or downstream, upstream)");
  }
  const auto substitutes = net::parse_substitutes(args.substitutes);
  if (!substitutes) throw OptionError("--substitutes: expected catalogue or ignore");
  const std::vector<audit::ScenarioKind> compare = parse_compare(args.compare);
  const int extra = compare.empty() ? 0 : 1;  // --compare: one stage more

  const OutputDir out(args.out, args.input.path);  // locked for the whole run
  console.stage(stage_text(1, "reading the park", extra));
  const io::LoadedPark loaded = load_park(args.input, console);
  const Park& park = loaded.park;
  const net::SymbiosisGraph graph(park, graph_options);

  // The models run once, through the audit's one entry, and feed every output.
  audit::AuditOptions options;
  options.seed = args.seed;
  options.threads = args.threads;
  options.direction = *direction;
  options.substitutes = *substitutes;
  options.progress = console.progress(stage_text(3, "distances", extra));
  options.stage = [&console, extra](int stage) {
    console.stage(stage_text(stage + 1, audit::pipeline_stage_name(stage), extra));
  };
  options.thresholds = thresholds;
  options.standard_clauses = clauses;
  const audit::AuditResults results =
      audit::run_audit_pipeline(park, graph, loaded.catalogue, options);
  const net::DependencySweep& sweep = results.sweep;
  const std::vector<net::LayerAnalysis>& layers = results.layers;
  const double beta_c = results.beta_c;
  const double beta_c_largest_component = results.beta_c_largest_component;
  const std::vector<net::LayerDominators>& dominators = results.dominators;
  const net::RobustnessResult& robustness = results.robustness;
  const audit::AuditFindings& audited = results.findings;
  const std::vector<audit::Finding>& findings = audited.findings;
  // --compare: the park with its planned or potential exchanges or the audit's options added,
  // analysed with the same settings (docs/methods.md#scenarios).
  std::optional<audit::ScenarioComparison> scenarios;
  if (!compare.empty()) {
    audit::ScenarioOptions scenario_options{
        .seed = args.seed, .threads = args.threads, .standard_clauses = clauses};
    scenario_options.on_scenario = [&console, extra](std::string_view name) {
      console.stage(stage_text(kAuditStages, "scenario " + std::string(name), extra));
    };
    scenario_options.progress =
        console.progress(stage_text(kAuditStages, "scenario distances", extra));
    scenarios = audit::compare_scenarios(park, graph, results, compare, scenario_options);
    for (const std::string& note : audit::scenario_notes(*scenarios))
      console.info(note);
  }
  console.stage(stage_text(kAuditStages + extra, "diagrams, tables and report", extra));
  const std::optional<std::string> title = report_title(args, park);

  io::AnalysisMeta meta;
  meta.input_path = args.input.path;
  meta.input_sha256 = loaded.sha256;
  meta.seed = args.seed;
  meta.options = {{"include", args.scenario.include.empty() ? "existing" : args.scenario.include},
                  {"exclude_external", args.scenario.exclude_external ? "true" : "false"},
                  {"config", args.config.empty() ? "built-in thresholds" : args.config},
                  {"lang", args.lang},
                  {"direction", std::string(to_string(*direction))},
                  {"substitutes", std::string(to_string(*substitutes))}};
  if (!args.standards.empty()) meta.options.emplace_back("standards", args.standards);
  if (!compare.empty()) {
    std::string words;
    for (const audit::ScenarioKind kind : compare)
      words += (words.empty() ? "" : ",") + std::string(audit::to_string(kind));
    meta.options.emplace_back("compare", words);
  }

  ResultFiles files;
  add_analysis_files(files, graph, results, meta);
  // The chart speaks the report's language; robustness.svg and the report show the same one.
  const viz::ChartOptions chart_options = viz::chart_options(args.lang == "zh");
  add_cascade_files(files, graph, results, {.meta = meta}, chart_options);
  if (scenarios) files.emplace_back("scenarios.csv", io::scenarios_csv(*scenarios));
  files.emplace_back("findings.json", io::findings_json(findings, thresholds, meta));
  files.emplace_back("audit_focus.csv", io::audit_focus_csv(results.focus));

  files.emplace_back("park.pb", io::analysis_report_to_binary(park, graph, results, meta));

  const std::string diagram = network_svg(
      park, graph, layers.front(),
      audit::key_enterprises(results.focus, static_cast<std::size_t>(thresholds.key_top_n)),
      args.lang == "zh", title, console);
  const std::string chart = viz::robustness_chart_svg(robustness, chart_options);
  files.emplace_back("network.svg", diagram);
  viz::ReportInput report{park, graph, layers, findings};
  report.cascade = &sweep;
  report.robustness = &robustness;
  report.beta_c = beta_c;
  report.beta_c_largest_component = beta_c_largest_component;
  report.dominators = &dominators;
  report.network_svg = diagram;
  report.robustness_svg = chart;
  report.flows = &results.flows;
  report.standards = results.standards ? &*results.standards : nullptr;
  report.scenarios = scenarios ? &*scenarios : nullptr;
  report.language = args.lang == "en" ? viz::ReportLanguage::en : viz::ReportLanguage::zh;
  report.focus = &results.focus;
  report.title = title;
  report.sankeys = viz::flow_sankeys(park, graph, results.flows, report.language, title);
  for (const auto& [name, svg] : report.sankeys)
    files.emplace_back(name, svg);
  const std::string markdown = viz::report_markdown(report);
  const std::string html = viz::report_html(report);
  files.emplace_back("report.md", markdown);
  files.emplace_back("report.html", html);
  // Every CSV table above once more as a sheet of one workbook, headers in the report's language.
  io::XlsxWorkbook tables =
      io::tables_xlsx(files, args.lang == "en" ? io::TableLanguage::en : io::TableLanguage::zh);
  for (const std::string& note : tables.notes)
    console.info(note);
  files.emplace_back("tables.xlsx", std::move(tables.bytes));
  if (args.pdf) files.emplace_back("report.pdf", html_to_pdf(html));
  if (args.docx) {
    files.emplace_back("report.docx",
                       markdown_to_docx(markdown, {{report.network_svg_file, diagram},
                                                   {report.robustness_svg_file, chart}}));
  }

  RunRecord record{"audit", args.input.path, loaded.sha256, meta.options};
  record.options.emplace_back("seed", std::to_string(args.seed));
  write_files(out, files, record);
  const auto high = std::count_if(findings.begin(), findings.end(), [](const audit::Finding& f) {
    return f.priority == audit::Priority::high;
  });
  console.info(park.name + ": " +
               count_noun(static_cast<std::int64_t>(findings.size()), "finding", "findings") +
               " (" + std::to_string(high) + " high priority); the report is " + args.out +
               "/report.html");
  return static_cast<int>(ExitStatus::success);
}

}  // namespace

void register_audit(CLI::App& app, Action& action) {
  auto args = std::make_shared<AuditArgs>();
  CLI::App* command = app.add_subcommand(
      "audit",
      "The main job: analyze + cascade + audit findings + diagrams + report, all in DIR "
      "(report.html, report.md, findings.json, network.svg, robustness.svg, park.pb (the park "
      "with every result, a symbio.v1.AnalysisReport), the files of analyze and cascade, and "
      "tables.xlsx: every CSV table as a sheet).\n"
      "Example: symbio audit examples/coal_chemical_park --out out/coal --lang zh");
  add_park_input(*command, args->input);
  add_scenario_options(*command, args->scenario);
  add_compare_option(*command, args->compare);
  command->add_option("--out", args->out, "the folder to write into")->required();
  command->add_option("--standards", args->standards,
                      "the standards' clauses and thresholds the park's indicators are compared "
                      "with (CSV: indicator,standard,clause,direction,threshold,source; default: "
                      "the built-in audit/data/standards.csv; see "
                      "docs/formats.md#quantified-park-datacsv-flowscsv-balancecsv-standardscsv)");
  command->add_option("--config", args->config,
                      "thresholds of the audit rules and weights of the audit focus (TOML; "
                      "defaults: audit/data/thresholds.toml)");
  command->add_option("--lang", args->lang, "language of the report: zh (default) or en");
  command->add_option("--name", args->name,
                      "the park's name, the report's title (default: park.json's `name` or the "
                      "model's; a park named only by its file gets a title without a name)");
  command->add_option("--seed", args->seed, "seed of communities and random removals (default 42)");
  command->add_option("--threads", args->threads, "threads (0: all cores)");
  command->add_flag("--pdf", args->pdf,
                    "also report.pdf, the HTML report printed by Chromium (Debian package "
                    "chromium; without it the run stops before writing, exit status 4)");
  command->add_flag("--docx", args->docx,
                    "also report.docx, the Markdown report converted by pandoc (Debian package "
                    "pandoc; without it the run stops before writing, exit status 4)");
  command->add_option("--direction", args->direction,
                      "cascades: supply, outlet or both (default); see symbio cascade --help");
  command->add_option("--substitutes", args->substitutes,
                      "cascades: catalogue (default: substitutable exchanges carry no "
                      "dependency) or ignore (every exchange is a dependency)");
  command->callback([&action, args] {
    action = [args](const Console& console) { return run_audit(*args, console); };
  });
}

}  // namespace symbio::cli
