// Reads a park with symbio's library and prints its size and the degree of one enterprise.
#include <iostream>

#include "core/validation.hpp"
#include "io/read_park.hpp"
#include "network/degree.hpp"
#include "network/graph.hpp"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: park_degree PARK ENTERPRISE_ID\n";
    return 2;
  }
  const symbio::io::LoadedPark loaded = symbio::io::read_park(argv[1]);
  if (loaded.report.has_errors()) {
    for (const symbio::Problem& p : loaded.report.problems()) {
      std::cerr << symbio::format_problem(p) << '\n';
    }
    return 3;
  }
  const symbio::net::SymbiosisGraph graph(loaded.park);
  const auto v = graph.index_of(argv[2]);
  if (!v) {
    std::cerr << "no enterprise " << argv[2] << '\n';
    return 3;
  }
  const symbio::net::DegreeIndicators degrees = symbio::net::compute_degrees(graph.view());
  std::cout << "enterprises " << loaded.park.enterprises.size() << '\n'
            << "exchanges " << loaded.park.exchanges.size() << '\n'
            << "degree " << degrees.degree[static_cast<std::size_t>(*v)] << '\n';
  return 0;
}
