#include "visualization/report_findings.hpp"

#include <algorithm>
#include <set>

#include "audit/rules.hpp"
#include "network/conventions.hpp"
#include "visualization/detail/report_writer.hpp"

namespace symbio::viz {
namespace {

using Block = ReportBlock;

// Subjects shown in full per finding; the rest go into a table.
constexpr std::size_t kShownSubjects = 3;
// Options listed per cost class; the rest are counted (findings.json lists them all).
constexpr std::size_t kOptionsPerClass = 20;

// The findings and options sections, with the block builders and names every section of the
// report shares (detail::BlockWriter).
class FindingBlocks : public detail::BlockWriter {
 public:
  FindingBlocks(const ReportInput& input, std::vector<Block>& blocks)
      : BlockWriter(input, blocks) {}

  void findings() {
    heading(2, tr("审核发现", "Findings"), "findings");
    if (in_.findings.empty()) {
      paragraph(tr("无。", "None."));
      return;
    }
    paragraph(
        tr("每条规则给出一项发现，其对象按严重程度排序；前 3 个对象详细列出，其余见表。数量采用"
           "输入数据中该层最常用的单位，占比为占该层总流量（园区内部 + 输入 + 输出）的比例。",
           "Each rule gives one finding, its subjects ranked by severity; the first 3 are "
           "shown in full, the rest in a table. Quantities are in the unit the input used "
           "most for the layer; shares are of the layer's total flow (internal + import + "
           "export)."));
    std::size_t number = 0;
    for (const audit::Priority p :
         {audit::Priority::high, audit::Priority::medium, audit::Priority::low}) {
      const bool any = std::any_of(in_.findings.begin(), in_.findings.end(),
                                   [&](const audit::Finding& f) { return f.priority == p; });
      if (!any) continue;
      heading(3, tr("优先级：", "Priority: ") + priority(p),
              "priority-" + std::string(audit::to_string(p)));
      for (const audit::Finding& f : in_.findings) {
        if (f.priority == p) finding(f, ++number);
      }
    }
  }

  void options() {
    heading(2, tr("清洁生产方案", "Cleaner-production options"), "options");
    paragraph(
        tr("无/低费方案可在审核过程中实施；中/高费方案需进行可行性分析（《清洁生产审核办法》）。"
           "方案按效益排序：所移动数量占该层总流量的比例，未量化的方案列在其后。",
           "No/low-cost options can be implemented during the audit; medium/high-cost options "
           "need a feasibility study (cleaner-production audit measures, 2016). Options are "
           "ranked by benefit: the share of the layer's total flow they move; options without "
           "a quantified benefit follow."));
    struct Option {
      std::string text;
      std::string where;
      const audit::Finding* finding = nullptr;
      std::vector<audit::Benefit> benefits;
      std::optional<double> share;
    };
    std::vector<Option> options;
    std::set<std::string> seen;  // a proposed exchange stated by two findings is one option
    for (const audit::Finding& f : in_.findings) {
      if (f.potential_exchanges.empty()) {
        options.push_back(
            {recommendation(f), subjects_of(f), &f, f.benefits, audit::benefit_share(f.benefits)});
        continue;
      }
      for (const audit::PotentialExchange& x : f.potential_exchanges) {
        if (!seen.insert(x.supplier + "\n" + x.receiver + "\n" + x.resource).second) continue;
        const std::string q = exchange_quantity(x);
        options.push_back({zh_ ? name(x.supplier) + "的" + x.resource + "送往" + name(x.receiver) +
                                     (q.empty() ? "" : "（" + q + "）")
                               : x.resource + " from " + name(x.supplier) + " to " +
                                     name(x.receiver) + (q.empty() ? "" : " (" + q + ")"),
                           name(x.supplier) + (zh_ ? "、" : ", ") + name(x.receiver), &f,
                           x.benefits, audit::benefit_share(x.benefits)});
      }
    }
    std::stable_sort(options.begin(), options.end(), [](const Option& a, const Option& b) {
      if (a.share.has_value() != b.share.has_value()) return a.share.has_value();
      return a.share && *a.share > *b.share;
    });
    for (const audit::CostClass cost : {audit::CostClass::no_low, audit::CostClass::medium_high}) {
      heading(3, std::string(zh_ ? audit::to_chinese(cost) : audit::to_english(cost)),
              "options-" + std::string(audit::to_string(cost)));
      std::vector<std::vector<std::string>> rows;
      std::size_t more = 0;
      for (const Option& o : options) {
        if (o.finding->cost != cost) continue;
        if (rows.size() >= kOptionsPerClass) {
          ++more;
          continue;
        }
        rows.push_back(
            {(cost == audit::CostClass::no_low ? "L" : "H") + std::to_string(rows.size() + 1),
             o.text, o.where, aspect(o.finding->aspect), benefits_text(o.benefits),
             title(*o.finding)});
      }
      if (rows.empty()) {
        paragraph(tr("无。", "None."));
        continue;
      }
      table({tr("编号", "No."), tr("方案", "Option"), tr("涉及", "Where"), tr("方面", "Aspect"),
             tr("预期效益", "Benefits"), tr("来源发现", "From finding")},
            std::move(rows));
      if (more > 0) {
        paragraph(tr("另有 " + std::to_string(more) + " 项方案见 findings.json。",
                     std::to_string(more) + " more options in findings.json."));
      }
    }
  }

