#include "network/detail/dependency_index.hpp"

#include <bit>
#include <cmath>

#include "core/error.hpp"
#include "core/text.hpp"

namespace symbio::net::detail {

void check_dependency_options(const DependencyOptions& options) {
  if (!std::isfinite(options.threshold) || options.threshold < 0.0 || options.threshold > 1.0) {
    throw OptionError("cascade threshold must lie in [0, 1], got " +
                      format_double(options.threshold));
  }
}

namespace {

// The largest x >= 0 with x / total <= tau in floating point, so that `lost > share_limit(total,
// tau)` decides exactly as `lost / total > tau` (the failure rule) without a division per edge.
// x / total is monotone in x, and so is the bit pattern of a non-negative double, so a binary
// search over the patterns finds the boundary in at most 64 steps, whatever the magnitudes
// (stepping by ulps from tau * total could take forever near 0). A slot without dependencies
// (total 0) is never compared.
double share_limit(double total, double tau) {
  if (!(total > 0.0)) return 0.0;
  auto fits = [&](std::uint64_t bits) { return std::bit_cast<double>(bits) / total <= tau; };
  std::uint64_t lo = 0;  // 0 / total = 0 <= tau always
  std::uint64_t hi = std::bit_cast<std::uint64_t>(HUGE_VAL);
  if (fits(hi)) return HUGE_VAL;
  while (hi - lo > 1) {  // invariant: fits(lo), !fits(hi)
    const std::uint64_t mid = lo + (hi - lo) / 2;
    (fits(mid) ? lo : hi) = mid;
  }
  return std::bit_cast<double>(lo);
}

}  // namespace

DependencyIndex::DependencyIndex(const SymbiosisGraph& graph, const DependencyOptions& options)
    : n_(graph.n()),
      substitutes_(options.substitutes),
      inbound_(graph),
      immune_(immune_of(graph, options.external_immune)) {
  if (options.direction != CascadeDirection::outlet) {
    build(graph, Dependency::supply, options.threshold, supply_offsets_, supply_, supply_limit_);
  }
  if (options.direction != CascadeDirection::supply) {
    build(graph, Dependency::outlet, options.threshold, outlet_offsets_, outlet_, outlet_limit_);
  }
}

// The dependencies of one type as rows by provider, each with its weight in the share of its
// dependent's (enterprise, layer) slot: the amount when every dependency of the slot has one and
// they sum to more than 0, else 1 (counting).
void DependencyIndex::build(const SymbiosisGraph& graph, Dependency type, double tau,
                            std::vector<std::size_t>& offsets, std::vector<Loss>& losses,
                            std::vector<double>& limits) const {
  const auto n = static_cast<std::size_t>(n_);
  const std::size_t slots = 3 * n;
  std::vector<char> all_amounts(slots, 1);
  std::vector<double> amount_sum(slots, 0.0);
  std::vector<double> count(slots, 0.0);
  offsets.assign(n + 1, 0);
  for (const GraphExchange& x : graph.exchanges()) {
    if (dependency_of(x, substitutes_) != type) continue;
    const std::size_t slot = slot_of(dependent_of(x, type), x.layer);
    count[slot] += 1.0;
    if (x.amount) {
      amount_sum[slot] += *x.amount;
    } else {
      all_amounts[slot] = 0;
    }
    ++offsets[static_cast<std::size_t>(provider_of(x, type)) + 1];
  }
  std::vector<char> by_amount(slots, 0);
  limits.assign(slots, 0.0);
  for (std::size_t s = 0; s < slots; ++s) {
    by_amount[s] = static_cast<char>(all_amounts[s] != 0 && amount_sum[s] > 0.0);
    limits[s] = share_limit(by_amount[s] != 0 ? amount_sum[s] : count[s], tau);
  }
  for (std::size_t i = 0; i < n; ++i)
    offsets[i + 1] += offsets[i];
  losses.resize(offsets[n]);
  std::vector<std::size_t> next(offsets.begin(), offsets.end() - 1);
  for (const GraphExchange& x : graph.exchanges()) {
    if (dependency_of(x, substitutes_) != type) continue;
    const Vertex dependent = dependent_of(x, type);
    const std::size_t slot = slot_of(dependent, x.layer);
    losses[next[static_cast<std::size_t>(provider_of(x, type))]++] =
        Loss{dependent, static_cast<std::uint8_t>(x.layer), by_amount[slot] != 0 ? *x.amount : 1.0};
  }
}

DependencyWorkspace::DependencyWorkspace(const DependencyIndex& index)
    : node_(static_cast<std::size_t>(index.n())),
      outlet_(index.has_outlet() ? static_cast<std::size_t>(index.n()) : 0) {
  for (std::size_t v = 0; v < node_.size(); ++v) {
    Node& node = node_[v];
    node.immune = index.immune(static_cast<Vertex>(v)) ? 1 : 0;
    for (std::size_t r = 0; r < 3; ++r) {
      if (index.has_supply()) node.limit[r] = index.supply_limit(3 * v + r);
      if (index.has_outlet()) outlet_[v].limit[r] = index.outlet_limit(3 * v + r);
    }
  }
}

void DependencyWorkspace::run(const DependencyIndex& index, std::span<const Vertex> triggers,
                              RunTrace& trace) {
  reset();
  trace.clear();
  for (const Vertex t : triggers) {
    fail(t, 0);
    trace.failed.push_back(t);
  }
  trace.round_end.push_back(trace.failed.size());
  std::size_t begin = 0;
  for (std::int32_t k = 1;; ++k) {
    const std::size_t end = trace.failed.size();
    for (std::size_t i = begin; i < end; ++i) {
      const Vertex u = trace.failed[i];
      for (const Loss& l : index.supply(u)) {
        Node& p = node_[static_cast<std::size_t>(l.partner)];
        if (p.round >= 0 || p.immune != 0) continue;
        touch(p, l.partner);
        p.lost[l.layer] += l.weight;
        if (p.lost[l.layer] > p.limit[l.layer]) {
          p.round = k;
          trace.failed.push_back(l.partner);
        }
      }
      for (const Loss& l : index.outlet(u)) {
        Node& p = node_[static_cast<std::size_t>(l.partner)];
        if (p.round >= 0 || p.immune != 0) continue;
        touch(p, l.partner);
        OutletNode& q = outlet_[static_cast<std::size_t>(l.partner)];
        q.lost[l.layer] += l.weight;
        if (q.lost[l.layer] > q.limit[l.layer]) {
          p.round = k;
          trace.failed.push_back(l.partner);
        }
      }
    }
    if (trace.failed.size() == end) break;
    trace.round_end.push_back(trace.failed.size());
    begin = end;
  }
}

void DependencyWorkspace::reset() {
  for (const Vertex v : touched_) {
    Node& node = node_[static_cast<std::size_t>(v)];
    node.round = -1;
    node.touched = 0;
    node.lost = {};
    if (!outlet_.empty()) outlet_[static_cast<std::size_t>(v)].lost = {};
  }
  touched_.clear();
}

}  // namespace symbio::net::detail
