#pragma once

#include <optional>
#include <vector>

#include "network/graph.hpp"

namespace symbio::net {

// Burt's (1992) structural-hole measures on D, binary (a_ij = 1 for a tie), exactly as
// docs/methods.md#enterprise-indicators defines them:
// p_ij = (a_ij + a_ji) / sum_q (a_iq + a_qi);
// constraint c_i = sum_j (p_ij + sum_{q != i,j} p_iq p_qj)^2 over partners j of i;
// effective size (Borgatti's general form, NetworkX's formula) with
// m_jq = (a_jq + a_qj) / max_k (a_jk + a_kj): sum_j (1 - sum_{q != i,j} p_iq m_jq);
// efficiency = effective size / degree (partners in U);
// hierarchy = sum_j (c_ij/(C/N)) ln(c_ij/(C/N)) / (N ln N), N = degree, nullopt when N < 2.
// Defined for every enterprise with a partner (unlike NetworkX, sinks included), nullopt for
// isolates. O(sum of degree^2).
struct StructuralHoles {
  std::vector<std::optional<double>> constraint;
  std::vector<std::optional<double>> effective_size;
  std::vector<std::optional<double>> efficiency;
  std::vector<std::optional<double>> hierarchy;
};

StructuralHoles compute_structural_holes(const LayerView& view);

}  // namespace symbio::net
