#include "network/cascade.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <string>

#include <omp.h>

#include "core/error.hpp"
#include "core/text.hpp"
#include "network/cascade_internal.hpp"

namespace symbio::net {

std::string_view to_string(CascadeDirection direction) {
  switch (direction) {
    case CascadeDirection::downstream:
      return "downstream";
    case CascadeDirection::upstream:
      return "upstream";
    case CascadeDirection::both:
      return "both";
  }
  return "downstream";
}

std::optional<CascadeDirection> parse_cascade_direction(std::string_view text) {
  const std::string key = match_key(text);
  for (const auto d :
       {CascadeDirection::downstream, CascadeDirection::upstream, CascadeDirection::both}) {
    if (key == to_string(d)) return d;
  }
  return std::nullopt;
}

std::vector<Vertex> vertices_of(const SymbiosisGraph& graph, std::span<const std::string> ids) {
  std::vector<Vertex> out;
  out.reserve(ids.size());
  for (const std::string& id : ids) {
    const auto v = graph.index_of(id);
    if (!v) throw OptionError("unknown enterprise '" + id + "'");
    out.push_back(*v);
  }
  return out;
}

std::array<LostFlow, 3> lost_flow_of(const SymbiosisGraph& graph,
                                     std::span<const std::int32_t> failed_round) {
  const detail::InboundFlow inbound(graph);
  std::vector<Vertex> failed;
  for (Vertex v = 0; v < graph.n(); ++v) {
    if (failed_round[static_cast<std::size_t>(v)] >= 0) failed.push_back(v);
  }
  return inbound.lost(failed);
}

namespace detail {

InboundFlow::InboundFlow(const SymbiosisGraph& graph)
    : known_(3 * static_cast<std::size_t>(graph.n()), 0.0),
      missing_(3 * static_cast<std::size_t>(graph.n()), 0) {
  for (const GraphExchange& x : graph.exchanges()) {
    const std::size_t slot = slot_of(x.receiver, x.layer);
    if (x.amount) {
      known_[slot] += *x.amount;
    } else {
      ++missing_[slot];
    }
  }
}

std::array<LostFlow, 3> InboundFlow::lost(std::span<const Vertex> failed_sorted) const {
  std::array<LostFlow, 3> out;
  for (const Vertex v : failed_sorted) {
    for (std::size_t r = 0; r < 3; ++r) {
      const std::size_t slot = 3 * static_cast<std::size_t>(v) + r;
      out[r].known += known_[slot];
      out[r].missing += missing_[slot];
    }
  }
  return out;
}

void check_triggers(const SymbiosisGraph& graph, std::span<const Vertex> triggers) {
  for (const Vertex t : triggers) {
    if (t < 0 || t >= graph.n()) {
      throw OptionError("cascade trigger " + std::to_string(t) + " is not an enterprise index");
    }
  }
}

std::vector<Vertex> sorted_unique(std::span<const Vertex> triggers) {
  std::vector<Vertex> out(triggers.begin(), triggers.end());
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::optional<double> impact_of(std::int64_t failed, std::int64_t triggers, Vertex n) {
  if (static_cast<std::int64_t>(n) <= triggers) return std::nullopt;
  return static_cast<double>(failed - triggers) / static_cast<double>(n - triggers);
}

std::vector<std::optional<double>> vulnerability_of(std::span<const std::int64_t> hits, Vertex n) {
  std::vector<std::optional<double>> out(static_cast<std::size_t>(n));
  if (n < 2) return out;
  for (std::size_t j = 0; j < out.size(); ++j)
    out[j] = static_cast<double>(hits[j]) / static_cast<double>(n - 1);
  return out;
}

int thread_count(int requested) {
  return requested > 0 ? requested : omp_get_max_threads();
}

std::vector<char> immune_of(const SymbiosisGraph& graph, bool external_immune) {
  std::vector<char> immune(static_cast<std::size_t>(graph.n()), 0);
  if (external_immune) {
    for (Vertex v = 0; v < graph.n(); ++v)
      immune[static_cast<std::size_t>(v)] = graph.external(v);
  }
  return immune;
}

CascadeRun make_run(Vertex n, std::vector<std::vector<Vertex>> rounds, const InboundFlow& inbound) {
  CascadeRun run;
  run.failed_round.assign(static_cast<std::size_t>(n), -1);
  std::vector<Vertex> failed;
  for (std::size_t k = 0; k < rounds.size(); ++k) {
    for (const Vertex v : rounds[k]) {
      run.failed_round[static_cast<std::size_t>(v)] = static_cast<std::int32_t>(k);
      failed.push_back(v);
    }
  }
  std::sort(failed.begin(), failed.end());
  run.failed = static_cast<std::int64_t>(failed.size());
  run.lost_flow = inbound.lost(failed);
  const auto triggers = static_cast<std::int64_t>(rounds.empty() ? 0 : rounds[0].size());
  run.impact = impact_of(run.failed, triggers, n);
  run.rounds = std::move(rounds);
  return run;
}

}  // namespace detail

namespace {

void check_options(const DependencyOptions& options) {
  if (!std::isfinite(options.threshold) || options.threshold < 0.0 || options.threshold > 1.0) {
    throw OptionError("cascade threshold must lie in [0, 1], got " +
                      format_double(options.threshold));
  }
}

bool downstream_on(const DependencyOptions& o) {
  return o.direction != CascadeDirection::upstream;
}
bool upstream_on(const DependencyOptions& o) {
  return o.direction != CascadeDirection::downstream;
}
bool stranding(Kind kind) {
  return kind == Kind::byproduct || kind == Kind::waste;
}

// What a failure takes from a partner: the partner's (enterprise, layer) slot and the weight
// (amount or 1) of the exchange in that slot's share.
struct Loss {
  Vertex partner = 0;
  std::uint8_t layer = 0;
  double weight = 1.0;
};

// Per (enterprise, layer) slot: the weight of each exchange in the share. A slot is
// quantity-based when every exchange in it has an amount and their sum is positive.
struct SlotWeights {
  std::vector<char> by_amount;
  std::vector<double> total;
};

template <typename Select, typename Owner>
SlotWeights slot_weights(const SymbiosisGraph& graph, Select select, Owner owner) {
  const std::size_t slots = 3 * static_cast<std::size_t>(graph.n());
  std::vector<char> all_amounts(slots, 1);
  std::vector<double> amount_sum(slots, 0.0);
  std::vector<double> count(slots, 0.0);
  for (const GraphExchange& x : graph.exchanges()) {
    if (!select(x)) continue;
    const std::size_t slot = detail::slot_of(owner(x), x.layer);
    count[slot] += 1.0;
    if (x.amount) {
      amount_sum[slot] += *x.amount;
    } else {
      all_amounts[slot] = 0;
    }
  }
  SlotWeights w;
  w.by_amount.assign(slots, 0);
  w.total.assign(slots, 0.0);
  for (std::size_t s = 0; s < slots; ++s) {
    w.by_amount[s] = static_cast<char>(all_amounts[s] != 0 && amount_sum[s] > 0.0);
    w.total[s] = w.by_amount[s] != 0 ? amount_sum[s] : count[s];
  }
  return w;
}

double weight_in(const SlotWeights& w, std::size_t slot, const GraphExchange& x) {
  return w.by_amount[slot] != 0 ? *x.amount : 1.0;
}

// The largest x >= 0 with x / total <= tau in floating point, so that `lost > share_limit(total,
// tau)` decides exactly as `lost / total > tau` (the rule of docs/methods.md#cascades) without a
// division per edge. x / total is monotone in x, and so is the bit pattern of a non-negative
// double, so a binary search over the patterns finds the boundary in at most 64 steps, whatever
// the magnitudes (stepping by ulps from tau * total could take forever near 0). A slot without
// exchanges (total 0) is never compared.
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

// Everything a run needs that does not depend on the triggers, built once per sweep.
class DependencyIndex {
 public:
  DependencyIndex(const SymbiosisGraph& graph, const DependencyOptions& options)
      : n_(graph.n()), inbound_(graph), immune_(detail::immune_of(graph, options.external_immune)) {
    const auto n = static_cast<std::size_t>(n_);
    const auto& xs = graph.exchanges();
    if (downstream_on(options)) {
      const SlotWeights in = slot_weights(
          graph, [](const GraphExchange&) { return true; },
          [](const GraphExchange& x) { return x.receiver; });
      build(
          n, xs, down_offsets_, down_, in, [](const GraphExchange&) { return true; },
          [](const GraphExchange& x) { return x.supplier; },
          [](const GraphExchange& x) { return x.receiver; });
      in_limit_ = limits_of(in, options.threshold);
    }
    if (upstream_on(options)) {
      auto select = [](const GraphExchange& x) { return stranding(x.kind); };
      const SlotWeights out =
          slot_weights(graph, select, [](const GraphExchange& x) { return x.supplier; });
      build(
          n, xs, up_offsets_, up_, out, select, [](const GraphExchange& x) { return x.receiver; },
          [](const GraphExchange& x) { return x.supplier; });
      out_limit_ = limits_of(out, options.threshold);
    }
  }

