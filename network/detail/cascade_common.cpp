#include "network/detail/cascade_common.hpp"

#include <string>

#include "core/error.hpp"

namespace symbio::net {

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

}  // namespace symbio::net
