#include "visualization/detail/report_writer.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <variant>

#include "network/conventions.hpp"
#include "network/indicator_names.hpp"
#include "visualization/robustness_chart.hpp"

namespace symbio::viz {

std::string report_number(double value) {
  if (!std::isfinite(value)) return std::isnan(value) ? "—" : (value > 0 ? "∞" : "-∞");
  if (value == 0.0) return "0";
  char buffer[64];
  const double magnitude = std::fabs(value);
  if (magnitude >= 1e15) {
    // Beyond what a reader counts in digits (and beyond a long long from 9.2e18): four
    // significant digits with an exponent.
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific, 3);
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

}  // namespace symbio::viz

namespace symbio::viz::detail {

namespace {

// Evidence names the audit rules give besides the indicators of network/conventions.hpp, by
// prefix: Chinese and English labels.
struct AuditLabel {
  std::string_view prefix;
  std::string_view zh;
  std::string_view en;
};
constexpr AuditLabel kAuditLabels[] = {
    {"audit.key_rank", "关键企业排名", "key enterprise rank"},
    {"audit.key_score_fallback", "关键企业指数（度、中介中心性、PageRank）",
     "key score (degree, betweenness, PageRank)"},
    {"audit.supplier_share", "单一供应方占比", "share of the single supplier"},
    {"audit.share_basis", "占比依据", "basis of the share"},
    {"audit.enterprises_cut_off", "断开的企业数", "enterprises cut off"},
    {"audit.betweenness_rank", "中介中心性排名", "betweenness rank"},
    {"cascade.cascade_failed", "级联失效企业数", "enterprises failing in the cascade"},
    {"cascade.cascade_rounds", "级联轮数", "cascade rounds"},
    {"stranded.cascade_failed", "废物滞留级联失效企业数",
     "enterprises failing when waste is stranded"},
    {"stranded.cascade_rounds", "废物滞留级联轮数", "rounds of the stranded-waste cascade"},
    {"stranded.threshold", "废物滞留阈值", "stranded-waste threshold"},
    {"robustness.largest_component_share_without", "移除后最大连通分量占比",
     "largest component share without it"},
    {"dominators.dominated", "支配企业数", "enterprises dominated"},
    {"declaration.output", "申报富余产出量", "declared unused output"},
    {"declaration.need", "申报需求量", "declared need"},
    {"load.beta_c_largest_component", "最大连通分量的临界容忍系数 β_c",
     "critical tolerance β_c of the largest component"},
    {"load.beta_c_component", "小连通分量的临界容忍系数 β_c",
     "critical tolerance β_c of a smaller component"},
    {"load.beta_c", "临界容忍系数 β_c", "critical tolerance β_c"},
    {"enterprise.role", "企业角色", "role of the enterprise"},
    {"all.bridge", "桥接交换", "bridge exchange"},
};

}  // namespace

BlockWriter::BlockWriter(const ReportInput& input, std::vector<ReportBlock>& blocks)
    : in_(input), blocks_(blocks), zh_(input.language == ReportLanguage::zh) {
  for (const net::LayerAnalysis& a : in_.analysis) {
    if (a.layer == net::ViewLayer::all) all_ = &a;
  }
  for (std::size_t k = 0; k < in_.park.exchanges.size(); ++k)
    exchange_at_.emplace(in_.park.exchanges[k].id, k);
}

void BlockWriter::heading(int level, std::string text, std::string anchor) {
  ReportBlock b;
  b.kind = ReportBlock::Kind::heading;
  b.level = level;
  b.text = std::move(text);
  b.anchor = std::move(anchor);
  blocks_.push_back(std::move(b));
}

void BlockWriter::paragraph(std::string text, std::string css) {
  ReportBlock b;
  b.kind = ReportBlock::Kind::paragraph;
  b.text = std::move(text);
  b.css_class = std::move(css);
  blocks_.push_back(std::move(b));
}

void BlockWriter::table(std::vector<std::string> header, std::vector<std::vector<std::string>> rows,
                        std::string css) {
  ReportBlock b;
  b.kind = ReportBlock::Kind::table;
  b.header = std::move(header);
  b.rows = std::move(rows);
  b.css_class = std::move(css);
  blocks_.push_back(std::move(b));
}

void BlockWriter::list(const std::vector<std::string>& items) {
  ReportBlock b;
  b.kind = ReportBlock::Kind::list;
  for (const std::string& item : items)
    b.rows.push_back({item});
  blocks_.push_back(std::move(b));
}

void BlockWriter::figure(std::string svg, std::string file, std::string caption) {
  ReportBlock b;
  b.kind = ReportBlock::Kind::figure;
  b.svg = std::move(svg);
  b.file = std::move(file);
  b.text = std::move(caption);
  blocks_.push_back(std::move(b));
}

void BlockWriter::nest(std::size_t from, int by) {
  for (std::size_t k = from; k < blocks_.size(); ++k) {
    if (blocks_[k].kind == ReportBlock::Kind::heading)
      blocks_[k].level = std::min(blocks_[k].level + by, 6);
  }
}

std::string BlockWriter::who(const std::string& id) const {
  if (const auto v = in_.graph.index_of(id)) {
    const std::string& name = in_.graph.name(*v);
    return name.empty() || name == id ? id : name + " (" + id + ")";
  }
  if (const auto at = exchange_at_.find(id); at != exchange_at_.end()) {
    const Exchange& x = in_.park.exchanges[at->second];
    if (!x.resource.empty()) return x.resource + " (" + id + ")";
  }
  return id;
}

std::string BlockWriter::join(const std::vector<std::string>& items) const {
  std::string out;
  for (const std::string& item : items)
    out += (out.empty() ? "" : zh_ ? "、" : ", ") + item;
  return out;
}

std::string BlockWriter::more(std::int64_t count) const {
  const std::string n = std::to_string(count);
  return zh_ ? "及另外 " + n + " 项" : " and " + n + " more";
}

std::string BlockWriter::layer_label(Layer layer) const {
  return std::string(zh_ ? to_chinese(layer) : to_string(layer));
}

std::optional<double> BlockWriter::field(std::string_view name) const {
  if (all_ == nullptr) return std::nullopt;
  const net::ParkField* f = all_->park_field(std::string(name));
  return f == nullptr ? std::nullopt : f->value;
}

std::string BlockWriter::field_text(std::string_view name) const {
  const auto value = field(name);
  return value ? report_number(*value) : "—";
}

std::string BlockWriter::typology() const {
  if (all_ == nullptr) return "—";
  const net::ParkField* f = all_->park_field(std::string(net::field::typology));
  if (f == nullptr || f->text.empty()) return "—";
  return value_text(f->text);  // the three types in the report's language
}

std::string BlockWriter::strategy(net::RemovalStrategy strategy) const {
  return strategy_name(strategy, zh_);
}

std::string BlockWriter::join_semicolons(const std::vector<std::string>& items) const {
  std::string out;
  for (const std::string& item : items)
    out += (out.empty() ? "" : tr("；", "; ")) + item;
  return out;
}

std::string BlockWriter::indicator_label(const std::string& name) const {
  for (const AuditLabel& a : kAuditLabels) {
    if (name.starts_with(a.prefix)) return std::string(zh_ ? a.zh : a.en);
  }
  const auto dot = name.rfind('.');
  const std::string base = dot == std::string::npos ? name : name.substr(dot + 1);
  const std::string view = dot == std::string::npos ? "" : name.substr(0, dot);
  std::string label;
  if (const net::Convention* c = net::find_convention(base)) {
    label = zh_ ? std::string(c->label_zh) : base;
  } else {
    return name;
  }
  if (!zh_) std::replace(label.begin(), label.end(), '_', ' ');
  // A layer's indicator names its layer; `all` and the models' prefixes name none.
  for (const Layer layer : {Layer::material, Layer::energy, Layer::water}) {
    if (view == to_string(layer)) {
      return zh_ ? label + "（" + std::string(to_chinese(layer)) + "）"
                 : label + " (" + std::string(to_string(layer)) + ")";
    }
  }
  return label;
}

std::string BlockWriter::value_text(const audit::EvidenceValue& value) const {
  if (const auto* d = std::get_if<double>(&value)) return report_number(*d);
  if (const auto* b = std::get_if<bool>(&value)) return *b ? tr("是", "yes") : tr("否", "no");
  if (const auto* text = std::get_if<std::string>(&value)) {
    // Words the rules give as values: the typology of Zhang Yan et al. 2016, the basis of a
    // supplier's share.
    static const std::pair<std::string_view, std::pair<std::string_view, std::string_view>>
        kWords[] = {{"weak completeness", {"弱完备型", "weak completeness"}},
                    {"anchor tenant", {"核心企业主导型", "anchor tenant"}},
                    {"equality-oriented", {"平等型", "equality-oriented"}},
                    {"quantity", {"按数量", "by quantity"}},
                    {"count", {"按交换数", "by number of exchanges"}}};
    for (const auto& [word, said] : kWords) {
      if (*text == word) return std::string(zh_ ? said.first : said.second);
    }
  }
  return audit::to_text(value);
}

}  // namespace symbio::viz::detail
