#include "network/conventions.hpp"

namespace symbio::net {

const std::vector<Convention>& enterprise_conventions() {
  static const std::vector<Convention> table = {
      {"in_degree", "入度", "distinct suppliers in D (the simple directed graph of the layer)"},
      {"out_degree", "出度", "distinct receivers in D"},
      {"degree", "度", "distinct partners in U (the undirected graph of the layer)"},
      {"in_degree_norm", "标准化入度", "in_degree / (n-1); empty when n < 2"},
      {"out_degree_norm", "标准化出度", "out_degree / (n-1); empty when n < 2"},
      {"degree_norm", "标准化度", "degree / (n-1); empty when n < 2"},
      {"in_strength", "入强度",
       "sum of inbound tie weights of W in the layer's canonical unit; empty when the layer has "
       "no complete quantities"},
      {"out_strength", "出强度", "sum of outbound tie weights of W; empty as in_strength"},
      {"betweenness", "中介中心性",
       "Brandes betweenness on D, unweighted, raw sum of pair dependencies over ordered pairs "
       "(NetworkX betweenness_centrality(normalized=False), igraph betweenness(directed=True))"},
      {"betweenness_norm", "标准化中介中心性",
       "betweenness / ((n-1)(n-2)) (NetworkX normalized=True on a DiGraph); empty when n < 3"},
      {"closeness_out", "出接近中心性",
       "Wasserman-Faust closeness on D over the r enterprises reachable from i: (r/(n-1)) * (r / "
       "sum of distances); 0 when r = 0 (NetworkX closeness_centrality on the reversed graph)"},
      {"closeness_in", "入接近中心性",
       "Wasserman-Faust closeness on D over the r enterprises that reach i (NetworkX "
       "closeness_centrality, wf_improved=True)"},
      {"harmonic_out", "出调和中心性", "sum over j != i of 1/d(i,j) on D, divided by n-1"},
      {"harmonic_in", "入调和中心性",
       "sum over j != i of 1/d(j,i) on D, divided by n-1 (NetworkX harmonic_centrality / (n-1))"},
      {"pagerank", "PageRank",
       "PageRank on D, damping 0.85, uniform teleport, dangling enterprises spread uniformly, "
       "sums to 1"},
      {"pagerank_w", "加权PageRank",
       "PageRank on W with tie weights as strengths; empty when the layer has no W"},
      {"hub", "枢纽值", "HITS hub score on D, scaled to max 1; empty when the layer has no ties"},
      {"authority", "权威值", "HITS authority score on D, scaled to max 1; empty without ties"},
      {"core_number", "核数", "k-core number on U (Batagelj-Zaversnik)"},
      {"clustering", "聚类系数",
       "local clustering coefficient on U: triangles / (k(k-1)/2); 0 when degree < 2"},
      {"constraint", "约束度",
       "Burt's constraint on D, binary: sum over partners j of (p_ij + sum_q p_iq p_qj)^2 with "
       "p_ij = (a_ij + a_ji) / sum_q (a_iq + a_qi); empty for isolates (unlike NetworkX, defined "
       "for enterprises without out-ties)"},
      {"effective_size", "有效规模",
       "Burt's effective size (Borgatti's general form, NetworkX's formula) on D: sum_j (1 - "
       "sum_q p_iq m_jq), m_jq = (a_jq + a_qj) / max_k (a_jk + a_kj); empty for isolates"},
      {"efficiency", "效率", "effective_size / degree; empty for isolates"},
      {"hierarchy", "等级度",
       "Burt's hierarchy: sum_j (c_ij/(C/N)) ln(c_ij/(C/N)) / (N ln N), N = degree, C = "
       "constraint; empty when N < 2"},
      {"articulation", "割点", "true if removing the enterprise increases the components of U"},
      {"brokerage_coordinator", "协调人",
       "Gould-Fernandez open two-paths a -> i -> b (no tie a -> b) with a, i, b in one sector"},
      {"brokerage_itinerant", "顾问", "a and b in one sector, i in another"},
      {"brokerage_representative", "代理人", "a in i's sector, b in another"},
      {"brokerage_gatekeeper", "守门人", "b in i's sector, a in another"},
      {"brokerage_liaison", "联络人", "a, i and b in three different sectors"},
      {"community", "社区",
       "community label on U from Louvain (or Leiden) maximising modularity, seeded; labels "
       "numbered by each community's smallest enterprise"},
      {"cascade_impact", "级联影响",
       "(enterprises failed when this one fails alone - 1) / (n - 1), supply-shortage cascade "
       "with the analysis's default threshold over supply and outlet dependencies "
       "(substitutable exchanges carry none; docs/methods.md)"},
      {"key_score", "关键企业指数",
       "mean of the percentile ranks of degree, betweenness, pagerank and cascade_impact, in "
       "[0, 1]"},
  };
  return table;
}

const std::vector<Convention>& park_conventions() {
  static const std::vector<Convention> table = {
      {"enterprises", "企业数",
       "n: enterprises in the view, isolates and external actors included"},
      {"exchanges", "交换数", "exchange records of the view (self-exchanges left out)"},
      {"ties", "联系数", "m: ties of D (parallel exchanges collapsed)"},
      {"density", "网络密度", "m / (n(n-1))"},
      {"density_undirected", "无向密度", "edges of U / (n(n-1)/2)"},
      {"reciprocity", "互惠性", "share of ties of D whose reverse tie exists; empty when m = 0"},
      {"transitivity", "传递性", "3 x triangles / connected triples of U"},
      {"average_clustering", "平均聚类系数",
       "mean local clustering over all enterprises (0 for degree < 2)"},
      {"weak_components", "弱连通分量数", "weakly connected components of D"},
      {"strong_components", "强连通分量数", "strongly connected components of D"},
      {"largest_component_share", "最大分量占比", "enterprises in the largest weak component / n"},
      {"average_path_length", "平均路径长度",
       "mean of d(i,j) on D over ordered pairs with a path (unreachable pairs left out)"},
      {"diameter", "直径", "max of d(i,j) on D over ordered pairs with a path"},
      {"global_efficiency", "全局效率", "sum over ordered pairs of 1/d(i,j) on D / (n(n-1))"},
      {"degree_centralization", "度中心势", "Freeman on U: sum_i (k_max - k_i) / ((n-1)(n-2))"},
      {"out_degree_centralization", "出度中心势", "sum_i (max - d_i) / (n-1)^2 on D"},
      {"in_degree_centralization", "入度中心势", "sum_i (max - d_i) / (n-1)^2 on D"},
      {"betweenness_centralization", "中介中心势",
       "Freeman on U: b'_i = 2 b_i / ((n-1)(n-2)), sum_i (b'_max - b'_i) / (n-1)"},
      {"connectance", "连接度", "m / n^2 (food-web convention)"},
      {"linkage_density", "链接密度", "m / n"},
      {"cyclicity", "循环度",
       "spectral radius of the adjacency matrix of D: 0 no cycle, 1 simple cycles, > 1 nested"},
      {"modularity", "模块度", "Newman modularity of the community partition on U"},
      {"typology", "网络类型",
       "weak completeness, anchor tenant or equality-oriented from density and degree "
       "centralization (Zhang Yan et al. 2016)"},
  };
  return table;
}

const Convention* find_convention(std::string_view name) {
  for (const auto* table : {&enterprise_conventions(), &park_conventions()}) {
    for (const Convention& c : *table) {
      if (c.name == name) return &c;
    }
  }
  return nullptr;
}

}  // namespace symbio::net
