#include "io/scenarios_output.hpp"

#include "core/csv.hpp"
#include "io/number_format.hpp"

namespace symbio::io {

std::string scenarios_csv(const audit::ScenarioComparison& comparison) {
  std::string out = "scenario,layer,indicator,value\n";
  for (const audit::ScenarioValue& v : comparison.values) {
    const std::string value = v.text.empty() ? format_cell(v.value, v.type) : v.text;
    out += csv_escape(v.scenario) + "," + csv_escape(v.layer) + "," + csv_escape(v.indicator) +
           "," + csv_escape(value) + "\n";
  }
  return out;
}

}  // namespace symbio::io
