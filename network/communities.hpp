#pragma once

#include <cstdint>
#include <vector>

#include "network/graph.hpp"

namespace symbio::net {

enum class CommunityAlgorithm { louvain, leiden };

struct CommunityOptions {
  CommunityAlgorithm algorithm = CommunityAlgorithm::louvain;
  double resolution = 1.0;
  std::uint64_t seed = 42;
};

// Communities on U maximising modularity (Louvain: Blondel et al. 2008; Leiden: Traag et al.
// 2019, with the modularity objective), through igraph. Labels are renumbered 0, 1, ... in
// order of each community's smallest member, so equal input and seed give equal labels.
// Isolates form their own communities.
struct CommunityResult {
  std::vector<std::int64_t> label;
  double modularity = 0.0;  // Newman's modularity of the partition on U (0 when U has no edge)
};

CommunityResult detect_communities(const LayerView& view, const CommunityOptions& options = {});

// Newman-Girvan modularity of a given partition on U, resolution 1 (0 when U has no edge).
double compute_modularity(const LayerView& view, const std::vector<std::int64_t>& label);

}  // namespace symbio::net
