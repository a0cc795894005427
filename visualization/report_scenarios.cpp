#include "visualization/report_scenarios.hpp"

#include <algorithm>
#include <string_view>

#include "network/conventions.hpp"

namespace symbio::viz {

namespace {

// How a row's numbers are printed: as they are, as a percentage (rates), or as a quantity in
// the layer's display unit.
enum class Format { plain, percent, quantity };

struct FlowLabel {
  std::string_view name;
  std::string_view zh;
  std::string_view en;
  Format format;
};

// The flow indicators of audit::scenario_flow_indicators(), named as the balance section names
// them.
constexpr FlowLabel kFlowLabels[] = {
    {"quantified", "有数量的交换数", "Exchanges with a quantity", Format::plain},
    {"internal_flow", "园区内部流量", "Internal flow", Format::quantity},
    {"import", "自园区外输入", "Import", Format::quantity},
    {"export", "向园区外输出", "Export", Format::quantity},
    {"byproduct_flow", "副产品流量", "By-product flow", Format::quantity},
    {"waste_flow", "废物流量", "Waste flow", Format::quantity},
    {"declared_unused", "申报未利用产出", "Declared unused output", Format::quantity},
    {"declared_need", "申报需求", "Declared need", Format::quantity},
    {"byproduct_utilisation_rate", "副产品利用率", "By-product utilisation rate", Format::percent},
    {"internal_byproduct_share", "园区内部副产品占比", "Internal by-product share",
     Format::percent},
    {"ena_nodes", "生态网络分析节点数", "ENA nodes", Format::plain},
    {"ena_boundary", "边界输入", "Boundary input", Format::quantity},
    {"ena_tst", "总系统通量 TST", "Total system throughflow TST", Format::quantity},
    {"ena_tstp", "含边界的总系统通量 TSTp", "Total system throughput TSTp", Format::quantity},
    {"ena_apl", "平均路径长度 APL", "Average path length APL", Format::plain},
    {"ena_fci", "Finn 循环指数 FCI", "Finn cycling index FCI", Format::percent},
    {"ena_ami", "平均互信息 AMI", "Average mutual information AMI", Format::plain},
    {"ena_ascendency", "优势度 A", "Ascendency A", Format::plain},
    {"ena_overhead", "冗余度", "Overhead", Format::plain},
    {"ena_capacity", "发展容量 C", "Development capacity C", Format::plain},
    {"ena_asc_cap", "优势度/发展容量 A/C", "Ascendency / capacity A/C", Format::plain},
    {"ena_robustness", "生态网络稳健性", "Network robustness -(A/C) ln(A/C)", Format::plain},
};

class ScenarioBlocks {
 public:
  ScenarioBlocks(const ReportInput& input, std::vector<ReportBlock>& blocks)
      : in_(input),
        blocks_(blocks),
        zh_(input.language == ReportLanguage::zh),
        c_(*input.scenarios),
        rows_per_(c_.scenarios.empty() ? 0 : c_.values.size() / c_.scenarios.size()) {}

  void run() {
    heading(2, tr("情景比较", "Scenario comparison"), "scenarios");
    paragraph(
        tr("现状为园区现有交换的分析；其余各情景在现状基础上加入相应交换（视为现有交换），"
           "其他设置均不变。括号内为与现状之差。级联与审核发现仅按现状计算；全部数值见 "
           "scenarios.csv（流量为标准单位）。",
           "\"As is\" analyses the park's existing exchanges; each other scenario adds its "
           "exchanges as existing ones, every other setting unchanged. The difference from "
           "\"as is\" is in brackets. Cascades and findings are computed for the park as "
           "it is only; scenarios.csv has every value (flows in canonical units)."));
    describe_scenarios();
    network_all();
    robustness();
    other_views();
    flows();
    standards();
  }

