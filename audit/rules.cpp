#include "audit/rules.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <unordered_map>

#include "audit/cut_sizes.hpp"
#include "audit/resource_class.hpp"
#include "network/conventions.hpp"
#include "network/indicator_names.hpp"

namespace symbio::audit {
namespace {

using net::LayerAnalysis;
using net::Vertex;
using net::ViewLayer;
namespace col = net::col;
namespace field = net::field;

// GJ per tonne of standard coal equivalent (1 kgce = 29.3076 MJ, GB/T 2589-2020).
constexpr double kGjPerTce = 29.3076;

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

std::optional<double> value_of(const LayerAnalysis& analysis, std::string_view column, Vertex v) {
  const net::Column* c = indicator_column(analysis, column);
  if (c == nullptr || at(v) >= c->values.size()) return std::nullopt;
  return c->values[at(v)];
}

std::optional<double> field_of(const LayerAnalysis& analysis, std::string_view name) {
  const net::ParkField* f = indicator_field(analysis, name);
  return f == nullptr ? std::nullopt : f->value;
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
void add_column(Subject& subject, const LayerAnalysis& analysis, std::string_view column,
                Vertex v) {
  const net::Column* c = indicator_column(analysis, column);
  if (c == nullptr || at(v) >= c->values.size() || !c->values[at(v)]) return;
  subject.evidence.push_back(
      {prefixed(analysis, column), subject.id, typed(*c->values[at(v)], c->type)});
}

void add_field(Finding& finding, const LayerAnalysis& analysis, std::string_view name) {
  const net::ParkField* f = indicator_field(analysis, name);
  if (f == nullptr) return;
  if (f->value) {
    finding.evidence.push_back({prefixed(analysis, name), "", typed(*f->value, f->type)});
  } else if (!f->text.empty()) {
    finding.evidence.push_back({prefixed(analysis, name), "", f->text});
  }
}

Finding make(std::string_view rule, Priority priority) {
  Finding finding;
  finding.rule = std::string(rule);
  finding.priority = priority;
  return finding;
}

bool contains(const std::vector<std::string>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
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

// How a layer's quantities are stated: the unit the input used most (net::LayerFlows), how many
// canonical units one of it is, and the layer's total flow (internal + import + export) that
// shares are taken of.
struct Scale {
  std::string unit;
  double factor = 1.0;
  std::optional<double> total;
};

Scale scale_of(const AuditInput& input, Layer layer) {
  Scale scale{std::string(canonical_unit(layer)), 1.0, std::nullopt};
  if (input.flows == nullptr) return scale;
  for (const net::LayerFlows& l : input.flows->layers) {
    if (l.layer != layer) continue;
    if (!l.display_unit.empty() && l.display_factor > 0.0) {
      scale.unit = l.display_unit;
      scale.factor = l.display_factor;
    }
    double total = 0.0;
    for (const auto& part : {l.internal_flow, l.import_flow, l.export_flow})
      total += part.value_or(0.0);
    if (total > 0.0) scale.total = total;
  }
  return scale;
}

void set_quantity(Subject& subject, const AuditInput& input, Layer layer,
                  std::optional<double> canonical) {
  const Scale scale = scale_of(input, layer);
  subject.layer = layer;
  subject.unit = scale.unit;
  if (!canonical) return;
  subject.quantity = *canonical / scale.factor;
  if (scale.total) subject.share = *canonical / *scale.total;
}

Benefit benefit(const AuditInput& input, const std::string& resource, Layer layer, double canonical,
                BenefitBasis basis) {
  const Scale scale = scale_of(input, layer);
  Benefit b{resource, canonical / scale.factor, scale.unit, basis, std::nullopt};
  if (scale.total) b.share = canonical / *scale.total;
  return b;
}

// The same energy in tonnes of standard coal equivalent, with the energy layer's share.
Benefit coal_equivalent(const AuditInput& input, const std::string& resource, double gj) {
  Benefit b{resource, gj / kGjPerTce, "tce/a", BenefitBasis::coal_equivalent, std::nullopt};
  if (const auto total = scale_of(input, Layer::energy).total) b.share = gj / *total;
  return b;
}

// Adds `b` to `list`, summing with an entry of the same resource, basis and unit.
void add_benefit(std::vector<Benefit>& list, const Benefit& b) {
  for (Benefit& existing : list) {
    if (existing.resource == b.resource && existing.basis == b.basis && existing.unit == b.unit) {
      existing.quantity += b.quantity;
      if (b.share) existing.share = existing.share.value_or(0.0) + *b.share;
      return;
    }
  }
  list.push_back(b);
}

Subject enterprise_subject(const AuditInput& input, Vertex v) {
  Subject s;
  s.kind = SubjectKind::enterprise;
  s.id = input.graph.id(v);
  s.name = input.graph.name(v).empty() ? s.id : input.graph.name(v);
  return s;
}

void add_resource(Subject& subject, const std::string& resource) {
  if (!resource.empty() && subject.resources.size() < kMaxRelated &&
      !contains(subject.resources, resource)) {
    subject.resources.push_back(resource);
  }
}

void add_related(Subject& subject, std::string id) {
  if (subject.related.size() < kMaxRelated) {
    subject.related.push_back(std::move(id));
  } else {
    ++subject.related_not_listed;
  }
}

// A subject and the measures it is ranked by (larger first: the first, then the second).
struct Ranked {
  double first = 0.0;
  double second = 0.0;
  Subject subject;
};

// Sorts the subjects by severity (stable: ties keep the rule's order, which is deterministic)
// and keeps the kMaxListed most severe.
void rank_into(Finding& finding, std::vector<Ranked>& ranked) {
  std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
    if (a.first != b.first) return a.first > b.first;
    return a.second > b.second;
  });
  for (Ranked& r : ranked) {
    if (finding.subjects.size() < kMaxListed) {
      finding.subjects.push_back(std::move(r.subject));
    } else {
      ++finding.subjects_not_listed;
    }
  }
}

std::string display_name(const Subject& s) {
  return s.name.empty() ? s.id : s.name;
}

// A number in a sentence: integers as they are, otherwise four significant digits.
std::string number(double value) {
  if (!std::isfinite(value)) return "—";
  char buffer[64];
  if (std::fabs(value) >= 1e15 || value == std::round(value)) {
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general,
                                 std::fabs(value) >= 1e15 ? 4 : 16);
    return std::string(buffer, r.ptr);
  }
  const int exponent = static_cast<int>(std::floor(std::log10(std::fabs(value))));
  const int decimals = std::clamp(3 - exponent, 0, 12);
  const auto r =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
  std::string out(buffer, r.ptr);
  if (out.find('.') != std::string::npos) {
    while (out.back() == '0')
      out.pop_back();
    if (out.back() == '.') out.pop_back();
  }
  return out;
}

std::string percent(double share) {
  return number(100.0 * share) + "%";
}

// "40 万吨/年" or "" without a quantity.
std::string amount_text(const Subject& s) {
  return s.quantity ? number(*s.quantity) + " " + s.unit : "";
}

// "a、b、c" / "a, b, c".
std::string join(const std::vector<std::string>& items, bool zh) {
  std::string out;
  for (const std::string& item : items)
    out += (out.empty() ? "" : zh ? "、" : ", ") + item;
  return out;
}

// The names of the first `shown` subjects and how many more: "热电厂、甲醇厂等 5 家".
std::string subject_names(const Finding& f, bool zh, std::size_t shown = 3) {
  std::vector<std::string> names;
  for (std::size_t k = 0; k < f.subjects.size() && k < shown; ++k)
    names.push_back(display_name(f.subjects[k]));
  const std::int64_t total = static_cast<std::int64_t>(f.subjects.size()) + f.subjects_not_listed;
  std::string out = join(names, zh);
  if (total > static_cast<std::int64_t>(names.size())) {
    out += zh ? "等 " + std::to_string(total) + " 项"
              : " and " + std::to_string(total - static_cast<std::int64_t>(names.size())) + " more";
  }
  return out;
}

// Catalogue look-ups of resource names, cached (a park names few resources many times).
class ResourceIndex {
 public:
  explicit ResourceIndex(const ResourceCatalogue& catalogue) : catalogue_(catalogue) {}
  const Resource* find(const std::string& name) {
    const auto it = cache_.find(name);
    if (it != cache_.end()) return it->second;
    const Resource* entry = catalogue_.find(name);
    cache_.emplace(name, entry);
    return entry;
  }

