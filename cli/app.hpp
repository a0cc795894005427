#pragma once

namespace symbio::cli {

// The whole program: parses the command line, runs the command, maps exceptions to the exit
// statuses of exit_status.hpp and prints their messages on stderr.
int run(int argc, char** argv);

}  // namespace symbio::cli
