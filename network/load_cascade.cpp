#include "network/load_cascade.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include <omp.h>

#include "core/error.hpp"
#include "core/text.hpp"
#include "network/cascade_internal.hpp"

namespace symbio::net {

namespace {

void check_options(const LoadOptions& options) {
  if (!std::isfinite(options.alpha) || options.alpha < 0.0) {
    throw OptionError("load cascade alpha must be finite and >= 0, got " +
                      format_double(options.alpha));
  }
  if (!std::isfinite(options.beta) || options.beta < 0.0) {
    throw OptionError("load cascade beta must be finite and >= 0, got " +
                      format_double(options.beta));
  }
}

std::vector<char> immune_of(const SymbiosisGraph& graph, const LoadOptions& options) {
  std::vector<char> immune(static_cast<std::size_t>(graph.n()), 0);
  if (options.external_immune) {
    for (Vertex v = 0; v < graph.n(); ++v)
      immune[static_cast<std::size_t>(v)] = graph.external(v);
  }
  return immune;
}

// Scratch state of one run of the load model, reset in time proportional to what it touched.
class LoadWorkspace {
 public:
  LoadWorkspace(const LayerView& view, const std::vector<double>& load,
                const std::vector<char>& immune)
      : view_(view),
        load_(load),
        immune_(immune),
        round_(static_cast<std::size_t>(view.n()), -1),
        excess_(static_cast<std::size_t>(view.n()), 0.0),
        incoming_(static_cast<std::size_t>(view.n()), 0.0),
        touched_flag_(static_cast<std::size_t>(view.n()), 0),
        receiver_flag_(static_cast<std::size_t>(view.n()), 0) {}

  std::vector<std::vector<Vertex>> run(const std::vector<Vertex>& triggers, double beta) {
    reset();
    std::vector<std::vector<Vertex>> rounds{triggers};
    for (const Vertex t : triggers)
      round_[static_cast<std::size_t>(t)] = 0;
    touched_.insert(touched_.end(), triggers.begin(), triggers.end());
    std::vector<Vertex> receivers;  // live enterprises receiving load this round
    for (std::int32_t k = 1;; ++k) {
      receivers.clear();
      for (const Vertex i : rounds.back()) {
        const auto ii = static_cast<std::size_t>(i);
        double live_load = 0.0;
        for (const Vertex n : view_.neighbors(i)) {
          if (round_[static_cast<std::size_t>(n)] < 0)
            live_load += load_[static_cast<std::size_t>(n)];
        }
        if (live_load <= 0.0) continue;  // nobody left to take the load: it is lost
        const double per_load = (load_[ii] + excess_[ii]) / live_load;
        for (const Vertex j : view_.neighbors(i)) {
          const auto jj = static_cast<std::size_t>(j);
          if (round_[jj] >= 0) continue;
          if (touched_flag_[jj] == 0) {
            touched_flag_[jj] = 1;
            touched_.push_back(j);
          }
          if (receiver_flag_[jj] == 0) {
            receiver_flag_[jj] = 1;
            receivers.push_back(j);
          }
          incoming_[jj] += per_load * load_[jj];
        }
      }
      std::vector<Vertex> next;
      for (const Vertex j : receivers) {
        const auto jj = static_cast<std::size_t>(j);
        excess_[jj] += incoming_[jj];
        incoming_[jj] = 0.0;
        receiver_flag_[jj] = 0;
        if (immune_[jj] == 0 && excess_[jj] > beta * load_[jj]) next.push_back(j);
      }
      if (next.empty()) break;
      std::sort(next.begin(), next.end());
      for (const Vertex v : next)
        round_[static_cast<std::size_t>(v)] = k;
      rounds.push_back(std::move(next));
    }
    return rounds;
  }

 private:
  void reset() {
    for (const Vertex v : touched_) {
      const auto i = static_cast<std::size_t>(v);
      round_[i] = -1;
      excess_[i] = 0.0;
      incoming_[i] = 0.0;
      touched_flag_[i] = 0;
    }
    touched_.clear();
  }

