#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "network/cascade.hpp"
#include "network/detail/cascade_common.hpp"

// The fast supply-shortage cascade: the dependencies of a graph indexed once per sweep
// (DependencyIndex) and the scratch state of one run (DependencyWorkspace). Not part of the API.
namespace symbio::net::detail {

// Throws OptionError for tau outside [0, 1].
void check_dependency_options(const DependencyOptions& options);

// What a failure takes from a dependent: the dependent's (enterprise, layer) slot and the weight
// (amount or 1) of the dependency in that slot's share.
struct Loss {
  Vertex partner = 0;
  std::uint8_t layer = 0;
  double weight = 1.0;
};

// Everything a run needs that does not depend on the triggers, built once per sweep in
// O(n + E) plus 64 steps of share_limit() per (enterprise, layer) slot.
class DependencyIndex {
 public:
  DependencyIndex(const SymbiosisGraph& graph, const DependencyOptions& options);

  Vertex n() const { return n_; }
  bool immune(Vertex v) const { return immune_[static_cast<std::size_t>(v)] != 0; }
  // Losses of dependents when provider v fails: enterprises losing a supply (supply()) and
  // enterprises losing an outlet for their waste (outlet()).
  std::span<const Loss> supply(Vertex v) const { return row(supply_offsets_, supply_, v); }
  std::span<const Loss> outlet(Vertex v) const { return row(outlet_offsets_, outlet_, v); }
  // share_limit() of a slot's supply or outlet total.
  double supply_limit(std::size_t slot) const { return supply_limit_[slot]; }
  double outlet_limit(std::size_t slot) const { return outlet_limit_[slot]; }
  bool has_supply() const { return !supply_offsets_.empty(); }
  bool has_outlet() const { return !outlet_offsets_.empty(); }
  const InboundFlow& inbound() const { return inbound_; }

 private:
  void build(const SymbiosisGraph& graph, Dependency type, double tau,
             std::vector<std::size_t>& offsets, std::vector<Loss>& losses,
             std::vector<double>& limits) const;
  static std::span<const Loss> row(const std::vector<std::size_t>& offsets,
                                   const std::vector<Loss>& losses, Vertex v) {
    if (offsets.empty()) return {};
    const auto i = static_cast<std::size_t>(v);
    return {losses.data() + offsets[i], offsets[i + 1] - offsets[i]};
  }

  Vertex n_ = 0;
  Substitutes substitutes_ = Substitutes::catalogue;
  InboundFlow inbound_;
  std::vector<char> immune_;
  std::vector<double> supply_limit_;
  std::vector<double> outlet_limit_;
  std::vector<std::size_t> supply_offsets_;
  std::vector<Loss> supply_;
  std::vector<std::size_t> outlet_offsets_;
  std::vector<Loss> outlet_;
};

// Scratch state of one run, reset in time proportional to what the run touched.
//
// Speed: a sweep at 100,000 enterprises walks hundreds of millions of failures, each touching
// the state of its dependents at random, so the state an edge needs (failed?, immune?, the lost
// amount and the total of the layer) sits in one 64-byte record per enterprise: one cache miss
// per edge instead of one per array. A dependent is failed as soon as its lost share passes the
// threshold, within the round: weights are >= 0 (validated quantities, or 1), so the partial
// sum only grows and the decision is the one the end of the round would take with the same
// sums, and the synchronous rounds are kept (it fails in round k).
class DependencyWorkspace {
 public:
  explicit DependencyWorkspace(const DependencyIndex& index);

  // Runs the cascade from `triggers` (sorted, unique) into `trace`, with the index's threshold.
  void run(const DependencyIndex& index, std::span<const Vertex> triggers, RunTrace& trace);

 private:
  struct alignas(64) Node {
    std::int32_t round = -1;
    std::uint8_t immune = 0;
    std::uint8_t touched = 0;
    std::array<double, 3> lost{};   // supply: weight of the failed suppliers per layer
    std::array<double, 3> limit{};  // share_limit() of the supply total
  };
  struct OutletNode {
    std::array<double, 3> lost{};  // outlet: weight of the failed receivers of its waste
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
  void reset();

  std::vector<Node> node_;
  std::vector<OutletNode> outlet_;
  std::vector<Vertex> touched_;
};

}  // namespace symbio::net::detail
