#include "visualization/report_model.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <string_view>

#include "audit/rules.hpp"
#include "core/version.hpp"
#include "network/conventions.hpp"
#include "network/indicator_names.hpp"
#include "visualization/detail/report_writer.hpp"
#include "visualization/report_flows.hpp"
#include "visualization/robustness_chart.hpp"

namespace symbio::viz {
namespace {

using Block = ReportBlock;

// The criteria of the audit focus as the scoring table heads them (FocusCriterion order).
struct CriterionLabel {
  std::string_view zh;
  std::string_view en;
};
constexpr std::array<CriterionLabel, audit::kFocusCriteria> kCriteria{{
    {"网络位置", "network position"},
    {"级联影响", "cascade impact"},
    {"供应支配", "supply dominance"},
    {"资源通量", "resource throughput"},
    {"能耗", "energy use"},
    {"新鲜水耗", "fresh water"},
    {"固体废物", "solid waste"},
    {"污染物排放", "pollutant emissions"},
}};

// The report's sections, in the order of the stages of a cleaner-production audit.
class Writer : public detail::BlockWriter {
 public:
  Writer(const ReportInput& input, std::vector<Block>& blocks) : BlockWriter(input, blocks) {
    for (const net::LayerAnalysis& a : in_.analysis) {
      if (a.layer == net::ViewLayer::all) all_ = &a;
    }
  }

  void run() {
    title();
    summary();

    heading(2, tr("预审核", "Pre-assessment"), "pre-assessment");
    park_overview();
    network();
    focus();

    heading(2, tr("审核", "Assessment"), "assessment");
    const std::size_t quantified = size();
    append_quantified_blocks(in_, blocks_);  // balance per layer, standards (report_flows.cpp)
    nest(quantified, 1);
    bottlenecks();

    heading(2, tr("方案的产生和筛选", "Options: generation and screening"), "options-stage");
    // The findings and the options they lead to are written by their own section builder
    // (report_findings.cpp); they sit in this stage one heading level down.
    const std::size_t options_from = size();
    findings();
    options();
    nest(options_from, 1);

    appendix();
  }

 private:
  std::string subjects(const audit::Finding& f) const {
    std::vector<std::string> names;
    for (const std::string& s : f.subjects)
      names.push_back(who(s));
    if (names.empty()) return tr("园区整体", "the park as a whole");
    const std::string out = join(names);
    return f.subjects_not_listed > 0 ? out + more(f.subjects_not_listed) : out;
  }
  bool long_list(const audit::Finding& f) const {
    return f.subjects.size() > 4 || f.subjects_not_listed > 0;
  }
  // The first three subjects and how many more, for headings and the summary.
  std::string subjects_short(const audit::Finding& f) const {
    if (!long_list(f)) return subjects(f);
    std::vector<std::string> names;
    for (std::size_t k = 0; k < 3 && k < f.subjects.size(); ++k)
      names.push_back(who(f.subjects[k]));
    const std::size_t shown = names.size();
    return join(names) +
           more(static_cast<std::int64_t>(f.subjects.size() - shown) + f.subjects_not_listed);
  }
  // The findings a rule found beyond the ones the report lists, and where their values are.
  void unlisted_note() {
    if (in_.unlisted.empty()) return;
    std::string text = tr("另有以下发现未逐条列出（每条规则列出最严重的 ",
                          "Further findings are not listed one by one (each rule lists its ") +
                       std::to_string(audit::kMaxFindingsPerRule) +
                       tr(" 项）：", " most severe): ");
    bool first = true;
    for (const audit::UnlistedFindings& u : in_.unlisted) {
      const audit::Rule* rule = audit::find_rule(u.rule);
      const std::string title =
          rule == nullptr ? u.rule : std::string(zh_ ? rule->title_zh : rule->title_en);
      std::string where;
      if (u.rule == "cascade-critical") {
        where = "cascade.csv";
      } else if (u.rule == "key-enterprise" || u.rule == "broker" ||
                 u.rule == "single-point-of-failure" || u.rule == "shared-infrastructure-hub") {
        where = "enterprises.csv";
      }
      text += (first ? "" : tr("；", "; ")) + title + " " + std::to_string(u.total()) +
              tr(" 项", "") + (where.empty() ? "" : tr("，数值见 ", ", values in ") + where);
      first = false;
    }
    paragraph(text + tr("。", "."));
  }
  std::string title_of(const audit::Finding& f) const { return zh_ ? f.title_zh : f.title_en; }
  std::string recommendation_of(const audit::Finding& f) const {
    return zh_ ? f.recommendation_zh : f.recommendation_en;
  }
  std::string priority_label(audit::Priority p) const {
    return zh_ ? std::string(audit::to_chinese(p)) : std::string(audit::to_string(p));
  }
  std::string aspect_label(audit::Aspect a) const {
    return std::string(zh_ ? audit::to_chinese(a) : audit::to_english(a));
  }
  std::string cost_label(audit::CostClass c) const {
    return std::string(zh_ ? audit::to_chinese(c) : audit::to_english(c));
  }
  std::string benefits_label(const audit::Benefits& b) const {
    std::vector<std::string> names;
    for (const std::string_view name : zh_ ? audit::benefit_names_zh(b) : audit::benefit_names(b))
      names.emplace_back(name);
    return join(names);
  }
  // Zhang Yan et al. 2016's three types, in Chinese for the Chinese report.
  std::string typology_label(const std::string& typology) const {
    if (!zh_) return typology;
    if (typology == "anchor tenant") return "核心企业主导型";
    if (typology == "equality-oriented") return "平等型";
    if (typology == "weak completeness") return "弱完备型";
    return typology;
  }