 private:
  const ResourceCatalogue& catalogue_;
  std::unordered_map<std::string, const Resource*> cache_;
};

net::Substitutes substitutes_of(const AuditInput& input) {
  return input.cascade != nullptr ? input.cascade->options.substitutes
                                  : net::Substitutes::catalogue;
}

// The resources an enterprise provides to the enterprises that depend on it (what it supplies
// on a supply dependency, what it takes on an outlet dependency), largest quantity first.
std::vector<std::string> provided_resources(const AuditInput& input, Vertex v,
                                            std::size_t limit = 3, bool supply_only = false) {
  std::map<std::string, double> amount;
  std::vector<std::string> order;
  for (const net::GraphExchange& e : input.graph.exchanges()) {
    const net::Dependency d = net::dependency_of(e, substitutes_of(input));
    if (d == net::Dependency::none || net::provider_of(e, d) != v) continue;
    if (supply_only && d != net::Dependency::supply) continue;
    const std::string& name = input.park.exchanges[e.park_index].resource;
    if (!amount.count(name)) order.push_back(name);
    amount[name] += e.amount.value_or(0.0);
  }
  std::stable_sort(order.begin(), order.end(), [&](const std::string& a, const std::string& b) {
    return amount[a] > amount[b];
  });
  if (order.size() > limit) order.resize(limit);
  return order;
}

void anchor_dependence(const AuditInput& input, const Thresholds& t, std::vector<Finding>& out) {
  const LayerAnalysis* all = find_view(input, ViewLayer::all);
  if (all == nullptr) return;
  const auto centralization = field_of(*all, field::degree_centralization);
  const auto density = field_of(*all, field::density);
  if (!centralization || !density || *centralization < t.anchor_centralization_min ||
      *density < t.anchor_density_min) {
    return;
  }
  const net::Column* degree = indicator_column(*all, col::degree);
  if (degree == nullptr) return;
  double top = 0.0;
  for (const auto& value : degree->values)
    top = std::max(top, value.value_or(0.0));
  if (top <= 0.0) return;
  Finding finding =
      make("anchor-dependence",
           *centralization >= t.anchor_high_centralization ? Priority::high : Priority::medium);
  add_field(finding, *all, field::degree_centralization);
  add_field(finding, *all, field::density);
  add_field(finding, *all, field::typology);
  // The anchors: the enterprises of the highest degree (ties all named), in enterprise order.
  std::vector<Ranked> ranked;
  for (Vertex v = 0; v < input.graph.n(); ++v) {
    if (degree->values[at(v)].value_or(0.0) != top) continue;
    Subject s = enterprise_subject(input, v);
    for (const std::string& r : provided_resources(input, v, 3, true))
      add_resource(s, r);
    add_column(s, *all, col::degree, v);
    add_column(s, *all, col::degree_norm, v);
    ranked.push_back({top, 0.0, std::move(s)});
  }
  rank_into(finding, ranked);
  const Subject& anchor = finding.subjects.front();
  const std::string zh_res = join(anchor.resources, true);
  const std::string en_res = join(anchor.resources, false);
  finding.recommendation_zh = subject_names(finding, true) + "与园区大多数企业相连（度 " +
                              number(top) + "）：拓展其以外的合作伙伴，并为其关键供给" +
                              (zh_res.empty() ? "" : "（" + zh_res + "）") +
                              "建立备用能力，使一家企业停产不致牵动全园。";
  finding.recommendation_en =
      subject_names(finding, false) + (finding.subjects.size() > 1 ? " are" : " is") +
      " tied to most of the park (degree " + number(top) +
      "): diversify the partners beyond it and provide backup capacity for its key supplies" +
      (en_res.empty() ? "" : " (" + en_res + ")") +
      ", so that one shutdown does not move the whole park.";
  out.push_back(std::move(finding));
}

// A subject for an enterprise named by id, also when it is not in the graph (an external actor
// left out with --exclude-external).
Subject enterprise_subject_by_id(const AuditInput& input, const std::string& id) {
  if (const auto v = input.graph.index_of(id)) return enterprise_subject(input, *v);
  Subject s;
  s.id = id;
  s.name = id;
  if (const auto position = find_enterprise(input.park, id)) {
    const std::string& name = input.park.enterprises[*position].name;
    if (!name.empty()) s.name = name;
  }
  return s;
}

void single_point_of_failure(const AuditInput& input, const Thresholds& t,
                             std::vector<Finding>& out) {
  const LayerAnalysis* all = find_view(input, ViewLayer::all);
  if (all == nullptr || !input.graph.has_view(ViewLayer::all)) return;
  const net::LayerView& view = input.graph.view(ViewLayer::all);
  const net::Column* articulation = indicator_column(*all, col::articulation);
  const auto share = field_of(*all, field::largest_component_share);
  const double n = static_cast<double>(view.n());
  // One subject per enterprise (articulation, supply dominator or both) and per bridge, ranked by
  // the share of the park it cuts off: the drop of the largest component share for an
  // articulation enterprise (S(1) of the robustness curve that removes it first), the dominated
  // share for a dominator, the smaller side for a bridge.
  std::map<Vertex, Ranked> enterprises;
  bool high = false;
  const auto subject_of = [&](Vertex v) -> Ranked& {
    auto it = enterprises.find(v);
    if (it == enterprises.end()) {
      it = enterprises.emplace(v, Ranked{0.0, 0.0, enterprise_subject(input, v)}).first;
      for (const std::string& r : provided_resources(input, v))
        add_resource(it->second.subject, r);
    }
    return it->second;
  };
  // One search gives every articulation enterprise's and every bridge's cut (O(n + m) in all).
  const CutSizes cuts(view);
  if (t.spof_articulation && articulation != nullptr) {
    for (Vertex v = 0; v < view.n(); ++v) {
      if (articulation->values[at(v)].value_or(0.0) == 0.0) continue;
      const double without = static_cast<double>(cuts.largest_without(v)) / n;
      const double drop = share.value_or(1.0) - without;
      high = high || drop >= t.spof_high_share_drop;
      Ranked& r = subject_of(v);
      r.first = std::max(r.first, drop);
      add_column(r.subject, *all, col::articulation, v);
      add_column(r.subject, *all, col::degree, v);
      r.subject.evidence.push_back(
          {"robustness.largest_component_share_without", r.subject.id, without});
    }
  }
  if (t.spof_dominated_min > 0 && input.dominators != nullptr && !input.dominators->empty() &&
      input.dominators->front().layer == ViewLayer::all) {
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
      Ranked& r = subject_of(v);
      r.first = std::max(r.first, static_cast<double>(dominated) / n);
      r.subject.evidence.push_back({"dominators.dominated", r.subject.id, dominated});
      subtree.assign(children[at(v)].begin(), children[at(v)].end());
      for (std::size_t k = 0; k < subtree.size(); ++k) {
        const auto& below = children[at(subtree[k])];
        subtree.insert(subtree.end(), below.begin(), below.end());
      }
      std::sort(subtree.begin(), subtree.end());
      for (const Vertex w : subtree)
        add_related(r.subject, input.graph.id(w));
    }
  }
  std::vector<Ranked> ranked;
  for (auto& [v, r] : enterprises)
    ranked.push_back(std::move(r));
  if (t.spof_bridges && all->bridge.size() == view.ties().size()) {
    // The exchanges collapsed into each bridge tie, gathered in one pass.
    std::map<std::pair<Vertex, Vertex>, std::vector<const net::GraphExchange*>> exchanges_of;
    for (std::size_t k = 0; k < view.ties().size(); ++k) {
      if (all->bridge[k]) exchanges_of[{view.ties()[k].supplier, view.ties()[k].receiver}];
    }
    for (const std::size_t index : view.exchange_indices()) {
      const net::GraphExchange& e = input.graph.exchanges()[index];
      const auto it = exchanges_of.find({e.supplier, e.receiver});
      if (it != exchanges_of.end()) it->second.push_back(&e);
    }
    std::set<std::pair<Vertex, Vertex>> done;
    for (std::size_t k = 0; k < view.ties().size(); ++k) {
      if (!all->bridge[k]) continue;
      const net::Tie& tie = view.ties()[k];
      const auto pair = std::minmax(tie.supplier, tie.receiver);
      if (!done.insert({pair.first, pair.second}).second) continue;
      const std::int64_t smaller = std::min(cuts.side(tie.supplier, tie.supplier, tie.receiver),
                                            cuts.side(tie.receiver, tie.supplier, tie.receiver));
      if (smaller < t.spof_bridge_min_side) continue;
      Subject s = enterprise_subject(input, tie.supplier);
      const Subject other = enterprise_subject(input, tie.receiver);
      s.kind = SubjectKind::tie;
      s.id = s.id + "|" + other.id;
      s.partner = other.id;
      s.partner_name = other.name;
      s.name = display_name(enterprise_subject(input, tie.supplier)) + " — " + other.name;
      std::optional<Layer> layer;
      double quantity = 0.0;
      bool quantified = true;
      bool one_layer = true;
      for (const auto& key :
           {std::pair{tie.supplier, tie.receiver}, std::pair{tie.receiver, tie.supplier}}) {
        const auto it = exchanges_of.find(key);
        if (it == exchanges_of.end()) continue;
        for (const net::GraphExchange* e : it->second) {
          const Exchange& x = input.park.exchanges[e->park_index];
          add_resource(s, x.resource);
          // The exchanges of the tie, the first kMaxRelated of them (bounded evidence).
          if (s.evidence.size() < kMaxRelated) {
            s.evidence.push_back({prefixed(*all, "bridge"), x.id, true});
          }
          if (layer && *layer != e->layer) one_layer = false;
          layer = e->layer;
          quantified = quantified && e->amount.has_value();
          quantity += e->amount.value_or(0.0);
        }
      }
      if (layer && one_layer)
        set_quantity(s, input, *layer, quantified ? std::optional(quantity) : std::nullopt);
      s.evidence.push_back({"audit.enterprises_cut_off", s.id, smaller});
      ranked.push_back({static_cast<double>(smaller) / n, 0.0, std::move(s)});
    }
  }
  if (ranked.empty()) return;
  Finding finding = make("single-point-of-failure", high ? Priority::high : Priority::medium);
  add_field(finding, *all, field::largest_component_share);
  rank_into(finding, ranked);
  std::vector<std::string> zh_items;
  std::vector<std::string> en_items;
  for (std::size_t k = 0; k < finding.subjects.size() && k < 3; ++k) {
    const Subject& s = finding.subjects[k];
    const std::string zh_res = join(s.resources, true);
    const std::string en_res = join(s.resources, false);
    zh_items.push_back(display_name(s) + (zh_res.empty() ? "" : "（" + zh_res + "）"));
    en_items.push_back(display_name(s) + (en_res.empty() ? "" : " (" + en_res + ")"));
  }
  finding.recommendation_zh =
      join(zh_items, true) + (finding.subjects.size() > 3 ? "等" : "") +
      "一旦停运，将切断其他企业的供应或出路：为其关键交换建立冗余路径，即第二供应方或接收方、"
      "缓冲储存、备用处置出路。";
  finding.recommendation_en =
      join(en_items, false) + (finding.subjects.size() > 3 ? " and others" : "") +
      ": a stop cuts other enterprises off their supply or outlet. Build a redundant path "
      "around each key exchange: a second supplier or receiver, buffer storage, an "
      "alternative outlet.";
  out.push_back(std::move(finding));
}

