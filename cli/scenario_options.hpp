#pragma once

#include <string>

#include <CLI/CLI.hpp>

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

}  // namespace symbio::cli
