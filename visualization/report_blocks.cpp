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
#include "visualization/report_bottlenecks.hpp"
#include "visualization/report_flows.hpp"
#include "visualization/report_pre_assessment.hpp"
#include "visualization/robustness_chart.hpp"

namespace symbio::viz {
namespace {

using Block = ReportBlock;

// The report's sections, in the order of the stages of a cleaner-production audit.
class Writer : public detail::BlockWriter {
 public:
  Writer(const ReportInput& input, std::vector<Block>& blocks) : BlockWriter(input, blocks) {}

  void run() {
    title();
    summary();

    heading(2, tr("预审核", "Pre-assessment"), "pre-assessment");
    append_pre_assessment_blocks(in_, blocks_);  // the park, its network, the audit focus

    heading(2, tr("审核", "Assessment"), "assessment");
    const std::size_t quantified = size();
    append_quantified_blocks(in_, blocks_);  // balance per layer, standards (report_flows.cpp)
    nest(quantified, 1);
    append_bottleneck_blocks(in_, blocks_);  // robustness, load cascade, supply dominators

    heading(2, tr("方案的产生和筛选", "Options: generation and screening"), "options-stage");
    // The findings and the options they lead to, written at their own levels (2, 3, ...) by
    // their section builders, sit in this stage one heading level down. The scenario
    // comparison (--compare) belongs here too, after the options.
    const std::size_t options_from = size();
    findings();  // to be replaced by append_findings_blocks (report_findings.cpp)
    options();   // to be replaced by append_options_blocks (report_findings.cpp)
    nest(options_from, 1);

    appendix();
  }

 private:
  // The findings' texts (subjects, labels) and, below, the findings and options sections as
  // they were before report_findings.cpp; the summary uses the first helpers.
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
