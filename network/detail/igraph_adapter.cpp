#include "network/detail/igraph_adapter.hpp"

#include <igraph/igraph.h>

#include <cmath>
#include <mutex>
#include <stdexcept>
#include <string>

namespace symbio::net::detail {

namespace {

std::mutex& igraph_mutex() {
  static std::mutex mutex;
  return mutex;
}

// igraph's default error handler aborts the process and its warning handler prints to stderr;
// the library must do neither (library code never prints). The ignore handler frees igraph's own
// temporaries and returns the error code, which check() turns into an exception.
void install_handlers() {
  static std::once_flag once;
  std::call_once(once, [] {
    igraph_set_error_handler(igraph_error_handler_ignore);
    igraph_set_warning_handler(igraph_warning_handler_ignore);
  });
}

void check(igraph_error_t code, const char* what) {
  if (code != IGRAPH_SUCCESS) {
    throw std::runtime_error(std::string("igraph: ") + what + " failed: " + igraph_strerror(code));
  }
}

class IntVector {
 public:
  explicit IntVector(igraph_integer_t size) {
    check(igraph_vector_int_init(&v_, size), "igraph_vector_int_init");
  }
  ~IntVector() { igraph_vector_int_destroy(&v_); }
  IntVector(const IntVector&) = delete;
  IntVector& operator=(const IntVector&) = delete;
  igraph_vector_int_t* get() { return &v_; }
  igraph_integer_t& operator[](igraph_integer_t i) { return VECTOR(v_)[i]; }
  igraph_integer_t size() const { return igraph_vector_int_size(&v_); }

 private:
  igraph_vector_int_t v_;
};

class RealVector {
 public:
  explicit RealVector(igraph_integer_t size) {
    check(igraph_vector_init(&v_, size), "igraph_vector_init");
  }
  ~RealVector() { igraph_vector_destroy(&v_); }
  RealVector(const RealVector&) = delete;
  RealVector& operator=(const RealVector&) = delete;
  igraph_vector_t* get() { return &v_; }
  igraph_real_t& operator[](igraph_integer_t i) { return VECTOR(v_)[i]; }

 private:
  igraph_vector_t v_;
};

class Graph {
 public:
  explicit Graph(const UndirectedEdges& graph) {
    IntVector edges(static_cast<igraph_integer_t>(2 * graph.edges.size()));
    igraph_integer_t k = 0;
    for (const auto& [u, v] : graph.edges) {
      edges[k++] = u;
      edges[k++] = v;
    }
    check(
        igraph_create(&g_, edges.get(), static_cast<igraph_integer_t>(graph.n), IGRAPH_UNDIRECTED),
        "igraph_create");
  }
  ~Graph() { igraph_destroy(&g_); }
  Graph(const Graph&) = delete;
  Graph& operator=(const Graph&) = delete;
  const igraph_t* get() const { return &g_; }

 private:
  igraph_t g_;
};

std::vector<std::int64_t> to_std(IntVector& membership) {
  std::vector<std::int64_t> result(static_cast<std::size_t>(membership.size()));
  for (std::size_t i = 0; i < result.size(); ++i)
    result[i] = static_cast<std::int64_t>(membership[static_cast<igraph_integer_t>(i)]);
  return result;
}

void require_edges(const UndirectedEdges& graph, const char* what) {
  if (graph.edges.empty()) {
    throw std::invalid_argument(std::string(what) + " needs a graph with at least one edge");
  }
}

}  // namespace

UndirectedEdges undirected_edges(const LayerView& view) {
  UndirectedEdges result;
  result.n = view.n();
  result.edges.reserve(static_cast<std::size_t>(view.undirected_edge_count()));
  for (Vertex u = 0; u < view.n(); ++u) {
    for (const Vertex v : view.neighbors(u)) {
      if (u < v) result.edges.emplace_back(u, v);
    }
  }
  return result;
}

std::vector<std::int64_t> louvain_membership(const UndirectedEdges& graph, double resolution,
                                             std::uint64_t seed) {
  require_edges(graph, "Louvain");
  install_handlers();
  const std::lock_guard lock(igraph_mutex());
  const Graph g(graph);
  IntVector membership(0);
  check(igraph_rng_seed(igraph_rng_default(), static_cast<igraph_uint_t>(seed)), "igraph_rng_seed");
  check(
      igraph_community_multilevel(g.get(), nullptr, resolution, membership.get(), nullptr, nullptr),
      "igraph_community_multilevel");
  return to_std(membership);
}

std::vector<std::int64_t> leiden_membership(const UndirectedEdges& graph, double resolution,
                                            std::uint64_t seed) {
  require_edges(graph, "Leiden");
  install_handlers();
  const std::lock_guard lock(igraph_mutex());
  const Graph g(graph);
  const auto n = static_cast<igraph_integer_t>(graph.n);
  // igraph's Leiden quality is sum_ij (A_ij - gamma n_i n_j) delta(c_i, c_j); with n_i = k_i and
  // gamma = resolution / (2m) it is 2m times the (generalised) modularity.
  RealVector degree(n);
  for (const auto& [u, v] : graph.edges) {
    degree[u] += 1.0;
    degree[v] += 1.0;
  }
  const double two_m = 2.0 * static_cast<double>(graph.edges.size());
  IntVector membership(n);
  igraph_integer_t clusters = 0;
  igraph_real_t quality = 0.0;
  check(igraph_rng_seed(igraph_rng_default(), static_cast<igraph_uint_t>(seed)), "igraph_rng_seed");
  // "Until stable" is our own loop, not n_iterations = -1: igraph 0.10.2 inverts that test and
  // iterates until an iteration *changes* the partition, forever on a stable one (igraph issue
  // 2798, fixed upstream in 2025). Leiden never lowers the quality, so one-iteration runs continue
  // from the last partition until an iteration changes nothing or gains nothing; the cap guards
  // against a random refinement that keeps swapping equivalent partitions.
  constexpr int kMaxIterations = 100;
  std::vector<std::int64_t> previous;
  for (int iteration = 0; iteration < kMaxIterations; ++iteration) {
    const igraph_real_t before = quality;
    check(igraph_community_leiden(g.get(), nullptr, degree.get(), resolution / two_m, 0.01,
                                  /*start=*/iteration > 0, /*n_iterations=*/1, membership.get(),
                                  &clusters, &quality),
          "igraph_community_leiden");
    std::vector<std::int64_t> current = to_std(membership);
    const bool unchanged = current == previous;
    const bool no_gain = iteration > 0 && quality <= before + 1e-12 * std::abs(before);
    previous = std::move(current);
    if (unchanged || no_gain) break;
  }
  return previous;
}

double igraph_modularity_of(const UndirectedEdges& graph,
                            const std::vector<std::int64_t>& membership, double resolution) {
  install_handlers();
  if (membership.size() != static_cast<std::size_t>(graph.n)) {
    throw std::invalid_argument("igraph_modularity_of: one label per vertex is needed");
  }
  const std::lock_guard lock(igraph_mutex());
  const Graph g(graph);
  IntVector labels(static_cast<igraph_integer_t>(membership.size()));
  for (std::size_t i = 0; i < membership.size(); ++i)
    labels[static_cast<igraph_integer_t>(i)] = static_cast<igraph_integer_t>(membership[i]);
  igraph_real_t q = 0.0;
  check(igraph_modularity(g.get(), labels.get(), nullptr, resolution, /*directed=*/false, &q),
        "igraph_modularity");
  return static_cast<double>(q);
}

}  // namespace symbio::net::detail
