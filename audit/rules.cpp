#include "audit/rules.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <set>
#include <stdexcept>
#include <string>

#include "audit/cut_sizes.hpp"
#include "network/conventions.hpp"

namespace symbio::audit {
namespace {

using net::LayerAnalysis;
using net::Vertex;
using net::ViewLayer;

std::size_t at(Vertex v) {
  return static_cast<std::size_t>(v);
}

const LayerAnalysis* find_view(const AuditInput& input, ViewLayer layer) {
  for (const LayerAnalysis& analysis : input.analysis) {
    if (analysis.layer == layer) return &analysis;
  }
  return nullptr;
}

std::string prefixed(const LayerAnalysis& analysis, std::string_view name) {
  return std::string(net::to_string(analysis.layer)) + "." + std::string(name);
}

std::optional<double> value_of(const LayerAnalysis& analysis, const std::string& column, Vertex v) {
  const net::Column* c = indicator_column(analysis, column);
  if (c == nullptr || at(v) >= c->values.size()) return std::nullopt;
  return c->values[at(v)];
}

std::optional<double> field_of(const LayerAnalysis& analysis, const std::string& name) {
  const net::ParkField* field = indicator_field(analysis, name);
  return field == nullptr ? std::nullopt : field->value;
}

EvidenceValue typed(double value, net::ColumnType type) {
  switch (type) {
    case net::ColumnType::integer:
      return static_cast<std::int64_t>(std::llround(value));
    case net::ColumnType::boolean:
      return value != 0.0;
    case net::ColumnType::real:
      break;
  }
  return value;
}

// The evidence helpers copy values as analyze computed them (docs/methods.md#audit-findings: never
// recomputed differently); an undefined value is left out.
void add_column(Finding& finding, const AuditInput& input, const LayerAnalysis& analysis,
                const std::string& column, Vertex v) {
  const net::Column* c = indicator_column(analysis, column);
  if (c == nullptr || at(v) >= c->values.size() || !c->values[at(v)]) return;
  finding.evidence.push_back(
      {prefixed(analysis, column), input.graph.id(v), typed(*c->values[at(v)], c->type)});
}

void add_field(Finding& finding, const LayerAnalysis& analysis, const std::string& name) {
  const net::ParkField* field = indicator_field(analysis, name);
  if (field == nullptr) return;
  if (field->value) {
    finding.evidence.push_back({prefixed(analysis, name), "", typed(*field->value, field->type)});
  } else if (!field->text.empty()) {
    finding.evidence.push_back({prefixed(analysis, name), "", field->text});
  }
}

Finding make(std::string_view rule, Priority priority) {
  Finding finding;
  finding.rule = std::string(rule);
  finding.priority = priority;
  return finding;
}

// Appends a subject while the finding lists fewer than kMaxListed, else counts it; returns
// whether it was listed (evidence is attached only to listed subjects).
bool add_subject(Finding& finding, std::string id) {
  if (finding.subjects.size() >= kMaxListed) {
    ++finding.subjects_not_listed;
    return false;
  }
  finding.subjects.push_back(std::move(id));
  return true;
}

bool contains(const std::vector<std::string>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

void anchor_dependence(const AuditInput& input, const Thresholds& t, std::vector<Finding>& out) {
  const LayerAnalysis* all = find_view(input, ViewLayer::all);
  if (all == nullptr) return;
  const auto centralization = field_of(*all, "degree_centralization");
  const auto density = field_of(*all, "density");
  if (!centralization || !density || *centralization < t.anchor_centralization_min ||
      *density < t.anchor_density_min) {
    return;
  }
  const net::Column* degree = indicator_column(*all, "degree");
  if (degree == nullptr) return;
  double top = 0.0;
  for (const auto& value : degree->values)
    top = std::max(top, value.value_or(0.0));
  if (top <= 0.0) return;
  Finding finding =
      make("anchor-dependence",
           *centralization >= t.anchor_high_centralization ? Priority::high : Priority::medium);
  add_field(finding, *all, "degree_centralization");
  add_field(finding, *all, "density");
  add_field(finding, *all, "typology");
  for (Vertex v = 0; v < input.graph.n(); ++v) {
    if (degree->values[at(v)].value_or(0.0) == top && add_subject(finding, input.graph.id(v))) {
      add_column(finding, input, *all, "degree", v);
      add_column(finding, input, *all, "degree_norm", v);
    }
  }
  out.push_back(std::move(finding));
}

void single_point_of_failure(const AuditInput& input, const Thresholds& t,
                             std::vector<Finding>& out) {
  const LayerAnalysis* all = find_view(input, ViewLayer::all);
  if (all == nullptr || !input.graph.has_view(ViewLayer::all)) return;
  const net::LayerView& view = input.graph.view(ViewLayer::all);
  const net::Column* articulation = indicator_column(*all, "articulation");
  const auto share = field_of(*all, "largest_component_share");
  // One search gives every articulation enterprise's and every bridge's cut (O(n + m) in all).
  const CutSizes cuts(view);
  if (t.spof_articulation && articulation != nullptr) {
    for (Vertex v = 0; v < view.n(); ++v) {
      if (articulation->values[at(v)].value_or(0.0) == 0.0) continue;
      // S(1) of the robustness curve that removes v first (net::component_curve, the function
      // behind robustness.csv, gives the same), so the drop is the one the robustness analysis
      // would show.
      const double without =
          static_cast<double>(cuts.largest_without(v)) / static_cast<double>(view.n());
      const double drop = share.value_or(1.0) - without;
      Finding finding = make("single-point-of-failure",
                             drop >= t.spof_high_share_drop ? Priority::high : Priority::medium);
      finding.subjects.push_back(input.graph.id(v));
      add_column(finding, input, *all, "articulation", v);
      add_column(finding, input, *all, "degree", v);
      add_field(finding, *all, "largest_component_share");
      finding.evidence.push_back(
          {"robustness.largest_component_share_without", input.graph.id(v), without});
      out.push_back(std::move(finding));
    }
  }
  if (t.spof_dominated_min > 0 && input.dominators != nullptr && !input.dominators->empty() &&
      input.dominators->front().layer == ViewLayer::all) {
    // Supply dominators: the subjects are the dominator, then the enterprises it dominates.
    // The enterprises a dominator dominates are its subtree in the dominator tree: walked from
    // the children lists, O(subtree) per flagged dominator rather than a scan of every list.
    const net::LayerDominators& d = input.dominators->front();
    std::vector<std::vector<Vertex>> children(at(view.n()));
    for (Vertex w = 0; w < view.n(); ++w) {
      if (const auto parent = d.immediate[at(w)]) children[at(*parent)].push_back(w);
    }
    std::vector<Vertex> subtree;
    for (Vertex v = 0; v < view.n(); ++v) {
      const std::int64_t dominated = d.dominated[at(v)];
      if (dominated < t.spof_dominated_min) continue;
      Finding finding = make("single-point-of-failure", Priority::medium);
      finding.subjects.push_back(input.graph.id(v));
      subtree.assign(children[at(v)].begin(), children[at(v)].end());
      for (std::size_t k = 0; k < subtree.size(); ++k) {
        const auto& below = children[at(subtree[k])];
        subtree.insert(subtree.end(), below.begin(), below.end());
      }
      std::sort(subtree.begin(), subtree.end());
      for (const Vertex w : subtree)
        finding.subjects.push_back(input.graph.id(w));
      finding.evidence.push_back({"dominators.dominated", input.graph.id(v), dominated});
      out.push_back(std::move(finding));
    }
  }
  if (!t.spof_bridges || all->bridge.size() != view.ties().size()) return;
  // The exchanges collapsed into each bridge tie, in exchange order, gathered in one pass.
  std::map<std::pair<Vertex, Vertex>, std::vector<std::string>> exchanges_of;
  for (std::size_t k = 0; k < view.ties().size(); ++k) {
    if (all->bridge[k]) exchanges_of[{view.ties()[k].supplier, view.ties()[k].receiver}];
  }
  for (const std::size_t index : view.exchange_indices()) {
    const net::GraphExchange& e = input.graph.exchanges()[index];
    const auto it = exchanges_of.find({e.supplier, e.receiver});
    if (it != exchanges_of.end()) it->second.push_back(input.park.exchanges[e.park_index].id);
  }
  const std::vector<std::string> none;
  const auto ids_of = [&](Vertex supplier, Vertex receiver) -> const std::vector<std::string>& {
    const auto it = exchanges_of.find({supplier, receiver});
    return it == exchanges_of.end() ? none : it->second;
  };
  std::set<std::pair<Vertex, Vertex>> done;
  for (std::size_t k = 0; k < view.ties().size(); ++k) {
    if (!all->bridge[k]) continue;
    const net::Tie& tie = view.ties()[k];
    const auto pair = std::minmax(tie.supplier, tie.receiver);
    if (!done.insert({pair.first, pair.second}).second) continue;
    const std::int64_t smaller = std::min(cuts.side(tie.supplier, tie.supplier, tie.receiver),
                                          cuts.side(tie.receiver, tie.supplier, tie.receiver));
    if (smaller < t.spof_bridge_min_side) continue;
    Finding finding = make("single-point-of-failure", Priority::medium);
    finding.subjects = {input.graph.id(tie.supplier), input.graph.id(tie.receiver)};
    std::vector<std::string> ids = ids_of(tie.supplier, tie.receiver);
    const std::vector<std::string>& back = ids_of(tie.receiver, tie.supplier);
    ids.insert(ids.end(), back.begin(), back.end());
    for (const std::string& id : ids) {
      if (add_subject(finding, id))
        finding.evidence.push_back({prefixed(*all, "bridge"), id, true});
    }
    finding.evidence.push_back({"audit.enterprises_cut_off",
                                input.graph.id(tie.supplier) + "-" + input.graph.id(tie.receiver),
                                smaller});
    out.push_back(std::move(finding));
  }
}

void cascade_critical(const AuditInput& input, const Thresholds& t, std::vector<Finding>& out) {
  const auto flag = [&](double impact) {
    return make("cascade-critical",
                impact >= t.cascade_impact_high ? Priority::high : Priority::medium);
  };
  if (input.cascade != nullptr) {
    // The sweep keeps counts only. The failed sets are recomputed for the triggers that can be
    // listed (the kMaxFindingsPerRule of largest impact; run_audit drops the others), so the
    // rule costs a bounded number of cascades whatever the size of the park.
    std::vector<const net::CascadeSummary*> flagged;
    for (const net::CascadeSummary& row : input.cascade->rows) {
      if (row.impact && *row.impact >= t.cascade_impact_min) flagged.push_back(&row);
    }
    std::vector<const net::CascadeSummary*> worst = flagged;
    std::stable_sort(worst.begin(), worst.end(),
                     [](const auto* a, const auto* b) { return *a->impact > *b->impact; });
    if (worst.size() > kMaxFindingsPerRule) worst.resize(kMaxFindingsPerRule);
    for (const net::CascadeSummary* flagged_row : flagged) {
      const net::CascadeSummary& row = *flagged_row;
      Finding finding = flag(*row.impact);
      finding.subjects.push_back(input.graph.id(row.trigger));
      if (std::find(worst.begin(), worst.end(), flagged_row) != worst.end()) {
        // The enterprises that fail with it: the same cascade the sweep ran.
        const Vertex trigger[] = {row.trigger};
        const net::CascadeRun run =
            net::dependency_cascade(input.graph, trigger, input.cascade->options);
        for (std::size_t k = 1; k < run.rounds.size(); ++k) {
          for (const Vertex v : run.rounds[k])
            add_subject(finding, input.graph.id(v));
        }
      } else {
        finding.subjects_not_listed = row.failed - 1;
      }
      const std::string& id = input.graph.id(row.trigger);
      finding.evidence.push_back({"cascade.cascade_impact", id, *row.impact});
      finding.evidence.push_back({"cascade.cascade_failed", id, row.failed});
      finding.evidence.push_back(
          {"cascade.cascade_rounds", id, static_cast<std::int64_t>(row.rounds)});
      out.push_back(std::move(finding));
    }
  } else if (const LayerAnalysis* all = find_view(input, ViewLayer::all)) {
    if (const net::Column* impact = indicator_column(*all, "cascade_impact")) {
      for (Vertex v = 0; v < input.graph.n(); ++v) {
        const auto value = impact->values[at(v)];
        if (!value || *value < t.cascade_impact_min) continue;
        Finding finding = flag(*value);
        finding.subjects.push_back(input.graph.id(v));
        add_column(finding, input, *all, "cascade_impact", v);
        out.push_back(std::move(finding));
      }
    }
  }
  if (!input.beta_c_components.empty()) {
    // A two-enterprise fragment alone gives beta_c = 1: the park is judged by its largest
    // component, and the small components whose own beta_c differs are named.
    const net::ComponentBeta& core = input.beta_c_components.front();
    if (core.beta_c < t.cascade_beta_c_min) return;
    Finding finding = make("cascade-critical", Priority::medium);
    finding.evidence.push_back({"load.beta_c_largest_component", "", core.beta_c});
    if (input.beta_c) finding.evidence.push_back({"load.beta_c", "", *input.beta_c});
    for (std::size_t c = 1; c < input.beta_c_components.size(); ++c) {
      const net::ComponentBeta& small = input.beta_c_components[c];
      if (small.beta_c == core.beta_c) continue;
      std::string members;
      for (const Vertex v : small.members)
        members += (members.empty() ? "" : "|") + input.graph.id(v);
      finding.evidence.push_back({"load.beta_c_component", members, small.beta_c});
    }
    out.push_back(std::move(finding));
  } else if (input.beta_c && *input.beta_c >= t.cascade_beta_c_min) {
    Finding finding = make("cascade-critical", Priority::medium);
    finding.evidence.push_back({"load.beta_c", "", *input.beta_c});
    out.push_back(std::move(finding));
  }
}

void single_source_input(const AuditInput& input, const Thresholds& t, std::vector<Finding>& out) {
  const net::SymbiosisGraph& graph = input.graph;
  // Inbound exchanges per (receiver, layer), in exchange order.
  std::map<std::pair<Vertex, int>, std::vector<const net::GraphExchange*>> inbound;
  for (const net::GraphExchange& e : graph.exchanges()) {
    inbound[{e.receiver, static_cast<int>(e.layer)}].push_back(&e);
  }
  for (const auto& [key, exchanges] : inbound) {
    const Vertex receiver = key.first;
    const Layer layer = static_cast<Layer>(key.second);
    if (t.single_source_skip_external && graph.external(receiver)) continue;
    // As the supply-shortage cascade measures dependence (docs/methods.md#cascades): by quantity
    // when every inbound exchange of the layer has one and they sum to more than 0, else by
    // counting exchanges.
    const bool by_amount = std::all_of(exchanges.begin(), exchanges.end(),
                                       [](auto* e) { return e->amount.has_value(); });
    double total = 0.0;
    std::map<Vertex, double> per_supplier;
    for (const net::GraphExchange* e : exchanges) {
      const double part = by_amount ? *e->amount : 1.0;
      per_supplier[e->supplier] += part;
      total += part;
    }
    const bool amounts_used = by_amount && total > 0.0;
    if (!amounts_used) {
      per_supplier.clear();
      total = 0.0;
      for (const net::GraphExchange* e : exchanges) {
        per_supplier[e->supplier] += 1.0;
        total += 1.0;
      }
    }
    for (const auto& [supplier, part] : per_supplier) {
      const double share = part / total;
      if (!(share > t.single_source_share_min)) continue;
      Finding finding = make("single-source-input", Priority::medium);
      finding.subjects = {graph.id(receiver), graph.id(supplier)};
      for (const net::GraphExchange* e : exchanges) {
        if (e->supplier == supplier) add_subject(finding, input.park.exchanges[e->park_index].id);
      }
      if (const LayerAnalysis* view = find_view(input, net::view_of(layer))) {
        add_column(finding, input, *view, "in_degree", receiver);
      }
      finding.evidence.push_back(
          {"audit.supplier_share." + std::string(to_string(layer)), graph.id(receiver), share});
      finding.evidence.push_back({"audit.share_basis", graph.id(receiver),
                                  std::string(amounts_used ? "quantity" : "count")});
      out.push_back(std::move(finding));
    }
  }
}

std::string_view canonical_unit(Layer layer) {
  switch (layer) {
    case Layer::material:
      return "t/a";
    case Layer::energy:
      return "GJ/a";
    case Layer::water:
      return "m3/a";
  }
  return "t/a";
}

// Declarations and potential exchanges matched through the catalogue, shared by
// unused-byproduct, energy-cascade and water-reuse. Every declared output belongs to exactly one
// of them: heat surplus to energy-cascade, reusable water to water-reuse, the rest to
// unused-byproduct (so no opportunity is reported twice).
enum class Family { unused, energy, water };

struct Offer {
  std::string supplier;
  std::string resource;
  const Resource* entry = nullptr;
  Layer layer = Layer::material;
  std::optional<double> amount;
  const Declaration* declaration = nullptr;
};

std::string key_of(const Resource* entry, const std::string& name) {
  return entry != nullptr ? entry->key : name;
}

Family family_of(const Resource* entry, const Thresholds& t) {
  if (entry == nullptr) return Family::unused;
  if (contains(t.energy_surplus_resources, entry->key)) return Family::energy;
  if (contains(t.water_reusable_resources, entry->key)) return Family::water;
  return Family::unused;
}

std::optional<double> co2_factor(const Declaration& declaration, const Thresholds& t) {
  for (const std::string& name : t.unused_co2_factor_attributes) {
    for (const Attribute& attribute : declaration.attributes) {
      if (attribute.key != name) continue;
      double value = 0.0;
      const char* begin = attribute.value.data();
      const char* end = begin + attribute.value.size();
      const auto result = std::from_chars(begin, end, value);
      if (result.ec == std::errc() && result.ptr == end && std::isfinite(value)) return value;
    }
  }
  return std::nullopt;
}

// "substitute" when the output can meet the need by the catalogue, "same-resource" for the same
// entry (or the same text when either is unknown), "" otherwise.
std::string match_kind(const Offer& offer, const Resource* need, const std::string& need_name) {
  if (offer.entry != nullptr && need != nullptr) {
    if (offer.entry->key == need->key) return "same-resource";
    if (contains(offer.entry->substitutes, need->key)) return "substitute";
    return "";
  }
  return offer.resource == need_name ? "same-resource" : "";
}

bool has_existing_tie(const AuditInput& input, const std::string& supplier,
                      const std::string& receiver, Layer layer) {
  return std::any_of(input.park.exchanges.begin(), input.park.exchanges.end(),
                     [&](const Exchange& e) {
                       return e.status == Status::existing && e.supplier == supplier &&
                              e.receiver == receiver && e.layer == layer;
                     });
}

void rank(std::vector<PotentialExchange>& candidates, std::int64_t limit) {
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const PotentialExchange& a, const PotentialExchange& b) {
                     if (a.avoided_co2.has_value() != b.avoided_co2.has_value()) {
                       return a.avoided_co2.has_value();
                     }
                     if (a.avoided_co2 && *a.avoided_co2 != *b.avoided_co2) {
                       return *a.avoided_co2 > *b.avoided_co2;
                     }
                     if (a.quantity.has_value() != b.quantity.has_value()) {
                       return a.quantity.has_value();
                     }
                     if (a.quantity && *a.quantity != *b.quantity) return *a.quantity > *b.quantity;
                     return a.receiver < b.receiver;
                   });
  if (limit > 0 && static_cast<std::int64_t>(candidates.size()) > limit) {
    candidates.resize(static_cast<std::size_t>(limit));
  }
}

void opportunities(const AuditInput& input, const Thresholds& t, Family family,
                   std::string_view rule, std::vector<Finding>& out) {
  const ResourceCatalogue& catalogue = input.catalogue;
  // Offers: declared outputs, then potential byproduct/waste exchanges not already declared.
  std::vector<Offer> offers;
  for (const Declaration& d : input.park.declarations) {
    if (d.direction != Direction::output) continue;
    const Resource* entry = catalogue.find(d.resource);
    if (family_of(entry, t) != family) continue;
    offers.push_back({d.enterprise, d.resource, entry, d.layer, d.amount, &d});
  }
  std::vector<const Exchange*> potentials;
  for (const Exchange& e : input.park.exchanges) {
    if (e.status != Status::potential || (e.kind != Kind::byproduct && e.kind != Kind::waste)) {
      continue;
    }
    const Resource* entry = catalogue.find(e.resource);
    if (family_of(entry, t) != family) continue;
    potentials.push_back(&e);
    const bool declared = std::any_of(offers.begin(), offers.end(), [&](const Offer& o) {
      return o.supplier == e.supplier && key_of(o.entry, o.resource) == key_of(entry, e.resource);
    });
    if (!declared)
      offers.push_back({e.supplier, e.resource, entry, e.layer, std::nullopt, nullptr});
  }
  const std::vector<std::string>* user_keys = family == Family::energy  ? &t.energy_user_resources
                                              : family == Family::water ? &t.water_user_resources
                                                                        : nullptr;

  for (const Offer& offer : offers) {
    std::vector<PotentialExchange> candidates;
    const auto candidate = [&](const std::string& receiver) -> PotentialExchange& {
      for (PotentialExchange& c : candidates) {
        if (c.receiver == receiver) return c;
      }
      PotentialExchange c;
      c.supplier = offer.supplier;
      c.receiver = receiver;
      c.resource = offer.resource;
      c.resource_key = offer.entry != nullptr ? offer.entry->key : "";
      c.layer = offer.layer;
      c.unit = std::string(canonical_unit(offer.layer));
      c.quantity = offer.amount;
      candidates.push_back(std::move(c));
      return candidates.back();
    };
    for (const Declaration& need : input.park.declarations) {
      if (need.direction != Direction::need || need.enterprise == offer.supplier) continue;
      const Resource* need_entry = catalogue.find(need.resource);
      if (user_keys != nullptr &&
          (need_entry == nullptr || !contains(*user_keys, need_entry->key))) {
        continue;
      }
      const std::string match = match_kind(offer, need_entry, need.resource);
      if (match.empty()) continue;
      // docs/methods.md: energy-cascade and water-reuse look for users without a tie of the layer;
      // an unused byproduct may go to a partner that already takes some of it (the need is
      // declared unmet).
      if (family != Family::unused &&
          has_existing_tie(input, offer.supplier, need.enterprise, offer.layer)) {
        continue;
      }
      PotentialExchange& c = candidate(need.enterprise);
      c.need = need.resource;
      c.need_key = need_entry != nullptr ? need_entry->key : "";
      c.match = match;
      if (offer.amount && need.amount) {
        c.quantity = std::min(*offer.amount, *need.amount);
      } else if (need.amount) {
        c.quantity = need.amount;
      }
      std::optional<double> factor = co2_factor(need, t);
      if (!factor && offer.declaration != nullptr) factor = co2_factor(*offer.declaration, t);
      if (factor && c.quantity) c.avoided_co2 = *c.quantity * *factor;
    }
    if (family == Family::water) {
      // Fresh-water users: receivers of fresh water that the reusable water could replace. A
      // water works that passes fresh water on distributes it rather than uses it.
      std::set<std::string> distributors;
      for (const Exchange& e : input.park.exchanges) {
        const Resource* entry = catalogue.find(e.resource);
        if (e.status == Status::existing && entry != nullptr &&
            contains(t.water_fresh_resources, entry->key)) {
          distributors.insert(e.supplier);
        }
      }
      std::map<std::string, double> intake;
      std::set<std::string> incomplete;
      for (const Exchange& e : input.park.exchanges) {
        if (e.status != Status::existing || e.layer != Layer::water ||
            e.receiver == offer.supplier) {
          continue;
        }
        const Resource* entry = catalogue.find(e.resource);
        if (entry == nullptr || !contains(t.water_fresh_resources, entry->key)) continue;
        const auto index = find_enterprise(input.park, e.receiver);
        if (!index || input.park.enterprises[*index].external || distributors.count(e.receiver)) {
          continue;
        }
        const bool replaceable =
            offer.entry != nullptr &&
            (offer.entry->key == entry->key || contains(offer.entry->substitutes, entry->key) ||
             contains(offer.entry->substitutes, "water"));
        if (!replaceable || has_existing_tie(input, offer.supplier, e.receiver, Layer::water)) {
          continue;
        }
        if (e.amount) {
          intake[e.receiver] += *e.amount;
        } else {
          intake[e.receiver] += 0.0;
          incomplete.insert(e.receiver);
        }
      }
      for (const auto& [receiver, amount] : intake) {
        const bool known = incomplete.count(receiver) == 0;
        // An init-capture: clang 14 (the fuzz build) cannot capture a structured binding.
        const bool fresh = std::none_of(candidates.begin(), candidates.end(),
                                        [&r = receiver](const auto& c) { return c.receiver == r; });
        if (!fresh) continue;
        PotentialExchange& c = candidate(receiver);
        c.match = "fresh-water-user";
        if (known && offer.amount) {
          c.quantity = std::min(amount, *offer.amount);
        } else if (known) {
          c.quantity = amount;
        }
      }
    }
    for (const Exchange* e : potentials) {
      if (e->supplier != offer.supplier ||
          key_of(catalogue.find(e->resource), e->resource) != key_of(offer.entry, offer.resource)) {
        continue;
      }
      PotentialExchange& c = candidate(e->receiver);
      c.exchange_id = e->id;
      if (c.match.empty()) c.match = "potential-exchange";
      if (!c.quantity && e->amount) c.quantity = e->amount;
    }
    if (candidates.empty()) continue;
    const std::size_t found = candidates.size();
    rank(candidates, t.unused_max_candidates > 0
                         ? std::min<std::int64_t>(t.unused_max_candidates,
                                                  static_cast<std::int64_t>(kMaxListed))
                         : static_cast<std::int64_t>(kMaxListed));
    const bool cut = t.unused_max_candidates <= 0 ||
                     t.unused_max_candidates > static_cast<std::int64_t>(kMaxListed);
    const std::size_t beyond = cut ? found - candidates.size() : 0;
    const bool high = family == Family::unused && candidates.front().avoided_co2 &&
                      *candidates.front().avoided_co2 >= t.unused_high_co2;
    Finding finding = make(rule, high ? Priority::high : Priority::medium);
    finding.subjects.push_back(offer.supplier);
    for (const PotentialExchange& c : candidates)
      add_subject(finding, c.receiver);
    for (const PotentialExchange& c : candidates) {
      if (!c.exchange_id.empty()) add_subject(finding, c.exchange_id);
    }
    finding.subjects_not_listed += static_cast<std::int64_t>(beyond);
    if (offer.amount) {
      finding.evidence.push_back({"declaration.output." + std::string(to_string(offer.layer)),
                                  offer.supplier, *offer.amount});
    }
    for (const PotentialExchange& c : candidates) {
      for (const Declaration& need : input.park.declarations) {
        if (need.direction == Direction::need && need.enterprise == c.receiver &&
            need.resource == c.need && need.amount) {
          finding.evidence.push_back(
              {"declaration.need." + std::string(to_string(need.layer)), c.receiver, *need.amount});
          break;
        }
      }
    }
    finding.potential_exchanges = std::move(candidates);
    out.push_back(std::move(finding));
  }
}

void unused_byproduct(const AuditInput& input, const Thresholds& t, std::vector<Finding>& out) {
  opportunities(input, t, Family::unused, "unused-byproduct", out);
}
void energy_cascade(const AuditInput& input, const Thresholds& t, std::vector<Finding>& out) {
  opportunities(input, t, Family::energy, "energy-cascade", out);
}
void water_reuse(const AuditInput& input, const Thresholds& t, std::vector<Finding>& out) {
  opportunities(input, t, Family::water, "water-reuse", out);
}

void weak_symbiosis(const AuditInput& input, const Thresholds& t, std::vector<Finding>& out) {
  const LayerAnalysis* all = find_view(input, ViewLayer::all);
  if (all == nullptr) return;
  const auto density = field_of(*all, "density");
  const bool sparse = density && *density < t.weak_density_max;
  std::vector<Vertex> isolates;
  if (const net::Column* degree = indicator_column(*all, "degree");
      degree != nullptr && t.weak_isolates) {
    for (Vertex v = 0; v < input.graph.n(); ++v) {
      if (degree->values[at(v)].value_or(0.0) == 0.0) isolates.push_back(v);
    }
  }
  if (!sparse && isolates.empty()) return;
  Finding finding = make("weak-symbiosis", sparse ? Priority::medium : Priority::low);
  add_field(finding, *all, "density");
  add_field(finding, *all, "weak_components");
  add_field(finding, *all, "largest_component_share");
  for (const Vertex v : isolates) {
    if (add_subject(finding, input.graph.id(v))) add_column(finding, input, *all, "degree", v);
  }
  out.push_back(std::move(finding));
}

void no_cycling(const AuditInput& input, const Thresholds& t, std::vector<Finding>& out) {
  const LayerAnalysis* all = find_view(input, ViewLayer::all);
  if (all == nullptr) return;
  const auto cyclicity = field_of(*all, "cyclicity");
  if (!cyclicity || *cyclicity > t.no_cycling_cyclicity_max) return;
  // No cycle at all is worse than simple cycles only (Layton, Bras and Weissburg 2016).
  Finding finding = make("no-cycling", *cyclicity < 1e-9 ? Priority::medium : Priority::low);
  add_field(finding, *all, "cyclicity");
  add_field(finding, *all, "strong_components");
  out.push_back(std::move(finding));
}

void shared_infrastructure_hub(const AuditInput& input, const Thresholds& t,
                               std::vector<Finding>& out) {
  const LayerAnalysis* all = find_view(input, ViewLayer::all);
  if (all == nullptr) return;
  const net::Column* betweenness = indicator_column(*all, "betweenness");
  if (betweenness == nullptr) return;
  // Rank = 1 + the number of enterprises of larger betweenness, by binary search (an O(n) count
  // per hub would make the rule quadratic in a park of many utilities).
  std::vector<double> sorted;
  sorted.reserve(betweenness->values.size());
  for (const auto& value : betweenness->values)
    sorted.push_back(value.value_or(0.0));
  std::sort(sorted.begin(), sorted.end());
  for (Vertex v = 0; v < input.graph.n(); ++v) {
    if (!contains(t.hub_roles, input.graph.role(v))) continue;
    const double b = betweenness->values[at(v)].value_or(0.0);
    if (b <= 0.0) continue;
    const std::int64_t rank =
        1 +
        static_cast<std::int64_t>(sorted.end() - std::upper_bound(sorted.begin(), sorted.end(), b));
    if (rank > t.hub_betweenness_rank_max) continue;
    Finding finding =
        make("shared-infrastructure-hub", rank == 1 ? Priority::high : Priority::medium);
    finding.subjects.push_back(input.graph.id(v));
    finding.evidence.push_back({"enterprise.role", input.graph.id(v), input.graph.role(v)});
    add_column(finding, input, *all, "betweenness", v);
    add_column(finding, input, *all, "betweenness_norm", v);
    add_column(finding, input, *all, "degree", v);
    finding.evidence.push_back({"audit.betweenness_rank", input.graph.id(v), rank});
    out.push_back(std::move(finding));
  }
}

void broker(const AuditInput& input, const Thresholds& t, std::vector<Finding>& out) {
  const LayerAnalysis* all = find_view(input, ViewLayer::all);
  if (all == nullptr) return;
  for (Vertex v = 0; v < input.graph.n(); ++v) {
    // A boundary actor (market, grid) has many unconnected partners but coordinates nothing.
    if (input.graph.external(v)) continue;
    const auto constraint = value_of(*all, "constraint", v);
    const auto size = value_of(*all, "effective_size", v);
    if (!constraint || !size || *constraint > t.broker_constraint_max ||
        *size < t.broker_effective_size_min) {
      continue;
    }
    Finding finding = make("broker", Priority::low);
    finding.subjects.push_back(input.graph.id(v));
    for (const char* column : {"constraint", "effective_size", "efficiency", "brokerage_liaison",
                               "brokerage_gatekeeper", "brokerage_representative"}) {
      add_column(finding, input, *all, column, v);
    }
    out.push_back(std::move(finding));
  }
}

void stranded_waste(const AuditInput& input, const Thresholds& t, std::vector<Finding>& out) {
  const net::SymbiosisGraph& graph = input.graph;
  std::vector<char> offtaker(at(graph.n()), 0);
  for (const net::GraphExchange& e : graph.exchanges()) {
    if (e.kind == Kind::byproduct || e.kind == Kind::waste) offtaker[at(e.receiver)] = 1;
  }
  std::vector<Vertex> offtakers;
  for (Vertex o = 0; o < graph.n(); ++o) {
    if (offtaker[at(o)]) offtakers.push_back(o);
  }
  if (offtakers.empty()) return;
  // One sweep over the offtakers gives the counts (it sets its index up once, where a cascade
  // per offtaker would set it up every time: O(n E)); the suppliers are listed from a cascade
  // rerun for the kMaxFindingsPerRule offtakers that strand the most (run_audit drops the rest).
  const net::DependencyOptions options{
      .threshold = t.stranded_threshold,
      .direction = net::CascadeDirection::upstream,
      .threads = input.cascade != nullptr ? input.cascade->options.threads : 1};
  const net::DependencySweep sweep = net::dependency_sweep(graph, options, offtakers);
  std::vector<const net::CascadeSummary*> worst;
  for (const net::CascadeSummary& row : sweep.rows) {
    if (row.failed > 1) worst.push_back(&row);
  }
  std::stable_sort(worst.begin(), worst.end(),
                   [](const auto* a, const auto* b) { return a->failed > b->failed; });
  if (worst.size() > kMaxFindingsPerRule) worst.resize(kMaxFindingsPerRule);
  for (const net::CascadeSummary& row : sweep.rows) {
    if (row.failed <= 1) continue;
    const Vertex o = row.trigger;
    const std::int64_t stranded = row.failed - 1;
    Finding finding =
        make("stranded-waste",
             stranded >= t.stranded_high_suppliers ? Priority::high : Priority::medium);
    finding.subjects.push_back(graph.id(o));
    if (std::find(worst.begin(), worst.end(), &row) != worst.end()) {
      const Vertex trigger[] = {o};
      const net::CascadeRun run = net::dependency_cascade(graph, trigger, options);
      for (std::size_t k = 1; k < run.rounds.size(); ++k) {
        for (const Vertex v : run.rounds[k])
          add_subject(finding, graph.id(v));
      }
    } else {
      finding.subjects_not_listed = stranded;
    }
    finding.evidence.push_back({"stranded.cascade_failed", graph.id(o), row.failed});
    finding.evidence.push_back(
        {"stranded.cascade_rounds", graph.id(o), static_cast<std::int64_t>(row.rounds)});
    finding.evidence.push_back({"stranded.threshold", "", t.stranded_threshold});
    out.push_back(std::move(finding));
  }
}

void key_enterprise(const AuditInput& input, const Thresholds& t, std::vector<Finding>& out) {
  const LayerAnalysis* all = find_view(input, ViewLayer::all);
  if (all == nullptr) return;
  const net::Column* column = indicator_column(*all, "key_score");
  const bool copied = column != nullptr && std::any_of(column->values.begin(), column->values.end(),
                                                       [](const auto& v) { return v.has_value(); });
  const std::vector<std::optional<double>> score =
      copied ? column->values : fallback_key_score(*all);
  std::vector<Vertex> order;
  for (Vertex v = 0; v < input.graph.n() && at(v) < score.size(); ++v) {
    if (score[at(v)] && (t.key_include_external || !input.graph.external(v))) order.push_back(v);
  }
  std::stable_sort(order.begin(), order.end(),
                   [&](Vertex a, Vertex b) { return *score[at(a)] > *score[at(b)]; });
  // The sweep's row of each trigger (looked up once, not once per key enterprise).
  std::vector<const net::CascadeSummary*> row_of(at(input.graph.n()), nullptr);
  if (input.cascade != nullptr) {
    for (const net::CascadeSummary& row : input.cascade->rows) {
      if (at(row.trigger) < row_of.size() && row_of[at(row.trigger)] == nullptr) {
        row_of[at(row.trigger)] = &row;
      }
    }
  }
  for (std::size_t k = 0; k < order.size(); ++k) {
    const Vertex v = order[k];
    if (static_cast<std::int64_t>(k) >= t.key_top_n && *score[at(v)] < t.key_score_min) continue;
    Finding finding = make("key-enterprise", Priority::high);
    finding.subjects.push_back(input.graph.id(v));
    if (copied) {
      add_column(finding, input, *all, "key_score", v);
    } else {
      finding.evidence.push_back({"audit.key_score_fallback", input.graph.id(v), *score[at(v)]});
    }
    finding.evidence.push_back(
        {"audit.key_rank", input.graph.id(v), static_cast<std::int64_t>(k + 1)});
    for (const char* name : {"degree", "betweenness", "pagerank", "articulation"}) {
      add_column(finding, input, *all, name, v);
    }
    if (input.cascade != nullptr) {
      if (const net::CascadeSummary* row = row_of[at(v)]; row != nullptr && row->impact) {
        finding.evidence.push_back({"cascade.cascade_impact", input.graph.id(v), *row->impact});
      }
    } else {
      add_column(finding, input, *all, "cascade_impact", v);
    }
    out.push_back(std::move(finding));
  }
}

// Titles and recommendations: Zhang Yongbo et al. 2024 (park-level cleaner-production audit
// from network analysis), Chopra and Khanna 2014 (resilience of symbiosis networks), Burt 1992
// (brokers), Zeng, Xiao and Li 2013 (cascades); cost classes and aspects after 清洁生产审核办法
// (2016) and GB/T 25973-2010.
const Rule kRules[] = {
    {"anchor-dependence",
     "园区依赖核心企业",
     "The park depends on an anchor enterprise",
     Aspect::inter_enterprise,
     CostClass::medium_high,
     {.resource = true, .energy = true},
     "拓展核心企业以外的合作伙伴，为核心企业的关键供给（蒸汽、电力、副产品消纳）建立备用能力，并将"
     "核心企业列为审核重点。",
     "Diversify the partners beyond the anchor, provide backup capacity for the anchor's key "
     "supplies (steam, power, by-product offtake), and put the anchor in the audit focus.",
     anchor_dependence},
    {"single-point-of-failure",
     "单点失效风险",
     "Single point of failure",
     Aspect::park_infrastructure,
     CostClass::medium_high,
     {.resource = true, .pollutant = true},
     "为割点企业或桥接交换建立冗余路径：第二供应方或接收方、缓冲储存、备用处置出路。",
     "Build a redundant path around the articulation enterprise or bridge exchange: a second "
     "supplier or receiver, buffer storage, an alternative outlet.",
     single_point_of_failure},
    {"cascade-critical",
     "失效级联扩散风险",
     "A failure cascades through the park",
     Aspect::process_control,
     CostClass::medium_high,
     {.resource = true, .energy = true},
     "为级联关键企业配置备用产能和储存，降低下游企业对单一来源的依赖（解耦）。",
     "Provide spare capacity and storage at the cascade-critical enterprise and decouple its "
     "downstream partners from it.",
     cascade_critical},
    {"single-source-input",
     "单一来源输入",
     "Single-source input",
     Aspect::raw_materials_energy,
     CostClass::no_low,
     {.resource = true},
     "为该输入开发第二来源，或与现有供应方签订保障供应的合同。",
     "Develop a second source for this input, or secure it by a supply contract with the "
     "current supplier.",
     single_source_input},
    {"unused-byproduct",
     "副产品/废物未利用",
     "Unused by-product or waste",
     Aspect::waste,
     CostClass::medium_high,
     {.resource = true, .pollutant = true, .co2 = true},
     "与需求企业建立新的副产品交换（按数量和减排量排序的潜在交换见下）。",
     "Set up a new by-product exchange with the enterprise that needs it (the potential "
     "exchanges below are ranked by quantity and avoided emissions).",
     unused_byproduct},
    {"energy-cascade",
     "能量未梯级利用",
     "Energy not cascaded",
     Aspect::raw_materials_energy,
     CostClass::medium_high,
     {.energy = true, .co2 = true},
     "按能量梯级利用原则，将富余蒸汽或余热经蒸汽管网、集中供热或低品位热利用送往低温用热企业。",
     "Cascade the surplus steam or waste heat to the low-temperature users through a steam "
     "network, district heat or low-grade heat use.",
     energy_cascade},
    {"water-reuse",
     "水未回用",
     "Water not reused",
     Aspect::park_infrastructure,
     CostClass::medium_high,
     {.water = true, .pollutant = true},
     "将冷却水、处理后出水或中水经回用水池或再生水管网送往新鲜水用户，替代新鲜水取用。",
     "Send the cooling, treated or reclaimed water to the fresh-water users through a reuse "
     "basin or a reclaimed-water network, in place of fresh water.",
     water_reuse},
    {"weak-symbiosis",
     "共生网络薄弱",
     "Weak symbiosis",
     Aspect::management,
     CostClass::no_low,
     {.resource = true},
     "组织企业对接（供需信息平台、对接会），对网络外的企业开展企业层面清洁生产审核，发现可交换的副"
     "产品。",
     "Organise matchmaking (a supply-and-demand platform, meetings) and run enterprise-level "
     "cleaner-production audits of the enterprises outside the network to find tradable "
     "by-products.",
     weak_symbiosis},
    {"no-cycling",
     "缺少物质循环",
     "No closed loops",
     Aspect::inter_enterprise,
     CostClass::medium_high,
     {.resource = true, .pollutant = true},
     "引进或培育再生利用和废物处理企业，使副产品和废物回到生产链，形成闭合回路。",
     "Attract or develop recyclers and waste processors that bring by-products and waste back "
     "into production and close the loops.",
     no_cycling},
    {"shared-infrastructure-hub",
     "园区公用设施枢纽",
     "Shared infrastructure hub",
     Aspect::park_infrastructure,
     CostClass::no_low,
     {.water = true, .pollutant = true},
     "将该公用工程或处理设施列为审核重点，核查其运行绩效和可靠性（负荷、备用、应急预案）。",
     "Put this utility or treatment facility in the audit focus and check its performance and "
     "reliability (load, backup, contingency plan).",
     shared_infrastructure_hub},
    {"broker",
     "协调中介企业",
     "Coordination broker",
     Aspect::management,
     CostClass::no_low,
     {.resource = true},
     "由该企业牵头园区副产品交换平台的协调工作。",
     "Make this enterprise a coordinator of the park's by-product exchange platform.",
     broker},
    {"stranded-waste",
     "废物滞留风险",
     "Waste stranded by an offtaker's failure",
     Aspect::waste,
     CostClass::no_low,
     {.pollutant = true},
     "为依赖该接收企业的废物和副产品制定应急处置路线，并开发第二接收方。",
     "Prepare a contingency disposal route for the waste and by-products that depend on this "
     "offtaker, and develop a second offtaker.",
     stranded_waste},
    {"key-enterprise",
     "关键企业（审核重点）",
     "Key enterprise (audit focus)",
     Aspect::management,
     CostClass::no_low,
     {.resource = true, .energy = true, .water = true, .pollutant = true},
     "优先对该企业开展企业层面的清洁生产审核。",
     "Run an enterprise-level cleaner-production audit of this enterprise first.",
     key_enterprise},
};

int priority_rank(Priority priority) {
  return static_cast<int>(priority);
}

double key_score_of(const Finding& finding) {
  for (const Evidence& e : finding.evidence) {
    if (e.name == "all.key_score" || e.name == "audit.key_score_fallback") {
      if (const auto* value = std::get_if<double>(&e.value)) return *value;
    }
  }
  return 0.0;
}

}  // namespace

