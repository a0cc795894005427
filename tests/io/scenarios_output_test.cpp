#include "io/scenarios_output.hpp"

#include <gtest/gtest.h>

namespace symbio::io {
namespace {

using audit::ScenarioGroup;
using audit::ScenarioValue;
using net::ColumnType;

TEST(ScenariosOutputTest, OneRowPerScenarioLayerAndIndicator) {
  audit::ScenarioComparison c;
  c.scenarios = {{"existing", 0, 0}, {"planned", 2, 2}};
  c.values = {
      {"existing", ScenarioGroup::network, "all", "ties", 3.0, "", ColumnType::integer},
      {"existing", ScenarioGroup::network, "all", "density", 0.25, "", ColumnType::real},
      {"existing", ScenarioGroup::network, "all", "typology", std::nullopt, "anchor tenant",
       ColumnType::real},
      {"existing", ScenarioGroup::flows, "material", "byproduct_utilisation_rate", std::nullopt, "",
       ColumnType::real},
      {"planned", ScenarioGroup::network, "all", "ties", 4.0, "", ColumnType::integer},
      {"planned", ScenarioGroup::network, "all", "density", 1.0 / 3.0, "", ColumnType::real},
      {"planned", ScenarioGroup::network, "all", "typology", std::nullopt, "weak, complete",
       ColumnType::real},
      {"planned", ScenarioGroup::flows, "material", "byproduct_utilisation_rate", 16.0 / 18.0, "",
       ColumnType::real},
  };
  // Reals in the shortest text that reads back as the same double (1/3 and 8/9 with 16 and 17
  // significant digits), counts without a fraction, texts quoted where they hold a comma, an
  // undefined value as an empty cell.
  EXPECT_EQ(scenarios_csv(c),
            "scenario,layer,indicator,value\n"
            "existing,all,ties,3\n"
            "existing,all,density,0.25\n"
            "existing,all,typology,anchor tenant\n"
            "existing,material,byproduct_utilisation_rate,\n"
            "planned,all,ties,4\n"
            "planned,all,density,0.3333333333333333\n"
            "planned,all,typology,\"weak, complete\"\n"
            "planned,material,byproduct_utilisation_rate,0.8888888888888888\n");
}

TEST(ScenariosOutputTest, NoValuesGiveTheHeaderAlone) {
  EXPECT_EQ(scenarios_csv({}), "scenario,layer,indicator,value\n");
}

}  // namespace
}  // namespace symbio::io
