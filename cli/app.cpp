#include "cli/app.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
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

// Data written to standard output that did not arrive (a full disk, /dev/full, a closed pipe
// end) is a failed write like any other: flushed and checked before the program ends.
int check_standard_output(int code, const Console& console) {
  errno = 0;
  std::cout.flush();
  const bool stream_failed = !std::cout;
  const bool flush_failed = std::fflush(stdout) != 0;
  if (!stream_failed && !flush_failed && std::ferror(stdout) == 0) return code;
  const int error = errno;
  console.error(std::string("cannot write to standard output") +
                (error != 0 ? std::string(": ") + std::strerror(error) : std::string()));
  return code == status(ExitStatus::success) ? status(ExitStatus::file_error) : code;
}

int run_action(const Action& action, const Console& console) {
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
  app.add_flag("-v,--verbose", verbose,
               "also print notes (unit conversions, inferred layers and kinds, unread columns)");
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
    return check_standard_output(
        code == 0 ? status(ExitStatus::success) : status(ExitStatus::usage), Console(false, false));
  }

  for (const CLI::App* command : app.get_subcommands())
    note_command(command->get_name());
  const Console console(quiet, verbose);
  return check_standard_output(run_action(action, console), console);
}

}  // namespace symbio::cli
