#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/types.hpp"

namespace symbio::audit {

// A finding of the audit (docs/methods.md#audit-findings): a screened problem of the park's
// symbiosis network with the option it suggests, in the vocabulary of a Chinese
// cleaner-production audit (清洁生产审核办法, 2016; GB/T 25973-2010).

enum class Priority { high, medium, low };

// Where an option belongs: the eight aspects of a cleaner-production audit (原辅材料和能源,
// 技术工艺, 设备, 过程控制, 产品, 废弃物, 管理, 员工; GB/T 25973-2010), plus the two of a
// park-level audit (Zhang Yongbo et al. 2024): between enterprises and the park's shared
// infrastructure.
enum class Aspect {
  raw_materials_energy,
  technology,
  equipment,
  process_control,
  products,
  waste,
  management,
  staff,
  inter_enterprise,
  park_infrastructure,
};

// 无/低费 options are implemented at once during the audit; 中/高费 options need a feasibility
// study (清洁生产审核办法, 2016).
enum class CostClass { no_low, medium_high };

// An indicator value as the analysis printed it: a real, an integer (degree, counts), a
// boolean (articulation) or a text (typology).
using EvidenceValue = std::variant<double, std::int64_t, bool, std::string>;

// "all.degree_centralization" (a park field of a view), "all.degree" (an enterprise column of a
// view; the finding's subject says whose), "cascade.cascade_impact", "load.beta_c",
// "declaration.amount"...
struct Evidence {
  std::string name;
  std::string subject;  // enterprise or exchange id the value belongs to; empty for the park
  EvidenceValue value;
  bool operator==(const Evidence&) const = default;
};

// What a benefit counts (docs/methods.md#audit-findings).
enum class BenefitBasis {
  diverted,              // a resource put to use instead of stored, landfilled or flared
  energy_recovered,      // heat or fuel put to use (GJ)
  coal_equivalent,       // the same in tonnes of standard coal (GJ / 29.3076, GB/T 2589-2020)
  fresh_water_replaced,  // fresh water a reused water replaces (m3)
  co2_avoided,           // t CO2, where the declarations give an emission factor
};

// A benefit as a number: `quantity` of `resource` per year in `unit` (the unit the input used
// most for the layer, "万吨/年"; tce/a for coal equivalent, t/a for CO2). `share` is the canonical
// quantity over the layer's total flow (internal + import + export,
// docs/methods.md#flows-of-the-quantified-park), where the park's flows are known; options are
// ranked by it.
struct Benefit {
  std::string resource;
  double quantity = 0.0;
  std::string unit;
  BenefitBasis basis = BenefitBasis::diverted;
  std::optional<double> share;
  bool operator==(const Benefit&) const = default;
};

// What a subject of a finding is.
enum class SubjectKind {
  enterprise,
  exchange,
  tie,        // a pair of enterprises (a bridge of U): id "a|b"
  output,     // a declared unused output of an enterprise (id = the enterprise)
  indicator,  // a standard's indicator (below-standard)
};

// One enterprise, exchange, tie, declared output or indicator a finding flags, with its own
// evidence. A finding's subjects are ranked by the rule's severity, most severe first.
struct Subject {
  SubjectKind kind = SubjectKind::enterprise;
  std::string id;
  std::string name;  // the enterprise's name (an indicator: its Chinese name); may equal id
  // The other enterprise of a dependency or tie (single-source-input: the supplier; a bridge:
  // its second end), else empty.
  std::string partner;
  std::string partner_name;
  // The resources concerned, as the input names them (污泥, 粉煤灰), without repetition.
  std::vector<std::string> resources;
  std::optional<Layer> layer;
  // The subject's quantity (an exchange's, a dependency's, a declared output's) in `unit`, the
  // unit the input used most for the layer, and its share of the layer's total flow.
  std::optional<double> quantity;
  std::string unit;
  std::optional<double> share;
  // Enterprises involved (those failing with it, those it dominates or strands), bounded by
  // kMaxRelated; related_not_listed counts the rest.
  std::vector<std::string> related;
  std::int64_t related_not_listed = 0;
  std::vector<Evidence> evidence;
  bool operator==(const Subject&) const = default;
};

// A new exchange the audit proposes (unused-byproduct, energy-cascade, water-reuse): a declared
// output (or a `potential` exchange) matched to another enterprise's declared need through the
// resource catalogue.
struct PotentialExchange {
  std::string supplier;
  std::string receiver;
  std::string resource;      // as the supplier declared it ("粉煤灰")
  std::string resource_key;  // catalogue key of the output ("fly_ash"); empty if unknown
  std::string need;          // the receiver's declared need ("水泥原料"); empty if none
  std::string need_key;      // its catalogue key ("cement_raw_material")
  // "same-resource", "substitute" (the output's catalogue substitutes list the need's key),
  // "potential-exchange" (an exchange of status potential in the park), "fresh-water-user"
  // (water-reuse: a receiver of fresh water).
  std::string match;
  std::string exchange_id;  // the potential exchange, if one exists
  Layer layer = Layer::material;
  // Canonical amount (t/a, GJ/a, m3/a): the smaller of the declared output and need when both
  // are known, else the one known.
  std::optional<double> quantity;
  std::string unit;                   // canonical unit of the layer
  std::optional<double> avoided_co2;  // t CO2/a, where an emission factor was declared
  // The quantity in the unit the input used most for the layer ("万吨/年"), when known.
  std::optional<double> display_quantity;
  std::string display_unit;
  std::vector<Benefit> benefits;  // of this exchange alone
  bool operator==(const PotentialExchange&) const = default;
};

struct Finding {
  std::string rule;  // stable id of the rule table (rules.hpp)
  std::string title_zh;
  std::string title_en;
  Priority priority = Priority::medium;
  // The layer of a rule that gives one finding per layer (single-source-input); empty for a
  // finding about the whole park.
  std::optional<Layer> layer;
  std::vector<Subject> subjects;  // ranked, most severe first
  // Subjects beyond the listed ones (rules.hpp: kMaxListed).
  std::int64_t subjects_not_listed = 0;
  std::vector<Evidence> evidence;  // about the park as a whole
  std::string recommendation_zh;
  std::string recommendation_en;
  Aspect aspect = Aspect::inter_enterprise;
  CostClass cost = CostClass::no_low;
  // The option's benefits as numbers, one per resource and basis, where quantities exist.
  std::vector<Benefit> benefits;
  std::vector<PotentialExchange> potential_exchanges;  // ranked, best first
  bool operator==(const Finding&) const = default;
};

// "high", "medium", "low"; 高, 中, 低.
std::string_view to_string(Priority priority);
std::string_view to_chinese(Priority priority);
// "raw_materials_energy", ...; 原辅材料和能源, 技术工艺, 设备, 过程控制, 产品, 废弃物, 管理, 员工,
// 企业间, 园区基础设施.
std::string_view to_string(Aspect aspect);
std::string_view to_chinese(Aspect aspect);
std::string_view to_english(Aspect aspect);  // "raw materials and energy", ...
// "no_low", "medium_high"; 无/低费, 中/高费.
std::string_view to_string(CostClass cost);
std::string_view to_chinese(CostClass cost);
std::string_view to_english(CostClass cost);  // "no/low cost", "medium/high cost"
// "diverted", "energy_recovered", "coal_equivalent", "fresh_water_replaced", "co2_avoided";
// 资源化利用量, 回收能量, 折标准煤, 替代新鲜水, 减排二氧化碳.
std::string_view to_string(BenefitBasis basis);
std::string_view to_chinese(BenefitBasis basis);
std::string_view to_english(BenefitBasis basis);  // "diverted to use", ...
// "enterprise", "exchange", "tie", "output", "indicator".
std::string_view to_string(SubjectKind kind);
// The subject's ids as a list (tests, the interactive report).
std::vector<std::string> subject_ids(const Finding& finding);
// The largest share of the finding's benefits (its rank among options), or nullopt.
std::optional<double> benefit_share(const std::vector<Benefit>& benefits);

// An evidence value as text: reals in the shortest form that round-trips, integers without a
// fraction, booleans as true/false.
std::string to_text(const EvidenceValue& value);

}  // namespace symbio::audit