void cascade_critical(const AuditInput& input, const Thresholds& t, std::vector<Finding>& out) {
  std::vector<Ranked> ranked;
  double worst = 0.0;
  if (input.cascade != nullptr) {
    std::vector<const net::CascadeSummary*> flagged;
    for (const net::CascadeSummary& row : input.cascade->rows) {
      if (row.impact && *row.impact >= t.cascade_impact_min) flagged.push_back(&row);
    }
    // The sweep keeps counts only; the failed sets are recomputed for the listed triggers alone
    // (the kMaxListed of largest impact), so the rule costs a bounded number of cascades.
    std::stable_sort(flagged.begin(), flagged.end(),
                     [](const auto* a, const auto* b) { return *a->impact > *b->impact; });
    for (std::size_t k = 0; k < flagged.size(); ++k) {
      const net::CascadeSummary& row = *flagged[k];
      worst = std::max(worst, *row.impact);
      Subject s = enterprise_subject(input, row.trigger);
      if (k < kMaxListed) {
        for (const std::string& r : provided_resources(input, row.trigger))
          add_resource(s, r);
        const Vertex trigger[] = {row.trigger};
        const net::CascadeRun run =
            net::dependency_cascade(input.graph, trigger, input.cascade->options);
        for (std::size_t round = 1; round < run.rounds.size(); ++round) {
          for (const Vertex v : run.rounds[round])
            add_related(s, input.graph.id(v));
        }
      }
      s.evidence.push_back({"cascade.cascade_impact", s.id, *row.impact});
      s.evidence.push_back({"cascade.cascade_failed", s.id, row.failed});
      s.evidence.push_back({"cascade.cascade_rounds", s.id, static_cast<std::int64_t>(row.rounds)});
      // Internal enterprises first (the park can act on them), then boundary actors.
      ranked.push_back({input.graph.external(row.trigger) ? 0.0 : 1.0, *row.impact, std::move(s)});
    }
  } else if (const LayerAnalysis* all = find_view(input, ViewLayer::all)) {
    if (const net::Column* impact = indicator_column(*all, col::cascade_impact)) {
      for (Vertex v = 0; v < input.graph.n(); ++v) {
        const auto value = impact->values[at(v)];
        if (!value || *value < t.cascade_impact_min) continue;
        worst = std::max(worst, *value);
        Subject s = enterprise_subject(input, v);
        add_column(s, *all, col::cascade_impact, v);
        ranked.push_back({input.graph.external(v) ? 0.0 : 1.0, *value, std::move(s)});
      }
    }
  }
  Finding finding =
      make("cascade-critical", worst >= t.cascade_impact_high ? Priority::high : Priority::medium);
  bool load = false;
  if (!input.beta_c_components.empty()) {
    // A two-enterprise fragment alone gives beta_c = 1: the park is judged by its largest
    // component, and the small components whose own beta_c differs are named.
    const net::ComponentBeta& core = input.beta_c_components.front();
    if (core.beta_c >= t.cascade_beta_c_min) {
      load = true;
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
    }
  } else if (input.beta_c && *input.beta_c >= t.cascade_beta_c_min) {
    load = true;
    finding.evidence.push_back({"load.beta_c", "", *input.beta_c});
  }
  if (ranked.empty() && !load) return;
  rank_into(finding, ranked);
  if (finding.subjects.empty()) {
    finding.recommendation_zh =
        "负载级联的临界容忍系数 β_c 较高：各企业需要较多富余能力才能不让单一失效扩散。为承担"
        "负荷最多的企业配置富余产能和储存。";
    finding.recommendation_en =
        "The critical tolerance beta_c of the load cascade is high: enterprises need much spare "
        "capacity for one failure not to spread. Provide spare capacity and storage where the "
        "load is largest.";
  } else {
    const Subject& first = finding.subjects.front();
    std::int64_t failed = 0;
    for (const Evidence& e : first.evidence) {
      if (e.name == "cascade.cascade_failed") failed = std::get<std::int64_t>(e.value) - 1;
    }
    const std::string zh_res = join(first.resources, true);
    const std::string en_res = join(first.resources, false);
    finding.recommendation_zh =
        subject_names(finding, true) + "停运会引起级联失效" +
        (failed > 0
             ? "（" + display_name(first) + "一家即牵连 " + std::to_string(failed) + " 家企业）"
             : "") +
        "：为其承担的" + (zh_res.empty() ? "供给或出路" : zh_res) +
        "准备备用能力（备用产能、储存或备用出路），并为依赖它的企业准备替代来源或出路，使失效不再"
        "扩散（解耦）。";
    finding.recommendation_en =
        subject_names(finding, false) + ": a stop cascades through the park" +
        (failed > 0 ? " (" + display_name(first) + " alone takes " + std::to_string(failed) +
                          " enterprises down)"
                    : "") +
        ". Provide backup (spare capacity, storage or an alternative outlet) for what it "
        "supplies or takes (" +
        (en_res.empty() ? "its supplies and outlets" : en_res) +
        "), and give the enterprises that depend on it an alternative source or outlet so that "
        "a failure stops spreading (decoupling).";
  }
  out.push_back(std::move(finding));
}

// One finding per layer: the internal enterprises that take more than share_min of a layer's
// non-substitutable supply (supply dependencies, docs/methods.md "Who depends on whom") from one
// supplier. Outlet dependencies (waste to its treatment, sludge, wastewater) are not supplies:
// stranded-waste covers them.
void single_source_input(const AuditInput& input, const Thresholds& t, std::vector<Finding>& out) {
  const net::SymbiosisGraph& graph = input.graph;
  ResourceIndex index(input.catalogue);
  const net::Substitutes subs = substitutes_of(input);
  std::map<std::pair<int, Vertex>, std::vector<const net::GraphExchange*>> inbound;
  for (const net::GraphExchange& e : graph.exchanges()) {
    if (net::dependency_of(e, subs) != net::Dependency::supply) continue;
    if (t.single_source_skip_external && graph.external(e.receiver)) continue;
    // Sludge, wastewater and hazardous waste sent as a by-product are still the sender's outlet,
    // not a supply the receiver needs a second source of.
    // The class by the exchange's kind and by the catalogue's (mid-stream wastewater sent on as a
    // by-product is still wastewater).
    const Resource* entry = index.find(input.park.exchanges[e.park_index].resource);
    if (supply_option_zh(classify(entry, e.layer, e.kind)).empty() ||
        (entry != nullptr && supply_option_zh(classify(entry, e.layer, entry->kind)).empty())) {
      continue;
    }
    inbound[{static_cast<int>(e.layer), e.receiver}].push_back(&e);
  }
  std::map<int, std::vector<Ranked>> by_layer;
  for (const auto& [key, exchanges] : inbound) {
    const Layer layer = static_cast<Layer>(key.first);
    const Vertex receiver = key.second;
    // As the supply-shortage cascade measures dependence: by quantity when every supply
    // dependency of the layer has one and they sum to more than 0, else by counting.
    double total = 0.0;
    bool by_amount = true;
    for (const net::GraphExchange* e : exchanges) {
      by_amount = by_amount && e->amount.has_value();
      total += e->amount.value_or(0.0);
    }
    by_amount = by_amount && total > 0.0;
    std::map<Vertex, double> part;
    for (const net::GraphExchange* e : exchanges)
      part[e->supplier] += by_amount ? *e->amount : 1.0;
    if (!by_amount) total = static_cast<double>(exchanges.size());
    for (const auto& [supplier, amount] : part) {
      const double share = amount / total;
      if (!(share > t.single_source_share_min)) continue;
      Subject s = enterprise_subject(input, receiver);
      const Subject from = enterprise_subject(input, supplier);
      s.partner = from.id;
      s.partner_name = from.name;
      bool quantified = true;
      double quantity = 0.0;
      for (const net::GraphExchange* e : exchanges) {
        if (e->supplier != supplier) continue;
        add_resource(s, input.park.exchanges[e->park_index].resource);
        if (s.evidence.size() < kMaxRelated) {  // the first exchanges (bounded evidence)
          s.evidence.push_back({"exchange.resource", input.park.exchanges[e->park_index].id,
                                input.park.exchanges[e->park_index].resource});
        }
        quantified = quantified && e->amount.has_value();
        quantity += e->amount.value_or(0.0);
      }
      set_quantity(s, input, layer, quantified ? std::optional(quantity) : std::nullopt);
      s.evidence.push_back({"audit.supplier_share." + std::string(to_string(layer)), s.id, share});
      s.evidence.push_back(
          {"audit.share_basis", s.id, std::string(by_amount ? "quantity" : "count")});
      const double size = s.share.value_or(quantified ? quantity : 0.0);
      by_layer[key.first].push_back({share, size, std::move(s)});
    }
  }
  for (auto& [layer_index, ranked] : by_layer) {
    const Layer layer = static_cast<Layer>(layer_index);
    Finding finding = make("single-source-input", Priority::medium);
    finding.layer = layer;
    rank_into(finding, ranked);
    // The option depends on what is supplied: a steam main gets a standby boiler, a gas a buffer
    // holder, a feedstock a supply contract. One sentence per class, naming its resources.
    std::map<ResourceClass, std::vector<std::string>> classes;
    for (const Subject& s : finding.subjects) {
      for (const std::string& r : s.resources) {
        const Resource* entry = index.find(r);
        const ResourceClass c =
            classify(entry, layer, entry != nullptr ? entry->kind : Kind::product);
        if (!contains(classes[c], r)) classes[c].push_back(r);
      }
    }
    std::string zh;
    std::string en;
    for (std::size_t k = 0; k < finding.subjects.size() && k < 3; ++k) {
      const Subject& s = finding.subjects[k];
      const std::string q = amount_text(s);
      zh += (k == 0 ? "" : "；") + display_name(s) + "的" + join(s.resources, true) +
            (q.empty() ? "" : "（" + q + "）") + "仅来自" + s.partner_name;
      en += (k == 0 ? "" : "; ") + display_name(s) + " takes its " + join(s.resources, false) +
            (q.empty() ? "" : " (" + q + ")") + " from " + s.partner_name + " alone";
    }
    const std::int64_t rest =
        static_cast<std::int64_t>(finding.subjects.size()) + finding.subjects_not_listed - 3;
    if (rest > 0) {
      zh += "；另有 " + std::to_string(rest) + " 项见下表";
      en += "; " + std::to_string(rest) + " more in the table";
    }
    zh += "。";
    en += ".";
    for (const auto& [c, names] : classes) {
      std::vector<std::string> shown(
          names.begin(),
          names.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(4, names.size())));
      const std::string_view option_zh = supply_option_zh(c);
      const std::string_view option_en = supply_option_en(c);
      zh +=
          join(shown, true) + "：" +
          std::string(option_zh.empty() ? supply_option_zh(ResourceClass::feedstock) : option_zh) +
          "。";
      en +=
          " " + join(shown, false) + ": " +
          std::string(option_en.empty() ? supply_option_en(ResourceClass::feedstock) : option_en) +
          ".";
    }
    finding.recommendation_zh = zh;
    finding.recommendation_en = en;
    out.push_back(std::move(finding));
  }
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
  Kind kind = Kind::byproduct;
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

