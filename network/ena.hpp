#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace symbio::net {

// The flows of one layer between the internal enterprises that take part in it, as ecological
// network analysis reads them: nodes 0..n-1, internal flows i -> j (i != j; parallel entries are
// added), and each node's flows from (imports) and to (exports) the boundary actors.
struct EnaFlow {
  std::int32_t from = 0;
  std::int32_t to = 0;
  double amount = 0.0;
};
struct EnaInput {
  std::int32_t n = 0;
  std::vector<EnaFlow> flows;
  std::vector<double> imports;  // n entries
  std::vector<double> exports;  // n entries
  // Cycling needs the diagonal of (I - G)^-1 of each strongly connected component; above this
  // many enterprises in one component it is not computed (its enterprises' cycling is NaN, FCI
  // is undefined). Selected inversion makes the component of 6,886 enterprises of the synthetic
  // park of 10,000 a fraction of a second, but its cost grows with the dense core of the
  // factors, about as the cube of the component's size on those parks: 20,420 enterprises take
  // 11 to 17 s (a dense block of 2,864), 70,000 would take many minutes (bench/README.md, flows).
  std::int32_t max_cycling_component = 20000;
};

// Ecological network analysis with the conventions of enaR 2.x (enaFlow, enaAscendency;
// Finn 1976, Ulanowicz 2004). With f_ij the internal flows, in_j = sum_i f_ij + imp_j and
// out_j = sum_k f_jk + exp_j, the boundary flows balance every node: z_j = imp_j +
// max(0, out_j - in_j), y_j = exp_j + max(0, in_j - out_j), so T_j = sum_i f_ij + z_j =
// max(in_j, out_j). Then boundary = sum z, TST = sum T, TSTp = sum f + sum z + sum y,
// APL = TST / boundary; G_ij = f_ij / T_i (output-oriented), N = (I - G)^-1, cycling_j =
// (N_jj - 1) / N_jj, FCI = sum_j cycling_j T_j / TST. Information indices over the extended
// matrix t (n + 3 square: t_ij = f_ij, exports y in column n+1, no respiration in column n+2,
// imports z in row n+3), with row sums t_i. and column sums t_.j, over t_ij > 0:
// AMI = sum (t_ij / TSTp) log2(t_ij TSTp / (t_i. t_.j)), ascendency A = TSTp AMI, overhead
// = -sum t_ij log2(t_ij^2 / (t_i. t_.j)), capacity C = -sum t_ij log2(t_ij / TSTp),
// A/C, robustness = -(A/C) ln(A/C) (Ulanowicz 2009).
// Undefined values are nullopt: APL without boundary flow, every index of an empty network,
// A/C without capacity, robustness when A/C is 0. Cycling needs N only on the diagonal, and
// N_jj depends only on j's strongly connected component (every closed walk through j stays in
// it), so each non-trivial component is solved on its own (detail/linear_solve.hpp: dense LU
// when small, selected inversion of an L D U factorization otherwise); an enterprise on no
// cycle has N_jj = 1 exactly (no closed walk through it: N_jj = sum_k (G^k)_jj = (G^0)_jj).
// O(m + sum over components of their LU cost). Throws std::invalid_argument for a negative or
// non-finite flow, a self-flow, or a node outside 0..n-1.
struct EnaResult {
  std::vector<double> throughflow;   // T_j
  std::vector<double> cycling;       // (N_jj - 1) / N_jj
  std::vector<double> boundary_in;   // z_j
  std::vector<double> boundary_out;  // y_j
  double boundary = 0.0;
  double tst = 0.0;
  double tstp = 0.0;
  std::optional<double> apl;
  std::optional<double> fci;
  std::optional<double> ami;
  std::optional<double> ascendency;
  std::optional<double> overhead;
  std::optional<double> capacity;
  std::optional<double> asc_cap;
  std::optional<double> robustness;
  // The size of the largest component whose cycling was not computed (0: every one was).
  std::int32_t cycling_skipped_component = 0;
};
EnaResult compute_ena(const EnaInput& input);

}  // namespace symbio::net
