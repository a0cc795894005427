#include "io/analysis_proto.hpp"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/stubs/logging.h>
#include <google/protobuf/text_format.h>
#include <google/protobuf/util/json_util.h>

#include <set>
#include <stdexcept>
#include <variant>

#include "core/error.hpp"
#include "core/version.hpp"
#include "io/detail/proto_convert.hpp"
#include "io/detail/proto_parse.hpp"
#include "symbio/v1/analysis.pb.h"

namespace symbio::io {

namespace {

namespace pb = symbio::v1;
using Silence = google::protobuf::LogSilencer;

// The C++ enums and the schema's list their values in the same order; the schema puts
// *_UNSPECIFIED = 0 in front, hence the + 1.
template <typename To, typename From>
To enum_of(From value) {
  return static_cast<To>(static_cast<int>(value) + 1);
}

pb::ValueType value_type_of(net::ColumnType type) {
  switch (type) {
    case net::ColumnType::integer:
      return pb::VALUE_TYPE_INTEGER;
    case net::ColumnType::boolean:
      return pb::VALUE_TYPE_BOOLEAN;
    case net::ColumnType::real:
      break;
  }
  return pb::VALUE_TYPE_REAL;
}

void set_value(pb::IndicatorValue& out, const std::optional<double>& value) {
  if (value) out.set_value(*value);
}

void add_convention(pb::ReportMeta& meta, std::set<std::string>& seen, const std::string& name,
                    const std::string& convention) {
  if (convention.empty() || !seen.insert(name).second) return;
  pb::Convention* c = meta.add_conventions();
  c->set_name(name);
  c->set_convention(convention);
}

void fill_meta(const audit::AuditResults& results, const Provenance& provenance,
               pb::ReportMeta& meta) {
  meta.set_format(std::string(kAnalysisReportFormat));
  meta.set_symbio_version(std::string(kVersion));
  meta.set_input(provenance.input_path);
  meta.set_input_sha256(provenance.input_sha256);
  meta.set_seed(provenance.seed);
  for (const auto& [name, value] : provenance.options) {
    pb::Option* option = meta.add_options();
    option->set_name(name);
    option->set_value(value);
  }
  std::set<std::string> seen;
  for (const net::LayerAnalysis& layer : results.layers) {
    for (const net::ParkField& field : layer.park_fields)
      add_convention(meta, seen, field.name, field.convention);
    for (const net::Column& column : layer.enterprise_columns)
      add_convention(meta, seen, column.name, column.convention);
  }
  {
    add_convention(meta, seen, "cascade.cascade_impact",
                   "(cascade_failed - 1) / (n - 1) of the single-trigger supply-shortage cascade; "
                   "undefined when n < 2");
    add_convention(meta, seen, "cascade.vulnerability",
                   "share of the n - 1 other single triggers whose cascade makes the enterprise "
                   "fail");
    add_convention(meta, seen, "cascade.lost_flow",
                   "sum of the canonical amounts of the inbound exchanges of every failed "
                   "enterprise in the layer; undefined when one of them has no quantity");
  }
  {
    add_convention(meta, seen, "robustness.largest_component_share",
                   "S(q): enterprises in the largest weak component after q removals / n of the "
                   "intact view");
    add_convention(meta, seen, "robustness.robustness_index",
                   "R = (1/n) sum_{q=1..n} S(q) (Schneider et al. 2011)");
  }
}

void fill_layer(const net::SymbiosisGraph& graph, const net::LayerAnalysis& analysis,
                pb::LayerAnalysis& out) {
  out.set_layer(enum_of<pb::ViewLayer>(analysis.layer));
  for (const net::ParkField& field : analysis.park_fields) {
    pb::ParkIndicator* p = out.add_park_indicators();
    p->set_name(field.name);
    p->set_convention(field.convention);
    if (!field.text.empty() || !field.value) {
      // A text field has no value; an undefined number has neither.
      if (!field.text.empty()) {
        p->set_type(pb::VALUE_TYPE_TEXT);
        p->set_text(field.text);
      } else {
        p->set_type(value_type_of(field.type));
      }
    } else {
      p->set_type(value_type_of(field.type));
      p->set_value(*field.value);
    }
  }
  for (const net::Column& column : analysis.enterprise_columns) {
    pb::EnterpriseColumn* c = out.add_enterprise_columns();
    c->set_name(column.name);
    c->set_type(value_type_of(column.type));
    c->set_convention(column.convention);
    for (const auto& value : column.values)
      set_value(*c->add_values(), value);
  }
  if (graph.has_view(analysis.layer)) {
    const net::LayerView& view = graph.view(analysis.layer);
    const auto& ties = view.ties();
    for (std::size_t t = 0; t < ties.size(); ++t) {
      pb::Tie* tie = out.add_ties();
      tie->set_supplier(graph.id(ties[t].supplier));
      tie->set_receiver(graph.id(ties[t].receiver));
      tie->set_exchanges(ties[t].exchanges);
      if (view.weighted()) tie->set_weight(ties[t].weight);
      tie->set_bridge(t < analysis.bridge.size() && analysis.bridge[t]);
    }
    out.set_weight_unit(view.weighted() ? view.weight_unit() : std::string());
  }
  for (const std::string& warning : analysis.warnings)
    out.add_warnings(warning);
}

void fill_cascade(const net::SymbiosisGraph& graph, const net::DependencySweep& sweep,
                  std::optional<double> beta_c, pb::CascadeSweep& out) {
  out.set_model(pb::CASCADE_MODEL_DEPENDENCY);
  out.set_threshold(sweep.options.threshold);
  out.set_direction(enum_of<pb::CascadeDirection>(sweep.options.direction));
  out.set_external_immune(sweep.options.external_immune);
  for (const net::CascadeSummary& row : sweep.rows) {
    pb::CascadeRow* r = out.add_rows();
    r->set_trigger(graph.id(row.trigger));
    r->set_failed(row.failed);
    r->set_rounds(row.rounds);
    if (row.impact) r->set_impact(*row.impact);
    for (std::size_t l = 0; l < row.lost_flow.size(); ++l) {
      pb::LostFlow* lost = r->add_lost_flows();
      lost->set_layer(static_cast<pb::Layer>(l + 1));
      if (const auto value = row.lost_flow[l].value()) lost->set_value(*value);
      lost->set_known(row.lost_flow[l].known);
      lost->set_missing(row.lost_flow[l].missing);
    }
  }
  for (const auto& value : sweep.vulnerability)
    set_value(*out.add_vulnerabilities(), value);
  if (beta_c) out.set_beta_c(*beta_c);
}

void fill_dominators(const net::SymbiosisGraph& graph,
                     const std::vector<net::LayerDominators>& layers, pb::CascadeSweep& out) {
  for (const net::LayerDominators& d : layers) {
    pb::LayerDominators* layer = out.add_dominators();
    layer->set_layer(enum_of<pb::ViewLayer>(d.layer));
    for (net::Vertex v = 0; v < graph.n(); ++v) {
      const auto i = static_cast<std::size_t>(v);
      pb::DominatorRow* row = layer->add_enterprises();
      row->set_id(graph.id(v));
      if (d.immediate[i]) row->set_immediate_dominator(graph.id(*d.immediate[i]));
      for (const net::Vertex x : d.dominators[i])
        row->add_dominators(graph.id(x));
      row->set_dominated(d.dominated[i]);
    }
  }
}

void fill_robustness(const net::SymbiosisGraph& graph, const net::RobustnessResult& result,
                     pb::Robustness& out) {
  out.set_layer(enum_of<pb::ViewLayer>(result.options.layer));
  out.set_runs(result.options.runs);
  out.set_seed(result.options.seed);
  for (const net::RobustnessCurve& curve : result.curves) {
    pb::RobustnessCurve* c = out.add_curves();
    c->set_strategy(enum_of<pb::RemovalStrategy>(curve.strategy));
    for (const net::Vertex v : curve.order)
      c->add_removed_ids(graph.id(v));
    for (const double s : curve.largest_component_share)
      c->add_largest_component_shares(s);
    for (const auto& e : curve.global_efficiency)
      set_value(*c->add_global_efficiencies(), e);
    if (curve.robustness_index) c->set_robustness_index(*curve.robustness_index);
    c->set_note(curve.note);
  }
}

void fill_finding(const audit::Finding& finding, pb::Finding& out) {
  out.set_rule(finding.rule);
  out.set_priority(enum_of<pb::Priority>(finding.priority));
  out.set_title_zh(finding.title_zh);
  out.set_title_en(finding.title_en);
  for (const std::string& subject : finding.subjects)
    out.add_subjects(subject);
  out.set_subjects_not_listed(finding.subjects_not_listed);
  for (const audit::Evidence& evidence : finding.evidence) {
    pb::Evidence* e = out.add_evidence_items();
    e->set_name(evidence.name);
    e->set_subject(evidence.subject);
    if (const auto* real = std::get_if<double>(&evidence.value)) {
      e->set_real_value(*real);
    } else if (const auto* integer = std::get_if<std::int64_t>(&evidence.value)) {
      e->set_integer_value(*integer);
    } else if (const auto* boolean = std::get_if<bool>(&evidence.value)) {
      e->set_boolean_value(*boolean);
    } else {
      e->set_text_value(std::get<std::string>(evidence.value));
    }
  }
  out.set_recommendation_zh(finding.recommendation_zh);
  out.set_recommendation_en(finding.recommendation_en);
  out.set_aspect(enum_of<pb::Aspect>(finding.aspect));
  out.set_cost_class(enum_of<pb::CostClass>(finding.cost));
  const audit::Benefits& b = finding.benefits;
  if (b.resource) out.add_benefits(pb::BENEFIT_RESOURCE);
  if (b.energy) out.add_benefits(pb::BENEFIT_ENERGY);
  if (b.water) out.add_benefits(pb::BENEFIT_WATER);
  if (b.pollutant) out.add_benefits(pb::BENEFIT_POLLUTANT);
  if (b.co2) out.add_benefits(pb::BENEFIT_CO2);
  for (const audit::PotentialExchange& x : finding.potential_exchanges) {
    pb::PotentialExchange* p = out.add_potential_exchanges();
    p->set_supplier(x.supplier);
    p->set_receiver(x.receiver);
    p->set_resource(x.resource);
    p->set_resource_key(x.resource_key);
    p->set_need(x.need);
    p->set_need_key(x.need_key);
    p->set_match(x.match);
    p->set_exchange_id(x.exchange_id);
    p->set_layer(enum_of<pb::Layer>(x.layer));
    if (x.quantity) p->set_quantity(*x.quantity);
    p->set_unit(x.unit);
    if (x.avoided_co2) p->set_avoided_co2(*x.avoided_co2);
  }
}

void fill_flows(const net::SymbiosisGraph& graph, const net::FlowsResult& flows, pb::Flows& out) {
  for (const net::LayerFlows& l : flows.layers) {
    pb::LayerFlows& m = *out.add_layers();
    m.set_layer(enum_of<pb::Layer>(l.layer));
    m.set_unit(l.unit);
    m.set_display_unit(l.display_unit);
    m.set_display_factor(l.display_factor);
    m.set_exchanges(l.exchanges);
    m.set_quantified(l.quantified);
    if (l.internal_flow) m.set_internal_flow(*l.internal_flow);
    if (l.import_flow) m.set_import_flow(*l.import_flow);
    if (l.export_flow) m.set_export_flow(*l.export_flow);
    if (l.byproduct_flow) m.set_byproduct_flow(*l.byproduct_flow);
    if (l.waste_flow) m.set_waste_flow(*l.waste_flow);
    m.set_declared_unused(l.declared_unused);
    m.set_declared_need(l.declared_need);
    if (l.byproduct_utilisation_rate)
      m.set_byproduct_utilisation_rate(*l.byproduct_utilisation_rate);
    if (l.internal_byproduct_share) m.set_internal_byproduct_share(*l.internal_byproduct_share);
    if (l.ena) {
      const net::EnaResult& e = *l.ena;
      pb::EcologicalNetworkAnalysis& ena = *m.mutable_ena();
      ena.set_nodes(static_cast<std::int64_t>(l.ena_nodes.size()));
      ena.set_boundary(e.boundary);
      ena.set_tst(e.tst);
      ena.set_tstp(e.tstp);
      if (e.apl) ena.set_apl(*e.apl);
      if (e.fci) ena.set_fci(*e.fci);
      if (e.ami) ena.set_ami(*e.ami);
      if (e.ascendency) ena.set_ascendency(*e.ascendency);
      if (e.overhead) ena.set_overhead(*e.overhead);
      if (e.capacity) ena.set_capacity(*e.capacity);
      if (e.asc_cap) ena.set_asc_cap(*e.asc_cap);
      if (e.robustness) ena.set_robustness(*e.robustness);
    }
    for (const net::EnterpriseBalance& b : l.balance) {
      pb::EnterpriseBalance& row = *m.add_balance();
      row.set_id(graph.id(b.enterprise));
      if (b.in_internal) row.set_in_internal(*b.in_internal);
      if (b.in_external) row.set_in_external(*b.in_external);
      if (b.out_internal) row.set_out_internal(*b.out_internal);
      if (b.out_external) row.set_out_external(*b.out_external);
      row.set_declared_unused(b.declared_unused);
      row.set_declared_need(b.declared_need);
      if (b.ena_throughflow) row.set_ena_throughflow(*b.ena_throughflow);
      if (b.ena_cycling) row.set_ena_cycling(*b.ena_cycling);
    }
    for (const std::string& note : l.notes)
      m.add_notes(note);
  }
}

}  // namespace

namespace {

pb::AnalysisReport to_message(const Park& park, const net::SymbiosisGraph& graph,
                              const audit::AuditResults& results, const Provenance& meta) {
  pb::AnalysisReport message;
  detail::to_proto(park, *message.mutable_park());
  fill_meta(results, meta, *message.mutable_meta());
  for (net::Vertex v = 0; v < graph.n(); ++v)
    message.add_enterprise_ids(graph.id(v));
  for (const net::LayerAnalysis& layer : results.layers)
    fill_layer(graph, layer, *message.add_layers());
  pb::CascadeSweep& cascade = *message.mutable_cascade();
  fill_cascade(graph, results.sweep, results.beta_c, cascade);
  cascade.set_substitutes(enum_of<pb::SubstitutesMode>(results.sweep.options.substitutes));
  cascade.set_beta_c_largest_component(results.beta_c_largest_component);
  fill_dominators(graph, results.dominators, cascade);
  fill_robustness(graph, results.robustness, *message.mutable_robustness());
  for (const audit::Finding& finding : results.findings.findings)
    fill_finding(finding, *message.add_findings());
  fill_flows(graph, results.flows, *message.mutable_flows());
  for (const audit::UnlistedFindings& u : results.findings.unlisted) {
    pb::UnlistedFindings* out = message.add_unlisted_findings();
    out->set_rule(u.rule);
    out->set_high(u.high);
    out->set_medium(u.medium);
    out->set_low(u.low);
  }
  return message;
}

// The checks every encoding shares once the message parsed; "" when it is a usable report.
std::string report_problem(const pb::AnalysisReport& message) {
  if (message.meta().format() != kAnalysisReportFormat)
    return "meta.format is '" + message.meta().format() + "', expected '" +
           std::string(kAnalysisReportFormat) + "'";
  if (!message.has_park()) return "the report has no park";
  return {};
}

}  // namespace

std::string analysis_report_to_binary(const Park& park, const net::SymbiosisGraph& graph,
                                      const audit::AuditResults& results, const Provenance& meta) {
  return detail::to_binary(to_message(park, graph, results, meta));
}

std::string analysis_report_to_json(const Park& park, const net::SymbiosisGraph& graph,
                                    const audit::AuditResults& results, const Provenance& meta) {
  return detail::to_json(to_message(park, graph, results, meta));
}

std::string analysis_report_to_text_format(const Park& park, const net::SymbiosisGraph& graph,
                                           const audit::AuditResults& results,
                                           const Provenance& meta) {
  return detail::to_text_format(to_message(park, graph, results, meta));
}

namespace {

// The park of a parsed report, after checking that it is one (meta.format).
Park park_of_report(const pb::AnalysisReport& message, const char* code, const std::string& file,
                    ValidationReport& report) {
  if (const std::string problem = report_problem(message); !problem.empty()) {
    report.error(code, "", SourceLocation{file, 0, 0},
                 "not a symbio.v1.AnalysisReport: " + problem);
    return Park{};
  }
  return detail::from_proto(message.park(), file, report);
}

}  // namespace

bool is_binary_analysis_report(std::string_view bytes, std::size_t max_bytes) {
  if (bytes.size() > max_bytes) return false;
  pb::AnalysisReport message;
  Silence silence;
  if (!message.ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) return false;
  return message.meta().format() == kAnalysisReportFormat;
}

Park park_from_report_binary(std::string_view bytes, const std::string& file,
                             ValidationReport& report, std::size_t max_bytes) {
  pb::AnalysisReport message;
  if (!detail::parse_binary(bytes, file, max_bytes, message, report)) return Park{};
  return park_of_report(message, "bad-protobuf", file, report);
}

Park park_from_report_json(std::string_view text, const std::string& file,
                           ValidationReport& report) {
  pb::AnalysisReport message;
  if (!detail::parse_json(text, file, message, report)) return Park{};
  return park_of_report(message, "bad-json", file, report);
}

Park park_from_report_text_format(std::string_view text, const std::string& file,
                                  ValidationReport& report) {
  pb::AnalysisReport message;
  if (!detail::parse_text_format(text, file, message, report)) return Park{};
  return park_of_report(message, "bad-pbtxt", file, report);
}

}  // namespace symbio::io
