#include "cli/command.hpp"
#include "cli/exit_status.hpp"
#include "cli/park_input.hpp"
#include "io/park_writer.hpp"

namespace symbio::cli {

void register_convert(CLI::App& app, Action& action) {
  auto input = std::make_shared<ParkInput>();
  auto output = std::make_shared<std::string>();
  CLI::App* command = app.add_subcommand(
      "convert",
      "Write a park in another format: .json (Protobuf JSON), .pb, .pbtxt, or a folder of CSV "
      "files (a path ending in '/').\n"
      "Example: symbio convert examples/kalundborg -o kalundborg.pb");
  add_park_input(*command, *input);
  command->add_option("-o,--output", *output, "the file or folder to write")->required();
  command->callback([&action, input, output] {
    action = [input, output](const Console& console) {
      const io::LoadedPark loaded = load_park(*input, console);
      io::write_park(loaded.park, *output, {input->path});
      console.info("wrote " + *output);
      return static_cast<int>(ExitStatus::success);
    };
  });
}

}  // namespace symbio::cli