std::span<const Rule> rules() {
  return kRules;
}

const Rule* find_rule(std::string_view id) {
  for (const Rule& rule : kRules) {
    if (rule.id == id) return &rule;
  }
  return nullptr;
}

std::vector<std::optional<double>> fallback_key_score(const net::LayerAnalysis& all) {
  std::vector<const net::Column*> columns;
  for (const char* name : {"degree", "betweenness", "pagerank"}) {
    if (const net::Column* c = indicator_column(all, name)) columns.push_back(c);
  }
  if (columns.empty()) return {};
  const std::size_t n = columns.front()->values.size();
  std::vector<double> sum(n, 0.0);
  std::vector<int> defined(n, 0);
  for (const net::Column* c : columns) {
    std::size_t count = 0;
    for (const auto& value : c->values)
      count += value ? 1 : 0;
    if (count < 2) continue;
    // #{j : x_j < x_i} and #{j != i : x_j = x_i} by binary search in the sorted defined values
    // (the same integers the definition counts, so the same doubles).
    std::vector<double> sorted;
    sorted.reserve(count);
    for (const auto& value : c->values) {
      if (value) sorted.push_back(*value);
    }
    std::sort(sorted.begin(), sorted.end());
    for (std::size_t i = 0; i < n; ++i) {
      if (!c->values[i]) continue;
      const auto low = std::lower_bound(sorted.begin(), sorted.end(), *c->values[i]);
      const auto high = std::upper_bound(low, sorted.end(), *c->values[i]);
      const auto less = static_cast<double>(low - sorted.begin());
      const auto equal = static_cast<double>(high - low - 1);
      sum[i] += (less + equal / 2.0) / static_cast<double>(count - 1);
      ++defined[i];
    }
  }
  std::vector<std::optional<double>> score(n);
  for (std::size_t i = 0; i < n; ++i) {
    if (defined[i] > 0) score[i] = sum[i] / defined[i];
  }
  return score;
}

