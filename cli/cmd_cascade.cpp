#include "audit/pipeline.hpp"
#include "cli/command.hpp"
#include "cli/exit_status.hpp"
#include "cli/output_dir.hpp"
#include "cli/park_input.hpp"
#include "cli/result_files.hpp"
#include "cli/scenario_options.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "network/robustness.hpp"

namespace symbio::cli {

namespace {

struct CascadeArgs {
  ParkInput input;
  ScenarioArgs scenario;
  std::string out;
  std::string model = "dependency";
  double threshold = 0.5;
  std::string direction = "both";
  std::string substitutes = "catalogue";
  double alpha = 1.0;
  double beta = 0.2;
  std::vector<std::string> triggers;
  std::string strategies = "random,degree,betweenness,pagerank";
  int runs = 10;
  std::uint64_t seed = 1;
  std::string layer = "all";
  int threads = 0;
};

std::vector<net::RemovalStrategy> parse_strategies(const std::string& list) {
  std::vector<net::RemovalStrategy> strategies;
  for (const auto& part : split(list, ',')) {
    const std::string word(trim(part));
    if (word.empty() || word == "none") continue;
    const auto strategy = net::parse_removal_strategy(word);
    if (!strategy) {
      throw OptionError("--strategies: unknown strategy '" + word +
                        "' (random, degree, betweenness, pagerank, adaptive_degree, "
                        "adaptive_betweenness, adaptive_pagerank, or none)");
    }
    strategies.push_back(*strategy);
  }
  return strategies;
}

int run_cascade(const CascadeArgs& args, const Console& console) {
  if (args.model != "dependency" && args.model != "load") {
    throw OptionError("--model: expected dependency or load");
  }
  if (!(args.threshold >= 0 && args.threshold <= 1)) {
    throw OptionError("--threshold must lie in [0, 1]");
  }
  const auto direction = net::parse_cascade_direction(args.direction);
  if (!direction) {
    throw OptionError("--direction: expected supply, outlet or both (or downstream, upstream)");
  }
  const auto substitutes = net::parse_substitutes(args.substitutes);
  if (!substitutes) throw OptionError("--substitutes: expected catalogue or ignore");
  if (!(args.alpha >= 0) || !(args.beta >= 0)) {
    throw OptionError("--alpha and --beta must be finite numbers >= 0");
  }
  if (args.runs < 1) throw OptionError("--runs must be at least 1");
  const auto layer = net::parse_view_layer(args.layer);
  if (!layer) throw OptionError("--layer: expected all, material, energy, water or waste");
  const std::vector<net::RemovalStrategy> strategies = parse_strategies(args.strategies);
  const net::GraphOptions graph_options = make_graph_options(args.scenario);

  const OutputDir out(args.out, args.input.path);  // locked for the whole run
  const io::LoadedPark loaded = load_park(args.input, console);
  const net::SymbiosisGraph graph(loaded.park, graph_options);
  if (!graph.has_view(*layer)) {
    throw OptionError("--layer: the park has no exchanges in the layer '" + args.layer + "'");
  }
  std::vector<net::Vertex> triggers;
  for (const std::string& id : args.triggers) {
    const auto v = graph.index_of(id);
    if (!v) throw OptionError("--trigger: no enterprise with the id '" + id + "'");
    triggers.push_back(*v);
  }

  audit::AuditOptions options;
  options.seed = args.seed;
  options.threads = args.threads;
  options.direction = *direction;
  options.substitutes = *substitutes;
  audit::CascadeScope scope{.threshold = args.threshold, .triggers = triggers};
  if (args.model == "load")
    scope.load = net::LoadOptions{.alpha = args.alpha, .beta = args.beta, .layer = *layer};
  if (!strategies.empty()) {
    scope.robustness =
        net::RobustnessOptions{.strategies = strategies, .layer = *layer, .runs = args.runs};
  }
  const audit::AuditResults results = audit::run_cascade_stages(graph, options, scope);
  for (const auto& curve : results.robustness.curves) {
    if (!curve.note.empty())
      console.info(std::string(to_string(curve.strategy)) + ": " + curve.note);
  }
  // cascade.json of `symbio cascade` states no beta_c of the dependency model (audit's does).
  io::CascadeParts parts{.beta_c = false, .robustness = scope.robustness.has_value()};
  parts.meta = {args.input.path,
                loaded.sha256,
                {{"model", args.model},
                 {"threshold", format_double(args.threshold)},
                 {"direction", std::string(to_string(*direction))},
                 {"substitutes", std::string(to_string(*substitutes))},
                 {"alpha", format_double(args.alpha)},
                 {"beta", format_double(args.beta)},
                 {"layer", args.layer},
                 {"strategies", args.strategies},
                 {"runs", std::to_string(args.runs)},
                 {"seed", std::to_string(args.seed)},
                 {"include", args.scenario.include.empty() ? "existing" : args.scenario.include},
                 {"exclude_external", args.scenario.exclude_external ? "true" : "false"}}};

  // Everything is computed before anything is written.
  ResultFiles files;
  add_cascade_files(files, graph, results, parts);
  const std::string names =
      write_files(out, files, {"cascade", args.input.path, loaded.sha256, parts.meta.options});
  if (results.trigger_run) {
    const net::CascadeRun& scenario = *results.trigger_run;
    console.info(
        "scenario: " + count_noun(scenario.failed, "enterprise fails", "enterprises fail") +
        " in " + count_noun(scenario.spread_rounds(), "round", "rounds") + " after the triggers");
  }
  console.info("wrote " + names + " to " + args.out);
  return static_cast<int>(ExitStatus::success);
}

}  // namespace

void register_cascade(CLI::App& app, Action& action) {
  auto args = std::make_shared<CascadeArgs>();
  CLI::App* command = app.add_subcommand(
      "cascade",
      "How the failure of one enterprise spreads (every enterprise in turn, or --trigger IDs "
      "together), who depends on whom without redundancy (supply dominators) and how much the park "
      "can lose (robustness curves): cascade.csv, vulnerability.csv, dominators.csv, "
      "robustness.csv, robustness.svg, cascade.json in DIR.\n"
      "Example: symbio cascade examples/kalundborg --out out/kalundborg --trigger asnaes");
  add_park_input(*command, args->input);
  add_scenario_options(*command, args->scenario);
  command->add_option("--out", args->out, "the folder to write into")->required();
  command->add_option("--model", args->model,
                      "dependency (supply shortage, default) or load (Motter-Lai load-capacity)");
  command->add_option("--threshold", args->threshold,
                      "dependency: an enterprise fails when more than this share of an input "
                      "layer is lost (default 0.5)");
  command->add_option("--direction", args->direction,
                      "dependency: supply (an enterprise fails when its supplies fail), outlet "
                      "(when the receivers of its waste fail) or both (default); downstream and "
                      "upstream are read as supply and outlet");
  command->add_option("--substitutes", args->substitutes,
                      "dependency: catalogue (default: exchanges marked substitutable, by the "
                      "exchanges.csv column or the resource catalogue, carry no dependency) or "
                      "ignore (every exchange is a dependency, as in the published cascade "
                      "studies)");
  command->add_option("--alpha", args->alpha, "load: load exponent (default 1)");
  command->add_option("--beta", args->beta, "load: spare capacity (default 0.2)");
  command->add_option("--trigger", args->triggers,
                      "enterprise ids that fail together (a scenario); repeatable");
  command->add_option("--strategies", args->strategies,
                      "robustness removal strategies, comma-separated: random, degree, "
                      "betweenness, pagerank, adaptive_degree, adaptive_betweenness, "
                      "adaptive_pagerank, or none (default random,degree,betweenness,pagerank)");
  command->add_option("--runs", args->runs, "random strategy: runs to average (default 10)");
  command->add_option("--seed", args->seed, "random strategy: seed (default 1)");
  command->add_option("--layer", args->layer,
                      "the view of the load model and the robustness curves (default all)");
  command->add_option("--threads", args->threads, "threads (0: all cores)");
  command->callback([&action, args] {
    action = [args](const Console& console) { return run_cascade(*args, console); };
  });
}

}  // namespace symbio::cli
