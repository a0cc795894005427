#include <unistd.h>

#include <filesystem>
#include <optional>
#include <system_error>

#include "audit/pipeline.hpp"
#include "cli/command.hpp"
#include "cli/exit_status.hpp"
#include "cli/output_file.hpp"
#include "cli/park_input.hpp"
#include "cli/result_files.hpp"
#include "cli/scenario_options.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "io/analysis_proto.hpp"
#include "io/atomic_file.hpp"
#include "io/network_formats.hpp"
#include "io/park_writer.hpp"
#include "io/proto_park.hpp"
#include "visualization/dot_writer.hpp"

namespace symbio::cli {

namespace {

struct ConvertArgs {
  ParkInput input;
  ScenarioArgs scenario;
  std::string output;
  std::string format;  // "" = from the output's extension
  bool with_analysis = false;
  std::string gexf_version = "1.2draft";
  std::string layer;  // "" = every layer
  std::uint64_t seed = 42;
  int threads = 0;
};

bool ends_with_ci(const std::string& text, std::string_view suffix) {
  return text.size() >= suffix.size() &&
         to_lower_ascii(text.substr(text.size() - suffix.size())) == suffix;
}

// The format a target names: --format wins; `.nodelink.json` before `.json`, since a plain
// .json is the Protobuf JSON mapping.
std::string format_of(const ConvertArgs& args) {
  if (!args.format.empty()) {
    const std::string f = to_lower_ascii(args.format);
    if (f == "nodelink" || f == "graphml" || f == "gexf" || f == "pajek" || f == "dot" ||
        f == "json" || f == "pb" || f == "pbtxt" || f == "csv")
      return f;
    throw OptionError(
        "--format: expected nodelink, graphml, gexf, pajek, dot, json, pb, pbtxt "
        "or csv, not '" +
        args.format + "'");
  }
  const std::string& out = args.output;
  if (out == "-") {
    throw OptionError(
        "-o -: give the format of standard output with --format (nodelink, graphml, gexf, pajek, "
        "dot, json, pb or pbtxt)");
  }
  std::error_code ec;
  if (!out.empty() && (out.back() == '/' || std::filesystem::is_directory(out, ec))) return "csv";
  if (ends_with_ci(out, ".nodelink.json")) return "nodelink";
  const std::string extension = to_lower_ascii(std::filesystem::path(out).extension().string());
  if (extension == ".graphml") return "graphml";
  if (extension == ".gexf") return "gexf";
  if (extension == ".net") return "pajek";
  if (extension == ".dot" || extension == ".gv") return "dot";
  if (extension == ".json") return "json";
  if (extension == ".pb") return "pb";
  if (extension == ".pbtxt") return "pbtxt";
  throw OptionError("cannot write '" + out +
                    "': give a folder (ending in '/') for CSV, or a .json, .pb, .pbtxt, "
                    ".graphml, .gexf, .net, .nodelink.json or .dot file (or --format)");
}

// What --with-analysis computes: the models of `symbio audit` (its pipeline without the rules),
// so that both write the same model of a park.
audit::AuditResults analyze_park(const Park& park, const net::SymbiosisGraph& graph,
                                 const ResourceCatalogue& catalogue, const ConvertArgs& args,
                                 bool robustness, const Console& console) {
  audit::AuditOptions options;
  options.robustness = robustness;  // only an AnalysisReport holds the curves
  options.seed = args.seed;
  options.threads = args.threads;
  options.progress = console.progress("distances");
  options.findings = false;
  options.quantified = robustness;  // only an AnalysisReport holds the flows
  return audit::run_audit_pipeline(park, graph, catalogue, options);
}

// The folder the output goes into: the output itself for a CSV folder, else its parent.
std::string output_folder(const std::string& output, const std::string& format) {
  if (format == "csv") return output;
  const std::filesystem::path parent = std::filesystem::path(output).parent_path();
  return parent.empty() ? std::string(".") : parent.string();
}

int run_convert(const ConvertArgs& args, const Console& console) {
  const std::string format = format_of(args);
  const bool to_stdout = args.output == "-";
  if (to_stdout && format == "csv") {
    throw OptionError("-o -: a CSV park is a folder of files; give a folder or another --format");
  }
  if (to_stdout && format == "pb" && isatty(STDOUT_FILENO) != 0) {
    throw OptionError("-o -: standard output is a terminal; redirect it to write binary Protobuf");
  }
  std::optional<Layer> layer;
  if (!args.layer.empty()) {
    layer = parse_layer(args.layer);
    if (!layer)
      throw OptionError("--layer: expected material, energy or water, not '" + args.layer + "'");
    if (format != "graphml" && format != "gexf" && format != "pajek" && format != "nodelink")
      throw OptionError("--layer applies to .graphml, .gexf, .net and .nodelink.json output");
  }
  const auto gexf_version = io::parse_gexf_version(args.gexf_version);
  if (!gexf_version)
    throw OptionError("--gexf-version: expected 1.2draft or 1.3, not '" + args.gexf_version + "'");
  // Temporary files that a killed run left beside the output go, as with output folders.
  if (!to_stdout) io::remove_stale_temporary_files(output_folder(args.output, format));
  const io::LoadedPark loaded = load_park(args.input, console);
  const Park& park = loaded.park;
  const std::vector<std::string> inputs = {args.input.path};
  const bool protobuf = format == "json" || format == "pb" || format == "pbtxt";

  if (format == "csv") {
    if (args.with_analysis) throw OptionError("--with-analysis: a CSV folder holds no analysis");
    io::write_park(park, args.output, inputs);
    console.info("wrote " + args.output);
    return static_cast<int>(ExitStatus::success);
  }
  if (protobuf && !args.with_analysis) {
    const std::string text = format == "pb"     ? io::park_to_binary(park)
                             : format == "json" ? io::park_to_json(park)
                                                : io::park_to_text_format(park);
    write_output_file(args.output, text, args.input.path);
    console.info("wrote " + output_name(args.output));
    return static_cast<int>(ExitStatus::success);
  }

  const net::SymbiosisGraph graph(park, make_graph_options(args.scenario));
  std::optional<audit::AuditResults> analysis;
  if (args.with_analysis)
    analysis = analyze_park(park, graph, loaded.catalogue, args, protobuf, console);
  const net::LayerAnalysis* all =
      analysis && !analysis->layers.empty() ? &analysis->layers.front() : nullptr;
  if (layer) {
    // The indicators written beside one layer's exchanges are those of its view.
    all = nullptr;
    if (analysis) {
      for (const net::LayerAnalysis& a : analysis->layers) {
        if (a.layer == net::view_of(*layer)) all = &a;
      }
    }
  }

  std::string text;
  if (protobuf) {
    io::Provenance meta;
    meta.input_path = args.input.path;
    meta.input_sha256 = loaded.sha256;
    meta.seed = args.seed;
    meta.options = {{"include", args.scenario.include.empty() ? "existing" : args.scenario.include},
                    {"exclude_external", args.scenario.exclude_external ? "true" : "false"}};
    // With the quantified park, as `symbio audit` writes it into park.pb.
    text = format == "pb"     ? io::analysis_report_to_binary(park, graph, *analysis, meta)
           : format == "json" ? io::analysis_report_to_json(park, graph, *analysis, meta)
                              : io::analysis_report_to_text_format(park, graph, *analysis, meta);
  } else if (format == "dot") {
    // DOT belongs to visualization (io never includes it): the same drawing as `symbio render`.
    viz::DotOptions options;
    options.title = park.name;
    const viz::DotResult dot =
        viz::network_dot(park, graph, options, all != nullptr ? *all : net::LayerAnalysis{});
    text = dot.dot;
  } else {
    const io::NetworkExport input{&park, &graph, all, layer};
    if (format == "pajek") {
      if (const std::string reason = io::pajek_unweighted_reason(input); !reason.empty())
        console.info("note: " + reason);
    }
    text = format == "graphml" ? io::network_graphml(input)
           : format == "gexf"  ? io::network_gexf(input, {.version = *gexf_version})
           : format == "pajek" ? io::network_pajek(input)
                               : io::network_nodelink_json(input);
  }
  write_output_file(args.output, text, args.input.path);
  console.info("wrote " + output_name(args.output));
  return static_cast<int>(ExitStatus::success);
}

}  // namespace

void register_convert(CLI::App& app, Action& action) {
  auto args = std::make_shared<ConvertArgs>();
  CLI::App* command = app.add_subcommand(
      "convert",
      "Write a park in another format: .json (Protobuf JSON), .pb, .pbtxt (symbio.v1.Park, or "
      "symbio.v1.AnalysisReport with --with-analysis), .graphml, .gexf (Gephi), .net (Pajek), "
      ".nodelink.json (NetworkX), .dot, or a folder of CSV files (a path ending in '/').\n"
      "Example: symbio convert examples/kalundborg -o kalundborg.gexf --with-analysis");
  add_park_input(*command, args->input);
  add_scenario_options(*command, args->scenario);
  command
      ->add_option("-o,--output", args->output,
                   "the file or folder to write; '-' for standard output (with --format)")
      ->required();
  command->add_option("--format", args->format,
                      "nodelink, graphml, gexf, pajek, dot, json, pb, pbtxt or csv (default: "
                      "from the output's extension)");
  command->add_flag("--with-analysis", args->with_analysis,
                    "compute the indicators, the cascade sweep and (for .pb/.json/.pbtxt) the "
                    "robustness curves with their defaults, as `symbio audit` does, and write "
                    "them too (an AnalysisReport for .pb/.json/.pbtxt, attributes otherwise)");
  command->add_option("--gexf-version", args->gexf_version,
                      "GEXF version written: 1.2draft (default; Gephi, every NetworkX) or 1.3 "
                      "(Gephi 0.9.3+, NetworkX 3)");
  command->add_option("--layer", args->layer,
                      "write only the exchanges of this layer (material, energy or water) to "
                      ".graphml, .gexf, .net or .nodelink.json; a Pajek file carries weights "
                      "only for one layer");
  command->add_option("--seed", args->seed, "seed of the community detection (default 42)");
  command->add_option("--threads", args->threads, "threads (0: all cores)");
  command->callback([&action, args] {
    action = [args](const Console& console) { return run_convert(*args, console); };
  });
}

}  // namespace symbio::cli
