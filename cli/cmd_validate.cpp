#include <iostream>

#include "cli/command.hpp"
#include "cli/exit_status.hpp"
#include "cli/park_input.hpp"
#include "core/text.hpp"
#include "io/info_json.hpp"

namespace symbio::cli {

void register_validate(CLI::App& app, Action& action) {
  auto input = std::make_shared<ParkInput>();
  CLI::App* command =
      app.add_subcommand("validate",
                         "Check a park and print every problem with file:line:column.\n"
                         "Exit status 0 when the park is usable, 3 when it is not.\n"
                         "Example: symbio validate examples/kalundborg");
  add_park_input(*command, *input);
  auto json = std::make_shared<bool>(false);
  command->add_flag("--json", *json,
                    "print the park's counts and every problem as one JSON document on standard "
                    "output (also when the park is unusable; the exit status is the same)");
  command->callback([&action, input, json] {
    action = [input, json](const Console& console) {
      if (*json) {
        const io::LoadedPark loaded = read_park_input(*input, console.verbose());
        std::cout << io::validation_json(loaded.path, loaded.park.name,
                                         loaded.park.enterprises.size(),
                                         loaded.park.exchanges.size(), loaded.report);
        return static_cast<int>(loaded.report.has_errors() ? ExitStatus::bad_data
                                                           : ExitStatus::success);
      }
      const io::LoadedPark loaded = load_park(*input, console);
      const auto& report = loaded.report;
      const auto count = [](std::size_t n, std::string_view one, std::string_view many) {
        return count_noun(static_cast<std::int64_t>(n), one, many);
      };
      console.info(loaded.park.name + ": " +
                   count(loaded.park.enterprises.size(), "enterprise", "enterprises") + ", " +
                   count(loaded.park.exchanges.size(), "exchange", "exchanges") + "; " +
                   count(report.count(Severity::error), "error", "errors") + ", " +
                   count(report.count(Severity::warning), "warning", "warnings") + ", " +
                   count(report.count(Severity::note), "note", "notes") + ": usable");
      return static_cast<int>(ExitStatus::success);
    };
  });
}

}  // namespace symbio::cli
