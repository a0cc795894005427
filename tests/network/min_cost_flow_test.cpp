#include "network/detail/min_cost_flow.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace symbio::net::detail {
namespace {

// s = 0, t = 3. Arcs: s->1 (cap 4, cost 0), s->2 (cap 2, cost 0), 1->3 (cap 3, cost 1),
// 1->2 (cap 2, cost 1), 2->3 (cap 3, cost 1). The cut {s->1, s->2} bounds the flow by 6, and 6
// is reached: s->1 4 = 1->3 3 + 1->2 1; 2->3 carries s->2's 2 plus that 1 = 3. This is the only
// maximum flow (1->3 and 2->3 are both saturated), of cost 3 + 1 + 3 = 7: the one unit routed
// 1->2->3 costs 2 instead of 1.
TEST(MinCostFlow, HandSolvedNetwork) {
  const std::vector<FlowArc> arcs = {
      {0, 1, 4, 0}, {0, 2, 2, 0}, {1, 3, 3, 1}, {1, 2, 2, 1}, {2, 3, 3, 1}};
  const MinCostFlow flow = min_cost_max_flow(4, arcs, 0, 3);
  EXPECT_EQ(flow.total_flow, 6.0);
  EXPECT_EQ(flow.total_cost, 7.0);
  EXPECT_EQ(flow.flow, (std::vector<double>{4, 2, 3, 1, 3}));
}

// Of two routes of equal capacity, the cheaper one fills first; the dearer one only takes what
// the cheaper one cannot.
TEST(MinCostFlow, CheaperRouteFirst) {
  // s=0 -> a=1 (cap 5); a -> t=3 directly (cap 3, cost 5), a -> b=2 -> t (cap 10, cost 1 + 1).
  const std::vector<FlowArc> arcs = {{0, 1, 5, 0}, {1, 3, 3, 5}, {1, 2, 10, 1}, {2, 3, 10, 1}};
  const MinCostFlow flow = min_cost_max_flow(4, arcs, 0, 3);
  EXPECT_EQ(flow.total_flow, 5.0);
  EXPECT_EQ(flow.total_cost, 10.0);
  EXPECT_EQ(flow.flow, (std::vector<double>{5, 0, 5, 5}));
}

TEST(MinCostFlow, UnreachableSinkAndBadArguments) {
  const MinCostFlow flow = min_cost_max_flow(4, {{0, 1, 5, 1}, {2, 3, 5, 1}}, 0, 3);
  EXPECT_EQ(flow.total_flow, 0.0);
  EXPECT_EQ(flow.flow, (std::vector<double>{0, 0}));
  EXPECT_THROW(min_cost_max_flow(2, {{0, 1, 1, -1}}, 0, 1), std::invalid_argument);
  EXPECT_THROW(min_cost_max_flow(2, {}, 0, 0), std::invalid_argument);
}

}  // namespace
}  // namespace symbio::net::detail