  std::optional<double> field(std::string_view name) const {
    if (all_ == nullptr) return std::nullopt;
    const net::ParkField* f = all_->park_field(std::string(name));
    return f == nullptr ? std::nullopt : f->value;
  }
  std::string field_text(std::string_view name) const {
    const auto value = field(name);
    return value ? report_number(*value) : "—";
  }
  std::string typology() const {
    if (all_ != nullptr) {
      if (const net::ParkField* f = all_->park_field(std::string(net::field::typology))) {
        if (!f->text.empty()) return typology_label(f->text);
      }
    }
    return "—";
  }
  std::string strategy(net::RemovalStrategy s) const { return strategy_name(s, zh_); }

  void title() {
    heading(1, report_title(in_));
    paragraph(tr("园区清洁生产审核报告（产业共生网络分析）。本报告由 symbio ",
                 "Cleaner-production audit of the park's industrial symbiosis network, "
                 "generated by symbio ") +
              std::string(kVersion) +
              tr(" 根据园区企业间物质、能量和水的交换数据生成，按清洁生产审核的阶段编排：预审核、"
                 "审核、方案的产生和筛选。指标定义见附录。",
                 " from the exchanges of materials, energy and water between the park's "
                 "enterprises, in the stages of a cleaner-production audit: pre-assessment, "
                 "assessment, generation and screening of options. The appendix defines every "
                 "indicator."));
    if (!in_.park.description.empty()) paragraph(in_.park.description);
  }

  std::vector<std::string> robustness_lines() const {
    std::vector<std::string> out;
    if (in_.robustness == nullptr) return out;
    for (const net::RobustnessCurve& c : in_.robustness->curves) {
      if (!c.robustness_index) continue;
      out.push_back(strategy(c.strategy) + " R = " + report_number(*c.robustness_index));
    }
    return out;
  }

