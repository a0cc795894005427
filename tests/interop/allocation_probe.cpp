// Prints the allocation of a park's declared outputs to its declared needs (audit::
// allocate_declared) as CSV, for allocation_test.py to compare with NetworkX:
//   allocation_probe PARK_FOLDER
// supplier,receiver,resource,need,match,layer,quantity (quantity in the canonical unit of the
// layer, shortest round-trip text).
#include <exception>
#include <iostream>

#include "audit/allocation.hpp"
#include "core/csv.hpp"
#include "core/text.hpp"
#include "io/read_park.hpp"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: allocation_probe PARK_FOLDER\n";
    return 2;
  }
  try {
    const symbio::io::LoadedPark loaded = symbio::io::read_park(argv[1]);
    std::cout << "supplier,receiver,resource,need,match,layer,quantity\n";
    for (const symbio::audit::PotentialExchange& x :
         symbio::audit::allocate_declared(loaded.park, loaded.catalogue)) {
      std::cout << symbio::csv_escape(x.supplier) << ',' << symbio::csv_escape(x.receiver) << ','
                << symbio::csv_escape(x.resource) << ',' << symbio::csv_escape(x.need) << ','
                << x.match << ',' << to_string(x.layer) << ','
                << symbio::format_double(x.quantity.value_or(0.0)) << '\n';
    }
  } catch (const std::exception& e) {
    std::cerr << e.what() << '\n';
    return 1;
  }
  return 0;
}
