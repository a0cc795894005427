#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include <omp.h>

#include "network/cascade.hpp"

// Helpers shared by the cascade models (cascade.cpp, load_cascade.cpp). Not part of the API.
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

// The CascadeRun of the given rounds (rounds[0] the triggers), lost flow from `inbound`.
CascadeRun make_run(Vertex n, std::vector<std::vector<Vertex>> rounds, const InboundFlow& inbound);

// The sweep loop both models share, so that their rows and vulnerability are computed alike:
// one run per trigger (every enterprise, and then vulnerability too, when `triggers` is empty),
// in parallel, each thread with its own workspace from make_workspace(); run(workspace, t)
// returns the rounds of trigger t. Fills sweep.rows and sweep.vulnerability. Hits are counted
// per thread and added afterwards, so the result does not depend on the number of threads.
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
    std::vector<Vertex> failed;
#pragma omp for schedule(dynamic, 16)
    for (std::int64_t i = 0; i < count; ++i) {
      const Vertex t = list[static_cast<std::size_t>(i)];
      const auto rounds = run(workspace, t);
      failed.clear();
      for (const auto& r : rounds)
        failed.insert(failed.end(), r.begin(), r.end());
      std::sort(failed.begin(), failed.end());
      CascadeSummary& row = sweep.rows[static_cast<std::size_t>(i)];
      row.trigger = t;
      row.failed = static_cast<std::int64_t>(failed.size());
      row.rounds = static_cast<std::int32_t>(rounds.size()) - 1;
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
