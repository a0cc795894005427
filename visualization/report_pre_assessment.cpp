#include "visualization/report_pre_assessment.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <string_view>

#include "audit/rules.hpp"
#include "network/indicator_names.hpp"
#include "visualization/detail/report_writer.hpp"

namespace symbio::viz {
namespace {

class PreAssessment : public detail::BlockWriter {
 public:
  using BlockWriter::BlockWriter;

  void run() {
    park_overview();
    network();
    focus();
  }

 private:
  // A criterion of the audit focus as the scoring table heads it (c in FocusCriterion order).
  std::string criterion_label(std::size_t c) const {
    const auto criterion = static_cast<audit::FocusCriterion>(c);
    return std::string(zh_ ? audit::to_chinese(criterion) : audit::to_english(criterion));
  }
  // 园区概况: who is in the park and what data it has.
  void park_overview() {
    heading(3, tr("园区概况", "The park"), "park");
    std::size_t internal = 0;
    std::set<std::string> sectors;
    for (const Enterprise& e : in_.park.enterprises) {
      if (!e.external) ++internal;
      if (!e.external && !e.sector.empty()) sectors.insert(e.sector);
    }
    std::vector<std::vector<std::string>> rows = {
        {tr("园区内企业", "Enterprises in the park"), std::to_string(internal)},
        {tr("园区外部单位（市场、水体、填埋场等）",
            "Boundary actors (market, water bodies, landfill, ...)"),
         std::to_string(in_.park.enterprises.size() - internal)},
        {tr("行业数（园区内企业）", "Sectors (enterprises in the park)"),
         std::to_string(sectors.size())},
    };
    std::size_t exchanges[3] = {0, 0, 0};
    std::size_t quantified[3] = {0, 0, 0};
    for (const net::GraphExchange& x : in_.graph.exchanges()) {
      ++exchanges[static_cast<std::size_t>(x.layer)];
      if (x.amount) ++quantified[static_cast<std::size_t>(x.layer)];
    }
    for (const Layer layer : {Layer::material, Layer::energy, Layer::water}) {
      const auto l = static_cast<std::size_t>(layer);
      rows.push_back({zh_ ? layer_label(layer) + "交换（有数量 / 全部）"
                          : "Exchanges of " + layer_label(layer) + " (with a quantity / all)",
                      std::to_string(quantified[l]) + " / " + std::to_string(exchanges[l])});
    }
    std::size_t outputs = 0;
    for (const Declaration& d : in_.park.declarations)
      outputs += d.direction == Direction::output ? 1 : 0;
    rows.push_back(
        {tr("申报的富余产出 / 需求", "Declared unused outputs / needs"),
         std::to_string(outputs) + " / " + std::to_string(in_.park.declarations.size() - outputs)});
    std::set<std::string> reporting;
    for (const EnterpriseDatum& d : in_.park.data)
      reporting.insert(d.enterprise);
    rows.push_back({tr("报送企业数据（data.csv）的企业", "Enterprises reporting data (data.csv)"),
                    std::to_string(reporting.size())});
    table({tr("项目", "Item"), tr("数值", "Value")}, std::move(rows));
  }

  // 共生网络与类型: the network's indicators, its typology and the diagram.
  void network() {
    heading(3, tr("共生网络与网络类型", "The symbiosis network and its typology"), "typology");
    paragraph(tr("网络类型：", "Network typology: ") + typology() +
              tr("（Zhang Yan 等 2016，按网络密度和度中心势划分）。",
                 " (Zhang Yan et al. 2016, from density and degree centralization)."));
    std::vector<std::vector<std::string>> rows;
    for (const std::string_view name :
         {net::field::enterprises, net::field::ties, net::field::density,
          net::field::degree_centralization, net::field::betweenness_centralization,
          net::field::weak_components, net::field::largest_component_share,
          net::field::average_path_length, net::field::cyclicity, net::field::modularity}) {
      if (!field(name)) continue;
      rows.push_back({indicator_label(std::string(name)), field_text(name)});
    }
    if (!rows.empty()) {
      table({tr("网络指标（全部层）", "Network indicator (all layers)"), tr("数值", "Value")},
            std::move(rows));
    }
    if (in_.network_svg.empty()) {
      paragraph(tr("（未生成网络图）", "(no diagram)"));
      return;
    }
    figure(in_.network_svg, in_.network_svg_file,
           tr("园区产业共生网络：节点为企业，箭头为物质、能量和水的交换；审核重点企业突出显示。",
              "The park's symbiosis network: enterprises and their exchanges of materials, "
              "energy and water; the audit focus highlighted."));
  }

