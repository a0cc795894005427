#include "network/load_cascade.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/error.hpp"
#include "core/text.hpp"
#include "network/cohesion.hpp"
#include "network/detail/cascade_common.hpp"

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

namespace {

// L_i / S_i of every enterprise able to spread its failure (a neighbour that can fail), else 0:
// the terms whose maximum is beta_c.
std::vector<double> beta_terms(const SymbiosisGraph& graph, const LoadOptions& options) {
  check_options(options);
  const LayerView& view = graph.view(options.layer);
  const std::vector<double> load = initial_loads(view, options.alpha);
  const std::vector<char> immune = detail::immune_of(graph, options.external_immune);
  std::vector<double> terms(static_cast<std::size_t>(view.n()), 0.0);
  for (Vertex i = 0; i < view.n(); ++i) {
    double sum = 0.0;
    bool can_spread = false;
    for (const Vertex n : view.neighbors(i)) {
      sum += load[static_cast<std::size_t>(n)];
      can_spread = can_spread || immune[static_cast<std::size_t>(n)] == 0;
    }
    if (can_spread) terms[static_cast<std::size_t>(i)] = load[static_cast<std::size_t>(i)] / sum;
  }
  return terms;
}

}  // namespace

double critical_beta(const SymbiosisGraph& graph, const LoadOptions& options) {
  double beta_c = 0.0;
  for (const double term : beta_terms(graph, options))
    beta_c = std::max(beta_c, term);
  return beta_c;
}

std::vector<ComponentBeta> critical_beta_by_component(const SymbiosisGraph& graph,
                                                      const LoadOptions& options) {
  const std::vector<double> terms = beta_terms(graph, options);
  const Components components = compute_components(graph.view(options.layer));
  // weak_label is the smallest member index, so members arrive in index order and components
  // first appear in the order of their smallest member.
  std::vector<ComponentBeta> out;
  std::vector<std::size_t> slot(terms.size(), 0);
  for (std::size_t v = 0; v < terms.size(); ++v) {
    const auto label = static_cast<std::size_t>(components.weak_label[v]);
    if (label == v) {
      slot[v] = out.size();
      out.emplace_back();
    }
    ComponentBeta& c = out[slot[label]];
    c.members.push_back(static_cast<Vertex>(v));
    c.beta_c = std::max(c.beta_c, terms[v]);
  }
  std::erase_if(out, [](const ComponentBeta& c) { return c.members.size() < 2; });
  std::stable_sort(out.begin(), out.end(), [](const ComponentBeta& a, const ComponentBeta& b) {
    return a.members.size() > b.members.size();
  });
  return out;
}

double critical_beta_largest_component(const SymbiosisGraph& graph, const LoadOptions& options) {
  const std::vector<ComponentBeta> components = critical_beta_by_component(graph, options);
  return components.empty() ? 0.0 : components.front().beta_c;
}

CascadeRun load_cascade(const SymbiosisGraph& graph, std::span<const Vertex> triggers,
                        const LoadOptions& options) {
  check_options(options);
  detail::check_triggers(graph, triggers);
  const LayerView& view = graph.view(options.layer);
  const std::vector<double> load = initial_loads(view, options.alpha);
  const std::vector<char> immune = detail::immune_of(graph, options.external_immune);
  LoadWorkspace workspace(view, load, immune);
  auto rounds = workspace.run(detail::sorted_unique(triggers), options.beta);
  return detail::make_run(graph.n(), std::move(rounds), detail::InboundFlow(graph));
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
  return detail::make_run(graph.n(), std::move(rounds), detail::InboundFlow(graph));
}

LoadSweep load_sweep(const SymbiosisGraph& graph, const LoadOptions& options,
                     std::span<const Vertex> triggers) {
  check_options(options);
  detail::check_triggers(graph, triggers);
  const LayerView& view = graph.view(options.layer);
  const std::vector<double> load = initial_loads(view, options.alpha);
  const std::vector<char> immune = detail::immune_of(graph, options.external_immune);
  LoadSweep sweep;
  sweep.options = options;
  sweep.beta_c = critical_beta(graph, options);
  sweep.beta_c_largest_component = critical_beta_largest_component(graph, options);
  detail::sweep_triggers(
      sweep, graph.n(), triggers, options.threads, detail::InboundFlow(graph),
      [&] { return LoadWorkspace(view, load, immune); },
      [&](LoadWorkspace& workspace, Vertex t, detail::RunTrace& trace) {
        trace.clear();
        for (const auto& round : workspace.run({t}, options.beta)) {
          trace.failed.insert(trace.failed.end(), round.begin(), round.end());
          trace.round_end.push_back(trace.failed.size());
        }
      });
  return sweep;
}

}  // namespace symbio::net