// Ranked by avoided CO2 (where known), then the quantity moved; ties by receiver.
void rank(std::vector<PotentialExchange>& candidates) {
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
}

// The benefits of moving `canonical` of the offer: the resource put to use (material), the
// energy recovered and its coal equivalent (energy, or a material with a heating value in the
// catalogue), the fresh water replaced (water).
std::vector<Benefit> benefits_of(const AuditInput& input, const Offer& offer, double canonical,
                                 std::optional<double> co2) {
  std::vector<Benefit> out;
  switch (offer.layer) {
    case Layer::material:
      out.push_back(
          benefit(input, offer.resource, Layer::material, canonical, BenefitBasis::diverted));
      if (offer.entry != nullptr && offer.entry->gj_per_t) {
        out.push_back(coal_equivalent(input, offer.resource, canonical * *offer.entry->gj_per_t));
      }
      break;
    case Layer::energy:
      out.push_back(
          benefit(input, offer.resource, Layer::energy, canonical, BenefitBasis::energy_recovered));
      out.push_back(coal_equivalent(input, offer.resource, canonical));
      break;
    case Layer::water:
      out.push_back(benefit(input, offer.resource, Layer::water, canonical,
                            BenefitBasis::fresh_water_replaced));
      break;
  }
  if (co2) out.push_back({offer.resource, *co2, "t/a", BenefitBasis::co2_avoided, std::nullopt});
  return out;
}