  Vertex n() const { return n_; }
  bool immune(Vertex v) const { return immune_[static_cast<std::size_t>(v)] != 0; }
  // Losses of partners when v fails: receivers losing supply, suppliers losing an outlet.
  std::span<const Loss> down(Vertex v) const { return row(down_offsets_, down_, v); }
  std::span<const Loss> up(Vertex v) const { return row(up_offsets_, up_, v); }
  // share_limit() of a slot's inbound (downstream) or outbound stranding (upstream) total.
  double in_limit(std::size_t slot) const { return in_limit_[slot]; }
  double out_limit(std::size_t slot) const { return out_limit_[slot]; }
  bool has_down() const { return !down_offsets_.empty(); }
  bool has_up() const { return !up_offsets_.empty(); }
  const detail::InboundFlow& inbound() const { return inbound_; }

 private:
  static std::vector<double> limits_of(const SlotWeights& w, double tau) {
    std::vector<double> limits(w.total.size());
    for (std::size_t s = 0; s < limits.size(); ++s)
      limits[s] = share_limit(w.total[s], tau);
    return limits;
  }
  template <typename Select, typename From, typename To>
  static void build(std::size_t n, const std::vector<GraphExchange>& xs,
                    std::vector<std::size_t>& offsets, std::vector<Loss>& losses,
                    const SlotWeights& w, Select select, From from, To to) {
    offsets.assign(n + 1, 0);
    for (const GraphExchange& x : xs) {
      if (select(x)) ++offsets[static_cast<std::size_t>(from(x)) + 1];
    }
    for (std::size_t i = 0; i < n; ++i)
      offsets[i + 1] += offsets[i];
    losses.resize(offsets[n]);
    std::vector<std::size_t> next(offsets.begin(), offsets.end() - 1);
    for (const GraphExchange& x : xs) {
      if (!select(x)) continue;
      const std::size_t slot = detail::slot_of(to(x), x.layer);
      losses[next[static_cast<std::size_t>(from(x))]++] =
          Loss{to(x), static_cast<std::uint8_t>(x.layer), weight_in(w, slot, x)};
    }
  }
  static std::span<const Loss> row(const std::vector<std::size_t>& offsets,
                                   const std::vector<Loss>& losses, Vertex v) {
    if (offsets.empty()) return {};
    const auto i = static_cast<std::size_t>(v);
    return {losses.data() + offsets[i], offsets[i + 1] - offsets[i]};
  }

