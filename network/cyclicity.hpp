#pragma once

#include "network/graph.hpp"

namespace symbio::net {

// Cyclicity (Fath and Halnes 2007; used for eco-industrial parks by Layton, Bras and Weissburg
// 2016): the spectral radius of the binary adjacency matrix of D. 0 when D has no cycle, 1 when
// its cycles are simple and disjoint, above 1 when cycles nest. Computed on each strongly
// connected component (the radius of D is the largest of its components'), by power iteration
// on the component's matrix shifted to avoid periodic oscillation.
double compute_cyclicity(const LayerView& view);

}  // namespace symbio::net
