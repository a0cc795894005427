#include "network/conventions.hpp"

namespace symbio::net {

const std::vector<Convention>& enterprise_conventions() {
  static const std::vector<Convention> table = {
      {"in_degree", "入度", "distinct suppliers in D (the simple directed graph of the layer)",
       "D（该层的简单有向图）中不同供应方的个数"},
      {"out_degree", "出度", "distinct receivers in D", "D 中不同接收方的个数"},
      {"degree", "度", "distinct partners in U (the undirected graph of the layer)",
       "U（该层的无向图）中不同合作伙伴的个数"},
      {"in_degree_norm", "标准化入度", "in_degree / (n-1); empty when n < 2",
       "入度 / (n-1)；n < 2 时为空"},
      {"out_degree_norm", "标准化出度", "out_degree / (n-1); empty when n < 2",
       "出度 / (n-1)；n < 2 时为空"},
      {"degree_norm", "标准化度", "degree / (n-1); empty when n < 2", "度 / (n-1)；n < 2 时为空"},
      {"in_strength", "入强度",
       "sum of inbound tie weights of W in the layer's canonical unit; empty when the layer has "
       "no complete quantities",
       "W 中流入联系的权重之和，采用该层的标准单位；该层数量不完整时为空"},
      {"out_strength", "出强度", "sum of outbound tie weights of W; empty as in_strength",
       "W 中流出联系的权重之和；为空的条件同入强度"},
      {"betweenness", "中介中心性",
       "Brandes betweenness on D, unweighted, raw sum of pair dependencies over ordered pairs "
       "(NetworkX betweenness_centrality(normalized=False), igraph betweenness(directed=True))",
       "D 上的 Brandes 中介中心性，不加权，对有序企业对的对依赖度直接求和（同 NetworkX "
       "`betweenness_centrality(normalized=False)`、igraph `betweenness(directed=True)`）"},
      {"betweenness_norm", "标准化中介中心性",
       "betweenness / ((n-1)(n-2)) (NetworkX normalized=True on a DiGraph); empty when n < 3",
       "中介中心性 / ((n-1)(n-2))（同 NetworkX 有向图的 `normalized=True`）；n < 3 时为空"},
      {"closeness_out", "出接近中心性",
       "Wasserman-Faust closeness on D over the r enterprises reachable from i: (r/(n-1)) * (r / "
       "sum of distances); 0 when r = 0 (NetworkX closeness_centrality on the reversed graph)",
       "D 上按 i 可到达的 r 家企业计算的 Wasserman-Faust 接近中心性：(r/(n-1)) × (r / 距离之和)；r "
       "= 0 时为 0（同 NetworkX 在反向图上的 `closeness_centrality`）"},
      {"closeness_in", "入接近中心性",
       "Wasserman-Faust closeness on D over the r enterprises that reach i (NetworkX "
       "closeness_centrality, wf_improved=True)",
       "D 上按可到达 i 的 r 家企业计算的 Wasserman-Faust 接近中心性（同 NetworkX "
       "`closeness_centrality`，`wf_improved=True`）"},
      {"harmonic_out", "出调和中心性", "sum over j != i of 1/d(i,j) on D, divided by n-1",
       "D 上对所有 j ≠ i 的 1/d(i,j) 求和，再除以 n-1"},
      {"harmonic_in", "入调和中心性",
       "sum over j != i of 1/d(j,i) on D, divided by n-1 (NetworkX harmonic_centrality / (n-1))",
       "D 上对所有 j ≠ i 的 1/d(j,i) 求和，再除以 n-1（同 NetworkX `harmonic_centrality` / "
       "(n-1)）"},
      {"pagerank", "PageRank",
       "PageRank on D, damping 0.85, uniform teleport, dangling enterprises spread uniformly, "
       "sums to 1",
       "D 上的 PageRank：阻尼系数 0.85，均匀跳转，无出边企业均匀分配，总和为 1"},
      {"pagerank_w", "加权PageRank",
       "PageRank on W with tie weights as strengths; empty when the layer has no W",
       "以联系权重为强度在 W 上计算的 PageRank；该层无 W 时为空"},
      {"hub", "枢纽值", "HITS hub score on D, scaled to max 1; empty when the layer has no ties",
       "D 上的 HITS 枢纽得分，最大值缩放为 1；该层无联系时为空"},
      {"authority", "权威值", "HITS authority score on D, scaled to max 1; empty without ties",
       "D 上的 HITS 权威得分，最大值缩放为 1；无联系时为空"},
      {"core_number", "核数", "k-core number on U (Batagelj-Zaversnik)",
       "U 上的 k-核数（Batagelj-Zaversnik 算法）"},
      {"clustering", "聚类系数",
       "local clustering coefficient on U: triangles / (k(k-1)/2); 0 when degree < 2",
       "U 上的局部聚类系数：三角形数 / (k(k-1)/2)；度小于 2 时为 0"},
      {"constraint", "约束度",
       "Burt's constraint on D, binary: sum over partners j of (p_ij + sum_q p_iq p_qj)^2 with "
       "p_ij = (a_ij + a_ji) / sum_q (a_iq + a_qi); empty for isolates (unlike NetworkX, defined "
       "for enterprises without out-ties)",
       "D 上的 Burt 约束度（二值）：对伙伴 j 求 (p_ij + Σ_q p_iq p_qj)² 之和，其中 p_ij = (a_ij + "
       "a_ji) / Σ_q (a_iq + a_qi)；孤立企业为空（与 NetworkX 不同，无流出联系的企业也有定义）"},
      {"effective_size", "有效规模",
       "Burt's effective size (Borgatti's general form, NetworkX's formula) on D: sum_j (1 - "
       "sum_q p_iq m_jq), m_jq = (a_jq + a_qj) / max_k (a_jk + a_kj); empty for isolates",
       "D 上的 Burt 有效规模（Borgatti 的一般形式，同 NetworkX 的公式）：Σ_j (1 - Σ_q p_iq "
       "m_jq)，m_jq = (a_jq + a_qj) / max_k (a_jk + a_kj)；孤立企业为空"},
      {"efficiency", "效率", "effective_size / degree; empty for isolates",
       "有效规模 / 度；孤立企业为空"},
      {"hierarchy", "等级度",
       "Burt's hierarchy: sum_j (c_ij/(C/N)) ln(c_ij/(C/N)) / (N ln N), N = degree, C = "
       "constraint; empty when N < 2",
       "Burt 等级度：Σ_j (c_ij/(C/N)) ln(c_ij/(C/N)) / (N ln N)，N 为度，C 为约束度；N < 2 时为空"},
      {"articulation", "割点", "true if removing the enterprise increases the components of U",
       "移除该企业会使 U 的连通分量增加时为“是”"},
      {"brokerage_coordinator", "协调人",
       "Gould-Fernandez open two-paths a -> i -> b (no tie a -> b) with a, i, b in one sector",
       "Gould-Fernandez 开放二步路径 a → i → b（a 与 b 之间无联系）中 a、i、b 同属一个行业的个数"},
      {"brokerage_itinerant", "顾问", "a and b in one sector, i in another",
       "a 与 b 同属一个行业，i 属另一行业"},
      {"brokerage_representative", "代理人", "a in i's sector, b in another",
       "a 与 i 同行业，b 属另一行业"},
      {"brokerage_gatekeeper", "守门人", "b in i's sector, a in another",
       "b 与 i 同行业，a 属另一行业"},
      {"brokerage_liaison", "联络人", "a, i and b in three different sectors",
       "a、i、b 分属三个不同行业"},
      {"community", "社区",
       "community label on U from Louvain (or Leiden) maximising modularity, seeded; labels "
       "numbered by each community's smallest enterprise",
       "U 上由 Louvain（或 "
       "Leiden）算法最大化模块度得到的社区标签，带随机种子；标签按各社区中最小的企业编号排序"},
      {"cascade_impact", "级联影响",
       "(enterprises failed when this one fails alone - 1) / (n - 1), supply-shortage cascade "
       "with the analysis's default threshold over supply and outlet dependencies "
       "(substitutable exchanges carry none; docs/methods.md)",
       "(该企业单独失效时失效的企业数 - 1) / (n - "
       "1)：供给短缺级联，采用分析的默认阈值，考虑供给和出路两类依赖（可替代的交换不构成依赖；见 "
       "docs/methods.md）"},
      {"key_score", "关键企业指数",
       "mean of the percentile ranks of degree, betweenness, pagerank and cascade_impact, in "
       "[0, 1]",
       "度、中介中心性、PageRank 和级联影响的百分位排名的平均值，取值 [0, 1]"},
  };
  return table;
}

const std::vector<Convention>& park_conventions() {
  static const std::vector<Convention> table = {
      {"enterprises", "企业数", "n: enterprises in the view, isolates and external actors included",
       "n：视图中的企业数，含孤立企业和外部单位"},
      {"exchanges", "交换数", "exchange records of the view (self-exchanges left out)",
       "视图中的交换记录数（不含企业对自身的交换）"},
      {"ties", "联系数", "m: ties of D (parallel exchanges collapsed)",
       "m：D 中的联系数（同向的多条交换合并为一条）"},
      {"density", "网络密度", "m / (n(n-1))", "m / (n(n-1))：实际联系数与可能的有向联系数之比"},
      {"density_undirected", "无向密度", "edges of U / (n(n-1)/2)", "U 的边数 / (n(n-1)/2)"},
      {"reciprocity", "互惠性", "share of ties of D whose reverse tie exists; empty when m = 0",
       "D 中存在反向联系的联系所占比例；m = 0 时为空"},
      {"transitivity", "传递性", "3 x triangles / connected triples of U",
       "3 × 三角形数 / U 中连通三元组数"},
      {"average_clustering", "平均聚类系数",
       "mean local clustering over all enterprises (0 for degree < 2)",
       "所有企业局部聚类系数的平均值（度小于 2 的企业计为 0）"},
      {"weak_components", "弱连通分量数", "weakly connected components of D", "D 的弱连通分量数"},
      {"strong_components", "强连通分量数", "strongly connected components of D",
       "D 的强连通分量数"},
      {"largest_component_share", "最大分量占比", "enterprises in the largest weak component / n",
       "最大弱连通分量中的企业数 / n"},
      {"average_path_length", "平均路径长度",
       "mean of d(i,j) on D over ordered pairs with a path (unreachable pairs left out)",
       "D 上存在路径的有序企业对之间 d(i,j) 的平均值（不可达的企业对不计）"},
      {"diameter", "直径", "max of d(i,j) on D over ordered pairs with a path",
       "D 上存在路径的有序企业对之间 d(i,j) 的最大值"},
      {"global_efficiency", "全局效率", "sum over ordered pairs of 1/d(i,j) on D / (n(n-1))",
       "D 上对所有有序企业对的 1/d(i,j) 求和，再除以 n(n-1)"},
      {"degree_centralization", "度中心势", "Freeman on U: sum_i (k_max - k_i) / ((n-1)(n-2))",
       "U 上的 Freeman 度中心势：Σ_i (k_max - k_i) / ((n-1)(n-2))"},
      {"out_degree_centralization", "出度中心势", "sum_i (max - d_i) / (n-1)^2 on D",
       "D 上 Σ_i (最大出度 - d_i) / (n-1)²"},
      {"in_degree_centralization", "入度中心势", "sum_i (max - d_i) / (n-1)^2 on D",
       "D 上 Σ_i (最大入度 - d_i) / (n-1)²"},
      {"betweenness_centralization", "中介中心势",
       "Freeman on U: b'_i = 2 b_i / ((n-1)(n-2)), sum_i (b'_max - b'_i) / (n-1)",
       "U 上的 Freeman 中介中心势：b'_i = 2 b_i / ((n-1)(n-2))，Σ_i (b'_max - b'_i) / (n-1)"},
      {"connectance", "连接度", "m / n^2 (food-web convention)", "m / n²（食物网的约定）"},
      {"linkage_density", "链接密度", "m / n", "m / n：平均每家企业的联系数"},
      {"cyclicity", "循环度",
       "spectral radius of the adjacency matrix of D: 0 no cycle, 1 simple cycles, > 1 nested",
       "D 的邻接矩阵的谱半径：0 表示无循环，1 表示只有简单循环，大于 1 表示嵌套循环"},
      {"modularity", "模块度", "Newman modularity of the community partition on U",
       "U 上社区划分的 Newman 模块度"},
      {"typology", "网络类型",
       "weak completeness, anchor tenant or equality-oriented from density and degree "
       "centralization (Zhang Yan et al. 2016)",
       "按网络密度和度中心势划分的弱完备型、核心企业主导型或平等型（Zhang Yan 等 2016）"},
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
