#include "tests/support/park_builder.hpp"

namespace symbio::testing {

Exchange ex(std::string supplier, std::string receiver, std::optional<double> amount, Layer layer,
            Kind kind, Status status) {
  Exchange x;
  x.supplier = std::move(supplier);
  x.receiver = std::move(receiver);
  x.layer = layer;
  x.kind = kind;
  x.amount = amount;
  x.status = status;
  return x;
}

Park park_of(std::initializer_list<const char*> ids, std::vector<Exchange> exchanges) {
  Park park;
  for (const char* id : ids)
    park.enterprises.push_back(Enterprise{id, id});
  park.exchanges = std::move(exchanges);
  return park;
}

std::string enterprise_id(int i) {
  return "e" + std::to_string(i);
}

Park numbered_park(int n) {
  Park park;
  for (int i = 0; i < n; ++i) {
    const std::string id = enterprise_id(i);
    park.enterprises.push_back(Enterprise{id, id});
  }
  return park;
}

Park park_of(int n, const Ties& ties, const Exchange& prototype) {
  Park park = numbered_park(n);
  for (const auto& [s, r] : ties) {
    Exchange x = prototype;
    x.supplier = enterprise_id(s);
    x.receiver = enterprise_id(r);
    park.exchanges.push_back(std::move(x));
  }
  return park;
}

void add_clique(Ties& ties, int first, int size) {
  for (int i = first; i < first + size; ++i)
    for (int j = i + 1; j < first + size; ++j)
      ties.emplace_back(i, j);
}

Ties random_ties(int n, int permille, std::mt19937& rng) {
  Ties ties;
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < n; ++j)
      if (i != j && static_cast<int>(rng() % 1000) < permille) ties.emplace_back(i, j);
  return ties;
}

}  // namespace symbio::testing
