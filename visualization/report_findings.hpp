#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "audit/finding.hpp"
#include "visualization/report_markdown.hpp"

namespace symbio::viz {

// The report's findings section, appended to `blocks`: the findings by priority, each with its
// first subjects in full (resources, quantity in the input's unit and share of the layer, the
// subject's evidence, the enterprises involved), a table of the rest of its subjects, the park
// evidence, the recommendation, the benefits as numbers and the proposed exchanges. Chinese or
// English throughout (names, ids and units as the input wrote them).
void append_findings_blocks(const ReportInput& input, std::vector<ReportBlock>& blocks);

// The options section (方案): one option per proposed exchange (with its own benefits) and one
// per finding without proposed exchanges (its recommendation), grouped 无/低费 and 中/高费 and
// ranked by benefit (the largest share of its layer's flow that an option moves; options
// without a quantified benefit after, in the findings' order).
void append_options_blocks(const ReportInput& input, std::vector<ReportBlock>& blocks);

// The first three subjects of a finding by name and how many more ("热电厂、甲醇厂及另外 4 项"),
// "the park as a whole" when it has none; for headings and the summary.
std::string finding_subjects_short(const ReportInput& input, const audit::Finding& finding);

// The label of an evidence name in the report's language: the Chinese name of the indicator
// (network/conventions.hpp, or the audit's own figures) in Chinese, the name in English.
std::string evidence_label(std::string_view name, ReportLanguage language);
// An evidence value as the report prints it (numbers by report_number, booleans and the few
// texts of the rules translated in Chinese).
std::string evidence_text(const audit::EvidenceValue& value, ReportLanguage language);

}  // namespace symbio::viz