  void summary() {
    heading(2, tr("概要", "Summary"), "summary");
    std::vector<std::vector<std::string>> rows = {
        {tr("企业数", "Enterprises"), std::to_string(in_.graph.n())},
        {tr("交换数（现有）", "Exchanges (existing)"),
         std::to_string(in_.graph.exchanges().size())},
        {tr("网络类型", "Network typology"), typology()},
        {tr("网络密度", "Density"), field_text(net::field::density)},
        {tr("度中心势", "Degree centralization"), field_text(net::field::degree_centralization)},
        {tr("弱连通分量数", "Weak components"), field_text(net::field::weak_components)},
        {tr("循环度（谱半径）", "Cyclicity (spectral radius)"), field_text(net::field::cyclicity)},
    };
    const std::vector<std::string> r = robustness_lines();
    std::string joined;
    for (const std::string& line : r)
      joined += (joined.empty() ? "" : tr("；", "; ")) + line;
    rows.push_back({tr("稳健性指数 R", "Robustness index R"), joined.empty() ? "—" : joined});
    if (in_.beta_c) {
      rows.push_back({tr("临界容忍系数 β_c（负载级联）", "Critical tolerance β_c (load cascade)"),
                      report_number(*in_.beta_c)});
    }
    if (in_.beta_c_largest_component) {
      rows.push_back({tr("最大连通分量的临界容忍系数 β_c", "β_c of the largest component"),
                      report_number(*in_.beta_c_largest_component)});
    }
    if (in_.focus != nullptr && !in_.focus->rows.empty()) {
      rows.push_back(
          {tr("审核重点（排名第一）", "Audit focus (rank 1)"), who(in_.focus->rows.front().id)});
    }
    std::map<audit::Priority, std::size_t> count;
    for (const audit::Finding& f : in_.findings)
      ++count[f.priority];
    rows.push_back({tr("审核发现（高/中/低）", "Findings (high/medium/low)"),
                    std::to_string(count[audit::Priority::high]) + " / " +
                        std::to_string(count[audit::Priority::medium]) + " / " +
                        std::to_string(count[audit::Priority::low])});
    table({tr("关键数据", "Key figure"), tr("数值", "Value")}, std::move(rows));
    unlisted_note();
    if (in_.findings.empty()) {
      paragraph(tr("未发现需要处理的问题。", "No finding."));
      return;
    }
    heading(3, tr("主要发现", "Top findings"));
    // The first finding of each rule, in the findings' order (highest priority first), so that
    // one rule with many findings does not fill the summary.
    std::vector<std::string> items;
    std::set<std::string> rules;
    for (const audit::Finding& f : in_.findings) {
      if (items.size() >= in_.top_findings) break;
      if (!rules.insert(f.rule).second) continue;
      items.push_back("[" + priority_label(f.priority) + "] " + title_of(f) + tr("：", ": ") +
                      subjects_short(f));
    }
    list(items);
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

  const audit::Finding* key_finding(const std::string& id) const {
    for (const audit::Finding& f : in_.findings) {
      if (f.rule == "key-enterprise" && !f.subjects.empty() && f.subjects.front() == id) return &f;
    }
    return nullptr;
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
      weights.push_back(std::string(zh_ ? kCriteria[c].zh : kCriteria[c].en) + " " +
                        report_number(focus.weights[c]));
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
      header.emplace_back(zh_ ? kCriteria[c].zh : kCriteria[c].en);
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

  // Without the scoring: the key enterprises of the findings with their indicator values.
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
    std::vector<std::vector<std::string>> rows;
    for (const std::string& id : keys) {
      const audit::Finding* f = key_finding(id);
      std::vector<std::string> why;
      std::string score;
      for (const audit::Evidence& e : f->evidence) {
        if (e.name == "all.key_score" || e.name == "audit.key_score_fallback") {
          score = value_text(e.value);
          continue;
        }
        why.push_back(indicator_label(e.name) + " = " + value_text(e.value));
      }
      // Other rules naming the enterprise first add to the reasons.
      std::set<std::string> rules;
      for (const audit::Finding& g : in_.findings) {
        if (g.rule != "key-enterprise" && !g.subjects.empty() && g.subjects.front() == id) {
          rules.insert(title_of(g));
        }
      }
      std::string sector;
      if (const auto v = in_.graph.index_of(id)) sector = in_.graph.sector(*v);
      rows.push_back({who(id), sector, score, join_semicolon(why),
                      rules.empty() ? "—" : join({rules.begin(), rules.end()})});
    }
    table({tr("企业", "Enterprise"), tr("行业", "Sector"), tr("关键企业指数", "Key score"),
           tr("指标", "Indicators"), tr("其他发现", "Other findings")},
          std::move(rows));
  }
  std::string join_semicolon(const std::vector<std::string>& items) const {
    std::string out;
    for (const std::string& item : items)
      out += (out.empty() ? "" : tr("；", "; ")) + item;
    return out;
  }

  // 依赖关系与瓶颈: robustness under removals, the load cascade's tolerance, supply dominators.
  void bottlenecks() {
    heading(3, tr("依赖关系与瓶颈", "Dependencies and bottlenecks"), "robustness");
    paragraph(
        tr("逐一移除企业后最大连通分量占比 S(q) 的变化；稳健性指数 R = (1/n) Σ S(q)（Schneider 等 "
           "2011），越大越稳健。",
           "Share S(q) of enterprises in the largest component as enterprises are removed "
           "one by one; robustness index R = (1/n) Σ S(q) (Schneider et al. 2011), "
           "higher is more robust."));
    if (!in_.robustness_svg.empty()) {
      figure(in_.robustness_svg, in_.robustness_svg_file,
             tr("不同移除策略下的稳健性曲线。", "Robustness curves under removal strategies."));
    }
    if (in_.robustness != nullptr) {
      std::vector<std::vector<std::string>> rows;
      for (const net::RobustnessCurve& c : in_.robustness->curves) {
        rows.push_back(
            {strategy(c.strategy), c.robustness_index ? report_number(*c.robustness_index) : "—"});
      }
      table({tr("移除策略", "Strategy"), tr("稳健性指数 R", "Robustness index R")},
            std::move(rows));
    }
    if (in_.beta_c) {
      paragraph(tr("负载级联（Wang 和 Rong 2009）的临界容忍系数 β_c = ",
                   "Critical tolerance of the load cascade (Wang and Rong 2009): β_c = ") +
                report_number(*in_.beta_c) +
                tr("：企业的容量高出初始负载的比例低于该值时，单个企业失效即可引发大范围级联。",
                   "; below this spare capacity a single failure can cascade through the park."));
    }
    dominators();
  }

  // The enterprises of `all` that dominate others in the dependency graph, most first (ties by
  // enterprise order), at most top_dominators of them.
  void dominators() {
    if (in_.dominators == nullptr || in_.dominators->empty()) return;
    const net::LayerDominators& all = in_.dominators->front();
    std::vector<net::Vertex> order;
    for (net::Vertex v = 0; v < in_.graph.n(); ++v) {
      if (all.dominated[static_cast<std::size_t>(v)] > 0) order.push_back(v);
    }
    std::stable_sort(order.begin(), order.end(), [&](net::Vertex a, net::Vertex b) {
      return all.dominated[static_cast<std::size_t>(a)] >
             all.dominated[static_cast<std::size_t>(b)];
    });
    heading(4, tr("供应支配者", "Supply dominators"), "dominators");
    paragraph(
        tr("支配者：在依赖关系图中，某企业到达其他企业的每条依赖路径都经过它，"
           "其失效无冗余可替代（Lengauer-Tarjan 算法）。",
           "A dominator lies on every dependency path to the enterprises it dominates: "
           "no redundancy covers its failure (Lengauer-Tarjan)."));
    if (order.empty()) {
      paragraph(tr("没有企业支配其他企业。", "No enterprise dominates another."));
      return;
    }
    const std::size_t shown = std::min(order.size(), in_.top_dominators);
    std::vector<std::vector<std::string>> rows;
    for (std::size_t k = 0; k < shown; ++k) {
      const net::Vertex v = order[k];
      std::vector<std::string> dominated;
      std::size_t listed = 0;
      for (net::Vertex d = 0; d < in_.graph.n(); ++d) {
        const auto& list = all.dominators[static_cast<std::size_t>(d)];
        if (std::find(list.begin(), list.end(), v) == list.end()) continue;
        if (listed++ < 5) dominated.push_back(who(in_.graph.id(d)));
      }
      std::string text = join(dominated);
      if (listed > 5) text += tr(" 等 ", " and ") + std::to_string(listed - 5) + tr(" 家", " more");
      rows.push_back(
          {who(in_.graph.id(v)), std::to_string(all.dominated[static_cast<std::size_t>(v)]), text});
    }
    table({tr("企业", "Enterprise"), tr("支配企业数", "Dominated"),
           tr("被支配企业", "Dominated enterprises")},
          std::move(rows));
    if (order.size() > shown) {
      paragraph(tr("其余 " + std::to_string(order.size() - shown) + " 家见 dominators.csv。",
                   std::to_string(order.size() - shown) + " more in dominators.csv."));
    }
  }

  void findings() {
    heading(2, tr("审核发现", "Findings"), "findings");
    if (in_.findings.empty()) {
      paragraph(tr("无。", "None."));
      return;
    }
    std::size_t number = 0;
    for (const audit::Priority p :
         {audit::Priority::high, audit::Priority::medium, audit::Priority::low}) {
      const bool any = std::any_of(in_.findings.begin(), in_.findings.end(),
                                   [&](const audit::Finding& f) { return f.priority == p; });
      if (!any) continue;
      heading(3, tr("优先级：", "Priority: ") + priority_label(p),
              "priority-" + std::string(audit::to_string(p)));
      for (const audit::Finding& f : in_.findings) {
        if (f.priority != p) continue;
        ++number;
        heading(4, "F" + std::to_string(number) + " " + title_of(f) + " — " + subjects_short(f));
        if (long_list(f)) paragraph(tr("涉及：", "Subjects: ") + subjects(f));
        paragraph(tr("方面：", "Aspect: ") + aspect_label(f.aspect) + tr("；费用：", "; cost: ") +
                      cost_label(f.cost) + tr("；预期效益：", "; expected benefits: ") +
                      benefits_label(f.benefits),
                  "priority-" + std::string(audit::to_string(p)));
        paragraph(tr("建议：", "Recommendation: ") + recommendation_of(f));
        if (!f.evidence.empty()) {
          std::vector<std::vector<std::string>> rows;
          for (const audit::Evidence& e : f.evidence) {
            rows.push_back({indicator_label(e.name), e.subject.empty() ? "—" : who(e.subject),
                            value_text(e.value)});
          }
          table({tr("证据（指标）", "Evidence (indicator)"), tr("对象", "Subject"),
                 tr("数值", "Value")},
                std::move(rows));
        }
        if (!f.potential_exchanges.empty()) {
          std::vector<std::vector<std::string>> rows;
          for (const audit::PotentialExchange& x : f.potential_exchanges) {
            rows.push_back({who(x.supplier), who(x.receiver), x.resource,
                            x.need.empty() ? "—" : x.need, match_label(x.match),
                            x.quantity ? report_number(*x.quantity) + " " + x.unit : "—",
                            x.avoided_co2 ? report_number(*x.avoided_co2) : "—",
                            x.exchange_id.empty() ? "—" : who(x.exchange_id)});
          }
          table({tr("供应方", "Supplier"), tr("接收方", "Receiver"), tr("资源", "Resource"),
                 tr("需求", "Need"), tr("匹配", "Match"), tr("数量", "Quantity"),
                 tr("减排 CO₂ (t/a)", "Avoided CO₂ (t/a)"), tr("交换编号", "Exchange")},
                std::move(rows));
        }
      }
    }
  }

  void options() {
    heading(2, tr("清洁生产方案", "Options"), "options");
    paragraph(
        tr("无/低费方案可在审核过程中实施；中/高费方案需进行可行性分析（《清洁生产审核办法》）。",
           "No/low-cost options can be implemented during the audit; medium/high-cost "
           "options need a feasibility study (Measures for Cleaner Production Audit, 2016)."));
    for (const audit::CostClass cost : {audit::CostClass::no_low, audit::CostClass::medium_high}) {
      heading(3, cost_label(cost), std::string("options-") + std::string(audit::to_string(cost)));
      // One option per rule, naming every subject that its findings list first.
      std::vector<std::vector<std::string>> rows;
      std::size_t number = 0;
      std::set<std::string> done;
      for (const audit::Finding& f : in_.findings) {
        if (f.cost != cost || !done.insert(f.rule).second) continue;
        std::string where;
        std::set<std::string> seen;
        for (const audit::Finding& g : in_.findings) {
          if (g.rule != f.rule) continue;
          const std::string s =
              g.subjects.empty() ? tr("园区整体", "the park") : who(g.subjects.front());
          if (seen.insert(s).second) where += (where.empty() ? "" : zh_ ? "、" : ", ") + s;
        }
        ++number;
        rows.push_back({(cost == audit::CostClass::no_low ? "L" : "H") + std::to_string(number),
                        recommendation_of(f), where, aspect_label(f.aspect),
                        benefits_label(f.benefits), title_of(f)});
      }
      if (rows.empty()) {
        paragraph(tr("无。", "None."));
        continue;
      }
      table({tr("编号", "No."), tr("方案", "Option"), tr("涉及企业", "Where"), tr("方面", "Aspect"),
             tr("预期效益", "Benefits"), tr("来源发现", "From finding")},
            std::move(rows));
    }
  }

  // How a proposed exchange was matched (PotentialExchange::match).
  std::string match_label(const std::string& match) const {
    if (match == "same-resource") return tr("同种资源", "same resource");
    if (match == "substitute") return tr("替代资源", "substitute");
    if (match == "fresh-water-user") return tr("新鲜水用户", "fresh-water user");
    if (match == "potential-exchange") return tr("潜在交换", "potential exchange");
    return match;
  }

  void appendix() {
    heading(2, tr("附录：指标定义", "Appendix: indicator definitions"), "appendix");
    paragraph(
        tr("定义依据 docs/methods.md，与 analysis.json 中的定义一致；字段名为 enterprises.csv "
           "和 park.csv 的列名。",
           "Definitions of docs/methods.md, as in analysis.json's meta; the names are the "
           "columns of enterprises.csv and park.csv."));
    const auto rows_of = [this](const std::vector<net::Convention>& conventions) {
      std::vector<std::vector<std::string>> rows;
      for (const net::Convention& c : conventions) {
        if (zh_) {
          rows.push_back({std::string(c.label_zh), "`" + std::string(c.name) + "`",
                          std::string(c.definition_zh)});
        } else {
          rows.push_back({std::string(c.name), std::string(c.definition)});
        }
      }
      return rows;
    };
    const std::vector<std::string> header =
        zh_ ? std::vector<std::string>{"指标", "字段名", "定义"}
            : std::vector<std::string>{"Indicator", "Definition"};
    heading(3, tr("企业指标", "Enterprise indicators"));
    table(header, rows_of(net::enterprise_conventions()), "appendix");
    heading(3, tr("园区指标", "Park indicators"));
    table(header, rows_of(net::park_conventions()), "appendix");
  }

  const net::LayerAnalysis* all_ = nullptr;
};

}  // namespace

std::string report_title(const ReportInput& input) {
  const std::string name = input.title.value_or(input.park.name);
  if (!name.empty()) return name;
  return input.language == ReportLanguage::zh ? "园区清洁生产审核报告"
                                              : "Cleaner-production audit of an industrial park";
}

std::vector<ReportBlock> report_blocks(const ReportInput& input) {
  std::vector<ReportBlock> blocks;
  Writer(input, blocks).run();
  // The sections are numbered in the order they appear (一、二、… or 1. 2. …), so that a section
  // a park's data leaves out leaves no gap; the appendix keeps its name.
  constexpr std::string_view kChineseNumbers[] = {"一", "二", "三", "四", "五",   "六",
                                                  "七", "八", "九", "十", "十一", "十二"};
  std::size_t number = 0;
  for (ReportBlock& b : blocks) {
    if (b.kind != ReportBlock::Kind::heading || b.level != 2 || b.anchor == "appendix") continue;
    b.text = (input.language == ReportLanguage::zh && number < std::size(kChineseNumbers)
                  ? std::string(kChineseNumbers[number]) + "、"
                  : std::to_string(number + 1) + ". ") +
             b.text;
    ++number;
  }
  return blocks;
}

}  // namespace symbio::viz
