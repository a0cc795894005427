#include "visualization/report_markdown.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <set>
#include <string_view>

#include "audit/rules.hpp"
#include "core/version.hpp"
#include "network/conventions.hpp"
#include "visualization/report_flows.hpp"
#include "visualization/report_scenarios.hpp"
#include "visualization/robustness_chart.hpp"

namespace symbio::viz {
namespace {

using Block = ReportBlock;

class Writer {
 public:
  explicit Writer(const ReportInput& input)
      : in_(input), zh_(input.language == ReportLanguage::zh) {
    for (const net::LayerAnalysis& a : in_.analysis) {
      if (a.layer == net::ViewLayer::all) all_ = &a;
    }
  }

  std::vector<Block> run() {
    title();
    summary();
    focus();
    diagram();
    robustness();
    append_quantified_blocks(in_, blocks_);
    findings();
    options();
    append_scenario_blocks(in_, blocks_);
    appendix();
    return std::move(blocks_);
  }

 private:
  std::string tr(std::string_view zh, std::string_view en) const {
    return std::string(zh_ ? zh : en);
  }

  void heading(int level, std::string text, std::string anchor = "") {
    Block b;
    b.kind = Block::Kind::heading;
    b.level = level;
    b.text = std::move(text);
    b.anchor = std::move(anchor);
    blocks_.push_back(std::move(b));
  }
  void paragraph(std::string text, std::string css = "") {
    Block b;
    b.kind = Block::Kind::paragraph;
    b.text = std::move(text);
    b.css_class = std::move(css);
    blocks_.push_back(std::move(b));
  }
  void table(std::vector<std::string> header, std::vector<std::vector<std::string>> rows,
             std::string css = "") {
    Block b;
    b.kind = Block::Kind::table;
    b.header = std::move(header);
    b.rows = std::move(rows);
    b.css_class = std::move(css);
    blocks_.push_back(std::move(b));
  }
  void list(const std::vector<std::string>& items) {
    Block b;
    b.kind = Block::Kind::list;
    for (const std::string& item : items)
      b.rows.push_back({item});
    blocks_.push_back(std::move(b));
  }

  // "Asnæs power station (asnaes)" for an enterprise id; exchange ids as they are.
  std::string who(const std::string& id) const {
    if (const auto v = in_.graph.index_of(id)) {
      const std::string& name = in_.graph.name(*v);
      return name.empty() || name == id ? id : name + " (" + id + ")";
    }
    return id;
  }
  std::string more(std::int64_t count) const {
    const std::string n = std::to_string(count);
    return zh_ ? " 等另 " + n + " 项" : " and " + n + " more";
  }
  std::string subjects(const audit::Finding& f) const {
    std::string out;
    for (const std::string& s : f.subjects) {
      if (!out.empty()) out += zh_ ? "、" : ", ";
      out += who(s);
    }
    if (out.empty()) return tr("园区整体", "the park as a whole");
    return f.subjects_not_listed > 0 ? out + more(f.subjects_not_listed) : out;
  }
  bool long_list(const audit::Finding& f) const {
    return f.subjects.size() > 4 || f.subjects_not_listed > 0;
  }
  // The first three subjects and how many more, for headings and the summary.
  std::string subjects_short(const audit::Finding& f) const {
    if (!long_list(f)) return subjects(f);
    std::string out;
    for (std::size_t k = 0; k < 3 && k < f.subjects.size(); ++k)
      out += (k == 0 ? "" : zh_ ? "、" : ", ") + who(f.subjects[k]);
    const std::size_t shown = std::min<std::size_t>(3, f.subjects.size());
    return out + more(static_cast<std::int64_t>(f.subjects.size() - shown) + f.subjects_not_listed);
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
      text += (first ? "" : tr("；", "; ")) + title + " (" + u.rule + ") " +
              std::to_string(u.total()) + tr(" 项", "") +
              (where.empty() ? "" : tr("，数值见 ", ", values in ") + where);
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
    std::string out;
    for (const std::string_view name : zh_ ? audit::benefit_names_zh(b) : audit::benefit_names(b)) {
      if (!out.empty()) out += zh_ ? "、" : ", ";
      out += std::string(name);
    }
    return out;
  }
  std::string typology_label(const std::string& typology) const {
    if (!zh_) return typology;
    if (typology == "anchor tenant") return "核心企业主导型 (anchor tenant)";
    if (typology == "equality-oriented") return "平等型 (equality-oriented)";
    if (typology == "weak completeness") return "弱完备型 (weak completeness)";
    return typology;
  }