 private:
  std::string tr(std::string_view zh, std::string_view en) const {
    return std::string(zh_ ? zh : en);
  }
  void heading(int level, std::string text, std::string anchor = "") {
    ReportBlock b;
    b.kind = ReportBlock::Kind::heading;
    b.level = level;
    b.text = std::move(text);
    b.anchor = std::move(anchor);
    blocks_.push_back(std::move(b));
  }
  void paragraph(std::string text) {
    ReportBlock b;
    b.kind = ReportBlock::Kind::paragraph;
    b.text = std::move(text);
    blocks_.push_back(std::move(b));
  }
  void table(std::vector<std::vector<std::string>> rows) {
    ReportBlock b;
    b.kind = ReportBlock::Kind::table;
    b.header = {tr("指标", "Indicator")};
    for (const audit::ScenarioRun& run : c_.scenarios)
      b.header.push_back(scenario_label(run.name));
    b.rows = std::move(rows);
    blocks_.push_back(std::move(b));
  }

  std::string scenario_label(const std::string& name) const {
    if (name == "existing") return tr("现状", "As is");
    if (name == "planned") return tr("规划", "Planned");
    if (name == "potential") return tr("潜在", "Potential");
    if (name == "options") return tr("方案", "Options");
    return name;
  }
  std::string view_label(std::string_view layer) const {
    if (layer == "all") return tr("全部", "all");
    if (layer == "material") return tr("物质", "material");
    if (layer == "energy") return tr("能量", "energy");
    if (layer == "water") return tr("水", "water");
    if (layer == "waste") return tr("副产品与废物", "by-products and waste");
    return std::string(layer);
  }
  std::string typology_label(const std::string& typology) const {
    if (!zh_) return typology;
    if (typology == "anchor tenant") return "核心企业主导型";
    if (typology == "equality-oriented") return "平等型";
    if (typology == "weak completeness") return "弱完备型";
    return typology;
  }
  std::string park_label(const std::string& name) const {
    if (!zh_) return name;
    const net::Convention* c = net::find_convention(name);
    return c == nullptr ? name : std::string(c->label_zh);
  }

  const audit::ScenarioValue& at(std::size_t scenario, std::size_t row) const {
    return c_.values[scenario * rows_per_ + row];
  }
  bool differs(std::size_t row) const {
    const audit::ScenarioValue& base = at(0, row);
    for (std::size_t s = 1; s < c_.scenarios.size(); ++s) {
      if (at(s, row).value != base.value || at(s, row).text != base.text) return true;
    }
    return false;
  }
  bool defined(std::size_t row) const {
    for (std::size_t s = 0; s < c_.scenarios.size(); ++s) {
      if (at(s, row).value || !at(s, row).text.empty()) return true;
    }
    return false;
  }

  static std::string number(double x, Format format, double factor) {
    if (format == Format::percent) return report_number(x * 100.0) + "%";
    if (format == Format::quantity) return report_number(x / factor);
    return report_number(x);
  }
  // A difference of rates in percentage points, others as their values.
  std::string difference(double d, Format format, double factor) const {
    const std::string sign = d > 0 ? "+" : "";
    if (format == Format::percent) return sign + report_number(d * 100.0) + tr(" 个百分点", " pp");
    return sign + number(d, format, factor);
  }
  // The row's values side by side; a value that differs from `existing` with its difference.
  std::vector<std::string> cells(std::string label, std::size_t row, Format format,
                                 double factor = 1.0) const {
    std::vector<std::string> out{std::move(label)};
    const audit::ScenarioValue& base = at(0, row);
    for (std::size_t s = 0; s < c_.scenarios.size(); ++s) {
      const audit::ScenarioValue& v = at(s, row);
      if (!v.text.empty()) {
        out.push_back(typology_label(v.text));
      } else if (!v.value) {
        out.push_back("—");
      } else {
        std::string text = number(*v.value, format, factor);
        if (s > 0 && base.value && *v.value != *base.value) {
          text += " (" + difference(*v.value - *base.value, format, factor) + ")";
        }
        out.push_back(std::move(text));
      }
    }
    return out;
  }