  std::string subjects_short(const audit::Finding& f) const {
    if (f.subjects.empty()) return tr("园区整体", "the park as a whole");
    std::string out;
    for (std::size_t k = 0; k < kShownSubjects && k < f.subjects.size(); ++k)
      out += (k == 0 ? "" : zh_ ? "、" : ", ") + label(f.subjects[k]);
    const std::int64_t rest =
        static_cast<std::int64_t>(f.subjects.size()) + f.subjects_not_listed -
        static_cast<std::int64_t>(std::min(kShownSubjects, f.subjects.size()));
    return rest > 0 ? out + more(rest) : out;
  }

 private:
  std::string priority(audit::Priority p) const {
    return std::string(zh_ ? audit::to_chinese(p) : audit::to_string(p));
  }
  std::string aspect(audit::Aspect a) const {
    return std::string(zh_ ? audit::to_chinese(a) : audit::to_english(a));
  }
  std::string title(const audit::Finding& f) const {
    std::string t = zh_ ? f.title_zh : f.title_en;
    if (f.layer)
      t += zh_ ? "（" + layer_label(*f.layer) + "）" : " (" + layer_label(*f.layer) + ")";
    return t;
  }
  std::string recommendation(const audit::Finding& f) const {
    return zh_ ? f.recommendation_zh : f.recommendation_en;
  }
  // An enterprise's name from its id (the id when it has none or is unknown).
  std::string name(const std::string& id) const {
    if (const auto v = in_.graph.index_of(id)) {
      const std::string& n = in_.graph.name(*v);
      return n.empty() ? id : n;
    }
    return id;
  }
  std::string label(const audit::Subject& s) const {
    if (s.kind == audit::SubjectKind::indicator && !zh_) return s.id;
    return s.name.empty() ? s.id : s.name;
  }
  std::string subjects_of(const audit::Finding& f) const { return subjects_short(f); }

  std::string quantity_text(const audit::Subject& s) const {
    if (!s.quantity) return "";
    std::string out = report_number(*s.quantity) + " " + s.unit;
    if (s.share && s.layer) {
      out += zh_ ? "，占" + layer_label(*s.layer) + "层 " + percent(*s.share)
                 : ", " + percent(*s.share) + " of the " + layer_label(*s.layer) + " layer";
    }
    return out;
  }
  std::string exchange_quantity(const audit::PotentialExchange& x) const {
    if (x.display_quantity) return report_number(*x.display_quantity) + " " + x.display_unit;
    if (x.quantity) return report_number(*x.quantity) + " " + x.unit;
    return "";
  }
  static std::string percent(double share) { return report_number(100.0 * share) + "%"; }

  std::string benefits_text(const std::vector<audit::Benefit>& benefits) const {
    std::string out;
    for (const audit::Benefit& b : benefits) {
      out += (out.empty() ? ""
              : zh_       ? "；"
                          : "; ") +
             std::string(zh_ ? audit::to_chinese(b.basis) : audit::to_english(b.basis)) + " " +
             report_number(b.quantity) + " " + b.unit;
      if (b.basis != audit::BenefitBasis::coal_equivalent &&
          b.basis != audit::BenefitBasis::co2_avoided) {
        out += (zh_ ? "（" : " (") + b.resource + (zh_ ? "）" : ")");
      }
    }
    return out.empty() ? "—" : out;
  }

