#include <iostream>

#include "cli/command.hpp"
#include "cli/exit_status.hpp"
#include "cli/park_input.hpp"

namespace symbio::cli {

void register_validate(CLI::App& app, Action& action) {
  auto input = std::make_shared<ParkInput>();
  CLI::App* command =
      app.add_subcommand("validate",
                         "Check a park and print every problem with file:line:column.\n"
                         "Exit status 0 when the park is usable, 3 when it is not.\n"
                         "Example: symbio validate examples/kalundborg");
  add_park_input(*command, *input);
  command->callback([&action, input] {
    action = [input](const Console& console) {
      const io::LoadedPark loaded = load_park(*input, console);
      const auto& report = loaded.report;
      console.info(loaded.park.name + ": " + std::to_string(loaded.park.enterprises.size()) +
                   " enterprises, " + std::to_string(loaded.park.exchanges.size()) +
                   " exchanges; " + std::to_string(report.count(Severity::error)) + " errors, " +
                   std::to_string(report.count(Severity::warning)) + " warnings, " +
                   std::to_string(report.count(Severity::note)) + " notes: usable");
      return static_cast<int>(ExitStatus::success);
    };
  });
}

}  // namespace symbio::cli
