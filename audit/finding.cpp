#include "audit/finding.hpp"

#include <charconv>
#include <cmath>

namespace symbio::audit {

std::string_view to_string(Priority priority) {
  switch (priority) {
    case Priority::high:
      return "high";
    case Priority::medium:
      return "medium";
    case Priority::low:
      return "low";
  }
  return "medium";
}

std::string_view to_chinese(Priority priority) {
  switch (priority) {
    case Priority::high:
      return "高";
    case Priority::medium:
      return "中";
    case Priority::low:
      return "低";
  }
  return "中";
}

std::string_view to_string(Aspect aspect) {
  switch (aspect) {
    case Aspect::raw_materials_energy:
      return "raw_materials_energy";
    case Aspect::technology:
      return "technology";
    case Aspect::equipment:
      return "equipment";
    case Aspect::process_control:
      return "process_control";
    case Aspect::products:
      return "products";
    case Aspect::waste:
      return "waste";
    case Aspect::management:
      return "management";
    case Aspect::staff:
      return "staff";
    case Aspect::inter_enterprise:
      return "inter_enterprise";
    case Aspect::park_infrastructure:
      return "park_infrastructure";
  }
  return "inter_enterprise";
}

std::string_view to_chinese(Aspect aspect) {
  switch (aspect) {
    case Aspect::raw_materials_energy:
      return "原辅材料和能源";
    case Aspect::technology:
      return "技术工艺";
    case Aspect::equipment:
      return "设备";
    case Aspect::process_control:
      return "过程控制";
    case Aspect::products:
      return "产品";
    case Aspect::waste:
      return "废弃物";
    case Aspect::management:
      return "管理";
    case Aspect::staff:
      return "员工";
    case Aspect::inter_enterprise:
      return "企业间";
    case Aspect::park_infrastructure:
      return "园区基础设施";
  }
  return "企业间";
}

std::string_view to_english(Aspect aspect) {
  switch (aspect) {
    case Aspect::raw_materials_energy:
      return "raw materials and energy";
    case Aspect::technology:
      return "technology";
    case Aspect::equipment:
      return "equipment";
    case Aspect::process_control:
      return "process control";
    case Aspect::products:
      return "products";
    case Aspect::waste:
      return "waste";
    case Aspect::management:
      return "management";
    case Aspect::staff:
      return "staff";
    case Aspect::inter_enterprise:
      return "inter-enterprise";
    case Aspect::park_infrastructure:
      return "park infrastructure";
  }
  return "inter-enterprise";
}

std::string_view to_string(CostClass cost) {
  return cost == CostClass::no_low ? "no_low" : "medium_high";
}
std::string_view to_chinese(CostClass cost) {
  return cost == CostClass::no_low ? "无/低费" : "中/高费";
}
std::string_view to_english(CostClass cost) {
  return cost == CostClass::no_low ? "no/low cost" : "medium/high cost";
}

std::string_view to_string(BenefitBasis basis) {
  switch (basis) {
    case BenefitBasis::diverted:
      return "diverted";
    case BenefitBasis::energy_recovered:
      return "energy_recovered";
    case BenefitBasis::coal_equivalent:
      return "coal_equivalent";
    case BenefitBasis::fresh_water_replaced:
      return "fresh_water_replaced";
    case BenefitBasis::co2_avoided:
      return "co2_avoided";
  }
  return "diverted";
}

std::string_view to_chinese(BenefitBasis basis) {
  switch (basis) {
    case BenefitBasis::diverted:
      return "资源化利用量";
    case BenefitBasis::energy_recovered:
      return "回收能量";
    case BenefitBasis::coal_equivalent:
      return "折标准煤";
    case BenefitBasis::fresh_water_replaced:
      return "替代新鲜水";
    case BenefitBasis::co2_avoided:
      return "减排二氧化碳";
  }
  return "资源化利用量";
}

std::string_view to_english(BenefitBasis basis) {
  switch (basis) {
    case BenefitBasis::diverted:
      return "put to use";
    case BenefitBasis::energy_recovered:
      return "energy recovered";
    case BenefitBasis::coal_equivalent:
      return "standard coal equivalent";
    case BenefitBasis::fresh_water_replaced:
      return "fresh water replaced";
    case BenefitBasis::co2_avoided:
      return "CO2 avoided";
  }
  return "put to use";
}

std::string_view to_string(SubjectKind kind) {
  switch (kind) {
    case SubjectKind::enterprise:
      return "enterprise";
    case SubjectKind::exchange:
      return "exchange";
    case SubjectKind::tie:
      return "tie";
    case SubjectKind::output:
      return "output";
    case SubjectKind::indicator:
      return "indicator";
  }
  return "enterprise";
}

std::vector<std::string> subject_ids(const Finding& finding) {
  std::vector<std::string> ids;
  ids.reserve(finding.subjects.size());
  for (const Subject& s : finding.subjects)
    ids.push_back(s.id);
  return ids;
}

std::optional<double> benefit_share(const std::vector<Benefit>& benefits) {
  std::optional<double> best;
  for (const Benefit& b : benefits) {
    if (b.share && (!best || *b.share > *best)) best = b.share;
  }
  return best;
}

std::string to_text(const EvidenceValue& value) {
  if (const auto* real = std::get_if<double>(&value)) {
    if (!std::isfinite(*real)) return std::isnan(*real) ? "nan" : (*real > 0 ? "inf" : "-inf");
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, *real);
    return std::string(buffer, result.ptr);
  }
  if (const auto* integer = std::get_if<std::int64_t>(&value)) return std::to_string(*integer);
  if (const auto* flag = std::get_if<bool>(&value)) return *flag ? "true" : "false";
  return std::get<std::string>(value);
}

}  // namespace symbio::audit