  void describe_scenarios() {
    std::vector<std::vector<std::string>> items;
    for (const audit::ScenarioRun& run : c_.scenarios) {
      if (run.name == "existing") continue;
      const std::string label = scenario_label(run.name);
      const std::string n = std::to_string(run.candidates);
      const std::string added = std::to_string(run.exchanges_added);
      std::string what;
      if (run.name == "options") {
        what = tr("审核提出的 " + n +
                      " 项交换（申报产出与申报需求的最优分配），所用的申报产出与需求相应扣减",
                  n + " exchanges the audit proposes (the allocation of declared outputs to "
                      "declared needs), the quantities they move taken off the declarations");
      } else {
        what = zh_ ? "园区的 " + n + " 项" + label + "交换"
                   : "the park's " + n + " " + run.name + " exchanges";
      }
      std::string text = label + tr("：加入", ": adds ") + what;
      if (run.candidates == 0) {
        text = label + tr("：", ": ") +
               (run.name == "options" ? tr("审核未提出交换", "the audit proposes no exchange")
                                      : (zh_ ? "园区没有" + label + "交换"
                                             : "the park has no " + run.name + " exchanges")) +
               tr("，该情景与现状相同。", ", so the scenario equals \"as is\".");
      } else if (run.exchanges_added > 0) {
        text +=
            tr("；网络新增 " + added + " 项交换。", "; " + added + " exchanges enter the network.");
      } else {
        text += tr("；这些交换已计入现状分析，该情景与现状相同。",
                   "; they are already in the analysis, so the scenario equals \"as is\".");
      }
      items.push_back({std::move(text)});
    }
    if (items.empty()) return;
    ReportBlock b;
    b.kind = ReportBlock::Kind::list;
    b.rows = std::move(items);
    blocks_.push_back(std::move(b));
  }

  void network_all() {
    std::vector<std::vector<std::string>> rows;
    for (std::size_t k = 0; k < rows_per_; ++k) {
      const audit::ScenarioValue& v = at(0, k);
      if (v.group != audit::ScenarioGroup::network || v.layer != "all") continue;
      rows.push_back(cells(park_label(v.indicator), k, Format::plain));
    }
    if (rows.empty()) return;
    heading(3, tr("网络指标（全部交换）", "Network indicators (every exchange)"));
    table(std::move(rows));
  }

  void robustness() {
    std::vector<std::vector<std::string>> rows;
    for (std::size_t k = 0; k < rows_per_; ++k) {
      const audit::ScenarioValue& v = at(0, k);
      if (v.group != audit::ScenarioGroup::robustness) continue;
      const std::string_view strategy =
          std::string_view(v.indicator).substr(std::string_view("robustness_index_").size());
      std::string how = std::string(strategy);
      if (strategy == "random") how = tr("随机移除", "random removal");
      if (strategy == "degree") how = tr("按度数移除", "removal by degree");
      if (strategy == "pagerank") how = tr("按 PageRank 移除", "removal by PageRank");
      rows.push_back(cells(tr("稳健性指数 R（", "Robustness index R (") + how + tr("）", ")"), k,
                           Format::plain));
    }
    if (rows.empty()) return;
    heading(3, tr("网络稳健性", "Robustness"));
    paragraph(
        tr("R 为企业依次移除过程中最大连通分量占比的平均值（Schneider 等 2011）；按中介中心性"
           "移除需再做一次全网最短路计算，未列入情景比较。",
           "R is the mean share of the largest component as enterprises are removed one "
           "by one (Schneider et al. 2011); removal by betweenness would need another "
           "all-pairs shortest-path sweep and is not compared."));
    table(std::move(rows));
  }

