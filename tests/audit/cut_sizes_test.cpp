#include "audit/cut_sizes.hpp"

#include <gtest/gtest.h>

#include <random>
#include <vector>

#include "network/graph.hpp"
#include "network/robustness.hpp"
#include "tests/support/park_builder.hpp"

namespace symbio::audit {
namespace {

using net::Vertex;

// Enterprises reached from `start` on U without crossing the edge {a, b}: a plain search.
std::int64_t side_by_search(const net::LayerView& view, Vertex start, Vertex a, Vertex b) {
  std::vector<char> seen(static_cast<std::size_t>(view.n()), 0);
  std::vector<Vertex> stack = {start};
  seen[static_cast<std::size_t>(start)] = 1;
  std::int64_t count = 0;
  while (!stack.empty()) {
    const Vertex v = stack.back();
    stack.pop_back();
    ++count;
    for (const Vertex w : view.neighbors(v)) {
      if ((v == a && w == b) || (v == b && w == a) || seen[static_cast<std::size_t>(w)]) continue;
      seen[static_cast<std::size_t>(w)] = 1;
      stack.push_back(w);
    }
  }
  return count;
}

TEST(CutSizes, ChainByHand) {
  // e0 - e1 - e2 - e3 - e4, plus the isolate e5. Without e2: {e0, e1} and {e3, e4}, largest 2;
  // without e1: {e2, e3, e4}, 3. Cutting e1-e2 leaves 2 on e1's side, 3 on e2's.
  const Park park = testing::park_of(6, {{0, 1}, {1, 2}, {2, 3}, {3, 4}});
  const net::SymbiosisGraph graph(park);
  const net::LayerView& view = graph.view(net::ViewLayer::all);
  const CutSizes cuts(view);
  EXPECT_EQ(cuts.largest_without(2), 2);
  EXPECT_EQ(cuts.largest_without(1), 3);
  EXPECT_EQ(cuts.largest_without(0), 4);
  EXPECT_EQ(cuts.largest_without(5), 5);
  EXPECT_EQ(cuts.side(1, 1, 2), 2);
  EXPECT_EQ(cuts.side(2, 1, 2), 3);
}

TEST(CutSizes, CycleIsNoCut) {
  // A triangle with a tail: e0 - e1 - e2 - e0, e2 - e3. Cutting e0-e1 keeps all 4 together.
  const Park park = testing::park_of(4, {{0, 1}, {1, 2}, {2, 0}, {2, 3}});
  const net::SymbiosisGraph graph(park);
  const CutSizes cuts(graph.view(net::ViewLayer::all));
  EXPECT_EQ(cuts.side(0, 0, 1), 4);
  EXPECT_EQ(cuts.side(3, 2, 3), 1);
  EXPECT_EQ(cuts.side(2, 2, 3), 3);
  EXPECT_EQ(cuts.largest_without(2), 2);
}

// Against the union-find of net::component_curve and a search per edge, on sparse random parks
// (many components, trees, cycles).
TEST(CutSizes, AgreesWithComponentCurveAndSearch) {
  std::mt19937 rng(7);
  for (const int n : {2, 5, 30, 120}) {
    for (const int permille : {5, 15, 40}) {
      const Park park = testing::park_of(n, testing::random_ties(n, permille, rng));
      const net::SymbiosisGraph graph(park);
      const net::LayerView& view = graph.view(net::ViewLayer::all);
      const CutSizes cuts(view);
      for (Vertex v = 0; v < view.n(); ++v) {
        std::vector<Vertex> order = {v};
        for (Vertex w = 0; w < view.n(); ++w) {
          if (w != v) order.push_back(w);
        }
        EXPECT_EQ(static_cast<double>(cuts.largest_without(v)) / n,
                  net::component_curve(view, order)[1])
            << "n " << n << " v " << v;
      }
      for (const net::Tie& tie : view.ties()) {
        for (const Vertex start : {tie.supplier, tie.receiver}) {
          EXPECT_EQ(cuts.side(start, tie.supplier, tie.receiver),
                    side_by_search(view, start, tie.supplier, tie.receiver))
              << "n " << n << " tie " << tie.supplier << "-" << tie.receiver;
        }
      }
    }
  }
}

}  // namespace
}  // namespace symbio::audit