void opportunities(const AuditInput& input, const Thresholds& t, Family family,
                   std::string_view rule, std::vector<Finding>& out) {
  ResourceIndex index(input.catalogue);
  // Offers: declared outputs, then potential byproduct/waste exchanges not already declared.
  std::vector<Offer> offers;
  for (const Declaration& d : input.park.declarations) {
    if (d.direction != Direction::output) continue;
    const Resource* entry = index.find(d.resource);
    if (family_of(entry, t) != family) continue;
    offers.push_back({d.enterprise, d.resource, entry, d.layer,
                      entry != nullptr ? entry->kind : Kind::byproduct, d.amount, &d});
  }
  std::vector<const Exchange*> potentials;
  for (const Exchange& e : input.park.exchanges) {
    if (e.status != Status::potential || (e.kind != Kind::byproduct && e.kind != Kind::waste)) {
      continue;
    }
    const Resource* entry = index.find(e.resource);
    if (family_of(entry, t) != family) continue;
    potentials.push_back(&e);
    const bool declared = std::any_of(offers.begin(), offers.end(), [&](const Offer& o) {
      return o.supplier == e.supplier && key_of(o.entry, o.resource) == key_of(entry, e.resource);
    });
    if (!declared) {
      offers.push_back({e.supplier, e.resource, entry, e.layer, e.kind, std::nullopt, nullptr});
    }
  }
  if (offers.empty()) return;
  const std::vector<std::string>* user_keys = family == Family::energy  ? &t.energy_user_resources
                                              : family == Family::water ? &t.water_user_resources
                                                                        : nullptr;
  const bool allocated = input.allocation != nullptr && !input.allocation->empty();
  std::map<const Declaration*, double> need_left;  // the greedy allocation's remaining needs

  Finding finding = make(rule, Priority::medium);
  std::vector<Ranked> ranked;
  std::vector<PotentialExchange> proposed;
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
    const auto user_need = [&](const std::string& need_key) {
      return user_keys == nullptr || contains(*user_keys, need_key);
    };
    if (allocated && offer.declaration != nullptr) {
      // The min-cost allocation: each pair moves its quantity, no output promised twice.
      for (const PotentialExchange& a : *input.allocation) {
        if (a.supplier != offer.supplier ||
            key_of(index.find(a.resource), a.resource) != key_of(offer.entry, offer.resource)) {
          continue;
        }
        if (family != Family::unused &&
            (!user_need(a.need_key) ||
             has_existing_tie(input, offer.supplier, a.receiver, offer.layer))) {
          continue;
        }
        PotentialExchange& c = candidate(a.receiver);
        c.need = a.need;
        c.need_key = a.need_key;
        c.match = a.match;
        c.quantity = a.quantity;
      }
    } else {
      // Without the allocation, a greedy one: outputs in declaration order, each to the needs
      // it can meet (the same resource before a catalogue substitute, then declaration order),
      // so that no declared quantity is promised twice.
      double offer_left = offer.amount.value_or(0.0);
      for (const bool same : {true, false}) {
        for (const Declaration& need : input.park.declarations) {
          if (need.direction != Direction::need || need.enterprise == offer.supplier) continue;
          const Resource* need_entry = index.find(need.resource);
          if (user_keys != nullptr && (need_entry == nullptr || !user_need(need_entry->key))) {
            continue;
          }
          const std::string match = match_kind(offer, need_entry, need.resource);
          if (match.empty() || (match == "same-resource") != same) continue;
          // Energy-cascade and water-reuse look for users without a tie of the layer; an unused
          // by-product may go to a partner that already takes some of it (the need is declared
          // unmet).
          if (family != Family::unused &&
              has_existing_tie(input, offer.supplier, need.enterprise, offer.layer)) {
            continue;
          }
          std::optional<double> quantity = need.amount;
          if (offer.amount && need.amount) {
            const auto left = need_left.try_emplace(&need, *need.amount).first;
            quantity = std::min(offer_left, left->second);
            if (*quantity <= 0.0) continue;  // taken by an earlier output, or nothing left
            offer_left -= *quantity;
            left->second -= *quantity;
          }
          PotentialExchange& c = candidate(need.enterprise);
          c.need = need.resource;
          c.need_key = need_entry != nullptr ? need_entry->key : "";
          c.match = match;
          c.quantity = quantity;
        }
      }
    }
    for (PotentialExchange& c : candidates) {
      // The emission factor declared for the need, else for the output.
      std::optional<double> factor;
      for (const Declaration& need : input.park.declarations) {
        if (need.direction == Direction::need && need.enterprise == c.receiver &&
            need.resource == c.need) {
          factor = co2_factor(need, t);
          break;
        }
      }
      if (!factor && offer.declaration != nullptr) factor = co2_factor(*offer.declaration, t);
      if (factor && c.quantity) c.avoided_co2 = *c.quantity * *factor;
    }
    if (family == Family::water) {
      // Fresh-water users: receivers of fresh water that the reusable water could replace. A
      // water works that passes fresh water on distributes it rather than uses it.
      std::set<std::string> distributors;
      for (const Exchange& e : input.park.exchanges) {
        const Resource* entry = index.find(e.resource);
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
        const Resource* entry = index.find(e.resource);
        if (entry == nullptr || !contains(t.water_fresh_resources, entry->key)) continue;
        const auto position = find_enterprise(input.park, e.receiver);
        if (!position || input.park.enterprises[*position].external ||
            distributors.count(e.receiver)) {
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
      // What the declared output has left after the needs it met: the fresh water it can still
      // replace (a fresh-water user gets no more than is left, so nothing is promised twice).
      std::optional<double> left = offer.amount;
      if (left) {
        for (const PotentialExchange& c : candidates)
          *left -= c.quantity.value_or(0.0);
      }
      for (const auto& [receiver, amount] : intake) {
        const bool known = incomplete.count(receiver) == 0;
        if (left && *left <= 0.0) break;
        // An init-capture: clang 14 (the fuzz build) cannot capture a structured binding.
        const bool fresh = std::none_of(candidates.begin(), candidates.end(),
                                        [&r = receiver](const auto& c) { return c.receiver == r; });
        if (!fresh) continue;
        PotentialExchange& c = candidate(receiver);
        c.match = "fresh-water-user";
        if (known && left) {
          c.quantity = std::min(amount, *left);
          *left -= *c.quantity;
        } else if (known) {
          c.quantity = amount;
        }
      }
    }
    for (const Exchange* e : potentials) {
      if (e->supplier != offer.supplier ||
          key_of(index.find(e->resource), e->resource) != key_of(offer.entry, offer.resource)) {
        continue;
      }
      PotentialExchange& c = candidate(e->receiver);
      c.exchange_id = e->id;
      if (c.match.empty()) c.match = "potential-exchange";
      if (!c.quantity && e->amount) c.quantity = e->amount;
    }
    rank(candidates);
    if (t.unused_max_candidates > 0 &&
        static_cast<std::int64_t>(candidates.size()) > t.unused_max_candidates) {
      candidates.resize(static_cast<std::size_t>(t.unused_max_candidates));
    }
    // What the offer can move: the allocated quantities (never more than declared), or without
    // the allocation the candidates' quantities up to the declared output (the receivers are
    // alternatives, so an output of unknown size counts its largest candidate only).
    double movable = 0.0;
    double largest = 0.0;
    double co2 = 0.0;
    bool any_co2 = false;
    for (PotentialExchange& c : candidates) {
      const Scale scale = scale_of(input, c.layer);
      c.display_unit = scale.unit;
      if (c.quantity) {
        c.display_quantity = *c.quantity / scale.factor;
        c.benefits = benefits_of(input, offer, *c.quantity, c.avoided_co2);
        movable += *c.quantity;
        largest = std::max(largest, *c.quantity);
      }
      if (c.avoided_co2) {
        co2 = std::max(co2, *c.avoided_co2);
        any_co2 = true;
      }
      if (c.avoided_co2 && *c.avoided_co2 >= t.unused_high_co2 && family == Family::unused) {
        finding.priority = Priority::high;
      }
    }
    if (!allocated || offer.declaration == nullptr) {
      movable = offer.amount ? std::min(movable, *offer.amount) : largest;
    }
    Subject s = enterprise_subject_by_id(input, offer.supplier);
    s.kind = SubjectKind::output;
    add_resource(s, offer.resource);
    set_quantity(s, input, offer.layer, offer.amount);
    if (offer.amount) {
      s.evidence.push_back(
          {"declaration.output." + std::string(to_string(offer.layer)), s.id, *offer.amount});
    }
    if (movable > 0.0) {
      s.evidence.push_back({"audit.movable." + std::string(to_string(offer.layer)), s.id, movable});
      for (const Benefit& b :
           benefits_of(input, offer, movable, any_co2 ? std::optional(co2) : std::nullopt))
        add_benefit(finding.benefits, b);
    }
    for (const PotentialExchange& c : candidates) {
      add_related(s, c.receiver);
      proposed.push_back(c);
    }
    const Scale scale = scale_of(input, offer.layer);
    const double moved = scale.total ? movable / *scale.total : movable;
    const double size =
        offer.amount ? (scale.total ? *offer.amount / *scale.total : *offer.amount) : 0.0;
    ranked.push_back({moved, size, std::move(s)});
  }
  rank_into(finding, ranked);
  std::stable_sort(
      proposed.begin(), proposed.end(), [](const PotentialExchange& a, const PotentialExchange& b) {
        return benefit_share(a.benefits).value_or(0.0) > benefit_share(b.benefits).value_or(0.0);
      });
  if (proposed.size() > kMaxListed) proposed.resize(kMaxListed);
  finding.potential_exchanges = std::move(proposed);

  // The recommendation names the first outputs, their quantities and where they go, or what can
  // be done with them when no enterprise of the park declares a need.
  std::string zh;
  std::string en;
  for (std::size_t k = 0; k < finding.subjects.size() && k < 3; ++k) {
    const Subject& s = finding.subjects[k];
    const std::string q = amount_text(s);
    const std::string resource = s.resources.empty() ? "" : s.resources.front();
    const Resource* entry = index.find(resource);
    const ResourceClass c = classify(entry, s.layer.value_or(Layer::material),
                                     entry != nullptr ? entry->kind : Kind::byproduct);
    std::vector<std::string> receivers;
    for (const std::string& id : s.related) {
      const auto v = input.graph.index_of(id);
      receivers.push_back(v ? display_name(enterprise_subject(input, *v)) : id);
    }
    zh += (k == 0 ? "" : "；") + display_name(s) + "的" + resource + (q.empty() ? "" : " " + q) +
          "：" +
          (receivers.empty() ? "园区内暂无申报的需求，可" + std::string(use_option_zh(c))
                             : "送往" + join(receivers, true));
    en += (k == 0 ? "" : "; ") + display_name(s) + "'s " + resource +
          (q.empty() ? "" : " (" + q + ")") + ": " +
          (receivers.empty()
               ? "no enterprise of the park declares a need; " + std::string(use_option_en(c))
               : "to " + join(receivers, false));
  }
  const std::int64_t rest =
      static_cast<std::int64_t>(finding.subjects.size()) + finding.subjects_not_listed - 3;
  if (rest > 0) {
    zh += "；另有 " + std::to_string(rest) + " 项见下表";
    en += "; " + std::to_string(rest) + " more in the table";
  }
  switch (family) {
    case Family::unused:
      zh += "。按可利用数量建立新的副产品交换，优先同种资源，其次目录中的替代资源。";
      en +=
          ". Set up the new by-product exchanges for the quantities stated, the same resource "
          "first, then a catalogue substitute.";
      break;
    case Family::energy:
      zh += "。按能量梯级利用原则，经蒸汽管网、集中供热或热泵送往低温用热企业。";
      en +=
          ". Cascade the heat to the low-temperature users through a steam network, district "
          "heat or heat pumps.";
      break;
    case Family::water:
      zh += "。经回用水池或再生水管网送往用户，替代新鲜水取用。";
      en +=
          ". Send it to the users through a reuse basin or a reclaimed-water network in place "
          "of fresh water.";
      break;
  }
  finding.recommendation_zh = zh;
  finding.recommendation_en = en;
  out.push_back(std::move(finding));
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
  const auto density = field_of(*all, field::density);
  const bool sparse = density && *density < t.weak_density_max;
  std::vector<Ranked> ranked;
  if (const net::Column* degree = indicator_column(*all, col::degree);
      degree != nullptr && t.weak_isolates) {
    // The isolates, internal ones first (they are the park's to bring in), then by enterprise
    // order.
    for (Vertex v = 0; v < input.graph.n(); ++v) {
      if (degree->values[at(v)].value_or(0.0) != 0.0) continue;
      Subject s = enterprise_subject(input, v);
      add_column(s, *all, col::degree, v);
      ranked.push_back({input.graph.external(v) ? 0.0 : 1.0, 0.0, std::move(s)});
    }
  }
  if (!sparse && ranked.empty()) return;
  Finding finding = make("weak-symbiosis", sparse ? Priority::medium : Priority::low);
  add_field(finding, *all, field::density);
  add_field(finding, *all, field::weak_components);
  add_field(finding, *all, field::largest_component_share);
  rank_into(finding, ranked);
  if (finding.subjects.empty()) {
    finding.recommendation_zh =
        "园区网络密度低（" + number(density.value_or(0.0)) +
        "）：建立副产品供需信息平台并组织企业对接会，逐家调查可交换的副产品和需求。";
    finding.recommendation_en = "The park's network is sparse (density " +
                                number(density.value_or(0.0)) +
                                "): set up a by-product supply-and-demand platform, hold "
                                "matchmaking meetings and survey each enterprise's tradable "
                                "by-products and needs.";
  } else {
    finding.recommendation_zh =
        subject_names(finding, true) +
        "与园区其他企业没有任何交换：调查其副产品、废物和原料需求，经供需信息平台和对接会与园区企业"
        "匹配。";
    finding.recommendation_en =
        subject_names(finding, false) +
        ": no exchange with the rest of the park. Survey their by-products, waste and input "
        "needs and match them with the park's enterprises through a supply-and-demand platform "
        "and matchmaking meetings.";
  }
  out.push_back(std::move(finding));
}

// Says which of three: no closed loop at all (cyclicity 0), closed loops that are isolated
// simple cycles only (cyclicity 1, Layton, Bras and Weissburg 2016), or loops that carry little
// of a layer's flow (Finn cycling index below no_cycling.ena_fci_min).
void no_cycling(const AuditInput& input, const Thresholds& t, std::vector<Finding>& out) {
  const LayerAnalysis* all = find_view(input, ViewLayer::all);
  const auto cyclicity = all != nullptr ? field_of(*all, field::cyclicity) : std::nullopt;
  const bool none = cyclicity && *cyclicity < 1e-9;
  const bool isolated = cyclicity && !none && *cyclicity <= t.no_cycling_cyclicity_max;
  std::vector<std::pair<Layer, double>> low;
  if (input.flows != nullptr) {
    for (const net::LayerFlows& l : input.flows->layers) {
      if (l.ena && l.ena->fci && *l.ena->fci < t.no_cycling_ena_fci_min) {
        low.emplace_back(l.layer, *l.ena->fci);
      }
    }
  }
  if (!none && !isolated && low.empty()) return;
  Finding finding = make("no-cycling", none ? Priority::medium : Priority::low);
  if (all != nullptr) {
    add_field(finding, *all, field::cyclicity);
    add_field(finding, *all, field::strong_components);
  }
  for (const auto& [layer, fci] : low)
    finding.evidence.push_back({std::string(to_string(layer)) + ".ena_fci", "", fci});
  std::string zh;
  std::string en;
  if (none) {
    zh = "园区网络没有任何闭合回路（循环度 0），物质和能量单向流动。";
    en = "The park's network has no closed loop at all (cyclicity 0): materials and energy flow "
         "one way.";
  } else if (isolated) {
    zh =
        "园区网络只有彼此孤立的简单回路（循环度 " + number(*cyclicity) + "），没有相互嵌套的循环。";
    en = "The park's network has isolated simple loops only (cyclicity " + number(*cyclicity) +
         "), no nested cycling.";
  }
  if (!low.empty()) {
    std::vector<std::string> zh_layers;
    std::vector<std::string> en_layers;
    for (const auto& [layer, fci] : low) {
      const std::string_view zh_layer = layer == Layer::material ? "物质"
                                        : layer == Layer::energy ? "能量"
                                                                 : "水";
      zh_layers.push_back(std::string(zh_layer) + " " + percent(fci));
      en_layers.push_back(std::string(to_string(layer)) + " " + percent(fci));
    }
    zh += "循环流量占总系统通量的比例（Finn 循环指数）低：" + join(zh_layers, true) + "。";
    en += std::string(en.empty() ? "" : " ") +
          "Little of the flow cycles (Finn cycling index): " + join(en_layers, false) + ".";
  }
  finding.recommendation_zh =
      zh + "引进或培育再生利用和废物处理企业，使副产品和废物回到生产链，形成或连接闭合回路。";
  finding.recommendation_en =
      en +
      " Attract or develop recyclers and waste processors that bring by-products and waste "
      "back into production and close or join the loops.";
  out.push_back(std::move(finding));
}

void shared_infrastructure_hub(const AuditInput& input, const Thresholds& t,
                               std::vector<Finding>& out) {
  const LayerAnalysis* all = find_view(input, ViewLayer::all);
  if (all == nullptr) return;
  const net::Column* betweenness = indicator_column(*all, col::betweenness);
  if (betweenness == nullptr) return;
  // Rank = 1 + the number of enterprises of larger betweenness, by binary search (an O(n) count
  // per hub would make the rule quadratic in a park of many utilities).
  std::vector<double> sorted;
  sorted.reserve(betweenness->values.size());
  for (const auto& value : betweenness->values)
    sorted.push_back(value.value_or(0.0));
  std::sort(sorted.begin(), sorted.end());
  std::vector<Ranked> ranked;
  bool first = false;
  for (Vertex v = 0; v < input.graph.n(); ++v) {
    if (!contains(t.hub_roles, input.graph.role(v))) continue;
    const double b = betweenness->values[at(v)].value_or(0.0);
    if (b <= 0.0) continue;
    const std::int64_t rank =
        1 +
        static_cast<std::int64_t>(sorted.end() - std::upper_bound(sorted.begin(), sorted.end(), b));
    if (rank > t.hub_betweenness_rank_max) continue;
    first = first || rank == 1;
    Subject s = enterprise_subject(input, v);
    for (const std::string& r : provided_resources(input, v))
      add_resource(s, r);
    s.evidence.push_back({"enterprise.role", s.id, input.graph.role(v)});
    add_column(s, *all, col::betweenness, v);
    add_column(s, *all, col::betweenness_norm, v);
    add_column(s, *all, col::degree, v);
    s.evidence.push_back({"audit.betweenness_rank", s.id, rank});
    ranked.push_back({-static_cast<double>(rank), b, std::move(s)});
  }
  if (ranked.empty()) return;
  Finding finding = make("shared-infrastructure-hub", first ? Priority::high : Priority::medium);
  rank_into(finding, ranked);
  std::vector<std::string> zh_items;
  std::vector<std::string> en_items;
  for (std::size_t k = 0; k < finding.subjects.size() && k < 3; ++k) {
    const Subject& s = finding.subjects[k];
    zh_items.push_back(display_name(s) +
                       (s.resources.empty() ? "" : "（" + join(s.resources, true) + "）"));
    en_items.push_back(display_name(s) +
                       (s.resources.empty() ? "" : " (" + join(s.resources, false) + ")"));
  }
  finding.recommendation_zh =
      join(zh_items, true) +
      "是园区公用设施枢纽，多数企业间的联系经过它：核查其运行负荷、备用能力和应急预案，"
      "并纳入园区层面的运行监控。";
  finding.recommendation_en =
      join(en_items, false) +
      ": a park-level hub that most links between enterprises pass through. Check its load, "
      "backup capacity and contingency plan, and monitor it at park level.";
  out.push_back(std::move(finding));
}

// Burt (1992): low constraint and a high effective size, and some brokerage role (Gould and
// Fernandez 1989) actually played: an enterprise between partners that trade with nobody else.
void broker(const AuditInput& input, const Thresholds& t, std::vector<Finding>& out) {
  const LayerAnalysis* all = find_view(input, ViewLayer::all);
  if (all == nullptr) return;
  std::vector<Ranked> ranked;
  for (Vertex v = 0; v < input.graph.n(); ++v) {
    // A boundary actor (market, grid) has many unconnected partners but coordinates nothing.
    if (input.graph.external(v)) continue;
    const auto constraint = value_of(*all, col::constraint, v);
    const auto size = value_of(*all, col::effective_size, v);
    if (!constraint || !size || *constraint > t.broker_constraint_max ||
        *size < t.broker_effective_size_min) {
      continue;
    }
    double brokerage = 0.0;
    for (const std::string_view role :
         {col::brokerage_coordinator, col::brokerage_itinerant, col::brokerage_representative,
          col::brokerage_gatekeeper, col::brokerage_liaison}) {
      brokerage += value_of(*all, role, v).value_or(0.0);
    }
    if (!(brokerage > 0.0)) continue;
    Subject s = enterprise_subject(input, v);
    for (const std::string_view column :
         {col::constraint, col::effective_size, col::efficiency, col::brokerage_coordinator,
          col::brokerage_itinerant, col::brokerage_representative, col::brokerage_gatekeeper,
          col::brokerage_liaison}) {
      add_column(s, *all, column, v);
    }
    ranked.push_back({brokerage, -*constraint, std::move(s)});
  }
  if (ranked.empty()) return;
  Finding finding = make("broker", Priority::low);
  rank_into(finding, ranked);
  finding.recommendation_zh =
      subject_names(finding, true) +
      "连接着彼此没有直接交换的企业（中介角色）：请其牵头园区副产品交换平台的协调工作，"
      "发布供需信息并撮合新的交换。";
  finding.recommendation_en =
      subject_names(finding, false) +
      " link enterprises that trade with nobody else (brokerage roles): ask them to coordinate "
      "the park's by-product exchange platform, publish supply and demand and broker new "
      "exchanges.";
  out.push_back(std::move(finding));
}

// The offtakers whose failure strands the waste of their suppliers: the upstream (outlet)
// cascade from each receiver of waste.
void stranded_waste(const AuditInput& input, const Thresholds& t, std::vector<Finding>& out) {
  const net::SymbiosisGraph& graph = input.graph;
  ResourceIndex index(input.catalogue);
  std::vector<char> offtaker(at(graph.n()), 0);
  for (const net::GraphExchange& e : graph.exchanges()) {
    if (e.kind == Kind::byproduct || e.kind == Kind::waste) offtaker[at(e.receiver)] = 1;
  }
  std::vector<Vertex> offtakers;
  for (Vertex o = 0; o < graph.n(); ++o) {
    if (offtaker[at(o)]) offtakers.push_back(o);
  }
  if (offtakers.empty()) return;
  // One sweep over the offtakers gives the counts (it sets its index up once); the suppliers
  // are listed from a cascade rerun for the kMaxListed offtakers that strand the most.
  const net::DependencyOptions options{
      .threshold = t.stranded_threshold,
      .direction = net::CascadeDirection::upstream,
      .substitutes = substitutes_of(input),
      .threads = input.cascade != nullptr ? input.cascade->options.threads : 1};
  const net::DependencySweep sweep = net::dependency_sweep(graph, options, offtakers);
  std::vector<const net::CascadeSummary*> flagged;
  for (const net::CascadeSummary& row : sweep.rows) {
    if (row.failed > 1) flagged.push_back(&row);
  }
  if (flagged.empty()) return;
  std::stable_sort(flagged.begin(), flagged.end(),
                   [](const auto* a, const auto* b) { return a->failed > b->failed; });
  std::vector<Ranked> ranked;
  std::int64_t most = 0;
  for (std::size_t k = 0; k < flagged.size(); ++k) {
    const net::CascadeSummary& row = *flagged[k];
    const Vertex o = row.trigger;
    const std::int64_t stranded = row.failed - 1;
    most = std::max(most, stranded);
    Subject s = enterprise_subject(input, o);
    double quantity = 0.0;
    bool quantified = true;
    std::optional<Layer> layer;
    bool one_layer = true;
    if (k < kMaxListed) {
      // The outlets it provides: the waste its suppliers depend on it to take.
      for (const net::GraphExchange& e : graph.exchanges()) {
        const net::Dependency d = net::dependency_of(e, options.substitutes);
        if (d != net::Dependency::outlet || e.receiver != o) continue;
        add_resource(s, input.park.exchanges[e.park_index].resource);
        if (layer && *layer != e.layer) one_layer = false;
        layer = e.layer;
        quantified = quantified && e.amount.has_value();
        quantity += e.amount.value_or(0.0);
      }
      const Vertex trigger[] = {o};
      const net::CascadeRun run = net::dependency_cascade(graph, trigger, options);
      for (std::size_t round = 1; round < run.rounds.size(); ++round) {
        for (const Vertex v : run.rounds[round])
          add_related(s, graph.id(v));
      }
    } else {
      s.related_not_listed = stranded;
    }
    if (layer && one_layer) {
      set_quantity(s, input, *layer, quantified ? std::optional(quantity) : std::nullopt);
    }
    s.evidence.push_back({"stranded.cascade_failed", s.id, row.failed});
    s.evidence.push_back({"stranded.cascade_rounds", s.id, static_cast<std::int64_t>(row.rounds)});
    // Internal offtakers first (the park can act on them), then boundary actors (a landfill).
    ranked.push_back({static_cast<double>(stranded) + (graph.external(o) ? 0.0 : 1e12),
                      s.share.value_or(0.0), std::move(s)});
  }
  Finding finding =
      make("stranded-waste", most >= t.stranded_high_suppliers ? Priority::high : Priority::medium);
  finding.evidence.push_back({"stranded.threshold", "", t.stranded_threshold});
  rank_into(finding, ranked);
  // The contingency route depends on the waste: an emergency basin and a second treatment plant
  // for wastewater, incineration or co-processing for sludge, a second licensed facility for
  // hazardous waste. Never a "second supplier".
  std::string zh;
  std::string en;
  std::map<ResourceClass, std::vector<std::string>> classes;
  for (std::size_t k = 0; k < finding.subjects.size(); ++k) {
    const Subject& s = finding.subjects[k];
    if (k < 3) {
      std::vector<std::string> suppliers;
      for (const std::string& id : s.related) {
        const auto v = graph.index_of(id);
        suppliers.push_back(v ? display_name(enterprise_subject(input, *v)) : id);
      }
      const std::string q = amount_text(s);
      zh += (k == 0 ? "" : "；") + display_name(s) + "停运时，" + join(suppliers, true) + "的" +
            join(s.resources, true) + (q.empty() ? "" : "（" + q + "）") + "将无处可去";
      en += (k == 0 ? "" : "; ") + std::string("if ") + display_name(s) + " stops, the " +
            join(s.resources, false) + (q.empty() ? "" : " (" + q + ")") + " of " +
            join(suppliers, false) + " has nowhere to go";
    }
    for (const std::string& r : s.resources) {
      const Resource* entry = index.find(r);
      const Layer l = s.layer.value_or(entry != nullptr ? entry->layer : Layer::material);
      const ResourceClass c = classify(entry, l, Kind::waste);
      if (!contains(classes[c], r)) classes[c].push_back(r);
    }
  }
  zh += "。";
  en += ".";
  if (!en.empty()) en[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(en[0])));
  for (const auto& [c, names] : classes) {
    std::vector<std::string> shown(
        names.begin(),
        names.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(4, names.size())));
    zh += join(shown, true) + "：" + std::string(outlet_option_zh(c)) + "。";
    en += " " + join(shown, false) + ": " + std::string(outlet_option_en(c)) + ".";
  }
  finding.recommendation_zh = zh;
  finding.recommendation_en = en;
  out.push_back(std::move(finding));
}

