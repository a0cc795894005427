#include "network/analyze.hpp"

#include <algorithm>
#include <functional>

#include "core/error.hpp"

#include "network/brokerage.hpp"
#include "network/centralization.hpp"
#include "network/cohesion.hpp"
#include "network/conventions.hpp"
#include "network/cyclicity.hpp"
#include "network/degree.hpp"
#include "network/key_score.hpp"
#include "network/pagerank.hpp"
#include "network/structural_holes.hpp"

namespace symbio::net {

namespace {

using Values = std::vector<std::optional<double>>;

template <typename T>
Values to_values(const std::vector<T>& v) {
  Values out(v.size());
  for (std::size_t i = 0; i < v.size(); ++i)
    out[i] = static_cast<double>(v[i]);
  return out;
}

Values to_values(const std::vector<bool>& v) {
  Values out(v.size());
  for (std::size_t i = 0; i < v.size(); ++i)
    out[i] = v[i] ? 1.0 : 0.0;
  return out;
}

Values scaled(const std::vector<std::int64_t>& v, std::optional<double> denominator) {
  Values out(v.size());
  if (!denominator || *denominator <= 0) return out;
  for (std::size_t i = 0; i < v.size(); ++i)
    out[i] = static_cast<double>(v[i]) / *denominator;
  return out;
}

std::string convention(std::string_view name) {
  const Convention* c = find_convention(name);
  return c == nullptr ? std::string() : std::string(c->definition);
}

// Builds the output in docs/methods.md order, computing each family once and only when asked.
class Assembler {
 public:
  Assembler(const SymbiosisGraph& graph, ViewLayer layer, const AnalyzeOptions& options)
      : graph_(graph), view_(graph.view(layer)), options_(options) {
    result_.layer = layer;
  }

  bool wants(std::string_view name) const {
    return options_.only.empty() ||
           std::find(options_.only.begin(), options_.only.end(), name) != options_.only.end();
  }
  bool wants_any(std::initializer_list<std::string_view> names) const {
    return std::any_of(names.begin(), names.end(), [&](std::string_view n) { return wants(n); });
  }

  void column(std::string_view name, ColumnType type, Values values) {
    computed_.emplace_back(std::string(name), values);
    if (!wants(name)) return;
    result_.enterprise_columns.push_back(
        Column{std::string(name), type, convention(name), std::move(values)});
  }
  void field(std::string_view name, std::optional<double> value,
             ColumnType type = ColumnType::real) {
    if (!wants(name)) return;
    result_.park_fields.push_back(ParkField{std::string(name), value, "", type, convention(name)});
  }
  void text_field(std::string_view name, std::string text) {
    if (!wants(name)) return;
    result_.park_fields.push_back(ParkField{std::string(name), std::nullopt, std::move(text),
                                            ColumnType::real, convention(name)});
  }

  LayerAnalysis run(const DependencySweep* sweep);

