#include "network/flows.hpp"

#include <cmath>
#include <map>
#include <string>
#include <unordered_map>

#include "core/units.hpp"

namespace symbio::net {

namespace {

std::string count_text(std::int64_t k, std::int64_t n, const char* what) {
  return std::to_string(k) + " of " + std::to_string(n) + " " + what;
}

// The unit string used by most quantified exchanges of the layer that parses as a flow of the
// layer's dimension (first seen wins a tie), with its factor to the canonical unit.
void choose_display_unit(const Park& park, const SymbiosisGraph& graph, LayerFlows& lf) {
  std::map<std::string, std::pair<std::int64_t, std::size_t>> counts;  // unit -> count, first
  std::size_t order = 0;
  for (const GraphExchange& x : graph.exchanges()) {
    if (x.layer != lf.layer || !x.amount) continue;
    const Exchange& e = park.exchanges[x.park_index];
    if (!e.quantity) continue;
    auto [it, inserted] = counts.emplace(e.quantity->unit, std::make_pair(0, order++));
    ++it->second.first;
  }
  lf.display_unit = lf.unit;
  lf.display_factor = 1.0;
  std::int64_t best = 0;
  std::size_t best_order = 0;
  for (const auto& [unit, count] : counts) {
    const auto parsed = parse_unit(unit);
    if (!parsed || parsed->dimension != dimension_of(lf.layer) || !(parsed->factor > 0.0)) continue;
    if (count.first > best || (count.first == best && count.second < best_order)) {
      best = count.first;
      best_order = count.second;
      lf.display_unit = unit;
      lf.display_factor = parsed->factor;
    }
  }
}

}  // namespace

FlowsResult compute_flows(const Park& park, const SymbiosisGraph& graph, bool ena) {
  FlowsResult result;
  const auto n = static_cast<std::size_t>(graph.n());
  std::vector<Vertex> internal;
  for (Vertex v = 0; v < graph.n(); ++v) {
    if (!graph.external(v)) internal.push_back(v);
  }
  for (const Layer layer : kLayers) {
    LayerFlows lf;
    lf.layer = layer;
    lf.unit = std::string(canonical_unit(layer));
    double internal_flow = 0, import_flow = 0, export_flow = 0, byproduct = 0, waste = 0,
           internal_byproduct = 0;
    std::vector<double> in_int(n, 0.0), in_ext(n, 0.0), out_int(n, 0.0), out_ext(n, 0.0);
    std::vector<double> unused(n, 0.0), need(n, 0.0);
    for (const GraphExchange& x : graph.exchanges()) {
      if (x.layer != layer) continue;
      ++lf.exchanges;
      if (!x.amount) continue;
      ++lf.quantified;
      const double q = *x.amount;
      const bool s_in = !graph.external(x.supplier);
      const bool r_in = !graph.external(x.receiver);
      const auto s = static_cast<std::size_t>(x.supplier);
      const auto r = static_cast<std::size_t>(x.receiver);
      if (s_in && r_in) {
        internal_flow += q;
        out_int[s] += q;
        in_int[r] += q;
      } else if (r_in) {
        import_flow += q;
        in_ext[r] += q;
      } else if (s_in) {
        export_flow += q;
        out_ext[s] += q;
      }
      if (s_in && x.kind == Kind::byproduct) {
        byproduct += q;
        if (r_in) internal_byproduct += q;
      }
      if (s_in && x.kind == Kind::waste) waste += q;
    }
    for (const Declaration& d : park.declarations) {
      if (d.layer != layer) continue;
      const auto v = graph.index_of(d.enterprise);
      if (!v || graph.external(*v)) continue;
      ++lf.declarations;
      if (!d.amount) continue;
      ++lf.declarations_quantified;
      const auto vi = static_cast<std::size_t>(*v);
      if (d.direction == Direction::output) {
        lf.declared_unused += *d.amount;
        unused[vi] += *d.amount;
      } else {
        lf.declared_need += *d.amount;
        need[vi] += *d.amount;
      }
    }
    if (lf.exchanges == 0 && lf.declarations == 0) continue;
    choose_display_unit(park, graph, lf);
    const bool has_quantities = lf.quantified > 0;
    if (has_quantities) {
      lf.internal_flow = internal_flow;
      lf.import_flow = import_flow;
      lf.export_flow = export_flow;
      lf.byproduct_flow = byproduct;
      lf.waste_flow = waste;
      const double denominator = byproduct + waste + lf.declared_unused;
      if (denominator > 0.0) {
        lf.byproduct_utilisation_rate = byproduct / denominator;
        lf.internal_byproduct_share = internal_byproduct / denominator;
      }
    }
    if (lf.exchanges > 0 && !has_quantities) {
      lf.notes.push_back("no exchange of the layer carries a quantity: its flows are left empty");
    } else if (lf.quantified < lf.exchanges) {
      lf.notes.push_back(count_text(lf.exchanges - lf.quantified, lf.exchanges,
                                    "exchanges have no quantity: the sums leave them out and "
                                    "the ecological network analysis is not computed"));
    }
    if (lf.declarations_quantified < lf.declarations) {
      lf.notes.push_back(count_text(lf.declarations - lf.declarations_quantified, lf.declarations,
                                    "declarations have no quantity and are not counted"));
    }

    // Ecological network analysis: only where every exchange carries a quantity.
    std::vector<std::int32_t> node_of(n, -1);
    if (ena && lf.exchanges > 0 && lf.quantified == lf.exchanges) {
      EnaInput input;
      for (const GraphExchange& x : graph.exchanges()) {
        if (x.layer != layer) continue;
        for (const Vertex v : {x.supplier, x.receiver}) {
          const auto vi = static_cast<std::size_t>(v);
          if (!graph.external(v) && node_of[vi] < 0) node_of[vi] = 0;
        }
      }
      for (const Vertex v : internal) {
        auto& id = node_of[static_cast<std::size_t>(v)];
        if (id < 0) continue;
        id = input.n++;
        lf.ena_nodes.push_back(v);
      }
      input.imports.assign(static_cast<std::size_t>(input.n), 0.0);
      input.exports.assign(static_cast<std::size_t>(input.n), 0.0);
      for (const GraphExchange& x : graph.exchanges()) {
        if (x.layer != layer) continue;
        const std::int32_t s = node_of[static_cast<std::size_t>(x.supplier)];
        const std::int32_t r = node_of[static_cast<std::size_t>(x.receiver)];
        if (s >= 0 && r >= 0) {
          input.flows.push_back({s, r, *x.amount});
        } else if (r >= 0) {
          input.imports[static_cast<std::size_t>(r)] += *x.amount;
        } else if (s >= 0) {
          input.exports[static_cast<std::size_t>(s)] += *x.amount;
        }
      }
      if (input.n > 0) {
        lf.ena = compute_ena(input);
        if (lf.ena->cycling_skipped_component > 0) {
          lf.notes.push_back(
              "Finn cycling index and cycling shares not computed: a strongly connected "
              "component of " +
              std::to_string(lf.ena->cycling_skipped_component) + " enterprises exceeds " +
              std::to_string(input.max_cycling_component) +
              ", beyond which the exact diagonal of (I - G)^-1 costs more than the rest of the "
              "analysis");
        }
      } else {
        lf.notes.push_back("no internal enterprise takes part in the layer: no network analysis");
      }
    }

    for (const Vertex v : internal) {
      const auto vi = static_cast<std::size_t>(v);
      EnterpriseBalance b;
      b.enterprise = v;
      if (has_quantities) {
        b.in_internal = in_int[vi];
        b.in_external = in_ext[vi];
        b.out_internal = out_int[vi];
        b.out_external = out_ext[vi];
      }
      b.declared_unused = unused[vi];
      b.declared_need = need[vi];
      if (lf.ena && node_of[vi] >= 0) {
        b.ena_throughflow = lf.ena->throughflow[static_cast<std::size_t>(node_of[vi])];
        const double cycling = lf.ena->cycling[static_cast<std::size_t>(node_of[vi])];
        if (std::isfinite(cycling)) b.ena_cycling = cycling;
      }
      lf.balance.push_back(b);
    }
    result.layers.push_back(std::move(lf));
  }
  return result;
}

}  // namespace symbio::net