namespace {

double evidence_number(const Finding& finding, std::string_view name, bool prefix = false) {
  for (const Evidence& e : finding.evidence) {
    if (prefix ? !e.name.starts_with(name) : e.name != name) continue;
    if (const auto* d = std::get_if<double>(&e.value)) return *d;
    if (const auto* i = std::get_if<std::int64_t>(&e.value)) return static_cast<double>(*i);
  }
  return 0.0;
}

// The rule's own measure of how severe a finding is (larger first) among findings of equal
// priority; 0 where the rule's order is its ranking (anchors, opportunities in declaration
// order).
double severity(const Finding& f, double n) {
  if (f.rule == "cascade-critical") {
    for (const char* name : {"cascade.cascade_impact", "all.cascade_impact"}) {
      if (const double v = evidence_number(f, name); v != 0.0) return v;
    }
    return 0.0;
  }
  if (f.rule == "stranded-waste") return evidence_number(f, "stranded.cascade_failed");
  if (f.rule == "single-source-input") return evidence_number(f, "audit.supplier_share.", true);
  if (f.rule == "single-point-of-failure") {
    // The share of the park cut off: by an articulation enterprise's removal, or on the smaller
    // side of a bridge.
    for (const Evidence& e : f.evidence) {
      if (e.name == "robustness.largest_component_share_without") {
        return 1.0 - evidence_number(f, e.name);
      }
    }
    return n > 0 ? evidence_number(f, "audit.enterprises_cut_off") / n : 0.0;
  }
  if (f.rule == "key-enterprise") return -evidence_number(f, "audit.key_rank");
  if (f.rule == "shared-infrastructure-hub") return -evidence_number(f, "audit.betweenness_rank");
  if (f.rule == "broker") return -evidence_number(f, "all.constraint");
  return 0.0;
}

// Keeps the kMaxFindingsPerRule most severe findings of found[first, end) about a subject (and
// every finding about the park as a whole), in their order; counts the others by priority.
void keep_most_severe(std::vector<Finding>& found, std::size_t first, double n,
                      std::vector<UnlistedFindings>& unlisted) {
  std::vector<std::size_t> ranked;
  for (std::size_t k = first; k < found.size(); ++k) {
    if (!found[k].subjects.empty()) ranked.push_back(k);
  }
  if (ranked.size() <= kMaxFindingsPerRule) return;
  std::vector<double> measure(found.size() - first);
  for (std::size_t k = first; k < found.size(); ++k)
    measure[k - first] = severity(found[k], n);
  std::stable_sort(ranked.begin(), ranked.end(), [&](std::size_t a, std::size_t b) {
    if (found[a].priority != found[b].priority) {
      return static_cast<int>(found[a].priority) < static_cast<int>(found[b].priority);
    }
    return measure[a - first] > measure[b - first];
  });
  std::vector<char> drop(found.size() - first, 0);
  UnlistedFindings count{.rule = found[first].rule};
  for (std::size_t k = kMaxFindingsPerRule; k < ranked.size(); ++k) {
    const Finding& f = found[ranked[k]];
    drop[ranked[k] - first] = 1;
    (f.priority == Priority::high     ? count.high
     : f.priority == Priority::medium ? count.medium
                                      : count.low) += 1;
  }
  std::size_t kept = first;
  for (std::size_t k = first; k < found.size(); ++k) {
    if (drop[k - first]) continue;
    if (kept != k) found[kept] = std::move(found[k]);
    ++kept;
  }
  found.resize(kept);
  unlisted.push_back(std::move(count));
}

}  // namespace