  // What an evidence value is about: an enterprise by name, an exchange by its resource with the
  // id after it ("污泥 (x12)", as who() writes it), never an id alone.
  std::string about(const std::string& id) const {
    return in_.graph.index_of(id) ? name(id) : who(id);
  }
  // Whether an evidence value only repeats the resource of the exchange it is about (which
  // about() already names).
  bool names_the_resource(const audit::Evidence& e) const {
    return e.name.ends_with(".resource") && !in_.graph.index_of(e.subject) &&
           who(e.subject) != e.subject;
  }

  std::string evidence_of(const audit::Subject& s) const {
    std::string out;
    for (const audit::Evidence& e : s.evidence) {
      if (e.subject != s.id) {
        if (names_the_resource(e)) continue;
        // Evidence about something else (an exchange of the subject): "污泥 (x12) 桥接交换 = 是".
        out += (out.empty() ? ""
                : zh_       ? "；"
                            : "; ") +
               about(e.subject) + " " + evidence_label(e.name, in_.language) + " = " +
               evidence_text(e.value, in_.language);
        continue;
      }
      out += (out.empty() ? ""
              : zh_       ? "；"
                          : "; ") +
             evidence_label(e.name, in_.language) + " = " + evidence_text(e.value, in_.language);
    }
    return out;
  }
  std::string related_of(const audit::Subject& s) const {
    std::string out;
    for (const std::string& id : s.related)
      out += (out.empty() ? "" : zh_ ? "、" : ", ") + name(id);
    if (s.related_not_listed > 0) out += more(s.related_not_listed);
    return out;
  }
  std::string partner_of(const audit::Subject& s) const {
    if (s.partner.empty() || s.kind == audit::SubjectKind::tie) return "";
    return s.partner_name.empty() ? s.partner : s.partner_name;
  }

  // One subject in full: "热电厂（e03）：粉煤灰 40 万吨/年，占物质层 0.7%；来自 …；证据；涉及 …".
  std::string subject_line(const audit::Finding& f, const audit::Subject& s) const {
    std::string out = label(s);
    if (s.kind != audit::SubjectKind::indicator && s.id != label(s)) out += " (" + s.id + ")";
    std::vector<std::string> parts;
    if (!s.resources.empty()) {
      std::string r;
      for (const std::string& name : s.resources)
        r += (r.empty() ? "" : zh_ ? "、" : ", ") + name;
      const std::string q = s.kind == audit::SubjectKind::indicator ? "" : quantity_text(s);
      parts.push_back(r + (q.empty() ? "" : " " + q));
    }
    if (const std::string p = partner_of(s); !p.empty()) {
      parts.push_back(tr("供应方：", "supplier: ") + p);
    }
    if (const std::string e = evidence_of(s); !e.empty()) parts.push_back(e);
    if (const std::string r = related_of(s); !r.empty()) {
      parts.push_back(related_label(f) + r);
    }
    std::string joined;
    for (const std::string& p : parts)
      joined += (joined.empty() ? "" : zh_ ? "；" : "; ") + p;
    return joined.empty() ? out : out + (zh_ ? "：" : ": ") + joined;
  }
  std::string related_label(const audit::Finding& f) const {
    if (f.rule == "cascade-critical") return tr("随之失效：", "fail with it: ");
    if (f.rule == "stranded-waste") return tr("废物滞留的企业：", "stranded: ");
    if (f.rule == "single-point-of-failure") return tr("受其支配：", "dominated: ");
    if (f.potential_exchanges.empty()) return tr("涉及：", "involves: ");
    return tr("接收方：", "receivers: ");
  }

