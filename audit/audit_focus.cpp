#include "audit/audit_focus.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <utility>

#include "network/indicator_names.hpp"
#include "network/key_score.hpp"

namespace symbio::audit {
namespace {

using Values = std::vector<std::optional<double>>;

// A criterion's values over the internal enterprises: one part for a single figure, several for
// throughput (one per layer) and emissions (one per pollutant), each ranked on its own.
using Parts = std::vector<Values>;

// Per internal enterprise: 10 times the mean of its percentile ranks over the parts where it has
// one; nullopt when no part ranks anyone (the criterion drops out), 0 for an enterprise that no
// part ranks while others are ranked.
std::vector<std::optional<double>> criterion_scores(const Parts& parts, std::size_t count) {
  std::vector<double> sum(count, 0.0);
  std::vector<int> ranked(count, 0);
  bool any = false;
  for (const Values& part : parts) {
    const Values ranks = net::percentile_ranks(part);
    for (std::size_t i = 0; i < count && i < ranks.size(); ++i) {
      if (!ranks[i]) continue;
      sum[i] += *ranks[i];
      ++ranked[i];
      any = true;
    }
  }
  std::vector<std::optional<double>> scores(count);
  if (!any) return scores;
  for (std::size_t i = 0; i < count; ++i)
    scores[i] = ranked[i] > 0 ? 10.0 * sum[i] / ranked[i] : 0.0;
  return scores;
}

// The latest figure of each (enterprise, item) of data.csv, as the standards read it: a figure
// without a year counts as older than any dated one.
std::map<std::pair<std::string, DataItem>, double> latest_data(const Park& park) {
  std::map<std::pair<std::string, DataItem>, std::pair<int, double>> latest;
  for (const EnterpriseDatum& d : park.data) {
    const int year = d.year.value_or(-1);
    auto [entry, inserted] =
        latest.emplace(std::make_pair(d.enterprise, d.item), std::make_pair(year, d.value));
    if (!inserted && year > entry->second.first) entry->second = {year, d.value};
  }
  std::map<std::pair<std::string, DataItem>, double> out;
  for (const auto& [key, value] : latest)
    out.emplace(key, value.second);
  return out;
}

}  // namespace

std::string_view to_string(FocusCriterion criterion) {
  switch (criterion) {
    case FocusCriterion::network_position:
      return "network_position";
    case FocusCriterion::cascade_impact:
      return "cascade_impact";
    case FocusCriterion::supply_dominance:
      return "supply_dominance";
    case FocusCriterion::throughput:
      return "throughput";
    case FocusCriterion::energy:
      return "energy";
    case FocusCriterion::water:
      return "water";
    case FocusCriterion::waste:
      return "waste";
    case FocusCriterion::emissions:
      return "emissions";
  }
  return "";
}

std::string_view to_chinese(FocusCriterion criterion) {
  switch (criterion) {
    case FocusCriterion::network_position:
      return "网络位置";
    case FocusCriterion::cascade_impact:
      return "级联影响";
    case FocusCriterion::supply_dominance:
      return "供应支配";
    case FocusCriterion::throughput:
      return "资源通量";
    case FocusCriterion::energy:
      return "能耗";
    case FocusCriterion::water:
      return "新鲜水耗";
    case FocusCriterion::waste:
      return "固体废物";
    case FocusCriterion::emissions:
      return "污染物排放";
  }
  return "";
}

std::string_view to_english(FocusCriterion criterion) {
  switch (criterion) {
    case FocusCriterion::network_position:
      return "network position";
    case FocusCriterion::cascade_impact:
      return "cascade impact";
    case FocusCriterion::supply_dominance:
      return "supply dominance";
    case FocusCriterion::throughput:
      return "resource throughput";
    case FocusCriterion::energy:
      return "energy use";
    case FocusCriterion::water:
      return "fresh water";
    case FocusCriterion::waste:
      return "solid waste";
    case FocusCriterion::emissions:
      return "pollutant emissions";
  }
  return "";
}

FocusWeights focus_weights(const Thresholds& t) {
  return {t.focus_network_position,
          t.focus_cascade_impact,
          t.focus_supply_dominance,
          t.focus_throughput,
          t.focus_energy,
          t.focus_water,
          t.focus_waste,
          t.focus_emissions};
}

AuditFocus compute_audit_focus(const Park& park, const net::SymbiosisGraph& graph,
                               const net::LayerAnalysis& all, const net::DependencySweep& sweep,
                               const std::vector<net::LayerDominators>& dominators,
                               const net::FlowsResult& flows, const FocusWeights& weights) {
  std::vector<net::Vertex> internal;
  for (net::Vertex v = 0; v < graph.n(); ++v) {
    if (!graph.external(v)) internal.push_back(v);
  }
  const std::size_t count = internal.size();
  const auto at = [](net::Vertex v) { return static_cast<std::size_t>(v); };
  std::array<Parts, kFocusCriteria> parts;
  const auto part_of = [&](FocusCriterion c) -> Parts& {
    return parts[static_cast<std::size_t>(c)];
  };

  if (const net::Column* key = all.column(std::string(net::col::key_score))) {
    Values values(count);
    for (std::size_t i = 0; i < count; ++i) {
      if (at(internal[i]) < key->values.size()) values[i] = key->values[at(internal[i])];
    }
    part_of(FocusCriterion::network_position).push_back(std::move(values));
  }
  if (!sweep.rows.empty()) {
    Values failed_by_vertex(at(graph.n()));
    for (const net::CascadeSummary& row : sweep.rows) {
      if (row.trigger >= 0 && row.trigger < graph.n()) {
        failed_by_vertex[at(row.trigger)] = static_cast<double>(row.failed);
      }
    }
    Values values(count);
    for (std::size_t i = 0; i < count; ++i)
      values[i] = failed_by_vertex[at(internal[i])];
    part_of(FocusCriterion::cascade_impact).push_back(std::move(values));
  }
  const auto all_dominators =
      std::find_if(dominators.begin(), dominators.end(),
                   [](const net::LayerDominators& d) { return d.layer == net::ViewLayer::all; });
  if (all_dominators != dominators.end()) {
    Values values(count);
    for (std::size_t i = 0; i < count; ++i) {
      if (at(internal[i]) < all_dominators->dominated.size()) {
        values[i] = static_cast<double>(all_dominators->dominated[at(internal[i])]);
      }
    }
    part_of(FocusCriterion::supply_dominance).push_back(std::move(values));
  }
  for (const net::LayerFlows& layer : flows.layers) {
    std::vector<std::optional<double>> by_vertex(at(graph.n()));
    bool quantified = false;
    for (const net::EnterpriseBalance& b : layer.balance) {
      if (!b.in_internal && !b.in_external && !b.out_internal && !b.out_external) continue;
      const double in = b.in_internal.value_or(0.0) + b.in_external.value_or(0.0);
      const double out = b.out_internal.value_or(0.0) + b.out_external.value_or(0.0);
      if (b.enterprise >= 0 && b.enterprise < graph.n()) {
        by_vertex[at(b.enterprise)] = std::max(in, out);
        quantified = true;
      }
    }
    if (!quantified) continue;
    Values values(count);
    for (std::size_t i = 0; i < count; ++i)
      values[i] = by_vertex[at(internal[i])];
    part_of(FocusCriterion::throughput).push_back(std::move(values));
  }

  const auto data = latest_data(park);
  const auto figure = [&](std::size_t i, DataItem item) -> std::optional<double> {
    const auto it = data.find({graph.id(internal[i]), item});
    if (it == data.end()) return std::nullopt;
    return it->second;
  };
  const auto data_part = [&](std::initializer_list<DataItem> summed) {
    Values values(count);
    for (std::size_t i = 0; i < count; ++i) {
      for (const DataItem item : summed) {
        if (const auto x = figure(i, item)) values[i] = values[i].value_or(0.0) + *x;
      }
    }
    return values;
  };
  if (!data.empty()) {
    part_of(FocusCriterion::energy).push_back(data_part({DataItem::energy_use}));
    part_of(FocusCriterion::water).push_back(data_part({DataItem::fresh_water}));
    part_of(FocusCriterion::waste)
        .push_back(data_part({DataItem::solid_waste_generated, DataItem::hazardous_waste}));
    for (const DataItem pollutant : {DataItem::co2, DataItem::cod, DataItem::so2})
      part_of(FocusCriterion::emissions).push_back(data_part({pollutant}));
  }

  AuditFocus focus;
  std::array<std::vector<std::optional<double>>, kFocusCriteria> scores;
  double weight_sum = 0.0;
  for (std::size_t c = 0; c < kFocusCriteria; ++c) {
    scores[c] = criterion_scores(parts[c], count);
    const bool has_data = std::any_of(scores[c].begin(), scores[c].end(),
                                      [](const std::optional<double>& s) { return s.has_value(); });
    if (has_data) {
      focus.weights[c] = weights[c];
      weight_sum += weights[c];
    }
  }
  for (double& w : focus.weights)
    w = weight_sum > 0.0 ? w / weight_sum : 0.0;

  focus.rows.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    FocusRow row;
    row.id = graph.id(internal[i]);
    row.name = graph.name(internal[i]);
    for (std::size_t c = 0; c < kFocusCriteria; ++c) {
      row.scores[c] = scores[c][i];
      if (scores[c][i]) row.score += focus.weights[c] * *scores[c][i];
    }
    focus.rows.push_back(std::move(row));
  }
  // Highest score first; equal scores keep the graph's vertex order (stable sort).
  std::stable_sort(focus.rows.begin(), focus.rows.end(),
                   [](const FocusRow& a, const FocusRow& b) { return a.score > b.score; });
  for (std::size_t i = 0; i < focus.rows.size(); ++i)
    focus.rows[i].rank = i + 1;
  return focus;
}

std::vector<std::string> key_enterprises(const AuditFocus& focus, std::size_t count) {
  std::vector<std::string> ids;
  for (std::size_t i = 0; i < focus.rows.size() && i < count; ++i)
    ids.push_back(focus.rows[i].id);
  return ids;
}

}  // namespace symbio::audit
