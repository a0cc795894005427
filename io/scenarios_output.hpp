#pragma once

#include <string>

#include "audit/scenarios.hpp"

namespace symbio::io {

// scenarios.csv (`symbio audit --compare ...`): scenario,layer,indicator,value, scenario after
// scenario (`existing` first), each with the same rows in the same order
// (audit::compare_scenarios). Values as in park.csv, flows.csv and standards.csv: reals
// round-trip, counts without a fraction, quantities in the canonical unit of their layer, the
// typology as its text; an empty value is undefined, never 0.
std::string scenarios_csv(const audit::ScenarioComparison& comparison);

}  // namespace symbio::io
