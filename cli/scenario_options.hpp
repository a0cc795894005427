#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "audit/scenarios.hpp"
#include "network/graph.hpp"

namespace symbio::cli {

// Which exchanges and enterprises enter the graph: --include planned,potential and
// --exclude-external, shared by every command that builds the graph.
struct ScenarioArgs {
  std::string include;
  bool exclude_external = false;
};

void add_scenario_options(CLI::App& command, ScenarioArgs& args);

// Throws OptionError for an --include word other than planned or potential.
net::GraphOptions make_graph_options(const ScenarioArgs& args);

// --compare planned|potential|options of `symbio audit`, repeatable or comma-separated: the
// scenarios compared with the park as it is (scenarios.csv and the report's table).
void add_compare_option(CLI::App& command, std::vector<std::string>& compare);

// The scenarios in the order given, each once. Throws OptionError for any other word, so that
// the run stops (exit status 2) before the park is read.
std::vector<audit::ScenarioKind> parse_compare(const std::vector<std::string>& words);

}  // namespace symbio::cli