  Vertex n_ = 0;
  detail::InboundFlow inbound_;
  std::vector<char> immune_;
  std::vector<double> in_limit_;
  std::vector<double> out_limit_;
  std::vector<std::size_t> down_offsets_;
  std::vector<Loss> down_;
  std::vector<std::size_t> up_offsets_;
  std::vector<Loss> up_;
};

// Scratch state of one run, reset in time proportional to what the run touched.
//
// Speed: a sweep at 100,000 enterprises walks hundreds of millions of failures, each touching
// the state of its partners at random, so the state an edge needs (failed?, immune?, the lost
// amount and the total of the layer) sits in one 64-byte record per enterprise: one cache miss
// per edge instead of one per array. A partner is failed as soon as its lost share passes the
// threshold, within the round: weights are >= 0 (validated quantities, or 1), so the partial
// sum only grows and the decision is the one the end of the round would take with the same
// sums, and the synchronous rounds of docs/methods.md#cascades are kept (it fails in round k).
class DependencyWorkspace {
 public:
  explicit DependencyWorkspace(const DependencyIndex& index)
      : node_(static_cast<std::size_t>(index.n())),
        up_(index.has_up() ? static_cast<std::size_t>(index.n()) : 0) {
    for (std::size_t v = 0; v < node_.size(); ++v) {
      Node& node = node_[v];
      node.immune = index.immune(static_cast<Vertex>(v)) ? 1 : 0;
      for (std::size_t r = 0; r < 3; ++r) {
        if (index.has_down()) node.limit[r] = index.in_limit(3 * v + r);
        if (index.has_up()) up_[v].limit[r] = index.out_limit(3 * v + r);
      }
    }
  }