  void other_views() {
    std::vector<std::vector<std::string>> rows;
    for (std::size_t k = 0; k < rows_per_; ++k) {
      const audit::ScenarioValue& v = at(0, k);
      if (v.group != audit::ScenarioGroup::network || v.layer == "all" || !differs(k)) continue;
      rows.push_back(
          cells(view_label(v.layer) + tr("：", ": ") + park_label(v.indicator), k, Format::plain));
    }
    heading(3, tr("各层网络指标", "Network indicators of the layers"));
    if (rows.empty()) {
      paragraph(tr("各层网络指标在各情景下相同。",
                   "The layers' network indicators are the same in every scenario."));
      return;
    }
    paragraph(tr("仅列出各情景间不同的指标。", "Only the indicators that differ are listed."));
    table(std::move(rows));
  }

  // The display unit of a layer as the balance section uses it; the canonical unit otherwise.
  std::pair<std::string, double> unit_of(const std::string& layer) const {
    if (in_.flows != nullptr) {
      for (const net::LayerFlows& l : in_.flows->layers) {
        if (to_string(l.layer) == layer) return {l.display_unit, l.display_factor};
      }
    }
    if (layer == "energy") return {"GJ/a", 1.0};
    if (layer == "water") return {"m3/a", 1.0};
    return {"t/a", 1.0};
  }

  void flows() {
    std::vector<std::vector<std::string>> rows;
    bool any = false;
    for (std::size_t k = 0; k < rows_per_; ++k) {
      const audit::ScenarioValue& v = at(0, k);
      if (v.group != audit::ScenarioGroup::flows) continue;
      any = true;
      if (!differs(k)) continue;
      const auto label = std::find_if(std::begin(kFlowLabels), std::end(kFlowLabels),
                                      [&](const FlowLabel& l) { return l.name == v.indicator; });
      if (label == std::end(kFlowLabels)) continue;
      const auto [unit, factor] = unit_of(v.layer);
      std::string text =
          view_label(v.layer) + tr("：", ": ") + tr(label->zh, label->en) +
          (label->format == Format::quantity ? tr("（", " (") + unit + tr("）", ")") : "");
      rows.push_back(cells(std::move(text), k, label->format, factor));
    }
    if (!any) return;
    heading(3, tr("物质、能量与水流量", "Material, energy and water flows"));
    if (rows.empty()) {
      paragraph(tr("各层流量在各情景下相同。", "The flows are the same in every scenario."));
      return;
    }
    paragraph(tr("仅列出各情景间不同的指标；数量采用输入数据中该层最常用的单位。",
                 "Only the indicators that differ are listed; quantities in the unit the input "
                 "used most for the layer."));
    table(std::move(rows));
  }

  void standards() {
    std::vector<std::vector<std::string>> rows;
    for (std::size_t k = 0; k < rows_per_; ++k) {
      const audit::ScenarioValue& v = at(0, k);
      if (v.group != audit::ScenarioGroup::standards || !defined(k)) continue;
      std::string label = v.indicator;
      std::string unit;
      if (in_.standards != nullptr) {
        for (const audit::StandardIndicator& s : *in_.standards) {
          if (s.indicator != v.indicator) continue;
          if (zh_) label = s.chinese;
          unit = s.unit;
          break;
        }
      }
      const bool rate = unit == "fraction";
      if (!rate && !unit.empty()) label += tr("（", " (") + unit + tr("）", ")");
      rows.push_back(cells(std::move(label), k, rate ? Format::percent : Format::plain));
    }
    if (rows.empty()) return;
    heading(3, tr("园区标准指标", "Standard indicators of the park"));
    paragraph(tr("由企业数据（data.csv）计算，交换的增减不改变这些指标。",
                 "Computed from the enterprise data (data.csv), which adding exchanges does not "
                 "change."));
    table(std::move(rows));
  }

  const ReportInput& in_;
  std::vector<ReportBlock>& blocks_;
  bool zh_;
  const audit::ScenarioComparison& c_;
  std::size_t rows_per_;
};

}  // namespace

void append_scenario_blocks(const ReportInput& input, std::vector<ReportBlock>& blocks) {
  if (input.scenarios == nullptr || input.scenarios->scenarios.empty()) return;
  ScenarioBlocks(input, blocks).run();
}

}  // namespace symbio::viz