  void finding(const audit::Finding& f, std::size_t number) {
    heading(4, "F" + std::to_string(number) + " " + title(f) + " — " + subjects_short(f));
    paragraph(tr("方面：", "Aspect: ") + aspect(f.aspect) + tr("；费用：", "; cost: ") +
                  std::string(zh_ ? audit::to_chinese(f.cost) : audit::to_english(f.cost)),
              "priority-" + std::string(audit::to_string(f.priority)));
    if (!f.subjects.empty()) {
      std::vector<std::string> items;
      for (std::size_t k = 0; k < kShownSubjects && k < f.subjects.size(); ++k)
        items.push_back(subject_line(f, f.subjects[k]));
      list(std::move(items));
    }
    if (f.subjects.size() > kShownSubjects) {
      std::vector<std::vector<std::string>> rows;
      for (std::size_t k = kShownSubjects; k < f.subjects.size(); ++k) {
        const audit::Subject& s = f.subjects[k];
        std::string resources;
        for (const std::string& r : s.resources)
          resources += (resources.empty() ? "" : zh_ ? "、" : ", ") + r;
        rows.push_back({std::to_string(k + 1), label(s), resources.empty() ? "—" : resources,
                        s.quantity && s.kind != audit::SubjectKind::indicator
                            ? report_number(*s.quantity) + " " + s.unit
                            : "—",
                        s.share ? percent(*s.share) : "—", evidence_of(s)});
      }
      table({tr("排序", "Rank"), tr("对象", "Subject"), tr("资源", "Resources"),
             tr("数量", "Quantity"), tr("占本层比例", "Share of layer"), tr("证据", "Evidence")},
            std::move(rows));
    }
    if (f.subjects_not_listed > 0) {
      paragraph(tr("另有 " + std::to_string(f.subjects_not_listed) + " 个对象未列出。",
                   std::to_string(f.subjects_not_listed) + " more subjects not listed."));
    }
    if (!f.evidence.empty()) {
      std::string text;
      for (const audit::Evidence& e : f.evidence) {
        text += (text.empty() ? ""
                 : zh_        ? "；"
                              : "; ") +
                evidence_label(e.name, in_.language) +
                (e.subject.empty() ? "" : " (" + about(e.subject) + ")") + " = " +
                evidence_text(e.value, in_.language);
      }
      paragraph(tr("园区指标：", "Park figures: ") + text);
    }
    paragraph(tr("建议：", "Recommendation: ") + recommendation(f));
    if (!f.benefits.empty())
      paragraph(tr("预期效益：", "Expected benefits: ") + benefits_text(f.benefits));
    if (!f.potential_exchanges.empty()) {
      std::vector<std::vector<std::string>> rows;
      for (const audit::PotentialExchange& x : f.potential_exchanges) {
        const std::string q = exchange_quantity(x);
        rows.push_back({name(x.supplier), name(x.receiver), x.resource,
                        x.need.empty() ? "—" : x.need, match(x.match), q.empty() ? "—" : q,
                        benefits_text(x.benefits)});
      }
      table(
          {tr("供应方", "Supplier"), tr("接收方", "Receiver"), tr("资源", "Resource"),
           tr("需求", "Need"), tr("匹配", "Match"), tr("数量", "Quantity"), tr("效益", "Benefits")},
          std::move(rows));
    }
  }