// The opportunity rules' families that move a standard's indicator: solid waste put to use
// raises the solid-waste utilisation rate, water reused raises the reuse rate and lowers the
// fresh-water intensity, heat cascaded lowers the energy and CO2 intensities.
std::vector<Family> families_moving(const std::string& indicator) {
  if (indicator == "solid_waste_utilisation_rate") return {Family::unused};
  if (indicator == "water_reuse_rate" || indicator == "water_intensity") return {Family::water};
  if (indicator == "energy_intensity" || indicator == "co2_intensity") {
    return {Family::energy, Family::unused};
  }
  return {};
}

void below_standard(const AuditInput& input, const Thresholds& t, std::vector<Finding>& out) {
  if (input.standards == nullptr || !input.standards->has_value()) return;
  std::vector<Ranked> ranked;
  std::map<std::string, std::size_t> position;  // indicator -> its entry of `ranked`
  double worst = 0.0;
  for (const StandardIndicator& row : **input.standards) {
    if (!row.meets || *row.meets || !row.value || !row.threshold) continue;
    // The gap relative to the threshold: how far the park is from it.
    const double gap = *row.threshold != 0.0
                           ? std::fabs(*row.value - *row.threshold) / std::fabs(*row.threshold)
                           : std::fabs(*row.value);
    auto it = position.find(row.indicator);
    if (it == position.end()) {
      Subject s;
      s.kind = SubjectKind::indicator;
      s.id = row.indicator;
      s.name = row.chinese;
      s.quantity = row.value;
      s.unit = row.unit;
      s.evidence.push_back({"standards.value", s.id, *row.value});
      if (row.coverage) s.evidence.push_back({"standards.coverage", s.id, *row.coverage});
      it = position.emplace(row.indicator, ranked.size()).first;
      ranked.push_back({gap, 0.0, std::move(s)});
    }
    Ranked& r = ranked[it->second];
    r.first = std::max(r.first, gap);
    worst = std::max(worst, gap);
    r.subject.evidence.push_back({"standards.threshold", r.subject.id, *row.threshold});
    r.subject.evidence.push_back({"standards.direction", r.subject.id, row.direction});
    r.subject.evidence.push_back(
        {"standards.clause", r.subject.id, row.standard + " " + row.clause});
  }
  if (ranked.empty()) return;
  // Priority high when the park misses a threshold by 10 % or more.
  Finding finding = make("below-standard", worst >= 0.1 ? Priority::high : Priority::medium);
  rank_into(finding, ranked);
  // The options that move the indicators: the opportunity rules' proposals, evaluated here (they
  // may be disabled as findings of their own).
  std::vector<Family> families;
  for (const Subject& s : finding.subjects) {
    for (const Family f : families_moving(s.id)) {
      if (std::find(families.begin(), families.end(), f) == families.end()) families.push_back(f);
    }
  }
  std::vector<std::string> options_zh;
  std::vector<std::string> options_en;
  for (const Family f : families) {
    std::vector<Finding> found;
    opportunities(input, t, f, "", found);
    for (Finding& g : found) {
      for (const Benefit& b : g.benefits)
        add_benefit(finding.benefits, b);
      for (PotentialExchange& p : g.potential_exchanges) {
        if (finding.potential_exchanges.size() < kMaxListed) {
          finding.potential_exchanges.push_back(std::move(p));
        }
      }
    }
  }
  std::stable_sort(finding.potential_exchanges.begin(), finding.potential_exchanges.end(),
                   [](const PotentialExchange& a, const PotentialExchange& b) {
                     return benefit_share(a.benefits).value_or(0.0) >
                            benefit_share(b.benefits).value_or(0.0);
                   });
  std::string zh;
  std::string en;
  for (std::size_t k = 0; k < finding.subjects.size(); ++k) {
    const Subject& s = finding.subjects[k];
    std::string threshold;
    for (const Evidence& e : s.evidence) {
      if (e.name == "standards.threshold") threshold = number(std::get<double>(e.value));
    }
    zh += (k == 0 ? "" : "；") + s.name + " " + number(*s.quantity) + "（要求 " + threshold + "）";
    en += (k == 0 ? "" : "; ") + s.id + " " + number(*s.quantity) + " (required " + threshold + ")";
  }
  zh += "，未达到园区标准。";
  en += ": below the park standard.";
  if (finding.potential_exchanges.empty()) {
    zh += "园区现有申报中没有能改善这些指标的交换方案，需由企业在工艺、能源和用水环节采取措施。";
    en +=
        " No declared output or need of the park moves these indicators: the enterprises' "
        "own processes, energy and water use have to.";
  } else {
    zh += "下列交换方案可改善这些指标（数量和效益见方案表）。";
    en +=
        " The exchanges below move these indicators (quantities and benefits in the options "
        "table).";
  }
  finding.recommendation_zh = zh;
  finding.recommendation_en = en;
  out.push_back(std::move(finding));
}

