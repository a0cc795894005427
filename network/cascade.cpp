#include "network/cascade.hpp"

#include <string>

#include "core/text.hpp"
#include "network/detail/dependency_index.hpp"

namespace symbio::net {

std::string_view to_string(Substitutes substitutes) {
  return substitutes == Substitutes::ignore ? "ignore" : "catalogue";
}

std::optional<Substitutes> parse_substitutes(std::string_view text) {
  const std::string key = match_key(text);
  if (key == "catalogue" || key == "catalog") return Substitutes::catalogue;
  if (key == "ignore") return Substitutes::ignore;
  return std::nullopt;
}

Dependency dependency_of(const GraphExchange& x, Substitutes substitutes) {
  if (x.substitutable && substitutes == Substitutes::catalogue) return Dependency::none;
  return x.kind == Kind::waste ? Dependency::outlet : Dependency::supply;
}

std::string_view to_string(CascadeDirection direction) {
  switch (direction) {
    case CascadeDirection::supply:
      return "supply";
    case CascadeDirection::outlet:
      return "outlet";
    case CascadeDirection::both:
      return "both";
  }
  return "both";
}

std::optional<CascadeDirection> parse_cascade_direction(std::string_view text) {
  const std::string key = match_key(text);
  if (key == "supply" || key == "downstream") return CascadeDirection::supply;
  if (key == "outlet" || key == "upstream") return CascadeDirection::outlet;
  if (key == "both") return CascadeDirection::both;
  return std::nullopt;
}

CascadeRun dependency_cascade(const SymbiosisGraph& graph, std::span<const Vertex> triggers,
                              const DependencyOptions& options) {
  detail::check_dependency_options(options);
  detail::check_triggers(graph, triggers);
  const detail::DependencyIndex index(graph, options);
  detail::DependencyWorkspace workspace(index);
  detail::RunTrace trace;
  workspace.run(index, detail::sorted_unique(triggers), trace);
  return detail::make_run(graph.n(), trace.rounds_sorted(), index.inbound());
}

}  // namespace symbio::net
