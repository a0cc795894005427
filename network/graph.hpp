#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/park.hpp"

namespace symbio::net {

// Dense enterprise index, 0..n-1, in the park's enterprise order.
using Vertex = std::int32_t;

// The views (docs/methods.md#park-model): every exchange in the metrics (`all`), one layer, or
// the byproduct and waste exchanges of every layer (`waste`).
enum class ViewLayer { all, material, energy, water, waste };
inline constexpr ViewLayer kViewLayers[] = {ViewLayer::all, ViewLayer::material, ViewLayer::energy,
                                            ViewLayer::water, ViewLayer::waste};

std::string_view to_string(ViewLayer layer);
std::optional<ViewLayer> parse_view_layer(std::string_view text);
ViewLayer view_of(Layer layer);

// Which exchanges and enterprises enter the graph.
struct GraphOptions {
  bool include_planned = false;    // --include planned
  bool include_potential = false;  // --include potential
  bool exclude_external = false;   // --exclude-external: boundary actors leave the graph
};

// An exchange that entered the graph, with dense endpoints (self-exchanges never do).
struct GraphExchange {
  Vertex supplier = 0;
  Vertex receiver = 0;
  Layer layer = Layer::material;
  Kind kind = Kind::product;
  std::optional<double> amount;  // canonical unit of its layer
  std::size_t park_index = 0;    // position in Park::exchanges
  bool substitutable = false;    // Exchange::substitutable, absent counting as false
};

// A tie of D: the exchanges of one ordered pair collapsed.
struct Tie {
  Vertex supplier = 0;
  Vertex receiver = 0;
  std::int32_t exchanges = 0;  // how many exchanges it collapses
  double weight = 0.0;         // sum of their amounts; meaningful only if the view is weighted
};

// Compressed sparse rows: the neighbours of v are targets[offsets[v] .. offsets[v+1]).
struct Csr {
  std::vector<std::int64_t> offsets;  // n + 1 entries
  std::vector<Vertex> targets;

  std::span<const Vertex> row(Vertex v) const {
    const auto begin = static_cast<std::size_t>(offsets[static_cast<std::size_t>(v)]);
    const auto end = static_cast<std::size_t>(offsets[static_cast<std::size_t>(v) + 1]);
    return {targets.data() + begin, end - begin};
  }
  std::int64_t begin(Vertex v) const { return offsets[static_cast<std::size_t>(v)]; }
};

// One view of the park: the simple digraph D (out and in adjacency, neighbours sorted by index),
// the simple undirected graph U, and the weights W of D's ties where every exchange of the view
// carries a quantity of one layer. Immutable once built.
class LayerView {
 public:
  ViewLayer layer() const { return layer_; }
  Vertex n() const { return n_; }
  // Ties of D (m of docs/methods.md), and exchange records collapsed into them.
  std::int64_t m() const { return static_cast<std::int64_t>(ties_.size()); }
  std::int64_t exchange_count() const { return exchange_count_; }
  std::int64_t undirected_edge_count() const {
    return static_cast<std::int64_t>(undirected_.targets.size() / 2);
  }

  std::span<const Vertex> out(Vertex v) const { return out_.row(v); }
  std::span<const Vertex> in(Vertex v) const { return in_.row(v); }
  std::span<const Vertex> neighbors(Vertex v) const { return undirected_.row(v); }
  const Csr& out_csr() const { return out_; }
  const Csr& in_csr() const { return in_; }
  const Csr& undirected_csr() const { return undirected_; }

  // Ties sorted by (supplier, receiver); the k-th entry of out(v) is tie out_csr().begin(v) + k.
  const std::vector<Tie>& ties() const { return ties_; }
  // Tie index of the k-th entry of in(v).
  std::span<const std::int64_t> in_ties(Vertex v) const;
  // Tie index of supplier -> receiver, if any (binary search in out(supplier)).
  std::optional<std::int64_t> find_tie(Vertex supplier, Vertex receiver) const;

  // W: true when every exchange of the view has a quantity and all are of one layer.
  bool weighted() const { return weighted_; }
  // Canonical unit of W ("t/a", "GJ/a", "m3/a"); empty when not weighted.
  const std::string& weight_unit() const { return weight_unit_; }
  // Why W is missing ("3 of 12 exchanges have no quantity"); empty when weighted.
  const std::string& unweighted_reason() const { return unweighted_reason_; }
  // Weight of the k-th out-tie of v (same order as out(v)); requires weighted().
  double out_weight(Vertex v, std::size_t k) const {
    return ties_[static_cast<std::size_t>(out_.begin(v)) + k].weight;
  }

  // Positions in SymbiosisGraph::exchanges() of the exchanges of this view.
  const std::vector<std::size_t>& exchange_indices() const { return exchange_indices_; }

 private:
  friend class SymbiosisGraph;
  ViewLayer layer_ = ViewLayer::all;
  Vertex n_ = 0;
  std::int64_t exchange_count_ = 0;
  Csr out_;
  Csr in_;
  Csr undirected_;
  std::vector<std::int64_t> in_tie_;
  std::vector<Tie> ties_;
  bool weighted_ = false;
  std::string weight_unit_;
  std::string unweighted_reason_;
  std::vector<std::size_t> exchange_indices_;
};

// The park as a graph, built once: dense enterprise indices, the enterprise attributes the
// analyses need, the exchanges that enter the metrics (existing ones, plus planned or potential
// ones on request; never self-exchanges), and the views of docs/methods.md#park-model: `all`, each
// non-empty layer, and `waste` when some byproduct or waste exchange exists. Every view has
// all n enterprises, isolates included. O(n + E log E) to build.
class SymbiosisGraph {
 public:
  explicit SymbiosisGraph(const Park& park, const GraphOptions& options = {});

  Vertex n() const { return static_cast<Vertex>(ids_.size()); }
  const std::string& id(Vertex v) const { return ids_[static_cast<std::size_t>(v)]; }
  const std::string& name(Vertex v) const { return names_[static_cast<std::size_t>(v)]; }
  const std::string& sector(Vertex v) const { return sectors_[static_cast<std::size_t>(v)]; }
  const std::string& role(Vertex v) const { return roles_[static_cast<std::size_t>(v)]; }
  bool external(Vertex v) const { return external_[static_cast<std::size_t>(v)] != 0; }
  std::optional<Vertex> index_of(std::string_view id) const;
  // Position in Park::enterprises of vertex v.
  std::size_t park_index(Vertex v) const { return park_index_[static_cast<std::size_t>(v)]; }

  const std::vector<GraphExchange>& exchanges() const { return exchanges_; }

  // The views present, in the order all, material, energy, water, waste.
  const std::vector<ViewLayer>& layers() const { return layers_; }
  bool has_view(ViewLayer layer) const;
  // Throws OptionError if the view is absent (an empty layer).
  const LayerView& view(ViewLayer layer = ViewLayer::all) const;

  const GraphOptions& options() const { return options_; }

 private:
  GraphOptions options_;
  std::vector<std::string> ids_;
  std::vector<std::string> names_;
  std::vector<std::string> sectors_;
  std::vector<std::string> roles_;
  std::vector<char> external_;
  std::vector<std::size_t> park_index_;
  std::unordered_map<std::string, Vertex> index_;
  std::vector<GraphExchange> exchanges_;
  std::vector<ViewLayer> layers_;
  std::vector<LayerView> views_;  // parallel to layers_
};

}  // namespace symbio::net