  // 审核重点的确定: the weighted-sum scoring (权重总和计分排序法) when the audit computed it,
  // else the key enterprises of the findings.
  void focus() {
    heading(3, tr("审核重点的确定", "Choice of the audit focus"), "focus");
    if (in_.focus != nullptr && !in_.focus->rows.empty()) {
      focus_scoring(*in_.focus);
      return;
    }
    key_enterprises();
  }

  void focus_scoring(const audit::AuditFocus& focus) {
    std::vector<std::size_t> used;
    std::vector<std::string> weights;
    for (std::size_t c = 0; c < audit::kFocusCriteria; ++c) {
      if (focus.weights[c] <= 0.0) continue;
      used.push_back(c);
      weights.push_back(criterion_label(c) + " " + report_number(focus.weights[c]));
    }
    paragraph(tr("按权重总和计分排序法确定审核重点：每项准则按企业在园区内的排名百分位计 0–10 "
                 "分，加权求和后排序；缺少数据的准则不参与，其余权重重新归一。权重：",
                 "The audit focus is chosen by weighted-sum scoring: each criterion scores an "
                 "enterprise 0-10 by its rank percentile within the park, the weighted sum ranks "
                 "them; criteria without data drop out and the other weights are renormalised. "
                 "Weights: ") +
              join(weights) + tr("。", "."));
    std::vector<std::string> header = {tr("排名", "Rank"), tr("企业", "Enterprise"),
                                       tr("总分", "Score")};
    for (const std::size_t c : used)
      header.push_back(criterion_label(c));
    std::vector<std::vector<std::string>> rows;
    const std::size_t shown = std::min(focus.rows.size(), in_.top_focus_rows);
    for (std::size_t k = 0; k < shown; ++k) {
      const audit::FocusRow& r = focus.rows[k];
      std::vector<std::string> row = {std::to_string(r.rank), who(r.id), report_number(r.score)};
      for (const std::size_t c : used)
        row.push_back(r.scores[c] ? report_number(*r.scores[c]) : "—");
      rows.push_back(std::move(row));
    }
    table(std::move(header), std::move(rows));
    if (focus.rows.size() > shown) {
      paragraph(zh_ ? "其余 " + std::to_string(focus.rows.size() - shown) +
                          " 家企业见 audit_focus.csv。"
                    : std::to_string(focus.rows.size() - shown) +
                          " more enterprises in audit_focus.csv.");
    }
    paragraph(tr("建议首先对排名第一的企业开展企业层面的清洁生产审核：",
                 "An enterprise-level cleaner-production audit should start with rank 1: ") +
              who(focus.rows.front().id) + tr("。", "."));
  }

  // Without the scoring: the key enterprises of the findings (audit::key_enterprises) with
  // their key score and main indicators of the view `all`.
  void key_enterprises() {
    const std::vector<std::string> keys = audit::key_enterprises(in_.findings);
    if (keys.empty()) {
      paragraph(tr("未确定关键企业。", "No key enterprise was identified."));
      return;
    }
    paragraph(
        tr("以下企业按关键企业指数（度、中介中心性、PageRank "
           "和级联影响的百分位均值）排序，建议优先开展企业层面清洁生产审核：",
           "The enterprises below, ranked by the key-enterprise score (mean percentile of "
           "degree, betweenness, PageRank and cascade impact), should be audited first:"));
    const std::string_view columns[] = {net::col::key_score, net::col::degree,
                                        net::col::betweenness, net::col::pagerank,
                                        net::col::cascade_impact};
    std::vector<std::string> header = {tr("企业", "Enterprise"), tr("行业", "Sector")};
    for (const std::string_view c : columns)
      header.push_back(indicator_label(std::string(c)));
    std::vector<std::vector<std::string>> rows;
    for (const std::string& id : keys) {
      const auto v = in_.graph.index_of(id);
      if (!v) continue;
      std::vector<std::string> row = {who(id), in_.graph.sector(*v)};
      for (const std::string_view c : columns) {
        const net::Column* column = all_ == nullptr ? nullptr : all_->column(std::string(c));
        const auto at = static_cast<std::size_t>(*v);
        row.push_back(column != nullptr && at < column->values.size() && column->values[at]
                          ? report_number(*column->values[at])
                          : "—");
      }
      rows.push_back(std::move(row));
    }
    table(std::move(header), std::move(rows));
  }
};

}  // namespace

void append_pre_assessment_blocks(const ReportInput& input, std::vector<ReportBlock>& blocks) {
  PreAssessment(input, blocks).run();
}

}  // namespace symbio::viz
