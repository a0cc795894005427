#pragma once

#include <string>
#include <utility>
#include <vector>

#include "audit/finding.hpp"
#include "audit/rules.hpp"
#include "audit/thresholds.hpp"
#include "io/provenance.hpp"

namespace symbio::io {

// Where the findings came from, for findings.json's `meta` (the seed is not written).
using FindingsMeta = Provenance;

// findings.json of `symbio audit` (docs/formats.md; docs/methods.md#audit-findings), as text; the
// caller writes it atomically. Layout:
//   {"meta": {"symbio_version", "input", "input_sha256", "options", "thresholds" (every
//             threshold used, "section.key" -> value), "rules" (the rule table: id, titles,
//             aspect, cost class, recommendations), "conventions"},
//    "summary": {"findings", "high", "medium", "low"},
//    "findings": [{"rule", "layer" (only for a per-layer finding), "priority",
//                  "title": {"zh", "en"},
//                  "subjects": [{"kind", "id", "name", "partner" and "partner_name" (when
//                  there is one), "resources", "layer", "quantity", "unit", "share", "related",
//                  "related_not_listed" (when cut), "evidence"}] ranked, most severe first,
//                  "subjects_not_listed" (only when the subjects are cut: the count of the rest),
//                  "evidence": [{"name", "subject", "value"}], "recommendation": {"zh", "en"},
//                  "aspect", "aspect_zh", "cost_class", "cost_class_zh",
//                  "benefits": [{"resource", "quantity", "unit", "basis", "share"}],
//                  "potential_exchanges": [{"supplier", "receiver", "resource", "resource_key",
//                  "need", "need_key", "match", "exchange_id", "layer", "quantity", "unit",
//                  "avoided_co2_t", "display_quantity", "display_unit", "benefits"}]}]}
// Findings in the given order (run_audit's). Reals print as the shortest text that reads back
// as the same double; absent quantities are null. No time stamps: equal inputs give
// byte-identical text.
std::string findings_json(const std::vector<audit::Finding>& findings,
                          const audit::Thresholds& thresholds, const FindingsMeta& meta);

}  // namespace symbio::io
