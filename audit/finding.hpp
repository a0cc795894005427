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

// Expected benefits of the option.
struct Benefits {
  bool resource = false;
  bool energy = false;
  bool water = false;
  bool pollutant = false;
  bool co2 = false;
  bool operator==(const Benefits&) const = default;
};

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
  bool operator==(const PotentialExchange&) const = default;
};

struct Finding {
  std::string rule;  // stable id of the rule table (rules.hpp)
  std::string title_zh;
  std::string title_en;
  Priority priority = Priority::medium;
  std::vector<std::string> subjects;  // enterprise and exchange ids, the main one first
  // Subjects beyond the listed ones (rules.hpp: kMaxListed), e.g. the rest of a cascade's
  // failed enterprises, which cascade.csv counts per trigger.
  std::int64_t subjects_not_listed = 0;
  std::vector<Evidence> evidence;
  std::string recommendation_zh;
  std::string recommendation_en;
  Aspect aspect = Aspect::inter_enterprise;
  CostClass cost = CostClass::no_low;
  Benefits benefits;
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
// The benefits set, in the order resource, energy, water, pollutant, co2 ("co2" as written in
// findings.json); Chinese: 资源, 能源, 水, 污染物, 二氧化碳.
std::vector<std::string_view> benefit_names(const Benefits& benefits);
std::vector<std::string_view> benefit_names_zh(const Benefits& benefits);

// An evidence value as text: reals in the shortest form that round-trips, integers without a
// fraction, booleans as true/false.
std::string to_text(const EvidenceValue& value);

}  // namespace symbio::audit