  // Runs the cascade from `triggers` (sorted, unique) into `trace`, with the index's threshold.
  void run(const DependencyIndex& index, std::span<const Vertex> triggers,
           detail::RunTrace& trace) {
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
        for (const Loss& l : index.down(u)) {
          Node& p = node_[static_cast<std::size_t>(l.partner)];
          if (p.round >= 0 || p.immune != 0) continue;
          touch(p, l.partner);
          p.lost[l.layer] += l.weight;
          if (p.lost[l.layer] > p.limit[l.layer]) {
            p.round = k;
            trace.failed.push_back(l.partner);
          }
        }
        for (const Loss& l : index.up(u)) {
          Node& p = node_[static_cast<std::size_t>(l.partner)];
          if (p.round >= 0 || p.immune != 0) continue;
          touch(p, l.partner);
          UpNode& q = up_[static_cast<std::size_t>(l.partner)];
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

 private:
  struct alignas(64) Node {
    std::int32_t round = -1;
    std::uint8_t immune = 0;
    std::uint8_t touched = 0;
    std::array<double, 3> lost{};   // downstream: inbound weight of failed suppliers
    std::array<double, 3> limit{};  // share_limit() of the inbound total
  };
  struct UpNode {
    std::array<double, 3> lost{};  // upstream: outbound stranding weight to failed receivers
    std::array<double, 3> limit{};
  };

  void fail(Vertex v, std::int32_t k) {
    Node& node = node_[static_cast<std::size_t>(v)];
    node.round = k;
    touch(node, v);
  }
  void touch(Node& node, Vertex v) {
    if (node.touched != 0) return;
    node.touched = 1;
    touched_.push_back(v);
  }
  void reset() {
    for (const Vertex v : touched_) {
      Node& node = node_[static_cast<std::size_t>(v)];
      node.round = -1;
      node.touched = 0;
      node.lost = {};
      if (!up_.empty()) up_[static_cast<std::size_t>(v)].lost = {};
    }
    touched_.clear();
  }

  std::vector<Node> node_;
  std::vector<UpNode> up_;
  std::vector<Vertex> touched_;
};

}  // namespace

CascadeRun dependency_cascade(const SymbiosisGraph& graph, std::span<const Vertex> triggers,
                              const DependencyOptions& options) {
  check_options(options);
  detail::check_triggers(graph, triggers);
  const DependencyIndex index(graph, options);
  DependencyWorkspace workspace(index);
  detail::RunTrace trace;
  workspace.run(index, detail::sorted_unique(triggers), trace);
  return detail::make_run(graph.n(), trace.rounds_sorted(), index.inbound());
}

CascadeRun dependency_cascade_reference(const SymbiosisGraph& graph,
                                        std::span<const Vertex> triggers,
                                        const DependencyOptions& options) {
  check_options(options);
  detail::check_triggers(graph, triggers);
  const Vertex n = graph.n();
  const auto slots = 3 * static_cast<std::size_t>(n);
  std::vector<std::vector<Vertex>> rounds{detail::sorted_unique(triggers)};
  std::vector<std::int32_t> round(static_cast<std::size_t>(n), -1);
  for (const Vertex t : rounds[0])
    round[static_cast<std::size_t>(t)] = 0;
  const bool down = downstream_on(options);
  const bool up = upstream_on(options);
  for (std::int32_t k = 1;; ++k) {
    // Per slot: number of exchanges, whether all have amounts, amount sums, failed parts.
    std::vector<double> count(slots, 0.0), failed_count(slots, 0.0);
    std::vector<double> amount(slots, 0.0), failed_amount(slots, 0.0);
    std::vector<char> all_amounts(slots, 1);
    std::vector<double> up_count(slots, 0.0), up_failed_count(slots, 0.0);
    std::vector<double> up_amount(slots, 0.0), up_failed_amount(slots, 0.0);
    std::vector<char> up_all_amounts(slots, 1);
    for (const GraphExchange& x : graph.exchanges()) {
      const bool supplier_failed = round[static_cast<std::size_t>(x.supplier)] >= 0;
      const bool receiver_failed = round[static_cast<std::size_t>(x.receiver)] >= 0;
      const std::size_t rs = detail::slot_of(x.receiver, x.layer);
      count[rs] += 1.0;
      if (supplier_failed) failed_count[rs] += 1.0;
      if (x.amount) {
        amount[rs] += *x.amount;
        if (supplier_failed) failed_amount[rs] += *x.amount;
      } else {
        all_amounts[rs] = 0;
      }
      if (!stranding(x.kind)) continue;
      const std::size_t ss = detail::slot_of(x.supplier, x.layer);
      up_count[ss] += 1.0;
      if (receiver_failed) up_failed_count[ss] += 1.0;
      if (x.amount) {
        up_amount[ss] += *x.amount;
        if (receiver_failed) up_failed_amount[ss] += *x.amount;
      } else {
        up_all_amounts[ss] = 0;
      }
    }
    auto share = [](double part, double total) { return total > 0.0 ? part / total : 0.0; };
    std::vector<Vertex> next;
    for (Vertex v = 0; v < n; ++v) {
      if (round[static_cast<std::size_t>(v)] >= 0) continue;
      if (options.external_immune && graph.external(v)) continue;
      bool fails = false;
      for (std::size_t r = 0; r < 3; ++r) {
        const std::size_t s = 3 * static_cast<std::size_t>(v) + r;
        const double d = all_amounts[s] != 0 && amount[s] > 0.0 ? share(failed_amount[s], amount[s])
                                                                : share(failed_count[s], count[s]);
        const double u = up_all_amounts[s] != 0 && up_amount[s] > 0.0
                             ? share(up_failed_amount[s], up_amount[s])
                             : share(up_failed_count[s], up_count[s]);
        if ((down && d > options.threshold) || (up && u > options.threshold)) fails = true;
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

DependencySweep dependency_sweep(const SymbiosisGraph& graph, const DependencyOptions& options,
                                 std::span<const Vertex> triggers) {
  check_options(options);
  detail::check_triggers(graph, triggers);
  const DependencyIndex index(graph, options);
  DependencySweep sweep;
  sweep.options = options;
  detail::sweep_triggers(
      sweep, graph.n(), triggers, options.threads, index.inbound(),
      [&] { return DependencyWorkspace(index); },
      [&](DependencyWorkspace& workspace, Vertex t, detail::RunTrace& trace) {
        const Vertex trigger[] = {t};
        workspace.run(index, trigger, trace);
      });
  return sweep;
}

}  // namespace symbio::net
