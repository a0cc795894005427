#pragma once

// The helpers every section of the report uses to add its blocks in the report's language
// (report_blocks.cpp, report_flows.cpp, report_findings.cpp, ...): one place for the block
// builders, the names of enterprises and exchanges and the labels of indicators. Private to
// visualization/.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "audit/finding.hpp"
#include "visualization/report_model.hpp"

namespace symbio::viz::detail {

class BlockWriter {
 public:
  BlockWriter(const ReportInput& input, std::vector<ReportBlock>& blocks);

  bool zh() const { return zh_; }
  std::string tr(std::string_view zh, std::string_view en) const {
    return std::string(zh_ ? zh : en);
  }

  void heading(int level, std::string text, std::string anchor = "");
  void paragraph(std::string text, std::string css = "");
  void table(std::vector<std::string> header, std::vector<std::vector<std::string>> rows,
             std::string css = "");
  void list(const std::vector<std::string>& items);
  void figure(std::string svg, std::string file, std::string caption);
  // Blocks added so far, and the headings from block `from` on moved `by` levels deeper, so
  // that a section written at its own levels sits inside a stage.
  std::size_t size() const { return blocks_.size(); }
  void nest(std::size_t from, int by);

  // An enterprise as "热电厂 (e03)" (the id alone when the name is the id); an exchange by its
  // resource, "余热 (c79)", never by its id alone; anything else as it is.
  std::string who(const std::string& id) const;
  // Items joined with "、" or ", ".
  std::string join(const std::vector<std::string>& items) const;
  // "及另外 3 项" / " and 3 more" (Chinese puts no space before it).
  std::string more(std::int64_t count) const;
  // The name of an evidence or indicator ("all.degree", "audit.key_rank", "material.degree")
  // in the report's language: 度, 关键企业排名, 度（物质） / degree, key enterprise rank,
  // degree (material). Never the key itself, except for a name no table knows.
  std::string indicator_label(const std::string& name) const;
  // An evidence value: numbers as report_number, booleans 是/否 or yes/no.
  std::string value_text(const audit::EvidenceValue& value) const;
  std::string layer_label(Layer layer) const;
  // A park field of the view `all` (nullopt without it or without a value), as the report
  // prints it ("—" when empty).
  std::optional<double> field(std::string_view name) const;
  std::string field_text(std::string_view name) const;
  // The typology of the view `all` (Zhang Yan et al. 2016) in the report's language, "—" without.
  std::string typology() const;
  std::string strategy(net::RemovalStrategy strategy) const;
  std::string title_of(const audit::Finding& finding) const {
    return zh_ ? finding.title_zh : finding.title_en;
  }
  // Items joined with "；" or "; ".
  std::string join_semicolons(const std::vector<std::string>& items) const;

 protected:
  const ReportInput& in_;
  std::vector<ReportBlock>& blocks_;
  bool zh_;
  const net::LayerAnalysis* all_ = nullptr;  // the view `all` of the analysis, if any

 private:
  std::map<std::string, std::size_t, std::less<>> exchange_at_;  // id -> Park::exchanges index
};

}  // namespace symbio::viz::detail
