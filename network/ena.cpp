#include "network/ena.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "network/detail/linear_solve.hpp"

namespace symbio::net {

namespace {

struct Adjacency {
  std::vector<std::int64_t> offsets;
  std::vector<std::int32_t> targets;
  std::vector<double> amounts;
};

// Rows sorted by target with parallel flows added, so that every sum below runs in one order.
Adjacency build_adjacency(const EnaInput& input) {
  const auto n = static_cast<std::size_t>(input.n);
  std::vector<EnaFlow> flows = input.flows;
  std::sort(flows.begin(), flows.end(), [](const EnaFlow& a, const EnaFlow& b) {
    return a.from != b.from ? a.from < b.from : a.to < b.to;
  });
  Adjacency adj;
  adj.offsets.assign(n + 1, 0);
  for (std::size_t k = 0; k < flows.size(); ++k) {
    const EnaFlow& f = flows[k];
    if (k > 0 && flows[k - 1].from == f.from && flows[k - 1].to == f.to) {
      adj.amounts.back() += f.amount;
      continue;
    }
    adj.targets.push_back(f.to);
    adj.amounts.push_back(f.amount);
    ++adj.offsets[static_cast<std::size_t>(f.from) + 1];
  }
  for (std::size_t v = 1; v <= n; ++v)
    adj.offsets[v] += adj.offsets[v - 1];
  return adj;
}

// Tarjan's strongly connected components, iterative. component[v] in 0..count-1.
std::vector<std::int32_t> strong_components(std::int32_t n, const Adjacency& adj,
                                            std::int32_t& count) {
  const auto size = static_cast<std::size_t>(n);
  std::vector<std::int32_t> index(size, -1), low(size, 0), component(size, -1);
  std::vector<char> on_stack(size, 0);
  std::vector<std::int32_t> stack;
  std::vector<std::pair<std::int32_t, std::int64_t>> call;  // vertex, next edge
  std::int32_t next = 0;
  count = 0;
  for (std::int32_t root = 0; root < n; ++root) {
    if (index[static_cast<std::size_t>(root)] >= 0) continue;
    call.emplace_back(root, adj.offsets[static_cast<std::size_t>(root)]);
    index[static_cast<std::size_t>(root)] = low[static_cast<std::size_t>(root)] = next++;
    stack.push_back(root);
    on_stack[static_cast<std::size_t>(root)] = 1;
    while (!call.empty()) {
      auto& [v, e] = call.back();
      const auto vi = static_cast<std::size_t>(v);
      if (e < adj.offsets[vi + 1]) {
        const std::int32_t w = adj.targets[static_cast<std::size_t>(e++)];
        const auto wi = static_cast<std::size_t>(w);
        if (index[wi] < 0) {
          index[wi] = low[wi] = next++;
          stack.push_back(w);
          on_stack[wi] = 1;
          call.emplace_back(w, adj.offsets[wi]);
        } else if (on_stack[wi] != 0) {
          low[vi] = std::min(low[vi], index[wi]);
        }
        continue;
      }
      if (low[vi] == index[vi]) {
        std::int32_t w = -1;
        do {
          w = stack.back();
          stack.pop_back();
          on_stack[static_cast<std::size_t>(w)] = 0;
          component[static_cast<std::size_t>(w)] = count;
        } while (w != v);
        ++count;
      }
      const std::int32_t done = v;
      call.pop_back();
      if (!call.empty()) {
        const auto parent = static_cast<std::size_t>(call.back().first);
        low[parent] = std::min(low[parent], low[static_cast<std::size_t>(done)]);
      }
    }
  }
  return component;
}

// t log2(t * scale / (row * col)) with the enaR convention that empty entries add nothing.
void add_information(double t, double row, double col, double tstp, double& ami, double& overhead,
                     double& capacity) {
  if (!(t > 0.0)) return;
  ami += t / tstp * std::log2(t * tstp / (row * col));
  overhead -= t * std::log2(t * t / (row * col));
  capacity -= t * std::log2(t / tstp);
}

}  // namespace

EnaResult compute_ena(const EnaInput& input) {
  const std::int32_t n = input.n;
  const auto size = static_cast<std::size_t>(std::max(n, 0));
  if (n < 0 || input.imports.size() != size || input.exports.size() != size) {
    throw std::invalid_argument("compute_ena: imports and exports need one entry per node");
  }
  for (const EnaFlow& f : input.flows) {
    if (f.from < 0 || f.from >= n || f.to < 0 || f.to >= n) {
      throw std::invalid_argument("compute_ena: a flow names a node outside 0..n-1");
    }
    if (f.from == f.to) throw std::invalid_argument("compute_ena: self-flows are not allowed");
    if (!std::isfinite(f.amount) || f.amount < 0.0) {
      throw std::invalid_argument("compute_ena: flows must be finite and at least 0");
    }
  }
  for (std::size_t j = 0; j < size; ++j) {
    if (!std::isfinite(input.imports[j]) || input.imports[j] < 0.0 ||
        !std::isfinite(input.exports[j]) || input.exports[j] < 0.0) {
      throw std::invalid_argument("compute_ena: boundary flows must be finite and at least 0");
    }
  }
  const Adjacency adj = build_adjacency(input);
  EnaResult r;
  std::vector<double> inflow(size, 0.0), outflow(size, 0.0);
  double internal = 0.0;
  for (std::size_t i = 0; i < size; ++i) {
    for (auto e = adj.offsets[i]; e < adj.offsets[i + 1]; ++e) {
      const double f = adj.amounts[static_cast<std::size_t>(e)];
      outflow[i] += f;
      inflow[static_cast<std::size_t>(adj.targets[static_cast<std::size_t>(e)])] += f;
      internal += f;
    }
  }
  r.throughflow.resize(size);
  r.boundary_in.resize(size);
  r.boundary_out.resize(size);
  double sum_y = 0.0;
  for (std::size_t j = 0; j < size; ++j) {
    const double in = inflow[j] + input.imports[j];
    const double out = outflow[j] + input.exports[j];
    r.boundary_in[j] = input.imports[j] + std::max(0.0, out - in);
    r.boundary_out[j] = input.exports[j] + std::max(0.0, in - out);
    r.throughflow[j] = inflow[j] + r.boundary_in[j];
    r.boundary += r.boundary_in[j];
    r.tst += r.throughflow[j];
    sum_y += r.boundary_out[j];
  }
  r.tstp = internal + r.boundary + sum_y;
  if (r.boundary > 0.0) r.apl = r.tst / r.boundary;

  // Cycling, component by component.
  r.cycling.assign(size, 0.0);
  std::int32_t count = 0;
  const std::vector<std::int32_t> component = strong_components(n, adj, count);
  std::vector<std::vector<std::int32_t>> members(static_cast<std::size_t>(count));
  for (std::int32_t v = 0; v < n; ++v)
    members[static_cast<std::size_t>(component[static_cast<std::size_t>(v)])].push_back(v);
  std::vector<std::int32_t> local(size, -1);
  for (const auto& nodes : members) {
    if (nodes.size() < 2) continue;
    if (static_cast<std::int64_t>(nodes.size()) > input.max_cycling_component) {
      for (const std::int32_t v : nodes)
        r.cycling[static_cast<std::size_t>(v)] = std::numeric_limits<double>::quiet_NaN();
      r.cycling_skipped_component =
          std::max(r.cycling_skipped_component, static_cast<std::int32_t>(nodes.size()));
      continue;
    }
    for (std::size_t k = 0; k < nodes.size(); ++k)
      local[static_cast<std::size_t>(nodes[k])] = static_cast<std::int32_t>(k);
    std::vector<detail::MatrixEntry> g;
    const std::int32_t c = component[static_cast<std::size_t>(nodes.front())];
    for (const std::int32_t i : nodes) {
      const auto ii = static_cast<std::size_t>(i);
      for (auto e = adj.offsets[ii]; e < adj.offsets[ii + 1]; ++e) {
        const auto j = static_cast<std::size_t>(adj.targets[static_cast<std::size_t>(e)]);
        if (component[j] != c) continue;
        // T_i > 0 here: i has an outgoing flow.
        g.push_back(
            {local[ii], local[j], adj.amounts[static_cast<std::size_t>(e)] / r.throughflow[ii]});
      }
    }
    const std::vector<double> diagonal =
        detail::inverse_diagonal_of_identity_minus(static_cast<std::int32_t>(nodes.size()), g);
    for (std::size_t k = 0; k < nodes.size(); ++k) {
      r.cycling[static_cast<std::size_t>(nodes[k])] = (diagonal[k] - 1.0) / diagonal[k];
    }
  }
  if (r.tst > 0.0 && r.cycling_skipped_component == 0) {
    double cycled = 0.0;
    for (std::size_t j = 0; j < size; ++j)
      cycled += r.cycling[j] * r.throughflow[j];
    r.fci = cycled / r.tst;
  }

  // Information indices over the extended matrix: row sums t_i. = out_i (internal + y_i), the
  // import row's sum is the boundary; column sums t_.j = internal in_j + z_j, the export
  // column's sum is sum y.
  if (r.tstp > 0.0) {
    double ami = 0.0, overhead = 0.0, capacity = 0.0;
    std::vector<double> row(size), col(size);
    for (std::size_t i = 0; i < size; ++i) {
      row[i] = outflow[i] + r.boundary_out[i];
      col[i] = inflow[i] + r.boundary_in[i];
    }
    for (std::size_t i = 0; i < size; ++i) {
      for (auto e = adj.offsets[i]; e < adj.offsets[i + 1]; ++e) {
        const auto j = static_cast<std::size_t>(adj.targets[static_cast<std::size_t>(e)]);
        add_information(adj.amounts[static_cast<std::size_t>(e)], row[i], col[j], r.tstp, ami,
                        overhead, capacity);
      }
      add_information(r.boundary_out[i], row[i], sum_y, r.tstp, ami, overhead, capacity);
      add_information(r.boundary_in[i], r.boundary, col[i], r.tstp, ami, overhead, capacity);
    }
    r.ami = ami;
    r.ascendency = r.tstp * ami;
    r.overhead = overhead;
    r.capacity = capacity;
    if (capacity > 0.0) {
      r.asc_cap = *r.ascendency / capacity;
      if (*r.asc_cap > 0.0) r.robustness = -*r.asc_cap * std::log(*r.asc_cap);
    }
  }
  return r;
}

}  // namespace symbio::net
