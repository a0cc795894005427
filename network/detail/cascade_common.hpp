#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include <omp.h>

#include "network/cascade.hpp"

// Helpers shared by the cascade models (the dependency model, its reference, the load model),
// defined in network/detail/cascade_common.cpp. Not part of the API.
namespace symbio::net::detail {

inline std::size_t slot_of(Vertex v, Layer layer) {
  return 3 * static_cast<std::size_t>(v) + static_cast<std::size_t>(layer);
}

// Inbound amounts per (enterprise, layer), summed in exchange order, and the number of inbound
// exchanges without a quantity; lost() adds them over failed enterprises in index order, so
// every model and the reference give the same bits.
class InboundFlow {
 public:
  explicit InboundFlow(const SymbiosisGraph& graph);
  std::array<LostFlow, 3> lost(std::span<const Vertex> failed_sorted) const;

 private:
  std::vector<double> known_;
  std::vector<std::int64_t> missing_;
};

void check_triggers(const SymbiosisGraph& graph, std::span<const Vertex> triggers);
std::vector<Vertex> sorted_unique(std::span<const Vertex> triggers);
std::optional<double> impact_of(std::int64_t failed, std::int64_t triggers, Vertex n);
std::vector<std::optional<double>> vulnerability_of(std::span<const std::int64_t> hits, Vertex n);
int thread_count(int requested);

// Per enterprise: 1 when it never fails (external_immune and external), else 0.
std::vector<char> immune_of(const SymbiosisGraph& graph, bool external_immune);

// The failures of one run in the order they happened: round k is
// failed[round_end[k-1] .. round_end[k]) (round 0, the triggers, from 0). Reused across the runs
// of a sweep so that a run allocates nothing once the buffers have grown.
struct RunTrace {
  std::vector<Vertex> failed;
  std::vector<std::size_t> round_end;

  void clear() {
    failed.clear();
    round_end.clear();
  }
  std::int32_t rounds() const { return static_cast<std::int32_t>(round_end.size()) - 1; }
  // Round by round, each round sorted (the order of a scenario's output).
  std::vector<std::vector<Vertex>> rounds_sorted() const {
    std::vector<std::vector<Vertex>> out;
    std::size_t begin = 0;
    for (const std::size_t end : round_end) {
      out.emplace_back(failed.begin() + static_cast<std::ptrdiff_t>(begin),
                       failed.begin() + static_cast<std::ptrdiff_t>(end));
      std::sort(out.back().begin(), out.back().end());
      begin = end;
    }
    return out;
  }
};

// The CascadeRun of the given rounds (rounds[0] the triggers), lost flow from `inbound`.
CascadeRun make_run(Vertex n, std::vector<std::vector<Vertex>> rounds, const InboundFlow& inbound);

// The sweep loop both models share, so that their rows and vulnerability are computed alike:
// one run per trigger (every enterprise, and then vulnerability too, when `triggers` is empty),
// in parallel, each thread with its own workspace from make_workspace(); run(workspace, t, trace)
// writes the failures of trigger t into trace. Fills sweep.rows and sweep.vulnerability. Hits
// are counted per thread and added afterwards, so the result does not depend on the number of
// threads.
template <typename Sweep, typename MakeWorkspace, typename Run>
void sweep_triggers(Sweep& sweep, Vertex n, std::span<const Vertex> triggers, int threads_requested,
                    const InboundFlow& inbound, MakeWorkspace make_workspace, Run run) {
  std::vector<Vertex> list(triggers.begin(), triggers.end());
  const bool full = list.empty();
  if (full) {
    list.resize(static_cast<std::size_t>(n));
    for (Vertex v = 0; v < n; ++v)
      list[static_cast<std::size_t>(v)] = v;
  }
  sweep.rows.resize(list.size());
  const int threads = thread_count(threads_requested);
  std::vector<std::vector<std::int64_t>> hits(static_cast<std::size_t>(threads));
  const auto count = static_cast<std::int64_t>(list.size());
#pragma omp parallel num_threads(threads)
  {
    const auto me = static_cast<std::size_t>(omp_get_thread_num());
    hits[me].assign(full ? static_cast<std::size_t>(n) : 0, 0);
    auto workspace = make_workspace();
    RunTrace trace;
    // The failed set in index order, for lost flow summed in that order (InboundFlow): a
    // bitmap scan costs n/64 words per run where sorting a large cascade costs F log F.
    std::vector<std::uint64_t> bits((static_cast<std::size_t>(n) + 63) / 64, 0);
    std::vector<Vertex> failed;
#pragma omp for schedule(dynamic, 16)
    for (std::int64_t i = 0; i < count; ++i) {
      const Vertex t = list[static_cast<std::size_t>(i)];
      run(workspace, t, trace);
      for (const Vertex v : trace.failed)
        bits[static_cast<std::size_t>(v) >> 6] |= std::uint64_t{1} << (v & 63);
      failed.clear();
      for (std::size_t w = 0; w < bits.size(); ++w) {
        for (std::uint64_t word = bits[w]; word != 0; word &= word - 1)
          failed.push_back(
              static_cast<Vertex>(64 * w + static_cast<std::size_t>(std::countr_zero(word))));
        bits[w] = 0;
      }
      CascadeSummary& row = sweep.rows[static_cast<std::size_t>(i)];
      row.trigger = t;
      row.failed = static_cast<std::int64_t>(failed.size());
      row.rounds = trace.rounds();
      row.impact = impact_of(row.failed, 1, n);
      row.lost_flow = inbound.lost(failed);
      if (full) {
        for (const Vertex v : failed) {
          if (v != t) ++hits[me][static_cast<std::size_t>(v)];
        }
      }
    }
  }
  if (full) {
    std::vector<std::int64_t> total(static_cast<std::size_t>(n), 0);
    for (const auto& h : hits) {
      for (std::size_t j = 0; j < h.size(); ++j)
        total[j] += h[j];
    }
    sweep.vulnerability = vulnerability_of(total, n);
  }
}

}  // namespace symbio::net::detail
