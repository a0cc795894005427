#include "visualization/report_flows.hpp"

#include <algorithm>
#include <optional>

#include "core/error.hpp"
#include "visualization/detail/report_writer.hpp"
#include "visualization/sankey.hpp"

namespace symbio::viz {

namespace {

class FlowBlocks : public detail::BlockWriter {
 public:
  FlowBlocks(const ReportInput& input, std::vector<ReportBlock>& blocks)
      : BlockWriter(input, blocks) {}

  void run() {
    if (in_.flows != nullptr && !in_.flows->layers.empty()) {
      heading(2, tr("园区物质、能量与水平衡", "Material, energy and water balance of the park"),
              "balance");
      paragraph(
          tr("园区内部流量：园区内企业之间的交换；输入、输出：与园区外部（市场、电网、"
             "水体、填埋场等）的交换。副产品利用率 = 副产品流量 / (副产品流量 + 废物流量 + "
             "申报未利用产出)。表中数量采用输入数据中该层最常用的单位；balance.csv 与 "
             "flows.csv 采用标准单位。",
             "Internal flow: exchanges between the park's enterprises; import and export: "
             "exchanges with boundary actors (market, grid, water bodies, landfill). "
             "By-product utilisation rate = by-product flow / (by-product flow + waste flow "
             "+ declared unused output). Quantities are shown in the unit the input used "
             "most for the layer; balance.csv and flows.csv keep the canonical units."));
      for (const net::LayerFlows& layer : in_.flows->layers)
        layer_section(layer);
    }
    if (in_.standards != nullptr) standards();
  }

 private:
  static std::string quantity(const std::optional<double>& value, double factor) {
    if (!value) return "—";
    return report_number(*value / factor);
  }
  static std::string share(const std::optional<double>& value) {
    if (!value) return "—";
    return report_number(*value * 100.0) + "%";
  }
  static std::string plain(const std::optional<double>& value) {
    return value ? report_number(*value) : "—";
  }