  std::string match(const std::string& m) const {
    if (!zh_) return m;
    if (m == "same-resource") return "同种资源";
    if (m == "substitute") return "替代资源";
    if (m == "potential-exchange") return "潜在交换";
    if (m == "fresh-water-user") return "新鲜水用户";
    return m;
  }
};

}  // namespace

void append_findings_blocks(const ReportInput& input, std::vector<ReportBlock>& blocks) {
  FindingBlocks(input, blocks).findings();
}

void append_options_blocks(const ReportInput& input, std::vector<ReportBlock>& blocks) {
  FindingBlocks(input, blocks).options();
}

std::string finding_subjects_short(const ReportInput& input, const audit::Finding& finding) {
  std::vector<ReportBlock> none;
  return FindingBlocks(input, none).subjects_short(finding);
}

std::string evidence_label(std::string_view name, ReportLanguage language) {
  const bool zh = language == ReportLanguage::zh;
  // The audit's own figures and the values copied from other outputs, by prefix.
  struct Label {
    std::string_view prefix, zh, en;
  };
  static const Label kLabels[] = {
      {"audit.key_rank", "关键企业排名", "key-enterprise rank"},
      {"audit.key_score_fallback", "关键企业指数（度、中介、PageRank）",
       "key score (degree, betweenness, PageRank)"},
      {"audit.supplier_share", "单一供应方占比", "share of the one supplier"},
      {"audit.share_basis", "占比依据", "share by"},
      {"audit.enterprises_cut_off", "断开的企业数", "enterprises cut off"},
      {"audit.betweenness_rank", "中介中心性排名", "betweenness rank"},
      {"audit.movable", "可利用量（标准单位）", "quantity that can be moved (canonical unit)"},
      {"cascade.cascade_impact", "级联影响", "cascade impact"},
      {"cascade.cascade_failed", "级联失效企业数", "enterprises failed"},
      {"cascade.cascade_rounds", "级联轮数", "cascade rounds"},
      {"stranded.cascade_failed", "废物滞留级联失效企业数", "enterprises failed (outlet cascade)"},
      {"stranded.cascade_rounds", "废物滞留级联轮数", "outlet cascade rounds"},
      {"stranded.threshold", "废物滞留阈值", "outlet cascade threshold"},
      {"robustness.largest_component_share_without", "移除后最大连通分量占比",
       "largest component share without it"},
      {"dominators.dominated", "支配企业数", "enterprises dominated"},
      {"declaration.output", "申报富余产出量（标准单位）", "declared output (canonical unit)"},
      {"declaration.need", "申报需求量（标准单位）", "declared need (canonical unit)"},
      {"load.beta_c_largest_component", "最大连通分量的临界容忍系数 β_c",
       "beta_c of the largest component"},
      {"load.beta_c_component", "小连通分量的临界容忍系数 β_c", "beta_c of a small component"},
      {"load.beta_c", "临界容忍系数 β_c", "critical tolerance beta_c"},
      {"enterprise.role", "企业角色", "role"},
      {"exchange.resource", "资源", "resource"},
      {"standards.value", "数值", "value"},
      {"standards.coverage", "数据覆盖率", "data coverage"},
      {"standards.threshold", "标准值", "threshold"},
      {"standards.direction", "要求", "required"},
      {"standards.clause", "标准条款", "clause"},
      {"focus.rank", "审核重点排名", "audit focus rank"},
      {"focus.score", "审核重点得分", "audit focus score"},
      {"material.ena_fci", "物质层 Finn 循环指数", "Finn cycling index, material"},
      {"energy.ena_fci", "能量层 Finn 循环指数", "Finn cycling index, energy"},
      {"water.ena_fci", "水层 Finn 循环指数", "Finn cycling index, water"},
      {"all.bridge", "桥接交换", "bridge exchange"},
  };
  for (const Label& label : kLabels) {
    if (name.starts_with(label.prefix)) return std::string(zh ? label.zh : label.en);
  }
  const auto dot = name.rfind('.');
  const std::string_view base = dot == std::string_view::npos ? name : name.substr(dot + 1);
  if (zh) {
    if (const net::Convention* c = net::find_convention(base)) return std::string(c->label_zh);
    return std::string(name);
  }
  // An indicator of the analysis in English: its name with spaces ("degree_norm" -> "degree
  // norm").
  std::string out(base);
  std::replace(out.begin(), out.end(), '_', ' ');
  return out;
}

std::string evidence_text(const audit::EvidenceValue& value, ReportLanguage language) {
  const bool zh = language == ReportLanguage::zh;
  if (const auto* d = std::get_if<double>(&value)) return report_number(*d);
  if (const auto* b = std::get_if<bool>(&value))
    return *b ? (zh ? "是" : "true") : (zh ? "否" : "false");
  const std::string text = audit::to_text(value);
  if (!zh) return text;
  static const std::pair<std::string_view, std::string_view> kWords[] = {
      {"quantity", "按数量"},
      {"count", "按交换数"},
      {"min", "不低于"},
      {"max", "不高于"},
      {"utility", "公用工程"},
      {"waste_treatment", "废物处理"},
      {"anchor tenant", "核心企业主导型"},
      {"equality-oriented", "平等型"},
      {"weak completeness", "弱完备型"},
  };
  for (const auto& [word, chinese] : kWords) {
    if (text == word) return std::string(chinese);
  }
  return text;
}

}  // namespace symbio::viz
