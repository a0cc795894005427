#include <unistd.h>

#include <algorithm>
#include <filesystem>

#include "cli/command.hpp"
#include "cli/exit_status.hpp"
#include "cli/output_file.hpp"
#include "cli/park_input.hpp"
#include "cli/scenario_options.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "network/analyze.hpp"
#include "network/cascade.hpp"
#include "network/conventions.hpp"
#include "network/indicator_names.hpp"
#include "visualization/dot_writer.hpp"
#include "visualization/render.hpp"
#include "visualization/sankey.hpp"

namespace symbio::cli {

namespace {

struct RenderArgs {
  ParkInput input;
  ScenarioArgs scenario;
  std::string output;
  std::string format;  // "" = from the output's extension (svg for standard output)
  std::string layer;
  std::string engine;
  std::string size_by;
  std::string color_by = "sector";
  std::vector<std::string> highlight;
  std::size_t top = 5;
  std::vector<std::string> cascade;
  std::string cluster;
  bool full = false;
  bool sankey = false;
  std::uint64_t seed = 42;
  int dpi = 0;
  std::string lang = "en";
};

// What the output's extension asks for: DOT text or an image format.
struct OutputKind {
  bool dot = false;
  viz::ImageFormat format = viz::ImageFormat::svg;
};

OutputKind output_kind(const std::string& path, const std::string& requested) {
  std::string extension = to_lower_ascii(requested);
  if (extension.empty() && path == "-") extension = "svg";
  if (extension.empty()) {
    extension = to_lower_ascii(std::filesystem::path(path).extension().string());
    if (!extension.empty()) extension.erase(0, 1);
  }
  if (extension == "dot" || extension == "gv") return {true, viz::ImageFormat::svg};
  if (const auto format = viz::parse_image_format(extension)) return {false, *format};
  if (!requested.empty()) {
    throw OptionError("--format: expected svg, png, pdf or dot, not '" + requested + "'");
  }
  throw OptionError("-o: the file must end in .svg, .png, .pdf or .dot, found '" + path + "'");
}

void check_indicator(const std::string& name) {
  const auto& known = net::enterprise_conventions();
  const bool found = std::any_of(known.begin(), known.end(),
                                 [&](const net::Convention& c) { return c.name == name; });
  if (!found) {
    throw OptionError("--size-by: unknown indicator '" + name +
                      "' (names are the columns of enterprises.csv, e.g. degree, betweenness, "
                      "pagerank)");
  }
}

// Writes next to nothing it read: the input's files count as inputs of the atomic write.
void write_output(const RenderArgs& args, std::string_view content) {
  write_output_file(args.output, content, args.input.path);
}

int run_sankey(const RenderArgs& args, const OutputKind& kind, const Console& console) {
  if (kind.dot || kind.format != viz::ImageFormat::svg) {
    throw OptionError("--sankey writes SVG: use -o FILE.svg");
  }
  viz::SankeyOptions options;
  if (!args.layer.empty()) {
    const auto layer = parse_layer(args.layer);
    if (!layer) throw OptionError("--sankey --layer: expected material, energy or water");
    options.layer = *layer;
  }
  const io::LoadedPark loaded = load_park(args.input, console);
  const net::SymbiosisGraph graph(loaded.park, make_graph_options(args.scenario));
  const viz::SankeyResult sankey = viz::sankey_svg(loaded.park, graph, options);
  for (const auto& note : sankey.notes)
    console.warn(note);
  write_output(args, sankey.svg);
  console.info("wrote " + output_name(args.output) + " (Sankey diagram of the " +
               std::string(to_string(options.layer)) + " flows between sectors)");
  return static_cast<int>(ExitStatus::success);
}

int run_render(const RenderArgs& args, const Console& console) {
  const OutputKind kind = output_kind(args.output, args.format);
  if (args.output == "-" && !kind.dot && kind.format != viz::ImageFormat::svg &&
      isatty(STDOUT_FILENO) != 0) {
    throw OptionError("-o -: standard output is a terminal; redirect it to write a binary image");
  }
  if (args.sankey) return run_sankey(args, kind, console);

  viz::DotOptions options;
  if (args.lang != "zh" && args.lang != "en") throw OptionError("--lang: expected zh or en");
  options.chinese = args.lang == "zh";
  if (!args.layer.empty()) {
    const auto layer = net::parse_view_layer(args.layer);
    if (!layer) throw OptionError("--layer: expected all, material, energy, water or waste");
    options.layer = *layer;
  }
  if (!args.engine.empty() && !viz::is_layout_engine(args.engine)) {
    throw OptionError("--engine: expected dot, neato, fdp, sfdp or circo, found '" + args.engine +
                      "'");
  }
  options.engine = args.engine;
  const auto color_by = viz::parse_color_by(args.color_by);
  if (!color_by) throw OptionError("--color-by: expected sector, community, role or layer");
  options.color_by = *color_by;
  if (!args.cluster.empty()) {
    const auto cluster = viz::parse_cluster_by(args.cluster);
    if (!cluster) throw OptionError("--cluster: expected sector or community");
    options.cluster = *cluster;
  }
  if (!args.size_by.empty()) check_indicator(args.size_by);
  options.size_by = args.size_by;
  options.full = args.full;

  const io::LoadedPark loaded = load_park(args.input, console);
  const net::SymbiosisGraph graph(loaded.park, make_graph_options(args.scenario));
  if (!graph.has_view(options.layer)) {
    throw OptionError("--layer: the park has no exchanges in the layer '" + args.layer + "'");
  }
  // `--highlight key` names the key enterprises, unless an enterprise is called "key".
  const bool highlight_key =
      args.highlight.size() == 1 && args.highlight[0] == "key" && !graph.index_of("key");
  if (!highlight_key) options.highlight = net::vertices_of(graph, args.highlight);
  std::vector<net::Vertex> triggers = net::vertices_of(graph, args.cascade);

  net::LayerAnalysis indicators;
  if (!viz::draws_aggregate(graph, options)) {
    // Only the columns the drawing shows: size, colour or boxes, and the tooltips.
    net::AnalyzeOptions analyze;
    for (const std::string_view name :
         {net::col::degree, net::col::in_degree, net::col::out_degree, net::col::betweenness,
          net::col::pagerank, net::col::key_score})
      analyze.only.emplace_back(name);
    if (!args.size_by.empty()) analyze.only.push_back(args.size_by);
    if (options.color_by == viz::ColorBy::community ||
        options.cluster == viz::ClusterBy::community) {
      analyze.only.emplace_back(net::col::community);
    }
    analyze.communities.seed = args.seed;
    indicators = net::analyze_layer(graph, options.layer, analyze);
  }
  if (highlight_key)
    options.highlight = viz::key_enterprises(graph, indicators, args.top, options.layer);
  if (!triggers.empty())
    options.failed_round = net::dependency_cascade(graph, triggers).failed_round;

  const viz::DotResult drawing = viz::network_dot(loaded.park, graph, options, indicators);
  for (const auto& note : drawing.notes)
    console.info(note);
  std::string content;
  if (kind.dot) {
    content = drawing.dot;
  } else {
    viz::Rendered rendered = viz::render_dot(drawing.dot, {.format = kind.format, .dpi = args.dpi});
    for (const auto& warning : rendered.warnings)
      console.warn("Graphviz: " + warning);
    content = std::move(rendered.data);
  }
  write_output(args, content);
  console.info("wrote " + output_name(args.output) + " (" +
               (drawing.aggregated ? count_noun(drawing.nodes, "sector", "sectors")
                                   : count_noun(drawing.nodes, "enterprise", "enterprises")) +
               ", " + count_noun(drawing.edges, "edge", "edges") + ", layout " + drawing.engine +
               ")");
  return static_cast<int>(ExitStatus::success);
}

}  // namespace

void register_render(CLI::App& app, Action& action) {
  auto args = std::make_shared<RenderArgs>();
  CLI::App* command = app.add_subcommand(
      "render",
      "A network diagram of the park (Graphviz, rendered in-process): SVG with tooltips, PNG, "
      "PDF, or the DOT text itself; or a Sankey diagram of flows between sectors.\n"
      "Example: symbio render examples/kalundborg -o kalundborg.svg --highlight key\n"
      "         symbio render examples/coal_chemical_park --sankey --layer material -o flows.svg");
  add_park_input(*command, args->input);
  add_scenario_options(*command, args->scenario);
  command
      ->add_option("-o,--output", args->output,
                   "the file to write: .svg, .png, .pdf or .dot; '-' for standard output")
      ->required();
  command->add_option("--format", args->format,
                      "svg, png, pdf or dot (default: from the output's extension; svg for -o -)");
  command->add_option("--layer", args->layer,
                      "draw one view: all (default), material, energy, water, waste");
  command->add_option("--engine", args->engine,
                      "layout: dot, neato, fdp, sfdp, circo (default: dot up to 150 enterprises, "
                      "sfdp above)");
  command->add_option("--size-by", args->size_by,
                      "node size by this indicator (default key_score, else degree)");
  command->add_option("--color-by", args->color_by,
                      "fill colour by sector (default), community, role or layer");
  command
      ->add_option("--highlight", args->highlight,
                   "outline in red: 'key' (the top enterprises by key_score, else degree) or "
                   "enterprise ids")
      ->expected(1, -1);
  command->add_option("--top", args->top, "how many enterprises --highlight key marks (default 5)");
  command
      ->add_option("--cascade", args->cascade,
                   "colour what fails when these enterprises fail, by round (dependency model)")
      ->expected(1, -1);
  command->add_option("--cluster", args->cluster,
                      "group enterprises in boxes: sector or community");
  command->add_option("--lang", args->lang,
                      "language of the legend, the title line and the tooltips: en (default) or "
                      "zh");
  command->add_flag("--full", args->full,
                    "draw every enterprise even above 2000 (default: the sector aggregate)");
  command->add_flag("--sankey", args->sankey,
                    "a Sankey SVG of the flows between sectors of --layer (default material)");
  command->add_option("--dpi", args->dpi, "pixels per inch of a PNG (default 96)")
      ->check(CLI::Range(1, 1200));
  command->add_option("--seed", args->seed, "seed of the community detection (default 42)");
  command->callback([&action, args] {
    action = [args](const Console& console) { return run_render(*args, console); };
  });
}

}  // namespace symbio::cli