  void layer_section(const net::LayerFlows& l) {
    const std::string unit = l.display_unit;
    const double f = l.display_factor;
    heading(3,
            zh_ ? layer_label(l.layer) + "平衡（单位：" + unit + "）"
                : "Balance of the " + layer_label(l.layer) + " layer (unit: " + unit + ")",
            "balance-" + std::string(to_string(l.layer)));
    std::vector<std::vector<std::string>> rows = {
        {tr("交换（有数量 / 全部）", "Exchanges (with a quantity / all)"),
         std::to_string(l.quantified) + " / " + std::to_string(l.exchanges)},
        {tr("园区内部流量", "Internal flow"), quantity(l.internal_flow, f)},
        {tr("自园区外输入", "Import"), quantity(l.import_flow, f)},
        {tr("向园区外输出", "Export"), quantity(l.export_flow, f)},
        {tr("副产品流量", "By-product flow"), quantity(l.byproduct_flow, f)},
        {tr("废物流量", "Waste flow"), quantity(l.waste_flow, f)},
        {tr("申报未利用产出", "Declared unused output"), quantity(l.declared_unused, f)},
        {tr("申报需求", "Declared need"), quantity(l.declared_need, f)},
        {tr("副产品利用率", "By-product utilisation rate"), share(l.byproduct_utilisation_rate)},
        {tr("园区内部副产品占比", "Internal by-product share"), share(l.internal_byproduct_share)},
    };
    if (l.ena) {
      const net::EnaResult& e = *l.ena;
      rows.push_back({tr("总系统通量 TST", "Total system throughflow TST"), quantity(e.tst, f)});
      rows.push_back({tr("平均路径长度 APL", "Average path length APL"), plain(e.apl)});
      rows.push_back({tr("Finn 循环指数 FCI", "Finn cycling index FCI"), share(e.fci)});
      rows.push_back({tr("优势度/发展容量 A/C", "Ascendency / capacity A/C"), plain(e.asc_cap)});
      rows.push_back(
          {tr("生态网络稳健性", "Network robustness -(A/C) ln(A/C)"), plain(e.robustness)});
    }
    table({tr("指标", "Indicator"), tr("数值", "Value")}, std::move(rows));
    for (const std::string& note : zh_ ? notes_zh(l) : l.notes)
      paragraph(tr("注：", "Note: ") + note);
    if (!l.internal_flow) return;

    // The enterprises that move the most, largest first (ties by index).
    std::vector<const net::EnterpriseBalance*> order;
    for (const net::EnterpriseBalance& b : l.balance) {
      if (moved(b) > 0.0 || b.declared_unused > 0.0 || b.declared_need > 0.0) order.push_back(&b);
    }
    std::stable_sort(order.begin(), order.end(),
                     [](const auto* a, const auto* b) { return moved(*a) > moved(*b); });
    const std::size_t shown = std::min(order.size(), in_.top_balance_rows);
    std::vector<std::vector<std::string>> balance;
    for (std::size_t k = 0; k < shown; ++k) {
      const net::EnterpriseBalance& b = *order[k];
      const std::string& name = in_.graph.name(b.enterprise);
      balance.push_back(
          {name.empty() ? in_.graph.id(b.enterprise) : name, quantity(b.in_internal, f),
           quantity(b.in_external, f), quantity(b.out_internal, f), quantity(b.out_external, f),
           quantity(b.declared_unused, f), b.ena_cycling ? share(b.ena_cycling) : "—"});
    }
    if (!balance.empty()) {
      table({tr("企业", "Enterprise"), tr("园区内输入", "In (internal)"),
             tr("园区外输入", "In (external)"), tr("园区内输出", "Out (internal)"),
             tr("园区外输出", "Out (external)"), tr("申报未利用", "Declared unused"),
             tr("循环占比", "Cycling share")},
            std::move(balance));
    }
    if (order.size() > shown) {
      paragraph(zh_ ? "另有 " + std::to_string(order.size() - shown) + " 家企业，见 balance.csv。"
                    : "and " + std::to_string(order.size() - shown) +
                          " more enterprises (balance.csv).");
    }
    const std::string file = "sankey_" + std::string(to_string(l.layer)) + ".svg";
    for (const auto& [name, svg] : in_.sankeys) {
      if (name != file) continue;
      figure(svg, name,
             zh_ ? layer_label(l.layer) + "流量桑基图：企业之间的实际流量（" + unit + "）"
                 : "Sankey diagram of the " + layer_label(l.layer) +
                       " flows between enterprises (" + unit + ")");
    }
  }

  // The notes of net::compute_flows (LayerFlows::notes, in English) said in Chinese, from the
  // same counts.
  static std::vector<std::string> notes_zh(const net::LayerFlows& l) {
    std::vector<std::string> out;
    if (l.exchanges > 0 && l.quantified == 0) {
      out.emplace_back("该层交换均无数量，流量留空。");
    } else if (l.quantified < l.exchanges) {
      out.push_back(std::to_string(l.exchanges - l.quantified) + " / " +
                    std::to_string(l.exchanges) +
                    " 项交换无数量：合计不含这些交换，未进行生态网络分析。");
    }
    if (l.declarations_quantified < l.declarations) {
      out.push_back(std::to_string(l.declarations - l.declarations_quantified) + " / " +
                    std::to_string(l.declarations) + " 项申报无数量，未计入。");
    }
    if (l.ena && l.ena->cycling_skipped_component > 0) {
      out.push_back("未计算 Finn 循环指数和循环占比：一个强连通分量含 " +
                    std::to_string(l.ena->cycling_skipped_component) +
                    " 家企业，超出精确计算的规模。");
    }
    if (!l.ena && l.exchanges > 0 && l.quantified == l.exchanges) {
      out.emplace_back("该层没有园区内企业参与，未进行生态网络分析。");
    }
    return out;
  }

