#include "cli/scenario_options.hpp"

#include "core/error.hpp"
#include "core/text.hpp"

namespace symbio::cli {

void add_scenario_options(CLI::App& command, ScenarioArgs& args) {
  command.add_option("--include", args.include,
                     "also count planned and/or potential exchanges: planned,potential");
  command.add_flag("--exclude-external", args.exclude_external,
                   "leave boundary actors (market, lake, grid...) out of the graph");
}

net::GraphOptions make_graph_options(const ScenarioArgs& args) {
  net::GraphOptions options;
  options.exclude_external = args.exclude_external;
  for (const auto& part : split(args.include, ',')) {
    const std::string word = to_lower_ascii(trim(part));
    if (word.empty() || word == "existing") continue;
    if (word == "planned") {
      options.include_planned = true;
    } else if (word == "potential") {
      options.include_potential = true;
    } else {
      throw OptionError("--include: expected planned and/or potential, found '" + word + "'");
    }
  }
  return options;
}

}  // namespace symbio::cli