std::vector<Finding> run_audit(const AuditInput& input, const Thresholds& thresholds) {
  return audit_findings(input, thresholds).findings;
}

AuditFindings audit_findings(const AuditInput& input, const Thresholds& thresholds) {
  const auto n = static_cast<std::size_t>(input.graph.n());
  for (const net::LayerAnalysis& analysis : input.analysis) {
    for (const net::Column& column : analysis.enterprise_columns) {
      if (column.values.size() != n) {
        throw std::invalid_argument("audit: column " + column.name + " of layer " +
                                    std::string(net::to_string(analysis.layer)) +
                                    " does not match the graph");
      }
    }
  }
  AuditFindings result;
  std::vector<Finding>& findings = result.findings;
  for (const Rule& rule : kRules) {
    if (contains(thresholds.disabled_rules, rule.id)) continue;
    const std::size_t first = findings.size();
    rule.evaluate(input, thresholds, findings);
    if (findings.size() > first) {
      keep_most_severe(findings, first, static_cast<double>(n), result.unlisted);
    }
    for (std::size_t k = first; k < findings.size(); ++k) {
      Finding& f = findings[k];
      if (f.title_zh.empty()) f.title_zh = std::string(rule.title_zh);
      if (f.title_en.empty()) f.title_en = std::string(rule.title_en);
      if (f.recommendation_zh.empty()) f.recommendation_zh = std::string(rule.recommendation_zh);
      if (f.recommendation_en.empty()) f.recommendation_en = std::string(rule.recommendation_en);
      f.aspect = rule.aspect;
      f.cost = rule.cost;
      f.benefits = rule.benefits;
    }
  }
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    if (a.priority != b.priority) return priority_rank(a.priority) < priority_rank(b.priority);
    if (a.rule != b.rule) return a.rule < b.rule;
    const std::string& sa = a.subjects.empty() ? std::string() : a.subjects.front();
    const std::string& sb = b.subjects.empty() ? std::string() : b.subjects.front();
    return sa < sb;
  });
  return result;
}

std::vector<std::string> key_enterprises(const std::vector<Finding>& findings) {
  std::vector<const Finding*> keys;
  for (const Finding& f : findings) {
    if (f.rule == "key-enterprise" && !f.subjects.empty()) keys.push_back(&f);
  }
  std::stable_sort(keys.begin(), keys.end(), [](const Finding* a, const Finding* b) {
    return key_score_of(*a) > key_score_of(*b);
  });
  std::vector<std::string> ids;
  for (const Finding* f : keys)
    ids.push_back(f->subjects.front());
  return ids;
}

namespace {

void check_indicator(std::string_view name) {
  if (net::find_convention(name) == nullptr) {
    throw std::logic_error("audit rule reads '" + std::string(name) +
                           "', which is no indicator (network/conventions.hpp)");
  }
}

}  // namespace

const net::Column* indicator_column(const net::LayerAnalysis& analysis, std::string_view name) {
  check_indicator(name);
  return analysis.column(std::string(name));
}

const net::ParkField* indicator_field(const net::LayerAnalysis& analysis, std::string_view name) {
  check_indicator(name);
  return analysis.park_field(std::string(name));
}

}  // namespace symbio::audit