  const LayerView& view_;
  const std::vector<double>& load_;
  const std::vector<char>& immune_;
  std::vector<std::int32_t> round_;
  std::vector<double> excess_;
  std::vector<double> incoming_;
  std::vector<char> touched_flag_;
  std::vector<char> receiver_flag_;
  std::vector<Vertex> touched_;
};

CascadeRun make_run(Vertex n, std::vector<std::vector<Vertex>> rounds,
                    const detail::InboundFlow& inbound) {
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
  run.impact = detail::impact_of(run.failed, static_cast<std::int64_t>(rounds[0].size()), n);
  run.rounds = std::move(rounds);
  return run;
}

}  // namespace

std::vector<double> initial_loads(const LayerView& view, double alpha) {
  std::vector<double> load(static_cast<std::size_t>(view.n()), 0.0);
  for (Vertex j = 0; j < view.n(); ++j) {
    const auto partners = view.neighbors(j);
    if (partners.empty()) continue;
    double sum = 0.0;
    for (const Vertex m : partners)
      sum += static_cast<double>(view.neighbors(m).size());
    load[static_cast<std::size_t>(j)] = std::pow(static_cast<double>(partners.size()) * sum, alpha);
  }
  return load;
}

double critical_beta(const SymbiosisGraph& graph, const LoadOptions& options) {
  check_options(options);
  const LayerView& view = graph.view(options.layer);
  const std::vector<double> load = initial_loads(view, options.alpha);
  const std::vector<char> immune = immune_of(graph, options);
  double beta_c = 0.0;
  for (Vertex i = 0; i < view.n(); ++i) {
    double sum = 0.0;
    bool can_spread = false;
    for (const Vertex n : view.neighbors(i)) {
      sum += load[static_cast<std::size_t>(n)];
      can_spread = can_spread || immune[static_cast<std::size_t>(n)] == 0;
    }
    if (can_spread) beta_c = std::max(beta_c, load[static_cast<std::size_t>(i)] / sum);
  }
  return beta_c;
}

CascadeRun load_cascade(const SymbiosisGraph& graph, std::span<const Vertex> triggers,
                        const LoadOptions& options) {
  check_options(options);
  detail::check_triggers(graph, triggers);
  const LayerView& view = graph.view(options.layer);
  const std::vector<double> load = initial_loads(view, options.alpha);
  const std::vector<char> immune = immune_of(graph, options);
  LoadWorkspace workspace(view, load, immune);
  auto rounds = workspace.run(detail::sorted_unique(triggers), options.beta);
  return make_run(graph.n(), std::move(rounds), detail::InboundFlow(graph));
}

CascadeRun load_cascade_reference(const SymbiosisGraph& graph, std::span<const Vertex> triggers,
                                  const LoadOptions& options) {
  check_options(options);
  detail::check_triggers(graph, triggers);
  const LayerView& view = graph.view(options.layer);
  const auto n = static_cast<std::size_t>(view.n());
  const std::vector<double> load = initial_loads(view, options.alpha);
  std::vector<std::vector<Vertex>> rounds{detail::sorted_unique(triggers)};
  std::vector<std::int32_t> round(n, -1);
  for (const Vertex t : rounds[0])
    round[static_cast<std::size_t>(t)] = 0;
  std::vector<double> excess(n, 0.0);
  for (std::int32_t k = 1;; ++k) {
    std::vector<double> incoming(n, 0.0);
    for (Vertex i = 0; i < view.n(); ++i) {
      if (round[static_cast<std::size_t>(i)] != k - 1) continue;
      double live_load = 0.0;
      for (const Vertex m : view.neighbors(i)) {
        if (round[static_cast<std::size_t>(m)] < 0) live_load += load[static_cast<std::size_t>(m)];
      }
      if (live_load <= 0.0) continue;
      const double current =
          load[static_cast<std::size_t>(i)] + excess[static_cast<std::size_t>(i)];
      for (const Vertex j : view.neighbors(i)) {
        if (round[static_cast<std::size_t>(j)] < 0)
          incoming[static_cast<std::size_t>(j)] +=
              current / live_load * load[static_cast<std::size_t>(j)];
      }
    }
    std::vector<Vertex> next;
    for (Vertex j = 0; j < view.n(); ++j) {
      const auto jj = static_cast<std::size_t>(j);
      if (round[jj] >= 0 || incoming[jj] == 0.0) continue;
      excess[jj] += incoming[jj];
      const bool immune = options.external_immune && graph.external(j);
      if (!immune && excess[jj] > options.beta * load[jj]) next.push_back(j);
    }
    if (next.empty()) break;
    for (const Vertex v : next)
      round[static_cast<std::size_t>(v)] = k;
    rounds.push_back(std::move(next));
  }
  return make_run(graph.n(), std::move(rounds), detail::InboundFlow(graph));
}

LoadSweep load_sweep(const SymbiosisGraph& graph, const LoadOptions& options,
                     std::span<const Vertex> triggers) {
  check_options(options);
  detail::check_triggers(graph, triggers);
  const LayerView& view = graph.view(options.layer);
  const Vertex n = graph.n();
  std::vector<Vertex> list(triggers.begin(), triggers.end());
  const bool full = list.empty();
  if (full) {
    list.resize(static_cast<std::size_t>(n));
    for (Vertex v = 0; v < n; ++v)
      list[static_cast<std::size_t>(v)] = v;
  }
  const std::vector<double> load = initial_loads(view, options.alpha);
  const std::vector<char> immune = immune_of(graph, options);
  const detail::InboundFlow inbound(graph);
  LoadSweep sweep;
  sweep.options = options;
  sweep.beta_c = critical_beta(graph, options);
  sweep.rows.resize(list.size());
  const int threads = detail::thread_count(options.threads);
  std::vector<std::vector<std::int64_t>> hits(static_cast<std::size_t>(threads));
  const auto count = static_cast<std::int64_t>(list.size());
#pragma omp parallel num_threads(threads)
  {
    const auto me = static_cast<std::size_t>(omp_get_thread_num());
    hits[me].assign(full ? static_cast<std::size_t>(n) : 0, 0);
    LoadWorkspace workspace(view, load, immune);
    std::vector<Vertex> failed;
#pragma omp for schedule(dynamic, 16)
    for (std::int64_t i = 0; i < count; ++i) {
      const Vertex t = list[static_cast<std::size_t>(i)];
      const auto rounds = workspace.run({t}, options.beta);
      failed.clear();
      for (const auto& r : rounds)
        failed.insert(failed.end(), r.begin(), r.end());
      std::sort(failed.begin(), failed.end());
      CascadeSummary& row = sweep.rows[static_cast<std::size_t>(i)];
      row.trigger = t;
      row.failed = static_cast<std::int64_t>(failed.size());
      row.rounds = static_cast<std::int32_t>(rounds.size()) - 1;
      row.impact = detail::impact_of(row.failed, 1, n);
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
    sweep.vulnerability = detail::vulnerability_of(total, n);
  }
  return sweep;
}

}  // namespace symbio::net