  std::optional<double> field(const std::string& name) const {
    if (all_ == nullptr) return std::nullopt;
    const net::ParkField* f = all_->park_field(name);
    return f == nullptr ? std::nullopt : f->value;
  }
  std::string field_text(const std::string& name) const {
    const auto value = field(name);
    return value ? report_number(*value) : "—";
  }

  // The indicator's label for an evidence name "all.degree": the Chinese label of
  // network/conventions.hpp in Chinese, the name itself in English.
  std::string indicator_label(const std::string& name) const {
    if (!zh_) return name;
    static const std::pair<std::string_view, std::string_view> kAuditLabels[] = {
        {"audit.key_rank", "关键企业排名"},
        {"audit.key_score_fallback", "关键企业指数（度、中介、PageRank）"},
        {"audit.supplier_share", "单一供应方占比"},
        {"audit.share_basis", "占比依据"},
        {"audit.enterprises_cut_off", "断开的企业数"},
        {"audit.betweenness_rank", "中介中心性排名"},
        {"cascade.cascade_failed", "级联失效企业数"},
        {"cascade.cascade_rounds", "级联轮数"},
        {"stranded.cascade_failed", "废物滞留级联失效企业数"},
        {"stranded.cascade_rounds", "废物滞留级联轮数"},
        {"stranded.threshold", "废物滞留阈值"},
        {"robustness.largest_component_share_without", "移除后最大连通分量占比"},
        {"dominators.dominated", "支配企业数"},
        {"declaration.output", "申报富余产出量"},
        {"declaration.need", "申报需求量"},
        {"load.beta_c_largest_component", "最大连通分量的临界容忍系数 β_c"},
        {"load.beta_c_component", "小连通分量的临界容忍系数 β_c"},
        {"load.beta_c", "临界容忍系数 β_c"},
        {"enterprise.role", "企业角色"},
    };
    for (const auto& [prefix, label] : kAuditLabels) {
      if (name.starts_with(prefix)) return std::string(label) + " (" + name + ")";
    }
    const auto dot = name.rfind('.');
    const std::string base = dot == std::string::npos ? name : name.substr(dot + 1);
    if (const net::Convention* c = net::find_convention(base)) {
      return std::string(c->label_zh) + " (" + name + ")";
    }
    return name;
  }

  void title() {
    const std::string park = in_.park.name.empty() ? tr("园区", "the park") : in_.park.name;
    heading(1, zh_ ? park + " 园区清洁生产审核报告（产业共生网络分析）"
                   : "Cleaner-production audit of " + park + ": industrial-symbiosis network");
    paragraph(tr("本报告由 symbio ", "Generated by symbio ") + std::string(kVersion) +
              tr(" 根据园区企业间物质、能量和水的交换数据生成。指标定义见附录。",
                 " from the exchanges of materials, energy and water between the park's "
                 "enterprises. The appendix defines every indicator."));
    if (!in_.park.description.empty()) paragraph(in_.park.description);
  }

  std::vector<std::string> robustness_lines() const {
    std::vector<std::string> out;
    if (in_.robustness == nullptr) return out;
    for (const net::RobustnessCurve& c : in_.robustness->curves) {
      if (!c.robustness_index) continue;
      out.push_back(strategy_name(c.strategy, in_.language == ReportLanguage::zh) +
                    " R = " + report_number(*c.robustness_index));
    }
    return out;
  }

