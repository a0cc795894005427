#include "network/detail/scc.hpp"

#include <algorithm>

namespace symbio::net::detail {

StrongComponents strong_components(const LayerView& view) {
  const auto n = static_cast<std::size_t>(view.n());
  constexpr std::int64_t kUnvisited = -1;
  StrongComponents result;
  result.component.assign(n, kUnvisited);
  std::vector<std::int64_t> index(n, kUnvisited);
  std::vector<std::int64_t> low(n, 0);
  std::vector<char> on_stack(n, 0);
  std::vector<Vertex> stack;
  // The explicit call stack: a vertex and the position of the next out-neighbour to visit.
  std::vector<std::pair<Vertex, std::size_t>> calls;
  std::int64_t next_index = 0;

  for (std::size_t root = 0; root < n; ++root) {
    if (index[root] != kUnvisited) continue;
    calls.emplace_back(static_cast<Vertex>(root), 0);
    index[root] = low[root] = next_index++;
    stack.push_back(static_cast<Vertex>(root));
    on_stack[root] = 1;
    while (!calls.empty()) {
      const Vertex v = calls.back().first;
      const auto vi = static_cast<std::size_t>(v);
      const auto row = view.out(v);
      if (calls.back().second < row.size()) {
        const auto w = static_cast<std::size_t>(row[calls.back().second++]);
        if (index[w] == kUnvisited) {
          index[w] = low[w] = next_index++;
          stack.push_back(static_cast<Vertex>(w));
          on_stack[w] = 1;
          calls.emplace_back(static_cast<Vertex>(w), 0);
        } else if (on_stack[w] != 0) {
          low[vi] = std::min(low[vi], index[w]);
        }
        continue;
      }
      if (low[vi] == index[vi]) {
        Vertex w = 0;
        do {
          w = stack.back();
          stack.pop_back();
          on_stack[static_cast<std::size_t>(w)] = 0;
          result.component[static_cast<std::size_t>(w)] = result.count;
        } while (w != v);
        ++result.count;
      }
      calls.pop_back();
      if (!calls.empty()) {
        const auto parent = static_cast<std::size_t>(calls.back().first);
        low[parent] = std::min(low[parent], low[vi]);
      }
    }
  }
  return result;
}

}  // namespace symbio::net::detail
