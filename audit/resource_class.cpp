#include "audit/resource_class.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace symbio::audit {
namespace {

bool one_of(const std::string& key, std::initializer_list<std::string_view> keys) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

}  // namespace

ResourceClass classify(const Resource* entry, Layer layer, Kind kind) {
  const std::string key = entry != nullptr ? entry->key : "";
  if (one_of(key, {"steam", "heat", "waste_heat", "process_heat"}))
    return ResourceClass::steam_heat;
  if (key == "electricity") return ResourceClass::power;
  if (key == "sludge") return ResourceClass::sludge;
  if (one_of(key, {"waste_acid", "spent_caustic", "spent_catalyst", "hazardous_waste", "waste_oil",
                   "mixed_salt"})) {
    return ResourceClass::hazardous;
  }
  if (layer == Layer::water) {
    return kind == Kind::waste ? ResourceClass::wastewater : ResourceClass::water_supply;
  }
  if (layer == Layer::energy) return ResourceClass::fuel_gas;
  if (one_of(key,
             {"hydrogen", "oxygen", "nitrogen", "co2", "syngas", "acid_gas", "chlorine", "ethylene",
              "propylene", "olefins", "sulphur_dioxide", "kiln_gas", "flue_gas"})) {
    return ResourceClass::process_gas;
  }
  if (kind == Kind::waste || kind == Kind::byproduct) return ResourceClass::solid_waste;
  return ResourceClass::feedstock;
}

namespace {

struct Phrases {
  std::string_view supply_zh, supply_en, outlet_zh, outlet_en, use_zh, use_en;
};

const Phrases& phrases(ResourceClass c) {
  static const std::array<Phrases, 10> kPhrases = {{
      {"设置备用锅炉或与第二热源互联的蒸汽管网，并制定停汽应急预案",
       "a standby boiler or a steam main tied to a second heat source, and a plan for a steam "
       "outage",
       "安排余热或蒸汽的第二用户或放散条件",
       "a second user of the heat or steam, or a way to vent it",
       "按能量梯级利用送往低温用热企业（蒸汽管网、集中供热、热泵）",
       "cascade it to low-temperature users (steam network, district heat, heat pumps)"},
      {"双回路供电或第二电源", "a second feeder or power source", "第二购电方或上网",
       "a second offtaker or export to the grid", "上网或就近供电",
       "export or supply nearby users"},
      {"设置缓冲储罐并签订保供合同，条件允许时接入第二气源",
       "a buffer holder and a supply contract, a second gas source where one exists",
       "安排第二用户或回收利用，避免放空或火炬燃烧",
       "a second user or recovery, rather than venting or flaring",
       "回收作燃料或化工原料，避免火炬燃烧", "recover it as fuel or feedstock instead of flaring"},
      {"设置缓冲储罐并签订保供合同，条件允许时接入第二气源或备用装置",
       "a buffer tank and a supply contract, a second source or standby unit where one exists",
       "安排第二用户或回收利用，避免放空", "a second user or recovery, rather than venting",
       "用于化工合成、驱油或温室气肥等",
       "use it for synthesis, oil recovery or greenhouse enrichment"},
      {"建设备用水源或蓄水设施", "a standby water source or storage", "安排回用或第二接收方",
       "reuse or a second receiver", "回用于循环冷却水补水或工艺用水，替代新鲜水",
       "reuse it as cooling-water make-up or process water in place of fresh water"},
      {"", "", "设置事故应急池，并与第二座污水处理设施签订应急接纳协议或预留备用处理能力",
       "an emergency basin, and a contingency agreement with a second treatment plant or spare "
       "treatment capacity",
       "深度处理后回用", "treat it for reuse"},
      {"", "", "准备备用的焚烧、干化或水泥窑协同处置路线，并设置临时贮存",
       "a contingency route by incineration, drying or co-processing in a cement kiln, and "
       "temporary storage",
       "干化后掺烧或水泥窑协同处置，不再填埋",
       "dry it for co-firing or co-processing in a cement kiln instead of landfill"},
      {"", "", "与第二家有资质的危险废物经营单位签订应急协议，并设置合规暂存",
       "a contingency agreement with a second licensed hazardous-waste facility and compliant "
       "temporary storage",
       "交有资质的单位利用或处置", "hand it to a licensed facility for recovery or disposal"},
      {"签订保供合同并设置储存", "a supply contract and storage",
       "设置临时贮存场，并安排第二利用或处置去向",
       "temporary storage and a second user or disposal route", "用于水泥、建材或回填等综合利用",
       "use it in cement, building materials or backfill"},
      {"签订长期保供合同并设置中间储存，条件允许时开发第二供应方",
       "a long-term supply contract and intermediate storage, a second supplier where one exists",
       "安排第二接收方", "a second receiver", "寻找园区内外的用户",
       "find a user in or near the park"},
  }};
  return kPhrases[static_cast<std::size_t>(c)];
}

}  // namespace

std::string_view supply_option_zh(ResourceClass c) {
  return phrases(c).supply_zh;
}
std::string_view supply_option_en(ResourceClass c) {
  return phrases(c).supply_en;
}
std::string_view outlet_option_zh(ResourceClass c) {
  return phrases(c).outlet_zh;
}
std::string_view outlet_option_en(ResourceClass c) {
  return phrases(c).outlet_en;
}
std::string_view use_option_zh(ResourceClass c) {
  return phrases(c).use_zh;
}
std::string_view use_option_en(ResourceClass c) {
  return phrases(c).use_en;
}

}  // namespace symbio::audit
