#include "audit/finding.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <set>
#include <string>
#include <vector>

namespace symbio::audit {
namespace {

constexpr Aspect kAspects[] = {
    Aspect::raw_materials_energy, Aspect::technology, Aspect::equipment,
    Aspect::process_control,      Aspect::products,   Aspect::waste,
    Aspect::management,           Aspect::staff,      Aspect::inter_enterprise,
    Aspect::park_infrastructure};

TEST(FindingTest, NamesOfTheTenAspects) {
  // The eight aspects of GB/T 25973-2010 and the two of a park-level audit, each with distinct
  // names in every language (findings.json and both reports use them as keys).
  std::set<std::string_view> ids, zh, en;
  for (const Aspect a : kAspects) {
    ids.insert(to_string(a));
    zh.insert(to_chinese(a));
    en.insert(to_english(a));
  }
  EXPECT_EQ(ids.size(), 10U);
  EXPECT_EQ(zh.size(), 10U);
  EXPECT_EQ(en.size(), 10U);
  EXPECT_EQ(to_chinese(Aspect::raw_materials_energy), "原辅材料和能源");
  EXPECT_EQ(to_chinese(Aspect::staff), "员工");
  EXPECT_EQ(to_string(Aspect::inter_enterprise), "inter_enterprise");
}

TEST(FindingTest, PriorityAndCost) {
  EXPECT_EQ(to_string(Priority::high), "high");
  EXPECT_EQ(to_chinese(Priority::low), "低");
  EXPECT_EQ(to_string(CostClass::medium_high), "medium_high");
  EXPECT_EQ(to_chinese(CostClass::no_low), "无/低费");
  EXPECT_EQ(to_english(CostClass::medium_high), "medium/high cost");
}

TEST(FindingTest, BenefitBasesAndTheLargestShare) {
  // Five bases with distinct names in every language.
  std::set<std::string_view> ids, zh, en;
  for (const BenefitBasis b :
       {BenefitBasis::diverted, BenefitBasis::energy_recovered, BenefitBasis::coal_equivalent,
        BenefitBasis::fresh_water_replaced, BenefitBasis::co2_avoided}) {
    ids.insert(to_string(b));
    zh.insert(to_chinese(b));
    en.insert(to_english(b));
  }
  EXPECT_EQ(ids.size(), 5U);
  EXPECT_EQ(zh.size(), 5U);
  EXPECT_EQ(en.size(), 5U);
  EXPECT_EQ(to_chinese(BenefitBasis::coal_equivalent), "折标准煤");
  // An option ranks by the largest share among its benefits; none without a share.
  EXPECT_FALSE(benefit_share({}).has_value());
  const std::vector<Benefit> benefits = {
      {"粉煤灰", 40.0, "万吨/年", BenefitBasis::diverted, 0.01},
      {"粉煤灰", 12.0, "t/a", BenefitBasis::co2_avoided, std::nullopt},
      {"余热", 30.0, "万GJ/年", BenefitBasis::energy_recovered, 0.05}};
  EXPECT_DOUBLE_EQ(*benefit_share(benefits), 0.05);
}

TEST(FindingTest, SubjectIdsInRankOrder) {
  Finding f;
  f.subjects.push_back({.id = "e20"});
  f.subjects.push_back({.kind = SubjectKind::tie, .id = "e03|e25"});
  EXPECT_EQ(subject_ids(f), (std::vector<std::string>{"e20", "e03|e25"}));
  EXPECT_EQ(to_string(SubjectKind::tie), "tie");
  EXPECT_EQ(to_string(SubjectKind::indicator), "indicator");
}

TEST(FindingTest, EvidenceAsText) {
  EXPECT_EQ(to_text(EvidenceValue{0.1}), "0.1");  // shortest round trip, not 0.1000000000000000055
  EXPECT_EQ(to_text(EvidenceValue{71.33333333333333}), "71.33333333333333");
  EXPECT_EQ(to_text(EvidenceValue{std::int64_t{42}}), "42");
  EXPECT_EQ(to_text(EvidenceValue{true}), "true");
  EXPECT_EQ(to_text(EvidenceValue{std::string("anchor tenant")}), "anchor tenant");
  EXPECT_EQ(to_text(EvidenceValue{std::numeric_limits<double>::infinity()}), "inf");
  EXPECT_EQ(to_text(EvidenceValue{std::nan("")}), "nan");
}

}  // namespace
}  // namespace symbio::audit
