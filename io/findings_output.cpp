#include "io/findings_output.hpp"

#include <nlohmann/json.hpp>

#include "audit/rules.hpp"
#include "core/version.hpp"

namespace symbio::io {
namespace {

using nlohmann::ordered_json;

ordered_json evidence_value(const audit::EvidenceValue& value) {
  return std::visit([](const auto& v) { return ordered_json(v); }, value);
}

ordered_json threshold_value(const audit::ThresholdValue& value) {
  return std::visit([](const auto& v) { return ordered_json(v); }, value);
}

ordered_json optional_number(const std::optional<double>& value) {
  return value ? ordered_json(*value) : ordered_json(nullptr);
}

ordered_json benefits(const std::vector<audit::Benefit>& list) {
  ordered_json out = ordered_json::array();
  for (const audit::Benefit& b : list) {
    ordered_json j;
    j["resource"] = b.resource;
    j["quantity"] = b.quantity;
    j["unit"] = b.unit;
    j["basis"] = std::string(audit::to_string(b.basis));
    j["share"] = optional_number(b.share);
    out.push_back(std::move(j));
  }
  return out;
}

ordered_json evidence_list(const std::vector<audit::Evidence>& list) {
  ordered_json out = ordered_json::array();
  for (const audit::Evidence& e : list) {
    out.push_back({{"name", e.name}, {"subject", e.subject}, {"value", evidence_value(e.value)}});
  }
  return out;
}

ordered_json subject(const audit::Subject& s) {
  ordered_json j;
  j["kind"] = std::string(audit::to_string(s.kind));
  j["id"] = s.id;
  j["name"] = s.name;
  if (!s.partner.empty()) {
    j["partner"] = s.partner;
    j["partner_name"] = s.partner_name;
  }
  j["resources"] = s.resources;
  j["layer"] = s.layer ? ordered_json(std::string(to_string(*s.layer))) : ordered_json(nullptr);
  j["quantity"] = optional_number(s.quantity);
  j["unit"] = s.unit;
  j["share"] = optional_number(s.share);
  j["related"] = s.related;
  if (s.related_not_listed > 0) j["related_not_listed"] = s.related_not_listed;
  j["evidence"] = evidence_list(s.evidence);
  return j;
}

ordered_json rule_table() {
  ordered_json out = ordered_json::array();
  for (const audit::Rule& rule : audit::rules()) {
    ordered_json r;
    r["id"] = std::string(rule.id);
    r["title"] = {{"zh", std::string(rule.title_zh)}, {"en", std::string(rule.title_en)}};
    r["aspect"] = std::string(audit::to_string(rule.aspect));
    r["cost_class"] = std::string(audit::to_string(rule.cost));
    r["recommendation"] = {{"zh", std::string(rule.recommendation_zh)},
                           {"en", std::string(rule.recommendation_en)}};
    out.push_back(std::move(r));
  }
  return out;
}

ordered_json potential(const audit::PotentialExchange& p) {
  ordered_json out;
  out["supplier"] = p.supplier;
  out["receiver"] = p.receiver;
  out["resource"] = p.resource;
  out["resource_key"] = p.resource_key;
  out["need"] = p.need;
  out["need_key"] = p.need_key;
  out["match"] = p.match;
  out["exchange_id"] = p.exchange_id;
  out["layer"] = std::string(to_string(p.layer));
  out["quantity"] = optional_number(p.quantity);
  out["unit"] = p.unit;
  out["avoided_co2_t"] = optional_number(p.avoided_co2);
  out["display_quantity"] = optional_number(p.display_quantity);
  out["display_unit"] = p.display_unit;
  out["benefits"] = benefits(p.benefits);
  return out;
}

}  // namespace

std::string findings_json(const std::vector<audit::Finding>& findings,
                          const audit::Thresholds& thresholds, const FindingsMeta& meta) {
  ordered_json root;
  ordered_json m;
  m["symbio_version"] = std::string(kVersion);
  m["input"] = meta.input_path;
  m["input_sha256"] = meta.input_sha256;
  ordered_json options = ordered_json::object();
  for (const auto& [name, value] : meta.options)
    options[name] = value;
  m["options"] = std::move(options);
  ordered_json used = ordered_json::object();
  for (const audit::ThresholdEntry& entry : audit::threshold_entries(thresholds)) {
    used[entry.key] = threshold_value(entry.value);
  }
  m["thresholds"] = std::move(used);
  m["rules"] = rule_table();
  m["conventions"] = {
      {"order", "priority (high, medium, low), then rule id, then first subject"},
      {"evidence",
       "name = <view>.<indicator> (a column or park field of analysis.json, copied), "
       "cascade.* (cascade.csv), load.beta_c (cascade.json), robustness.* (a point of a "
       "robustness curve), declaration.* (resources.csv in the canonical unit of the layer), "
       "stranded.* (the upstream cascade from one offtaker) or audit.* (values the rule derives, "
       "defined in audit/rules.hpp); subject = the enterprise, exchange or tie it belongs to, "
       "empty for the park"},
      {"quantity",
       "potential_exchanges.quantity: canonical unit of the layer (material t/a, energy GJ/a, "
       "water m3/a); subjects.quantity, display_quantity and benefits: the unit the input used "
       "most for the layer, named beside them"},
      {"share", "a quantity over its layer's total flow (internal + import + export, flows.csv)"},
      {"subjects", "ranked by the rule's severity, most severe first"},
      {"avoided_co2_t", "t CO2 per year: quantity x the emission factor declared for the need"},
      {"cost_class",
       "no_low 无/低费 (implemented during the audit), medium_high 中/高费 (needs a feasibility "
       "study), after 清洁生产审核办法 (2016)"},
  };
  root["meta"] = std::move(m);

  ordered_json summary;
  summary["findings"] = findings.size();
  for (const audit::Priority p :
       {audit::Priority::high, audit::Priority::medium, audit::Priority::low}) {
    std::size_t count = 0;
    for (const audit::Finding& f : findings)
      count += f.priority == p ? 1 : 0;
    summary[std::string(audit::to_string(p))] = count;
  }
  root["summary"] = std::move(summary);

  ordered_json out = ordered_json::array();
  for (const audit::Finding& f : findings) {
    ordered_json j;
    j["rule"] = f.rule;
    if (f.layer) j["layer"] = std::string(to_string(*f.layer));
    j["priority"] = std::string(audit::to_string(f.priority));
    j["title"] = {{"zh", f.title_zh}, {"en", f.title_en}};
    ordered_json subjects = ordered_json::array();
    for (const audit::Subject& s : f.subjects)
      subjects.push_back(subject(s));
    j["subjects"] = std::move(subjects);
    if (f.subjects_not_listed > 0) j["subjects_not_listed"] = f.subjects_not_listed;
    j["evidence"] = evidence_list(f.evidence);
    j["recommendation"] = {{"zh", f.recommendation_zh}, {"en", f.recommendation_en}};
    j["aspect"] = std::string(audit::to_string(f.aspect));
    j["aspect_zh"] = std::string(audit::to_chinese(f.aspect));
    j["cost_class"] = std::string(audit::to_string(f.cost));
    j["cost_class_zh"] = std::string(audit::to_chinese(f.cost));
    j["benefits"] = benefits(f.benefits);
    ordered_json potentials = ordered_json::array();
    for (const audit::PotentialExchange& p : f.potential_exchanges)
      potentials.push_back(potential(p));
    j["potential_exchanges"] = std::move(potentials);
    out.push_back(std::move(j));
  }
  root["findings"] = std::move(out);
  return root.dump(2) + "\n";
}

}  // namespace symbio::io