  // "water_reuse_rate" -> "water reuse rate".
  static std::string english_name(std::string name) {
    std::replace(name.begin(), name.end(), '_', ' ');
    return name;
  }

  static double moved(const net::EnterpriseBalance& b) {
    return std::max(b.in_internal.value_or(0.0) + b.in_external.value_or(0.0),
                    b.out_internal.value_or(0.0) + b.out_external.value_or(0.0));
  }

  void standards() {
    heading(2, tr("园区标准指标", "Standard indicators of the park"), "standards");
    paragraph(
        tr("由企业数据（data.csv）汇总：分子与分母均只计同时报告两者的园区内企业，覆盖率为其"
           "占园区内企业的比例。未能核实原文的标准限值留空，不作判定。",
           "Summed from the enterprise data (data.csv): numerator and denominator over the "
           "internal enterprises that report both; coverage is their share of the internal "
           "enterprises. A threshold that could not be checked against the standard's text "
           "is left empty and not judged."));
    std::vector<std::vector<std::string>> rows;
    for (const audit::StandardIndicator& s : *in_.standards) {
      std::string verdict = "—";
      if (s.meets) verdict = *s.meets ? tr("达标", "met") : tr("未达标", "not met");
      const bool rate = s.unit == "fraction";
      rows.push_back({zh_ ? s.chinese : english_name(s.indicator),
                      rate ? share(s.value) : plain(s.value), rate ? std::string("—") : s.unit,
                      share(s.coverage), s.standard.empty() ? "—" : s.standard + " " + s.clause,
                      s.threshold ? (rate ? share(s.threshold) : plain(s.threshold)) : "—",
                      s.direction == "min" ? "≥" : (s.direction == "max" ? "≤" : "—"), verdict});
    }
    table({tr("指标", "Indicator"), tr("数值", "Value"), tr("单位", "Unit"),
           tr("覆盖率", "Coverage"), tr("标准及条款", "Standard and clause"),
           tr("限值", "Threshold"), tr("要求", "Requirement"), tr("判定", "Result")},
          std::move(rows));
  }
};

}  // namespace

void append_quantified_blocks(const ReportInput& input, std::vector<ReportBlock>& blocks) {
  FlowBlocks(input, blocks).run();
}

std::vector<std::pair<std::string, std::string>> flow_sankeys(const Park& park,
                                                              const net::SymbiosisGraph& graph,
                                                              const net::FlowsResult& flows,
                                                              ReportLanguage language,
                                                              std::optional<std::string> name) {
  std::vector<std::pair<std::string, std::string>> out;
  const bool zh = language == ReportLanguage::zh;
  const std::string park_name = name.value_or(park.name);
  for (const net::LayerFlows& l : flows.layers) {
    if (l.quantified == 0 || !graph.has_view(net::view_of(l.layer))) continue;
    SankeyOptions options;
    options.layer = l.layer;
    options.group = SankeyGroup::enterprise;
    options.unit = l.display_unit;
    options.unit_factor = l.display_factor;
    options.others_label = zh ? "其他企业" : "other enterprises";
    options.chinese = zh;
    if (zh) {
      options.title = (park_name.empty() ? std::string() : park_name + "：") +
                      std::string(to_chinese(l.layer)) + "流量（" + l.display_unit + "）";
    } else {
      const std::string what =
          std::string(to_string(l.layer)) + " flows between enterprises (" + l.display_unit + ")";
      options.title = park_name.empty() ? "The park's " + what : park_name + ": " + what;
    }
    try {
      out.emplace_back("sankey_" + std::string(to_string(l.layer)) + ".svg",
                       sankey_svg(park, graph, options).svg);
    } catch (const OptionError&) {
      // Every quantity of the layer is 0: nothing to draw.
    }
  }
  return out;
}

}  // namespace symbio::viz
