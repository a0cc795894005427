#pragma once

#include <functional>
#include <memory>

#include <CLI/CLI.hpp>

#include "cli/console.hpp"

namespace symbio::cli {

// What a parsed subcommand runs: returns the exit status. Exceptions are mapped by run().
using Action = std::function<int(const Console&)>;

// Each command registers its subcommand and, when it is the one parsed, sets `action`.
void register_validate(CLI::App& app, Action& action);
void register_info(CLI::App& app, Action& action);
void register_convert(CLI::App& app, Action& action);
void register_analyze(CLI::App& app, Action& action);
void register_cascade(CLI::App& app, Action& action);
void register_audit(CLI::App& app, Action& action);
void register_render(CLI::App& app, Action& action);

}  // namespace symbio::cli