  void summary() {
    heading(2, tr("概要", "Summary"), "summary");
    std::string typology;
    if (all_ != nullptr) {
      if (const net::ParkField* f = all_->park_field("typology")) typology = f->text;
    }
    paragraph(tr("网络类型：", "Network typology: ") +
              (typology.empty() ? std::string("—") : typology_label(typology)) +
              tr("（Zhang Yan 等 2016，按网络密度和度中心势划分）。",
                 " (Zhang Yan et al. 2016, from density and degree centralization)."));
    std::vector<std::vector<std::string>> rows = {
        {tr("企业数", "Enterprises"), std::to_string(in_.graph.n())},
        {tr("交换数（现有）", "Exchanges (existing)"),
         std::to_string(in_.graph.exchanges().size())},
        {tr("网络密度", "Density"), field_text("density")},
        {tr("度中心势", "Degree centralization"), field_text("degree_centralization")},
        {tr("弱连通分量数", "Weak components"), field_text("weak_components")},
        {tr("循环度（谱半径）", "Cyclicity (spectral radius)"), field_text("cyclicity")},
    };
    const std::vector<std::string> r = robustness_lines();
    std::string joined;
    for (const std::string& line : r)
      joined += (joined.empty() ? "" : "; ") + line;
    rows.push_back({tr("稳健性指数 R", "Robustness index R"), joined.empty() ? "—" : joined});
    if (in_.beta_c) {
      rows.push_back(
          {tr("临界容忍系数 β_c（负载级联）", "Critical tolerance beta_c (load cascade)"),
           report_number(*in_.beta_c)});
    }
    if (in_.beta_c_largest_component) {
      rows.push_back({tr("最大连通分量的临界容忍系数 β_c", "beta_c of the largest component"),
                      report_number(*in_.beta_c_largest_component)});
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

  const audit::Finding* key_finding(const std::string& id) const {
    for (const audit::Finding& f : in_.findings) {
      if (f.rule == "key-enterprise" && !f.subjects.empty() && f.subjects.front() == id) return &f;
    }
    return nullptr;
  }

  void focus() {
    heading(2, tr("审核重点", "Audit focus (审核重点)"), "focus");
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
      std::string why;
      std::string score;
      for (const audit::Evidence& e : f->evidence) {
        if (e.name == "all.key_score" || e.name == "audit.key_score_fallback") {
          score = audit::to_text(e.value);
          if (const auto* d = std::get_if<double>(&e.value)) score = report_number(*d);
          continue;
        }
        if (!why.empty()) why += "; ";
        why += indicator_label(e.name) + " = " + value_text(e.value);
      }
      // Other rules naming the enterprise first add to the reasons.
      std::set<std::string> rules;
      for (const audit::Finding& g : in_.findings) {
        if (g.rule != "key-enterprise" && !g.subjects.empty() && g.subjects.front() == id) {
          rules.insert(title_of(g));
        }
      }
      std::string also;
      for (const std::string& r : rules)
        also += (also.empty() ? "" : zh_ ? "、" : ", ") + r;
      std::string sector;
      if (const auto v = in_.graph.index_of(id)) sector = in_.graph.sector(*v);
      rows.push_back({who(id), sector, score, why, also.empty() ? "—" : also});
    }
    table({tr("企业", "Enterprise"), tr("行业", "Sector"), tr("关键企业指数", "Key score"),
           tr("指标", "Indicators"), tr("其他发现", "Other findings")},
          std::move(rows));
  }

  std::string value_text(const audit::EvidenceValue& value) const {
    if (const auto* d = std::get_if<double>(&value)) return report_number(*d);
    if (const auto* b = std::get_if<bool>(&value)) {
      return *b ? tr("是", "true") : tr("否", "false");
    }
    return audit::to_text(value);
  }

  void figure(std::string svg, std::string file, std::string caption) {
    Block b;
    b.kind = Block::Kind::figure;
    b.svg = std::move(svg);
    b.file = std::move(file);
    b.text = std::move(caption);
    blocks_.push_back(std::move(b));
  }

  void diagram() {
    heading(2, tr("园区共生网络图", "Network diagram"), "diagram");
    if (in_.network_svg.empty()) {
      paragraph(tr("（未生成网络图）", "(no diagram)"));
      return;
    }
    figure(in_.network_svg, in_.network_svg_file,
           tr("园区产业共生网络：节点为企业，箭头为物质、能量和水的交换；关键企业突出显示。",
              "The park's symbiosis network: enterprises and their exchanges of materials, "
              "energy and water; key enterprises highlighted."));
  }

  void robustness() {
    heading(2, tr("网络稳健性", "Robustness"), "robustness");
    paragraph(
        tr("逐一移除企业后最大连通分量占比 S(q) 的变化；稳健性指数 R = (1/n) Σ S(q)（Schneider 等 "
           "2011），越大越稳健。",
           "Share S(q) of enterprises in the largest component as enterprises are removed "
           "one by one; robustness index R = (1/n) sum S(q) (Schneider et al. 2011), "
           "higher is more robust."));
    if (!in_.robustness_svg.empty()) {
      figure(in_.robustness_svg, in_.robustness_svg_file,
             tr("不同移除策略下的稳健性曲线。", "Robustness curves under removal strategies."));
    }
    if (in_.robustness != nullptr) {
      std::vector<std::vector<std::string>> rows;
      for (const net::RobustnessCurve& c : in_.robustness->curves) {
        rows.push_back({strategy_name(c.strategy, in_.language == ReportLanguage::zh),
                        c.robustness_index ? report_number(*c.robustness_index) : "—"});
      }
      table({tr("移除策略", "Strategy"), tr("稳健性指数 R", "Robustness index R")},
            std::move(rows));
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
    heading(3, tr("供应支配者", "Supply dominators"), "dominators");
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
      std::string dominated;
      std::size_t listed = 0;
      for (net::Vertex d = 0; d < in_.graph.n(); ++d) {
        const auto& list = all.dominators[static_cast<std::size_t>(d)];
        if (std::find(list.begin(), list.end(), v) == list.end()) continue;
        if (listed++ < 5)
          dominated += (dominated.empty() ? "" : zh_ ? "、" : ", ") + who(in_.graph.id(d));
      }
      if (listed > 5)
        dominated += tr(" 等 ", " and ") + std::to_string(listed - 5) + tr(" 家", " more");
      rows.push_back({who(in_.graph.id(v)),
                      std::to_string(all.dominated[static_cast<std::size_t>(v)]), dominated});
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
        paragraph(tr("规则：", "Rule: ") + f.rule + tr("；方面：", "; aspect: ") +
                      aspect_label(f.aspect) + tr("；费用：", "; cost: ") + cost_label(f.cost) +
                      tr("；预期效益：", "; expected benefits: ") + benefits_label(f.benefits),
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
                            x.need.empty() ? "—" : x.need, x.match,
                            x.quantity ? report_number(*x.quantity) + " " + x.unit : "—",
                            x.avoided_co2 ? report_number(*x.avoided_co2) : "—",
                            x.exchange_id.empty() ? "—" : x.exchange_id});
          }
          table({tr("供应方", "Supplier"), tr("接收方", "Receiver"), tr("资源", "Resource"),
                 tr("需求", "Need"), tr("匹配", "Match"), tr("数量", "Quantity"),
                 tr("减排 CO₂ (t/a)", "Avoided CO2 (t/a)"), tr("交换编号", "Exchange")},
                std::move(rows));
        }
      }
    }
  }

  void options() {
    heading(2, tr("清洁生产方案", "Options (方案)"), "options");
    paragraph(
        tr("无/低费方案可在审核过程中实施；中/高费方案需进行可行性分析（《清洁生产审核办法》）。",
           "No/low-cost options can be implemented during the audit; medium/high-cost "
           "options need a feasibility study (清洁生产审核办法, 2016)."));
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

  void appendix() {
    heading(2, tr("附录：指标定义", "Appendix: indicator definitions"), "appendix");
    paragraph(tr("定义依据 docs/methods.md，与 analysis.json 的 meta 一致。",
                 "Definitions of docs/methods.md, as in analysis.json's meta."));
    const auto rows_of = [](const std::vector<net::Convention>& conventions) {
      std::vector<std::vector<std::string>> rows;
      for (const net::Convention& c : conventions) {
        rows.push_back({std::string(c.name), std::string(c.label_zh), std::string(c.definition)});
      }
      return rows;
    };
    heading(3, tr("企业指标", "Enterprise indicators"));
    table({tr("指标", "Indicator"), tr("中文名称", "Chinese name"), tr("定义", "Definition")},
          rows_of(net::enterprise_conventions()), "appendix");
    heading(3, tr("园区指标", "Park indicators"));
    table({tr("指标", "Indicator"), tr("中文名称", "Chinese name"), tr("定义", "Definition")},
          rows_of(net::park_conventions()), "appendix");
  }

  const ReportInput& in_;
  bool zh_;
  const net::LayerAnalysis* all_ = nullptr;
  std::vector<Block> blocks_;
};

