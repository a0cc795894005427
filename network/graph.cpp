#include "network/graph.hpp"

#include <algorithm>
#include <numeric>
#include <tuple>

#include "core/error.hpp"
#include "core/text.hpp"
#include "core/units.hpp"

namespace symbio::net {

std::string_view to_string(ViewLayer layer) {
  switch (layer) {
    case ViewLayer::all:
      return "all";
    case ViewLayer::material:
      return "material";
    case ViewLayer::energy:
      return "energy";
    case ViewLayer::water:
      return "water";
    case ViewLayer::waste:
      return "waste";
  }
  return "all";
}

std::optional<ViewLayer> parse_view_layer(std::string_view text) {
  const std::string key = match_key(text);
  for (const ViewLayer layer : kViewLayers) {
    if (key == to_string(layer)) return layer;
  }
  if (const auto layer = parse_layer(text)) return view_of(*layer);
  return std::nullopt;
}

ViewLayer view_of(Layer layer) {
  switch (layer) {
    case Layer::material:
      return ViewLayer::material;
    case Layer::energy:
      return ViewLayer::energy;
    case Layer::water:
      return ViewLayer::water;
  }
  return ViewLayer::material;
}

std::span<const std::int64_t> LayerView::in_ties(Vertex v) const {
  const auto begin = static_cast<std::size_t>(in_.offsets[static_cast<std::size_t>(v)]);
  const auto end = static_cast<std::size_t>(in_.offsets[static_cast<std::size_t>(v) + 1]);
  return {in_tie_.data() + begin, end - begin};
}

std::optional<std::int64_t> LayerView::find_tie(Vertex supplier, Vertex receiver) const {
  const auto row = out(supplier);
  const auto it = std::lower_bound(row.begin(), row.end(), receiver);
  if (it == row.end() || *it != receiver) return std::nullopt;
  return out_.begin(supplier) + (it - row.begin());
}

namespace {

bool enters(const Exchange& x, const GraphOptions& options) {
  switch (x.status) {
    case Status::existing:
      return true;
    case Status::planned:
      return options.include_planned;
    case Status::potential:
      return options.include_potential;
  }
  return false;
}

bool belongs(const GraphExchange& x, ViewLayer layer) {
  switch (layer) {
    case ViewLayer::all:
      return true;
    case ViewLayer::waste:
      return x.kind == Kind::byproduct || x.kind == Kind::waste;
    default:
      return view_of(x.layer) == layer;
  }
}

// Builds CSR rows from (row, column) pairs sorted by row then column.
Csr make_csr(Vertex n, const std::vector<std::pair<Vertex, Vertex>>& pairs) {
  Csr csr;
  csr.offsets.assign(static_cast<std::size_t>(n) + 1, 0);
  for (const auto& [r, c] : pairs)
    ++csr.offsets[static_cast<std::size_t>(r) + 1];
  std::partial_sum(csr.offsets.begin(), csr.offsets.end(), csr.offsets.begin());
  csr.targets.reserve(pairs.size());
  for (const auto& [r, c] : pairs)
    csr.targets.push_back(c);
  return csr;
}

}  // namespace

SymbiosisGraph::SymbiosisGraph(const Park& park, const GraphOptions& options) : options_(options) {
  for (std::size_t i = 0; i < park.enterprises.size(); ++i) {
    const Enterprise& e = park.enterprises[i];
    if (options.exclude_external && e.external) continue;
    if (!index_.emplace(e.id, static_cast<Vertex>(ids_.size())).second) continue;
    ids_.push_back(e.id);
    names_.push_back(e.name.empty() ? e.id : e.name);
    sectors_.push_back(e.sector);
    roles_.push_back(e.role);
    external_.push_back(e.external ? 1 : 0);
    park_index_.push_back(i);
  }
  for (std::size_t i = 0; i < park.exchanges.size(); ++i) {
    const Exchange& x = park.exchanges[i];
    if (!enters(x, options) || x.supplier == x.receiver) continue;
    const auto s = index_.find(x.supplier);
    const auto r = index_.find(x.receiver);
    if (s == index_.end() || r == index_.end()) continue;  // an excluded external actor
    exchanges_.push_back(GraphExchange{s->second, r->second, x.layer, x.kind, x.amount, i,
                                       x.substitutable.value_or(false)});
  }

  const Vertex count = n();
  for (const ViewLayer layer : kViewLayers) {
    std::vector<std::size_t> members;
    for (std::size_t k = 0; k < exchanges_.size(); ++k) {
      if (belongs(exchanges_[k], layer)) members.push_back(k);
    }
    if (layer != ViewLayer::all && members.empty()) continue;

    LayerView view;
    view.layer_ = layer;
    view.n_ = count;
    view.exchange_count_ = static_cast<std::int64_t>(members.size());
    view.exchange_indices_ = members;

    // W exists when every exchange has an amount and all share one layer (never for `all`).
    std::size_t missing = 0;
    bool one_layer = true;
    for (const std::size_t k : members) {
      if (!exchanges_[k].amount) ++missing;
      if (exchanges_[k].layer != exchanges_[members.front()].layer) one_layer = false;
    }
    if (layer == ViewLayer::all) {
      view.unweighted_reason_ = "the layer 'all' mixes units and has no weights";
    } else if (members.empty()) {
      view.unweighted_reason_ = "no exchanges";
    } else if (!one_layer) {
      view.unweighted_reason_ = "its exchanges belong to several layers, whose units never add";
    } else if (missing > 0) {
      view.unweighted_reason_ =
          std::to_string(missing) + " of " +
          count_noun(static_cast<long long>(members.size()), "exchange", "exchanges") +
          (missing == 1 ? " has" : " have") + " no quantity";
    } else {
      view.weighted_ = true;
      view.weight_unit_ = std::string(canonical_unit(exchanges_[members.front()].layer));
    }

    std::sort(members.begin(), members.end(), [&](std::size_t a, std::size_t b) {
      const auto& x = exchanges_[a];
      const auto& y = exchanges_[b];
      return std::tie(x.supplier, x.receiver, a) < std::tie(y.supplier, y.receiver, b);
    });
    std::vector<std::pair<Vertex, Vertex>> out_pairs;
    for (const std::size_t k : members) {
      const auto& x = exchanges_[k];
      if (!view.ties_.empty() && view.ties_.back().supplier == x.supplier &&
          view.ties_.back().receiver == x.receiver) {
        ++view.ties_.back().exchanges;
        view.ties_.back().weight += x.amount.value_or(0.0);
        continue;
      }
      view.ties_.push_back(Tie{x.supplier, x.receiver, 1, x.amount.value_or(0.0)});
      out_pairs.emplace_back(x.supplier, x.receiver);
    }
    view.out_ = make_csr(count, out_pairs);

    std::vector<std::pair<std::pair<Vertex, Vertex>, std::int64_t>> in_pairs;
    in_pairs.reserve(out_pairs.size());
    for (std::size_t t = 0; t < out_pairs.size(); ++t) {
      in_pairs.push_back({{out_pairs[t].second, out_pairs[t].first}, static_cast<std::int64_t>(t)});
    }
    std::sort(in_pairs.begin(), in_pairs.end());
    std::vector<std::pair<Vertex, Vertex>> in_rows;
    in_rows.reserve(in_pairs.size());
    for (const auto& [pair, tie] : in_pairs) {
      in_rows.push_back(pair);
      view.in_tie_.push_back(tie);
    }
    view.in_ = make_csr(count, in_rows);

    std::vector<std::pair<Vertex, Vertex>> undirected;
    undirected.reserve(out_pairs.size() * 2);
    for (const auto& [s, r] : out_pairs) {
      undirected.emplace_back(s, r);
      undirected.emplace_back(r, s);
    }
    std::sort(undirected.begin(), undirected.end());
    undirected.erase(std::unique(undirected.begin(), undirected.end()), undirected.end());
    view.undirected_ = make_csr(count, undirected);

    layers_.push_back(layer);
    views_.push_back(std::move(view));
  }
}

std::optional<Vertex> SymbiosisGraph::index_of(std::string_view id) const {
  const auto it = index_.find(std::string(id));
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

bool SymbiosisGraph::has_view(ViewLayer layer) const {
  return std::find(layers_.begin(), layers_.end(), layer) != layers_.end();
}

const LayerView& SymbiosisGraph::view(ViewLayer layer) const {
  for (std::size_t i = 0; i < layers_.size(); ++i) {
    if (layers_[i] == layer) return views_[i];
  }
  throw OptionError("the park has no exchanges in the layer '" + std::string(to_string(layer)) +
                    "'");
}

}  // namespace symbio::net
