#pragma once

#include <string_view>

namespace symbio::net {

// The names of the indicators as typed constants, shared by network, audit and visualization:
// a misspelled name is a compile error, not a rule that silently stays off. Each equals the
// `name` of its entry in enterprise_conventions() / park_conventions() (network/conventions.hpp),
// the column or field name of the outputs; tests/network/indicator_names_test.cpp checks both
// directions.
namespace col {
inline constexpr std::string_view in_degree = "in_degree";
inline constexpr std::string_view out_degree = "out_degree";
inline constexpr std::string_view degree = "degree";
inline constexpr std::string_view in_degree_norm = "in_degree_norm";
inline constexpr std::string_view out_degree_norm = "out_degree_norm";
inline constexpr std::string_view degree_norm = "degree_norm";
inline constexpr std::string_view in_strength = "in_strength";
inline constexpr std::string_view out_strength = "out_strength";
inline constexpr std::string_view betweenness = "betweenness";
inline constexpr std::string_view betweenness_norm = "betweenness_norm";
inline constexpr std::string_view closeness_out = "closeness_out";
inline constexpr std::string_view closeness_in = "closeness_in";
inline constexpr std::string_view harmonic_out = "harmonic_out";
inline constexpr std::string_view harmonic_in = "harmonic_in";
inline constexpr std::string_view pagerank = "pagerank";
inline constexpr std::string_view pagerank_w = "pagerank_w";
inline constexpr std::string_view hub = "hub";
inline constexpr std::string_view authority = "authority";
inline constexpr std::string_view core_number = "core_number";
inline constexpr std::string_view clustering = "clustering";
inline constexpr std::string_view constraint = "constraint";
inline constexpr std::string_view effective_size = "effective_size";
inline constexpr std::string_view efficiency = "efficiency";
inline constexpr std::string_view hierarchy = "hierarchy";
inline constexpr std::string_view articulation = "articulation";
inline constexpr std::string_view brokerage_coordinator = "brokerage_coordinator";
inline constexpr std::string_view brokerage_itinerant = "brokerage_itinerant";
inline constexpr std::string_view brokerage_representative = "brokerage_representative";
inline constexpr std::string_view brokerage_gatekeeper = "brokerage_gatekeeper";
inline constexpr std::string_view brokerage_liaison = "brokerage_liaison";
inline constexpr std::string_view community = "community";
inline constexpr std::string_view cascade_impact = "cascade_impact";
inline constexpr std::string_view key_score = "key_score";
}  // namespace col

namespace field {
inline constexpr std::string_view enterprises = "enterprises";
inline constexpr std::string_view exchanges = "exchanges";
inline constexpr std::string_view ties = "ties";
inline constexpr std::string_view density = "density";
inline constexpr std::string_view density_undirected = "density_undirected";
inline constexpr std::string_view reciprocity = "reciprocity";
inline constexpr std::string_view transitivity = "transitivity";
inline constexpr std::string_view average_clustering = "average_clustering";
inline constexpr std::string_view weak_components = "weak_components";
inline constexpr std::string_view strong_components = "strong_components";
inline constexpr std::string_view largest_component_share = "largest_component_share";
inline constexpr std::string_view average_path_length = "average_path_length";
inline constexpr std::string_view diameter = "diameter";
inline constexpr std::string_view global_efficiency = "global_efficiency";
inline constexpr std::string_view degree_centralization = "degree_centralization";
inline constexpr std::string_view out_degree_centralization = "out_degree_centralization";
inline constexpr std::string_view in_degree_centralization = "in_degree_centralization";
inline constexpr std::string_view betweenness_centralization = "betweenness_centralization";
inline constexpr std::string_view connectance = "connectance";
inline constexpr std::string_view linkage_density = "linkage_density";
inline constexpr std::string_view cyclicity = "cyclicity";
inline constexpr std::string_view modularity = "modularity";
inline constexpr std::string_view typology = "typology";
}  // namespace field

}  // namespace symbio::net
