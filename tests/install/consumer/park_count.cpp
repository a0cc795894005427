// Reads a park with symbio::io alone and prints how many exchanges it has.
#include <iostream>

#include "io/read_park.hpp"

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  const symbio::io::LoadedPark loaded = symbio::io::read_park(argv[1]);
  std::cout << loaded.park.exchanges.size() << '\n';
  return loaded.report.has_errors() ? 3 : 0;
}
