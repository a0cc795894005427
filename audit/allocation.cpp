#include "audit/allocation.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

#include "core/units.hpp"
#include "network/detail/min_cost_flow.hpp"

namespace symbio::audit {
namespace {

// Cost per unit moved: the same resource is used before a catalogue substitute.
constexpr double kSameResourceCost = 1.0;
constexpr double kSubstituteCost = 2.0;

struct Side {
  const Declaration* declaration = nullptr;
  const Resource* entry = nullptr;
};

// "same-resource" for the same catalogue entry (or the same text when either is unknown to the
// catalogue), "substitute" when the output's entry lists the need's key among its substitutes,
// "" otherwise: the matching of the unused-byproduct rule.
std::string match_kind(const Side& output, const Side& need) {
  if (output.entry != nullptr && need.entry != nullptr) {
    if (output.entry->key == need.entry->key) return "same-resource";
    const auto& subs = output.entry->substitutes;
    if (std::find(subs.begin(), subs.end(), need.entry->key) != subs.end()) return "substitute";
    return "";
  }
  return output.declaration->resource == need.declaration->resource ? "same-resource" : "";
}

struct Pair {
  std::size_t output = 0;  // index into the layer's outputs
  std::size_t need = 0;    // index into the layer's needs
  std::string match;
};

// The allocation of one layer: source -> output (capacity its amount) -> need (cost 1 or 2) ->
// sink (capacity its amount); a maximum flow of minimum cost.
void allocate_layer(Layer layer, const std::vector<Side>& outputs, const std::vector<Side>& needs,
                    std::vector<PotentialExchange>& out) {
  std::vector<Pair> pairs;
  for (std::size_t o = 0; o < outputs.size(); ++o) {
    for (std::size_t n = 0; n < needs.size(); ++n) {
      if (outputs[o].declaration->enterprise == needs[n].declaration->enterprise) continue;
      std::string match = match_kind(outputs[o], needs[n]);
      if (!match.empty()) pairs.push_back({o, n, std::move(match)});
    }
  }
  if (pairs.empty()) return;
  // Vertices: 0 source, 1 sink, then the outputs, then the needs.
  const auto output_vertex = [](std::size_t o) { return static_cast<std::int64_t>(2 + o); };
  const auto need_vertex = [&](std::size_t n) {
    return static_cast<std::int64_t>(2 + outputs.size() + n);
  };
  std::vector<net::detail::FlowArc> arcs;
  for (std::size_t o = 0; o < outputs.size(); ++o)
    arcs.push_back({0, output_vertex(o), *outputs[o].declaration->amount, 0.0});
  for (std::size_t n = 0; n < needs.size(); ++n)
    arcs.push_back({need_vertex(n), 1, *needs[n].declaration->amount, 0.0});
  const std::size_t first_pair = arcs.size();
  for (const Pair& p : pairs) {
    arcs.push_back({output_vertex(p.output), need_vertex(p.need),
                    *outputs[p.output].declaration->amount,
                    p.match == "same-resource" ? kSameResourceCost : kSubstituteCost});
  }
  const net::detail::MinCostFlow flow = net::detail::min_cost_max_flow(
      static_cast<std::int64_t>(2 + outputs.size() + needs.size()), arcs, 0, 1);
  for (std::size_t k = 0; k < pairs.size(); ++k) {
    const Pair& p = pairs[k];
    const double moved = flow.flow[first_pair + k];
    // Residuals are differences of the declared amounts, so an arc left empty has flow exactly
    // 0; a rounding remainder far below the amounts is no exchange either.
    const double scale =
        std::min(*outputs[p.output].declaration->amount, *needs[p.need].declaration->amount);
    if (!(moved > 1e-9 * scale)) continue;
    const Declaration& o = *outputs[p.output].declaration;
    const Declaration& n = *needs[p.need].declaration;
    PotentialExchange x;
    x.supplier = o.enterprise;
    x.receiver = n.enterprise;
    x.resource = o.resource;
    x.resource_key = outputs[p.output].entry != nullptr ? outputs[p.output].entry->key : "";
    x.need = n.resource;
    x.need_key = needs[p.need].entry != nullptr ? needs[p.need].entry->key : "";
    x.match = p.match;
    x.layer = layer;
    x.quantity = moved;
    x.unit = std::string(canonical_unit(layer));
    out.push_back(std::move(x));
  }
}

}  // namespace

std::vector<PotentialExchange> allocate_declared(const Park& park,
                                                 const ResourceCatalogue& catalogue) {
  // Only declarations with a positive quantity enter the flow: the allocation moves quantities,
  // and an output of unknown size cannot be split among needs (nor a need of unknown size be
  // filled). The unused-byproduct rule still lists their candidate matches.
  std::array<std::vector<Side>, 3> outputs, needs;
  for (const Declaration& d : park.declarations) {
    if (!d.amount || !(*d.amount > 0.0)) continue;
    const auto layer = static_cast<std::size_t>(d.layer);
    if (layer >= outputs.size()) continue;
    const Side side{&d, catalogue.find(d.resource)};
    (d.direction == Direction::output ? outputs : needs)[layer].push_back(side);
  }
  std::vector<PotentialExchange> out;
  // Layers never mix: each is its own flow network in its own canonical unit.
  for (const Layer layer : kLayers) {
    const auto l = static_cast<std::size_t>(layer);
    allocate_layer(layer, outputs[l], needs[l], out);
  }
  // Largest first; equal quantities keep the order above (layer, then the output's and the
  // need's declaration order).
  std::stable_sort(out.begin(), out.end(),
                   [](const PotentialExchange& a, const PotentialExchange& b) {
                     return *a.quantity > *b.quantity;
                   });
  return out;
}

}  // namespace symbio::audit
