#include "network/cohesion.hpp"

#include <algorithm>

#include "network/detail/boost_graph.hpp"
#include "network/detail/scc.hpp"

namespace symbio::net {

namespace {

std::size_t idx(Vertex v) {
  return static_cast<std::size_t>(v);
}

// Triangles of U through each enterprise, by the forward algorithm (Schank and Wagner 2005):
// orient each edge towards the endpoint of higher (degree, index), so that every triangle is
// found exactly once, from its lowest vertex. O(m^1.5), which stays fast on hub-and-spoke parks
// where the naive neighbour-of-neighbour scan is quadratic in the hub's degree.
std::vector<std::int64_t> triangles_per_vertex(const LayerView& view) {
  const auto n = idx(view.n());
  auto higher = [&](Vertex a, Vertex b) {
    const auto da = view.neighbors(a).size();
    const auto db = view.neighbors(b).size();
    return da != db ? da > db : a > b;
  };
  std::vector<std::int64_t> offsets(n + 1, 0);
  std::vector<Vertex> forward;
  for (std::size_t u = 0; u < n; ++u) {
    for (const Vertex w : view.neighbors(static_cast<Vertex>(u))) {
      if (higher(w, static_cast<Vertex>(u))) forward.push_back(w);
    }
    offsets[u + 1] = static_cast<std::int64_t>(forward.size());
  }
  auto row = [&](std::size_t u) {
    return std::span<const Vertex>(forward.data() + offsets[u],
                                   static_cast<std::size_t>(offsets[u + 1] - offsets[u]));
  };
  std::vector<std::int64_t> triangles(n, 0);
  std::vector<std::int64_t> mark(n, -1);
  for (std::size_t u = 0; u < n; ++u) {
    for (const Vertex v : row(u))
      mark[idx(v)] = static_cast<std::int64_t>(u);
    for (const Vertex v : row(u)) {
      for (const Vertex w : row(idx(v))) {
        if (mark[idx(w)] != static_cast<std::int64_t>(u)) continue;
        ++triangles[u];
        ++triangles[idx(v)];
        ++triangles[idx(w)];
      }
    }
  }
  return triangles;
}

struct CutStructure {
  std::vector<bool> articulation;  // per enterprise
  std::vector<char> bridge_entry;  // per entry of the undirected CSR, both directions
};

// Biconnected components of U through Boost.Graph (Hopcroft and Tarjan 1973). An edge is a
// bridge exactly when its biconnected component has no other edge. Each undirected edge u - w
// (u < w) is handed over once and its two CSR entries are marked together.
CutStructure cut_structure(const LayerView& view) {
  const auto n = idx(view.n());
  const Csr& csr = view.undirected_csr();
  detail::EdgeList edges;
  std::vector<std::pair<std::int64_t, std::int64_t>> entries;  // entries u -> w and w -> u
  for (std::size_t u = 0; u < n; ++u) {
    const auto row = view.neighbors(static_cast<Vertex>(u));
    for (std::size_t k = 0; k < row.size(); ++k) {
      const Vertex w = row[k];
      if (idx(w) <= u) continue;
      const auto back = view.neighbors(w);
      const auto at =
          std::lower_bound(back.begin(), back.end(), static_cast<Vertex>(u)) - back.begin();
      edges.emplace_back(static_cast<std::int64_t>(u), w);
      entries.emplace_back(csr.begin(static_cast<Vertex>(u)) + static_cast<std::int64_t>(k),
                           csr.begin(w) + at);
    }
  }
  const detail::Biconnected bc =
      detail::biconnected_components(static_cast<std::int64_t>(n), edges);
  std::vector<std::int64_t> size(edges.size(), 0);
  for (const std::int64_t c : bc.component)
    ++size[static_cast<std::size_t>(c)];
  CutStructure result;
  result.articulation.assign(n, false);
  for (std::size_t v = 0; v < n; ++v)
    result.articulation[v] = bc.articulation[v] != 0;
  result.bridge_entry.assign(csr.targets.size(), 0);
  for (std::size_t e = 0; e < edges.size(); ++e) {
    if (size[static_cast<std::size_t>(bc.component[e])] != 1) continue;
    result.bridge_entry[static_cast<std::size_t>(entries[e].first)] = 1;
    result.bridge_entry[static_cast<std::size_t>(entries[e].second)] = 1;
  }
  return result;
}

}  // namespace

std::vector<std::int64_t> compute_core_numbers(const LayerView& view) {
  // Batagelj and Zaversnik (2003): vertices kept in an array sorted by current degree, with the
  // start of each degree bin; peeling the lowest vertex moves each higher neighbour one bin
  // down in O(1).
  const auto n = idx(view.n());
  std::vector<std::int64_t> degree(n, 0);
  std::int64_t max_degree = 0;
  for (std::size_t v = 0; v < n; ++v) {
    degree[v] = static_cast<std::int64_t>(view.neighbors(static_cast<Vertex>(v)).size());
    max_degree = std::max(max_degree, degree[v]);
  }
  std::vector<std::int64_t> bin_start(static_cast<std::size_t>(max_degree) + 1, 0);
  for (std::size_t v = 0; v < n; ++v)
    ++bin_start[static_cast<std::size_t>(degree[v])];
  std::int64_t start = 0;
  for (auto& b : bin_start) {
    const std::int64_t count = b;
    b = start;
    start += count;
  }
  std::vector<Vertex> order(n);
  std::vector<std::int64_t> position(n);
  for (std::size_t v = 0; v < n; ++v) {
    position[v] = bin_start[static_cast<std::size_t>(degree[v])]++;
    order[static_cast<std::size_t>(position[v])] = static_cast<Vertex>(v);
  }
  for (std::size_t d = bin_start.size(); d-- > 1;)
    bin_start[d] = bin_start[d - 1];
  if (!bin_start.empty()) bin_start[0] = 0;

  for (std::size_t i = 0; i < n; ++i) {
    const Vertex v = order[i];
    for (const Vertex u : view.neighbors(v)) {
      const auto ui = idx(u);
      if (degree[ui] <= degree[idx(v)]) continue;
      const auto du = static_cast<std::size_t>(degree[ui]);
      const auto pu = position[ui];
      const auto pw = bin_start[du];
      const Vertex w = order[static_cast<std::size_t>(pw)];
      if (u != w) {
        order[static_cast<std::size_t>(pu)] = w;
        order[static_cast<std::size_t>(pw)] = u;
        position[ui] = pw;
        position[idx(w)] = pu;
      }
      ++bin_start[du];
      --degree[ui];
    }
  }
  return degree;
}

std::vector<double> compute_local_clustering(const LayerView& view) {
  const auto triangles = triangles_per_vertex(view);
  std::vector<double> clustering(triangles.size(), 0.0);
  for (std::size_t v = 0; v < triangles.size(); ++v) {
    const auto k = static_cast<double>(view.neighbors(static_cast<Vertex>(v)).size());
    if (k >= 2.0) clustering[v] = 2.0 * static_cast<double>(triangles[v]) / (k * (k - 1.0));
  }
  return clustering;
}

double compute_transitivity(const LayerView& view) {
  const auto triangles = triangles_per_vertex(view);
  // Summed over vertices, each triangle counts three times: the 3 x triangles of the formula.
  std::int64_t closed = 0;
  std::int64_t triples = 0;
  for (std::size_t v = 0; v < triangles.size(); ++v) {
    const auto k = static_cast<std::int64_t>(view.neighbors(static_cast<Vertex>(v)).size());
    closed += triangles[v];
    triples += k * (k - 1) / 2;
  }
  return triples == 0 ? 0.0 : static_cast<double>(closed) / static_cast<double>(triples);
}

Components compute_components(const LayerView& view) {
  const auto n = idx(view.n());
  Components result;
  result.weak_label.assign(n, -1);
  std::vector<Vertex> queue;
  std::int64_t largest = 0;
  // Roots are taken in index order, so each root is the smallest member of its component.
  for (std::size_t root = 0; root < n; ++root) {
    if (result.weak_label[root] != -1) continue;
    ++result.weak;
    const auto label = static_cast<std::int64_t>(root);
    queue.assign(1, static_cast<Vertex>(root));
    result.weak_label[root] = label;
    for (std::size_t head = 0; head < queue.size(); ++head) {
      for (const Vertex w : view.neighbors(queue[head])) {
        if (result.weak_label[idx(w)] != -1) continue;
        result.weak_label[idx(w)] = label;
        queue.push_back(w);
      }
    }
    largest = std::max(largest, static_cast<std::int64_t>(queue.size()));
  }
  result.strong = detail::strong_components(view).count;
  result.largest_weak_share = n == 0 ? 0.0 : static_cast<double>(largest) / static_cast<double>(n);
  return result;
}

std::vector<bool> compute_articulation(const LayerView& view) {
  return cut_structure(view).articulation;
}

std::vector<bool> compute_bridges(const LayerView& view) {
  const CutStructure cut = cut_structure(view);
  const auto& ties = view.ties();
  std::vector<bool> bridge(ties.size(), false);
  for (std::size_t t = 0; t < ties.size(); ++t) {
    const auto row = view.neighbors(ties[t].supplier);
    const auto at = std::lower_bound(row.begin(), row.end(), ties[t].receiver) - row.begin();
    const auto entry = view.undirected_csr().begin(ties[t].supplier) + at;
    bridge[t] = cut.bridge_entry[static_cast<std::size_t>(entry)] != 0;
  }
  return bridge;
}

}  // namespace symbio::net
