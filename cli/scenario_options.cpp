#include "cli/scenario_options.hpp"

#include <algorithm>

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

void add_compare_option(CLI::App& command, std::vector<std::string>& compare) {
  command
      .add_option("--compare", compare,
                  "compare the park as it is with the park with these exchanges added as "
                  "existing ones: planned, potential (the park's exchanges of that status) or "
                  "options (the exchanges the audit proposes); repeatable. Writes scenarios.csv "
                  "and a side-by-side table in the report. Each comparison that adds exchanges "
                  "analyses the park once more (the park indicators of the layers it changes, "
                  "robustness under random, degree and PageRank removal, the flows with their "
                  "network analysis), about the time of `symbio analyze` (at 10,000 enterprises "
                  "mostly the distance sweeps); cascades and findings are those of the park as "
                  "it is")
      ->delimiter(',')
      ->allow_extra_args(false);
}

std::vector<audit::ScenarioKind> parse_compare(const std::vector<std::string>& words) {
  std::vector<audit::ScenarioKind> kinds;
  for (const std::string& word : words) {
    if (trim(word).empty()) continue;
    const auto kind = audit::parse_scenario_kind(word);
    if (!kind) {
      throw OptionError("--compare: expected planned, potential or options, found '" +
                        std::string(trim(word)) + "'");
    }
    if (std::find(kinds.begin(), kinds.end(), *kind) == kinds.end()) kinds.push_back(*kind);
  }
  return kinds;
}

}  // namespace symbio::cli
