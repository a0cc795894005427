#include "cli/app.hpp"
#include "cli/interrupt.hpp"

int main(int argc, char** argv) {
  symbio::cli::install_interrupt_cleanup();
  return symbio::cli::run(argc, argv);
}
