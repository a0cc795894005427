#pragma once

#include <span>
#include <string>
#include <vector>

#include "network/graph.hpp"

namespace symbio::net {

// Vertex indices of enterprise ids, in the given order; throws OptionError naming an unknown id.
// O(k) hash look-ups for k ids.
std::vector<Vertex> vertices_of(const SymbiosisGraph& graph, std::span<const std::string> ids);

}  // namespace symbio::net
