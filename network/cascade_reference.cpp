#include "network/cascade.hpp"
#include "network/detail/dependency_index.hpp"

namespace symbio::net {

namespace {

// Per (enterprise, layer) slot of one dependency type: how many dependencies, whether all have
// an amount, their amount sum, and the parts held by failed providers.
struct Shares {
  explicit Shares(std::size_t slots)
      : count(slots, 0.0),
        failed_count(slots, 0.0),
        amount(slots, 0.0),
        failed_amount(slots, 0.0),
        all_amounts(slots, 1) {}
  void add(std::size_t slot, const GraphExchange& x, bool provider_failed) {
    count[slot] += 1.0;
    if (provider_failed) failed_count[slot] += 1.0;
    if (x.amount) {
      amount[slot] += *x.amount;
      if (provider_failed) failed_amount[slot] += *x.amount;
    } else {
      all_amounts[slot] = 0;
    }
  }
  double share(std::size_t slot) const {
    auto ratio = [](double part, double total) { return total > 0.0 ? part / total : 0.0; };
    return all_amounts[slot] != 0 && amount[slot] > 0.0 ? ratio(failed_amount[slot], amount[slot])
                                                        : ratio(failed_count[slot], count[slot]);
  }
  std::vector<double> count, failed_count, amount, failed_amount;
  std::vector<char> all_amounts;
};

}  // namespace

// Written from the definition, not from the index: the kind decides the dependent party here
// without dependency_of(), so that a slip in either shows in the tests that compare the two.
CascadeRun dependency_cascade_reference(const SymbiosisGraph& graph,
                                        std::span<const Vertex> triggers,
                                        const DependencyOptions& options) {
  detail::check_dependency_options(options);
  detail::check_triggers(graph, triggers);
  const Vertex n = graph.n();
  const auto slots = 3 * static_cast<std::size_t>(n);
  std::vector<std::vector<Vertex>> rounds{detail::sorted_unique(triggers)};
  std::vector<std::int32_t> round(static_cast<std::size_t>(n), -1);
  for (const Vertex t : rounds[0])
    round[static_cast<std::size_t>(t)] = 0;
  const bool supply = options.direction != CascadeDirection::outlet;
  const bool outlet = options.direction != CascadeDirection::supply;
  const bool honour_substitutes = options.substitutes == Substitutes::catalogue;
  for (std::int32_t k = 1;; ++k) {
    Shares supplies(slots);
    Shares outlets(slots);
    for (const GraphExchange& x : graph.exchanges()) {
      if (honour_substitutes && x.substitutable) continue;
      const bool supplier_failed = round[static_cast<std::size_t>(x.supplier)] >= 0;
      const bool receiver_failed = round[static_cast<std::size_t>(x.receiver)] >= 0;
      if (x.kind == Kind::waste) {
        outlets.add(detail::slot_of(x.supplier, x.layer), x, receiver_failed);
      } else {
        supplies.add(detail::slot_of(x.receiver, x.layer), x, supplier_failed);
      }
    }
    std::vector<Vertex> next;
    for (Vertex v = 0; v < n; ++v) {
      if (round[static_cast<std::size_t>(v)] >= 0) continue;
      if (options.external_immune && graph.external(v)) continue;
      bool fails = false;
      for (std::size_t r = 0; r < 3; ++r) {
        const std::size_t s = 3 * static_cast<std::size_t>(v) + r;
        if ((supply && supplies.share(s) > options.threshold) ||
            (outlet && outlets.share(s) > options.threshold)) {
          fails = true;
        }
      }
      if (fails) next.push_back(v);
    }
    if (next.empty()) break;
    for (const Vertex v : next)
      round[static_cast<std::size_t>(v)] = k;
    rounds.push_back(std::move(next));
  }
  return detail::make_run(n, std::move(rounds), detail::InboundFlow(graph));
}

}  // namespace symbio::net