// The audit focus (审核重点): the first ranks of the weighted-sum scoring when the pipeline has
// it, else the enterprises of highest key_score.
void key_enterprise(const AuditInput& input, const Thresholds& t, std::vector<Finding>& out) {
  std::vector<Ranked> ranked;
  if (input.focus != nullptr && !input.focus->rows.empty()) {
    for (const FocusRow& row : input.focus->rows) {
      if (static_cast<std::int64_t>(row.rank) > t.key_top_n) break;
      Subject s = enterprise_subject_by_id(input, row.id);
      s.evidence.push_back({"focus.rank", s.id, static_cast<std::int64_t>(row.rank)});
      s.evidence.push_back({"focus.score", s.id, row.score});
      ranked.push_back({-static_cast<double>(row.rank), 0.0, std::move(s)});
    }
  } else {
    const LayerAnalysis* all = find_view(input, ViewLayer::all);
    if (all == nullptr) return;
    const net::Column* column = indicator_column(*all, col::key_score);
    const bool copied =
        column != nullptr && std::any_of(column->values.begin(), column->values.end(),
                                         [](const auto& v) { return v.has_value(); });
    const std::vector<std::optional<double>> score =
        copied ? column->values : fallback_key_score(*all);
    std::vector<Vertex> order;
    for (Vertex v = 0; v < input.graph.n() && at(v) < score.size(); ++v) {
      if (score[at(v)] && (t.key_include_external || !input.graph.external(v))) order.push_back(v);
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](Vertex a, Vertex b) { return *score[at(a)] > *score[at(b)]; });
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
      if (static_cast<std::int64_t>(k) >= t.key_top_n && *score[at(v)] < t.key_score_min) break;
      Subject s = enterprise_subject(input, v);
      if (copied) {
        add_column(s, *all, col::key_score, v);
      } else {
        s.evidence.push_back({"audit.key_score_fallback", s.id, *score[at(v)]});
      }
      s.evidence.push_back({"audit.key_rank", s.id, static_cast<std::int64_t>(k + 1)});
      for (const std::string_view name :
           {col::degree, col::betweenness, col::pagerank, col::articulation}) {
        add_column(s, *all, name, v);
      }
      if (input.cascade != nullptr) {
        if (const net::CascadeSummary* row = row_of[at(v)]; row != nullptr && row->impact) {
          s.evidence.push_back({"cascade.cascade_impact", s.id, *row->impact});
        }
      } else {
        add_column(s, *all, col::cascade_impact, v);
      }
      ranked.push_back({-static_cast<double>(k), 0.0, std::move(s)});
    }
  }
  if (ranked.empty()) return;
  Finding finding = make("key-enterprise", Priority::high);
  rank_into(finding, ranked);
  const std::string first = display_name(finding.subjects.front());
  finding.recommendation_zh = "审核重点依次为" + subject_names(finding, true, 5) + "：首先对" +
                              first + "开展企业层面的清洁生产审核。";
  finding.recommendation_en = "The audit focus in rank order: " + subject_names(finding, false, 5) +
                              ". Run an enterprise-level cleaner-production audit of " + first +
                              " first.";
  out.push_back(std::move(finding));
}