std::string cell(const std::string& text) {
  std::string out;
  for (const char c : text) {
    if (c == '|') {
      out += "\\|";
    } else if (c == '\n') {
      out += "<br>";
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

std::string report_number(double value) {
  if (!std::isfinite(value)) return std::isnan(value) ? "—" : (value > 0 ? "∞" : "-∞");
  if (value == 0.0) return "0";
  char buffer[64];
  const double magnitude = std::fabs(value);
  if (magnitude >= 1e15) {
    // Beyond what a reader counts in digits (and beyond a long long from 9.2e18): four
    // significant digits with an exponent.
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value,
                                      std::chars_format::scientific, 3);
    return std::string(buffer, result.ptr);
  }
  if (magnitude >= 1e4 || value == std::round(value)) {
    const auto rounded = static_cast<long long>(std::llround(value));
    std::string digits = std::to_string(rounded < 0 ? -rounded : rounded);
    std::string out;
    const bool group = magnitude >= 1e4;
    for (std::size_t k = 0; k < digits.size(); ++k) {
      if (group && k > 0 && (digits.size() - k) % 3 == 0) out += ',';
      out += digits[k];
    }
    return (rounded < 0 ? "-" : "") + out;
  }
  // Four significant digits, fixed notation, trailing zeros dropped.
  const int exponent = static_cast<int>(std::floor(std::log10(magnitude)));
  const int decimals = std::clamp(3 - exponent, 0, 12);
  const auto result =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
  std::string out(buffer, result.ptr);
  if (out.find('.') != std::string::npos) {
    while (out.back() == '0')
      out.pop_back();
    if (out.back() == '.') out.pop_back();
  }
  return out == "-0" ? "0" : out;
}

std::vector<ReportBlock> report_blocks(const ReportInput& input) {
  std::vector<ReportBlock> blocks = Writer(input).run();
  // The sections are numbered in the order they appear (一、二、… or 1. 2. …), so that a section
  // a park's data leaves out (the balance without quantities, the standards without data.csv)
  // leaves no gap; the appendix keeps its name.
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

std::string report_markdown(const ReportInput& input) {
  std::string out;
  for (const Block& b : report_blocks(input)) {
    switch (b.kind) {
      case Block::Kind::heading:
        out += std::string(static_cast<std::size_t>(std::clamp(b.level, 1, 6)), '#') + " " +
               b.text + "\n\n";
        break;
      case Block::Kind::paragraph:
        out += b.text + "\n\n";
        break;
      case Block::Kind::list:
        for (const auto& row : b.rows)
          out += "- " + row.at(0) + "\n";
        out += "\n";
        break;
      case Block::Kind::figure:
        out += "![" + b.text + "](" + b.file + ")\n\n*" + b.text + "*\n\n";
        break;
      case Block::Kind::table: {
        out += "|";
        for (const std::string& h : b.header)
          out += " " + cell(h) + " |";
        out += "\n|";
        for (std::size_t k = 0; k < b.header.size(); ++k)
          out += "---|";
        out += "\n";
        for (const auto& row : b.rows) {
          out += "|";
          for (const std::string& c : row)
            out += " " + cell(c) + " |";
          out += "\n";
        }
        out += "\n";
        break;
      }
    }
  }
  return out;
}

}  // namespace symbio::viz
