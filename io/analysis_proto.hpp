#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "audit/finding.hpp"
#include "audit/pipeline.hpp"
#include "audit/rules.hpp"
#include "core/park.hpp"
#include "core/validation.hpp"
#include "io/analysis_output.hpp"
#include "io/proto_park.hpp"
#include "network/cascade.hpp"
#include "network/dominators.hpp"
#include "network/flows.hpp"
#include "network/graph.hpp"
#include "network/indicator_table.hpp"
#include "network/robustness.hpp"

namespace symbio::io {

// ReportMeta.format of every AnalysisReport: what tells a report from a Park in a .pb file.
inline constexpr std::string_view kAnalysisReportFormat = "symbio.v1.AnalysisReport";

// The AnalysisReport (proto/symbio/v1/analysis.proto) of what audit::run_audit_pipeline computed,
// in the three encodings of the Park (proto_park.hpp: deterministic binary; JSON with .proto
// field names, indented; text format with readable UTF-8): the park, the
// analysis of every view, the dependency sweep with beta_c and the supply dominators, the
// robustness curves, the quantified park's flows, and the findings when the pipeline ran the
// rules (`convert --with-analysis` does not). `park` should be finalized (read_park() does it)
// so that layers, kinds and amounts are written as resolved. Undefined indicator values are
// absent optional fields, never 0.
std::string analysis_report_to_binary(const Park& park, const net::SymbiosisGraph& graph,
                                      const audit::AuditResults& results, const Provenance& meta);
std::string analysis_report_to_json(const Park& park, const net::SymbiosisGraph& graph,
                                    const audit::AuditResults& results, const Provenance& meta);
std::string analysis_report_to_text_format(const Park& park, const net::SymbiosisGraph& graph,
                                           const audit::AuditResults& results,
                                           const Provenance& meta);

// Whether `bytes` hold a binary AnalysisReport: they parse as one and its meta.format is
// kAnalysisReportFormat. A Park never passes (its field 2 is a description text, which would
// have to be an encoded ReportMeta with that exact format string). Bytes over `max_bytes` are
// not looked at (false). Never throws.
bool is_binary_analysis_report(std::string_view bytes, std::size_t max_bytes = kMaxProtobufBytes);

// The park of an AnalysisReport, read like park_from_binary/json/text_format (same problem
// codes: "bad-protobuf", "bad-json", "bad-pbtxt", plus from_proto's). A report without a park,
// or whose meta.format is not kAnalysisReportFormat, is "bad-protobuf" / "bad-json" /
// "bad-pbtxt" naming what is missing. The park is empty when the input cannot be used.
Park park_from_report_binary(std::string_view bytes, const std::string& file,
                             ValidationReport& report, std::size_t max_bytes = kMaxProtobufBytes);
Park park_from_report_json(std::string_view text, const std::string& file,
                           ValidationReport& report);
Park park_from_report_text_format(std::string_view text, const std::string& file,
                                  ValidationReport& report);

}  // namespace symbio::io
