#include "cli/app.hpp"

int main(int argc, char** argv) {
  return symbio::cli::run(argc, argv);
}
