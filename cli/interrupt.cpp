#include "cli/interrupt.hpp"

#include <signal.h>

#include <csignal>

#include "io/atomic_file.hpp"
#include "io/output_lock.hpp"

namespace symbio::cli {

namespace {

extern "C" void on_interrupt(int signal_number) {
  io::remove_pending_temporary_files();
  io::remove_held_lock_files();
  std::signal(signal_number, SIG_DFL);
  std::raise(signal_number);
}

}  // namespace

void install_interrupt_cleanup() {
  for (const int s : {SIGINT, SIGTERM, SIGHUP}) {
    struct sigaction action = {};
    action.sa_handler = on_interrupt;
    sigemptyset(&action.sa_mask);
    sigaction(s, &action, nullptr);
  }
}

}  // namespace symbio::cli
