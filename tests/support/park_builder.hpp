#pragma once

// Small parks for the tests, built in code: one builder instead of a copy at the top of every
// test file. Core only, so that any test executable can use it.

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "core/park.hpp"

namespace symbio::testing {

// Directed ties supplier -> receiver between the enterprises of a numbered park.
using Ties = std::vector<std::pair<int, int>>;

// An exchange supplier -> receiver; the defaults are those of Exchange itself.
Exchange ex(std::string supplier, std::string receiver, std::optional<double> amount = std::nullopt,
            Layer layer = Layer::material, Kind kind = Kind::product,
            Status status = Status::existing);

// Enterprises named by the given ids, in that order (index = position; name = id).
Park park_of(std::initializer_list<const char*> ids, std::vector<Exchange> exchanges);

// "e<i>", the id of enterprise i of a numbered park.
std::string enterprise_id(int i);

// Enterprises e0..e<n-1> (name = id), no exchanges.
Park numbered_park(int n);

// numbered_park(n) with one exchange per tie: a copy of `prototype` from e<s> to e<r>.
Park park_of(int n, const Ties& ties, const Exchange& prototype = {});

// Complete graph on the enterprises first..first+size-1, one tie per unordered pair.
void add_clique(Ties& ties, int first, int size);

// Each ordered pair i != j of n enterprises a tie with probability permille / 1000, in the order
// i, then j, drawing rng() % 1000 once per pair.
Ties random_ties(int n, int permille, std::mt19937& rng);

// Uniform picks for seeded random parks. rng() % k on mt19937_64, exactly as the random-park
// tests were written, so that a seed keeps giving the same park.
class Picks {
 public:
  explicit Picks(std::uint64_t seed) : rng_(seed) {}

  // In [0, k).
  int operator()(int k) { return static_cast<int>(rng_() % static_cast<std::uint64_t>(k)); }

  // Two different enterprises of n (n >= 2): the supplier, then the receiver.
  std::pair<int, int> distinct(int n) {
    const int s = (*this)(n);
    int r = (*this)(n - 1);
    if (r >= s) ++r;
    return {s, r};
  }

 private:
  std::mt19937_64 rng_;
};

}  // namespace symbio::testing