 private:
  void key_score_columns(const DependencySweep* sweep);
  const Values* computed(std::string_view name) const {
    for (const auto& [n, v] : computed_) {
      if (n == name) return &v;
    }
    return nullptr;
  }
  std::vector<std::pair<std::string, Values>> computed_;
  const SymbiosisGraph& graph_;
  const LayerView& view_;
  const AnalyzeOptions& options_;
  LayerAnalysis result_;
};

LayerAnalysis Assembler::run(const DependencySweep* sweep) {
  const Vertex n = view_.n();
  const auto nd = static_cast<double>(n);
  const double n1 = n >= 2 ? nd - 1 : 0.0;
  const std::size_t count = static_cast<std::size_t>(n);

  const bool need_degrees =
      wants_any({"in_degree", "out_degree", "degree", "in_degree_norm", "out_degree_norm",
                 "degree_norm", "in_strength", "out_strength", "degree_centralization",
                 "out_degree_centralization", "in_degree_centralization", "typology", "key_score"});
  DegreeIndicators degrees;
  if (need_degrees) degrees = compute_degrees(view_);
  column("in_degree", ColumnType::integer, to_values(degrees.in_degree));
  column("out_degree", ColumnType::integer, to_values(degrees.out_degree));
  column("degree", ColumnType::integer, to_values(degrees.degree));
  column("in_degree_norm", ColumnType::real, scaled(degrees.in_degree, n1));
  column("out_degree_norm", ColumnType::real, scaled(degrees.out_degree, n1));
  column("degree_norm", ColumnType::real, scaled(degrees.degree, n1));
  column("in_strength", ColumnType::real, degrees.in_strength);
  column("out_strength", ColumnType::real, degrees.out_strength);
  // `all` never has W (docs/methods.md#park-model), so only the layers say why theirs is missing.
  if (!view_.weighted() && view_.layer() != ViewLayer::all &&
      wants_any({"in_strength", "out_strength", "pagerank_w"})) {
    result_.warnings.push_back("layer " + std::string(to_string(view_.layer())) +
                               ": weighted columns are empty because " + view_.unweighted_reason());
  }

  const bool need_distances =
      wants_any({"betweenness", "betweenness_norm", "closeness_out", "closeness_in", "harmonic_out",
                 "harmonic_in", "average_path_length", "diameter", "global_efficiency"});
  DistanceIndicators distances;
  if (need_distances) distances = compute_distance_indicators(view_, options_.distance);
  column("betweenness", ColumnType::real, to_values(distances.betweenness));
  {
    Values norm(distances.betweenness.size());
    if (n >= 3) {
      const double denominator = (nd - 1) * (nd - 2);
      for (std::size_t i = 0; i < norm.size(); ++i)
        norm[i] = distances.betweenness[i] / denominator;
    }
    column("betweenness_norm", ColumnType::real, std::move(norm));
  }
  column("closeness_out", ColumnType::real, distances.closeness_out);
  column("closeness_in", ColumnType::real, distances.closeness_in);
  column("harmonic_out", ColumnType::real, distances.harmonic_out);
  column("harmonic_in", ColumnType::real, distances.harmonic_in);

  if (wants_any({"pagerank", "key_score"})) {
    column("pagerank", ColumnType::real, to_values(compute_pagerank(view_)));
  }
  if (wants("pagerank_w")) {
    Values weighted(count);
    if (view_.weighted()) weighted = to_values(compute_pagerank(view_, {.weighted = true}));
    column("pagerank_w", ColumnType::real, std::move(weighted));
  }
  if (wants_any({"hub", "authority"})) {
    const HitsScores hits = compute_hits(view_);
    column("hub", ColumnType::real, hits.hub.empty() ? Values(count) : to_values(hits.hub));
    column("authority", ColumnType::real,
           hits.authority.empty() ? Values(count) : to_values(hits.authority));
  }
  if (wants("core_number")) {
    column("core_number", ColumnType::integer, to_values(compute_core_numbers(view_)));
  }
  std::vector<double> clustering;
  if (wants_any({"clustering", "average_clustering"})) {
    clustering = compute_local_clustering(view_);
  }
  column("clustering", ColumnType::real, to_values(clustering));
  if (wants_any({"constraint", "effective_size", "efficiency", "hierarchy"})) {
    StructuralHoles holes = compute_structural_holes(view_);
    column("constraint", ColumnType::real, std::move(holes.constraint));
    column("effective_size", ColumnType::real, std::move(holes.effective_size));
    column("efficiency", ColumnType::real, std::move(holes.efficiency));
    column("hierarchy", ColumnType::real, std::move(holes.hierarchy));
  }
  if (wants("articulation")) {
    column("articulation", ColumnType::boolean, to_values(compute_articulation(view_)));
  }
  if (wants_any({"brokerage_coordinator", "brokerage_itinerant", "brokerage_representative",
                 "brokerage_gatekeeper", "brokerage_liaison"})) {
    std::vector<std::string> sectors(count);
    for (Vertex v = 0; v < n; ++v)
      sectors[static_cast<std::size_t>(v)] = graph_.sector(v);
    const Brokerage b = compute_brokerage(view_, sectors);
    column("brokerage_coordinator", ColumnType::integer, to_values(b.coordinator));
    column("brokerage_itinerant", ColumnType::integer, to_values(b.itinerant));
    column("brokerage_representative", ColumnType::integer, to_values(b.representative));
    column("brokerage_gatekeeper", ColumnType::integer, to_values(b.gatekeeper));
    column("brokerage_liaison", ColumnType::integer, to_values(b.liaison));
  }
  CommunityResult communities;
  if (wants_any({"community", "modularity"})) {
    communities = detect_communities(view_, options_.communities);
  }
  column("community", ColumnType::integer, to_values(communities.label));
  key_score_columns(sweep);

  // Park indicators (docs/methods.md#park-indicators).
  const auto m = static_cast<double>(view_.m());
  field("enterprises", nd, ColumnType::integer);
  field("exchanges", static_cast<double>(view_.exchange_count()), ColumnType::integer);
  field("ties", m, ColumnType::integer);
  const std::optional<double> density =
      n >= 2 ? std::optional<double>(m / (nd * (nd - 1))) : std::nullopt;
  field("density", density);
  field("density_undirected",
        n >= 2 ? std::optional<double>(static_cast<double>(view_.undirected_edge_count()) /
                                       (nd * (nd - 1) / 2))
               : std::nullopt);
  if (wants("reciprocity")) {
    std::int64_t reciprocated = 0;
    for (const Tie& t : view_.ties()) {
      if (view_.find_tie(t.receiver, t.supplier)) ++reciprocated;
    }
    field("reciprocity", view_.m() > 0
                             ? std::optional<double>(static_cast<double>(reciprocated) / m)
                             : std::nullopt);
  }
  if (wants("transitivity")) field("transitivity", compute_transitivity(view_));
  if (wants("average_clustering")) {
    double sum = 0;
    for (const double c : clustering)
      sum += c;
    field("average_clustering", n > 0 ? std::optional<double>(sum / nd) : std::nullopt);
  }
  if (wants_any({"weak_components", "strong_components", "largest_component_share"})) {
    const Components components = compute_components(view_);
    field("weak_components", static_cast<double>(components.weak), ColumnType::integer);
    field("strong_components", static_cast<double>(components.strong), ColumnType::integer);
    field("largest_component_share",
          n > 0 ? std::optional<double>(components.largest_weak_share) : std::nullopt);
  }
  field("average_path_length", distances.average_path_length);
  field("diameter", distances.diameter, ColumnType::integer);
  field("global_efficiency", distances.global_efficiency);
  std::optional<double> degree_centralization_value;
  if (need_degrees) {
    degree_centralization_value = degree_centralization(degrees.degree);
    field("degree_centralization", degree_centralization_value);
    field("out_degree_centralization", directed_degree_centralization(degrees.out_degree));
    field("in_degree_centralization", directed_degree_centralization(degrees.in_degree));
  }
  if (wants("betweenness_centralization")) {
    field("betweenness_centralization",
          betweenness_centralization(undirected_betweenness(view_, options_.distance)));
  }
  field("connectance", n > 0 ? std::optional<double>(m / (nd * nd)) : std::nullopt);
  field("linkage_density", n > 0 ? std::optional<double>(m / nd) : std::nullopt);
  if (wants("cyclicity")) field("cyclicity", compute_cyclicity(view_));
  if (wants("modularity")) field("modularity", communities.modularity);
  if (wants("typology")) {
    std::string typology;
    if (density && degree_centralization_value) {
      if (*degree_centralization_value >= options_.typology.anchor_centralization) {
        typology = "anchor tenant";
      } else if (*density >= options_.typology.equality_density) {
        typology = "equality-oriented";
      } else {
        typology = "weak completeness";
      }
    }
    text_field("typology", typology);
  }
  if (wants("bridge") || options_.only.empty()) result_.bridge = compute_bridges(view_);
  return std::move(result_);
}

// cascade_impact comes from the supply-shortage sweep over the whole park (the model is
// multi-layer by definition, docs/methods.md#cascades), so every view shows the same values.
void Assembler::key_score_columns(const DependencySweep* sweep) {
  if (!wants_any({"cascade_impact", "key_score"})) return;
  Values impact(static_cast<std::size_t>(view_.n()));
  if (sweep != nullptr) {
    for (const CascadeSummary& row : sweep->rows) {
      impact[static_cast<std::size_t>(row.trigger)] = row.impact;
    }
  }
  column("cascade_impact", ColumnType::real, std::move(impact));
  if (!wants("key_score")) return;
  std::vector<const Values*> parts;
  for (const std::string& name : options_.key_score_columns) {
    const Values* values = computed(name);
    if (values == nullptr) {
      throw OptionError("key_score: '" + name + "' is not an enterprise indicator computed here");
    }
    parts.push_back(values);
  }
  column("key_score", ColumnType::real, key_scores(parts));
}

bool needs_sweep(const AnalyzeOptions& options) {
  if (options.only.empty()) return true;
  return std::any_of(options.only.begin(), options.only.end(), [](const std::string& n) {
    return n == "cascade_impact" || n == "key_score";
  });
}

}  // namespace

LayerAnalysis analyze_layer(const SymbiosisGraph& graph, ViewLayer layer,
                            const AnalyzeOptions& options) {
  std::optional<DependencySweep> sweep;
  if (options.sweep == nullptr && needs_sweep(options)) {
    sweep = dependency_sweep(graph, options.cascade);
  }
  return Assembler(graph, layer, options).run(sweep ? &*sweep : options.sweep);
}

std::vector<LayerAnalysis> analyze(const SymbiosisGraph& graph, const AnalyzeOptions& options) {
  std::vector<LayerAnalysis> results;
  std::optional<DependencySweep> sweep;
  if (options.sweep == nullptr && needs_sweep(options)) {
    sweep = dependency_sweep(graph, options.cascade);
  }
  const DependencySweep* shared = sweep ? &*sweep : options.sweep;
  for (const ViewLayer layer : graph.layers()) {
    if (!options.layers.empty() &&
        std::find(options.layers.begin(), options.layers.end(), layer) == options.layers.end()) {
      continue;
    }
    results.push_back(Assembler(graph, layer, options).run(shared));
  }
  return results;
}

}  // namespace symbio::net
