#include "cli/app.hpp"
#include "cli/interrupt.hpp"
#include "cli/out_of_memory.hpp"

int main(int argc, char** argv) {
  symbio::cli::install_interrupt_cleanup();
  symbio::cli::install_out_of_memory_handler();
  return symbio::cli::run(argc, argv);
}
