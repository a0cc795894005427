#pragma once

#include <string>

#include "audit/audit_focus.hpp"

namespace symbio::io {

// audit_focus.csv, one row per internal enterprise in rank order (docs/formats.md):
// rank,id,name,score, then one column per criterion in FocusCriterion order (network_position,
// cascade_impact, supply_dominance, throughput, energy, water, waste, emissions) with the
// enterprise's 0-10 score, empty where the criterion dropped out for lack of data, then
// weight_<criterion> in the same order: the renormalised weight used (0 where it dropped out),
// the same on every row so that each row's score is its own weighted sum.
std::string audit_focus_csv(const audit::AuditFocus& focus);

}  // namespace symbio::io
