#include <sstream>

#include "audit/pipeline.hpp"
#include "cli/command.hpp"
#include "cli/exit_status.hpp"
#include "cli/output_dir.hpp"
#include "cli/park_input.hpp"
#include "cli/result_files.hpp"
#include "cli/scenario_options.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "network/conventions.hpp"

namespace symbio::cli {

namespace {

struct AnalyzeArgs {
  ParkInput input;
  ScenarioArgs scenario;
  std::string out;
  std::string layer;
  std::string only;
  std::uint64_t seed = 42;
  std::string algorithm = "louvain";
  int threads = 0;
  std::string standards;  // --standards: the standards' clauses with their thresholds
};

std::vector<std::string> parse_only(const std::string& list) {
  std::vector<std::string> names;
  for (const auto& part : split(list, ',')) {
    const std::string name(trim(part));
    if (name.empty()) continue;
    if (net::find_convention(name) == nullptr && name != "bridge") {
      throw OptionError("--only: unknown indicator '" + name +
                        "' (names are the columns of enterprises.csv and park.csv)");
    }
    names.push_back(name);
  }
  return names;
}

int run_analyze(const AnalyzeArgs& args, const Console& console) {
  audit::AnalysisScope scope;
  if (!args.layer.empty()) {
    const auto layer = net::parse_view_layer(args.layer);
    if (!layer) throw OptionError("--layer: expected all, material, energy, water or waste");
    scope.layers = {*layer};
  }
  scope.only = parse_only(args.only);
  if (args.algorithm == "leiden") {
    scope.algorithm = net::CommunityAlgorithm::leiden;
  } else if (args.algorithm != "louvain") {
    throw OptionError("--algorithm: expected louvain or leiden");
  }
  audit::AuditOptions options;
  options.seed = args.seed;
  options.threads = args.threads;
  options.progress = console.progress("distances");
  if (!args.standards.empty())
    options.standard_clauses = audit::read_standard_clauses_file(args.standards);
  const net::GraphOptions graph_options = make_graph_options(args.scenario);

  const OutputDir out(args.out, args.input.path);  // locked for the whole run
  const io::LoadedPark loaded = load_park(args.input, console);
  const net::SymbiosisGraph graph(loaded.park, graph_options);
  if (!scope.layers.empty() && !graph.has_view(scope.layers.front())) {
    throw OptionError("--layer: the park has no exchanges in the layer '" + args.layer + "'");
  }
  const audit::AuditResults results =
      audit::run_analysis_stages(loaded.park, graph, options, scope);
  for (const auto& layer : results.layers) {
    for (const auto& warning : layer.warnings)
      console.warn(warning);
  }

  io::AnalysisMeta meta;
  meta.input_path = args.input.path;
  meta.input_sha256 = loaded.sha256;
  meta.seed = args.seed;
  meta.options = {{"layer", args.layer.empty() ? "every layer" : args.layer},
                  {"only", args.only.empty() ? "every indicator" : args.only},
                  {"include", args.scenario.include.empty() ? "existing" : args.scenario.include},
                  {"exclude_external", args.scenario.exclude_external ? "true" : "false"},
                  {"community_algorithm", args.algorithm}};
  if (!args.standards.empty()) meta.options.emplace_back("standards", args.standards);
  // Everything is computed before anything is written: a failure leaves no partial set.
  ResultFiles files;
  add_analysis_files(files, graph, results, meta);
  RunRecord record{"analyze", args.input.path, loaded.sha256, meta.options};
  record.options.emplace_back("seed", std::to_string(args.seed));
  write_files(out, files, record);
  console.info(
      "wrote enterprises.csv, park.csv, ties.csv, analysis.json, flows.csv and "
      "balance.csv to " +
      args.out + " (" +
      count_noun(static_cast<std::int64_t>(results.layers.size()), "layer", "layers") + ", " +
      count_noun(graph.n(), "enterprise", "enterprises") + ")");
  return static_cast<int>(ExitStatus::success);
}

}  // namespace

void register_analyze(CLI::App& app, Action& action) {
  auto args = std::make_shared<AnalyzeArgs>();
  CLI::App* command = app.add_subcommand(
      "analyze",
      "Every enterprise and park indicator (docs/methods.md) for the layer 'all' and "
      "each layer: enterprises.csv, park.csv, ties.csv, analysis.json in DIR; the flows and "
      "balances of every layer in flows.csv and balance.csv, and with data.csv the standards' "
      "indicators in standards.csv.\n"
      "Example: symbio analyze examples/kalundborg --out out/kalundborg");
  add_park_input(*command, args->input);
  add_scenario_options(*command, args->scenario);
  command->add_option("--out", args->out, "the folder to write into")->required();
  command->add_option("--layer", args->layer,
                      "only this view: all, material, energy, water, waste");
  command->add_option("--only", args->only,
                      "only these indicators, comma-separated, e.g. betweenness,density");
  command->add_option("--seed", args->seed, "seed of the community detection (default 42)");
  command->add_option("--algorithm", args->algorithm, "communities: louvain (default) or leiden");
  command->add_option("--standards", args->standards,
                      "the standards' clauses and thresholds (CSV; see symbio audit --help)");
  command->add_option("--threads", args->threads, "threads for the distance sweep (0: all cores)");
  command->callback([&action, args] {
    action = [args](const Console& console) { return run_analyze(*args, console); };
  });
}

}  // namespace symbio::cli