// Titles and general recommendations: Zhang Yongbo et al. 2024 (park-level cleaner-production
// audit from network analysis), Chopra and Khanna 2014 (resilience of symbiosis networks), Burt
// 1992 (brokers), Zeng, Xiao and Li 2013 (cascades); cost classes and aspects after
// 清洁生产审核办法 (2016) and GB/T 25973-2010. Each rule writes its finding's own recommendation,
// naming its subjects and their resources; the general one stands in the rule table of
// findings.json.
const Rule kRules[] = {
    {"anchor-dependence", "园区依赖核心企业", "The park depends on an anchor enterprise",
     Aspect::inter_enterprise, CostClass::medium_high,
     "拓展核心企业以外的合作伙伴，为核心企业的关键供给建立备用能力。",
     "Diversify the partners beyond the anchor and provide backup capacity for its key supplies.",
     anchor_dependence},
    {"single-point-of-failure", "单点失效风险", "Single point of failure",
     Aspect::park_infrastructure, CostClass::medium_high,
     "为割点企业、支配企业和桥接交换建立冗余路径：第二供应方或接收方、缓冲储存、备用处置出路。",
     "Build a redundant path around articulation enterprises, supply dominators and bridge "
     "exchanges: a second supplier or receiver, buffer storage, an alternative outlet.",
     single_point_of_failure},
    {"cascade-critical", "失效级联扩散风险", "A failure cascades through the park",
     Aspect::process_control, CostClass::medium_high,
     "为级联关键企业配置备用产能和储存，为下游企业准备替代来源或出路（解耦）。",
     "Provide spare capacity and storage at the cascade-critical enterprises and an alternative "
     "source or outlet for their dependants (decoupling).",
     cascade_critical},
    {"single-source-input", "单一来源输入", "Single-source input", Aspect::raw_materials_energy,
     CostClass::no_low,
     "按资源类型保障不可替代的供给：蒸汽设备用锅炉，燃气和工艺气设缓冲储罐，原料签订保供合同。",
     "Secure each non-substitutable supply as its resource allows: a standby boiler for steam, a "
     "buffer holder for gases, a supply contract for feedstock.",
     single_source_input},
    {"unused-byproduct", "副产品/废物未利用", "Unused by-product or waste", Aspect::waste,
     CostClass::medium_high, "按可利用数量与需求企业建立新的副产品交换。",
     "Set up new by-product exchanges with the enterprises that need them, for the quantities "
     "stated.",
     unused_byproduct},
    {"energy-cascade", "能量未梯级利用", "Energy not cascaded", Aspect::raw_materials_energy,
     CostClass::medium_high, "按能量梯级利用原则，将富余蒸汽或余热送往低温用热企业。",
     "Cascade the surplus steam or waste heat to the low-temperature users.", energy_cascade},
    {"water-reuse", "水未回用", "Water not reused", Aspect::park_infrastructure,
     CostClass::medium_high, "将可回用的水送往新鲜水用户，替代新鲜水取用。",
     "Send the reusable water to the fresh-water users in place of fresh water.", water_reuse},
    {"weak-symbiosis", "共生网络薄弱", "Weak symbiosis", Aspect::management, CostClass::no_low,
     "建立副产品供需信息平台并组织企业对接，调查网络外企业可交换的副产品和需求。",
     "Set up a supply-and-demand platform, hold matchmaking meetings and survey the tradable "
     "by-products and needs of the enterprises outside the network.",
     weak_symbiosis},
    {"no-cycling", "物质循环不足", "Little cycling", Aspect::inter_enterprise,
     CostClass::medium_high,
     "引进或培育再生利用和废物处理企业，使副产品和废物回到生产链，形成或连接闭合回路。",
     "Attract or develop recyclers and waste processors that bring by-products and waste back "
     "into production and close or join the loops.",
     no_cycling},
    {"shared-infrastructure-hub", "园区公用设施枢纽", "Shared infrastructure hub",
     Aspect::park_infrastructure, CostClass::no_low,
     "核查公用工程和处理设施枢纽的运行负荷、备用能力和应急预案。",
     "Check the load, backup capacity and contingency plan of the utility and treatment hubs.",
     shared_infrastructure_hub},
    {"broker", "协调中介企业", "Coordination broker", Aspect::management, CostClass::no_low,
     "请中介企业牵头园区副产品交换平台的协调工作。",
     "Ask the brokers to coordinate the park's by-product exchange platform.", broker},
    {"stranded-waste", "废物滞留风险", "Waste stranded by an offtaker's failure", Aspect::waste,
     CostClass::no_low,
     "为依赖单一接收方的废物制定应急处置路线：废水设事故池和备用处理，污泥备用焚烧或协同处置，"
     "危险废物备用有资质单位。",
     "Prepare a contingency route for waste that depends on one offtaker: an emergency basin and "
     "standby treatment for wastewater, incineration or co-processing for sludge, a second "
     "licensed facility for hazardous waste.",
     stranded_waste},
    {"below-standard", "未达园区标准", "Below the park standard", Aspect::management,
     CostClass::medium_high, "实施能改善未达标指标的方案。",
     "Implement the options that move the indicators below their threshold.", below_standard},
    {"key-enterprise", "关键企业（审核重点）", "Key enterprise (audit focus)", Aspect::management,
     CostClass::no_low, "优先对审核重点企业开展企业层面的清洁生产审核。",
     "Run an enterprise-level cleaner-production audit of the audit focus first.", key_enterprise},
};

int priority_rank(Priority priority) {
  return static_cast<int>(priority);
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
    for (std::size_t k = first; k < findings.size(); ++k) {
      Finding& f = findings[k];
      if (f.title_zh.empty()) f.title_zh = std::string(rule.title_zh);
      if (f.title_en.empty()) f.title_en = std::string(rule.title_en);
      if (f.recommendation_zh.empty()) f.recommendation_zh = std::string(rule.recommendation_zh);
      if (f.recommendation_en.empty()) f.recommendation_en = std::string(rule.recommendation_en);
      f.aspect = rule.aspect;
      f.cost = rule.cost;
    }
  }
  // Priority, then rule id, then layer (stable: a rule's per-layer findings in layer order).
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    if (a.priority != b.priority) return priority_rank(a.priority) < priority_rank(b.priority);
    if (a.rule != b.rule) return a.rule < b.rule;
    return a.layer < b.layer;
  });
  return result;
}

std::vector<std::string> key_enterprises(const std::vector<Finding>& findings) {
  for (const Finding& f : findings) {
    if (f.rule == "key-enterprise") return subject_ids(f);
  }
  return {};
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
