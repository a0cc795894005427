#include "io/audit_focus_output.hpp"

#include <gtest/gtest.h>

namespace symbio::io {
namespace {

// The columns of docs/formats.md, a dropped criterion as empty cells, the weights on every row,
// names with a comma quoted.
TEST(AuditFocusCsv, ColumnsAndCells) {
  audit::AuditFocus focus;
  focus.weights = {0.5, 0.25, 0.25, 0, 0, 0, 0, 0};
  audit::FocusRow first;
  first.rank = 1;
  first.id = "e2";
  first.name = "Power, Ltd";
  first.score = 7.5;
  first.scores = {10.0,         5.0,          5.0,          std::nullopt,
                  std::nullopt, std::nullopt, std::nullopt, std::nullopt};
  audit::FocusRow second;
  second.rank = 2;
  second.id = "e1";
  second.name = "水泥厂";
  second.score = 0.0;
  second.scores = {0.0,          0.0,          0.0,          std::nullopt,
                   std::nullopt, std::nullopt, std::nullopt, std::nullopt};
  focus.rows = {first, second};
  EXPECT_EQ(audit_focus_csv(focus),
            "rank,id,name,score,network_position,cascade_impact,supply_dominance,throughput,"
            "energy,water,waste,emissions,weight_network_position,weight_cascade_impact,"
            "weight_supply_dominance,weight_throughput,weight_energy,weight_water,weight_waste,"
            "weight_emissions\n"
            "1,e2,\"Power, Ltd\",7.5,10,5,5,,,,,,0.5,0.25,0.25,0,0,0,0,0\n"
            "2,e1,水泥厂,0,0,0,0,,,,,,0.5,0.25,0.25,0,0,0,0,0\n");
}

}  // namespace
}  // namespace symbio::io
