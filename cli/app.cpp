#include "cli/app.hpp"

#include <exception>
#include <iostream>
#include <new>

#include "cli/command.hpp"
#include "cli/exit_status.hpp"
#include "cli/out_of_memory.hpp"
#include "core/error.hpp"
#include "core/validation.hpp"

namespace symbio::cli {

namespace {

int status(ExitStatus s) {
  return static_cast<int>(s);
}

}  // namespace

int run(int argc, char** argv) {
  CLI::App app{
      "symbio: industrial symbiosis network analyzer\n"
      "Builds the exchange network of an industrial park, computes its indicators, cascades and "
      "audit findings.\n"
      "Example: symbio audit examples/kalundborg --out out/kalundborg",
      "symbio"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "symbio 0.1.0");
  bool quiet = false;
  bool verbose = false;
  app.add_flag("-q,--quiet", quiet, "print errors only");
  app.add_flag("-v,--verbose", verbose, "also print notes (unit conversions, inferred layers)");
  app.fallthrough();

  Action action;
  register_validate(app, action);
  register_info(app, action);
  register_convert(app, action);
  register_analyze(app, action);
  register_cascade(app, action);
  register_audit(app, action);
  register_render(app, action);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);  // prints help, version or the usage error
    return code == 0 ? status(ExitStatus::success) : status(ExitStatus::usage);
  }

  for (const CLI::App* command : app.get_subcommands())
    note_command(command->get_name());
  const Console console(quiet, verbose);
  try {
    return action ? action(console) : status(ExitStatus::usage);
  } catch (const ValidationFailed& e) {
    const auto errors = e.report().count(Severity::error);
    console.error("the input has " + std::to_string(errors) + (errors == 1 ? " error" : " errors") +
                  " (listed above); nothing was written");
    return status(ExitStatus::bad_data);
  } catch (const DataError& e) {
    console.error(e.what());
    return status(ExitStatus::bad_data);
  } catch (const FileError& e) {
    console.error(e.what());
    return status(ExitStatus::file_error);
  } catch (const OptionError& e) {
    console.error(e.what());
    return status(ExitStatus::usage);
  } catch (const std::bad_alloc&) {
    console.error(out_of_memory_message());
    return status(ExitStatus::resources);
  } catch (const std::exception& e) {
    console.error(std::string("internal error: ") + e.what() +
                  " (this is a bug in symbio; please report it with the input)");
    return status(ExitStatus::internal);
  }
}

}  // namespace symbio::cli
