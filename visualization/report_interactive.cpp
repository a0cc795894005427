#include "visualization/report_interactive.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <sstream>

#include "core/types.hpp"
#include "network/indicator_names.hpp"

namespace symbio {
// Generated at build time from visualization/assets/report.js, visualization/assets/report.css
// and third_party/svg-pan-zoom/svg-pan-zoom.min.js (visualization/CMakeLists.txt).
extern const char* const kReportScriptJs;
extern const char* const kReportInteractiveCss;
extern const char* const kSvgPanZoomJs;
}  // namespace symbio

namespace symbio::viz {
namespace {

std::string drop_prolog(std::string_view svg) {
  const auto start = svg.find("<svg");
  return start == std::string_view::npos ? std::string() : std::string(svg.substr(start));
}

// The layer named at the end of the first line of an edge's tooltip: "A → B (water, waste)".
std::string layer_of_tooltip(std::string_view tip) {
  const std::string_view first = tip.substr(0, tip.find('\n'));
  const auto open = first.rfind('(');
  if (open == std::string_view::npos) return {};
  const auto comma = first.find(',', open);
  if (comma == std::string_view::npos) return {};
  const std::string_view word = first.substr(open + 1, comma - open - 1);
  // network_dot writes the layer in English or, for a Chinese diagram, in Chinese.
  constexpr std::pair<std::string_view, std::string_view> kChinese[] = {
      {"物质", "material"}, {"能量", "energy"}, {"水", "water"}};
  for (const Layer layer : {Layer::material, Layer::energy, Layer::water}) {
    if (word == to_string(layer)) return std::string(word);
  }
  for (const auto& [zh, en] : kChinese) {
    if (word == zh) return std::string(en);
  }
  return {};
}

std::string first_tooltip(const pugi::xml_node& group) {
  for (const pugi::xpath_node& a : group.select_nodes(".//*[@xlink:title]")) {
    return a.node().attribute("xlink:title").value();
  }
  return {};
}

struct Labels {
  bool zh;
  std::string tr(std::string_view z, std::string_view e) const { return std::string(zh ? z : e); }
};

// Enterprise indicators shown on a click, in this order, where the analysis has them (columns
// of net::analyze, so a name that is no column does not compile).
struct Shown {
  std::string_view column;
  std::string_view zh;
  std::string_view en;
};
constexpr std::array kShown{
    Shown{net::col::key_score, "关键企业指数", "key score"},
    Shown{net::col::degree, "度（伙伴数）", "degree (partners)"},
    Shown{net::col::in_degree, "供应方数", "suppliers"},
    Shown{net::col::out_degree, "接收方数", "receivers"},
    Shown{net::col::betweenness, "中介中心性", "betweenness"},
    Shown{net::col::pagerank, "PageRank", "PageRank"},
    Shown{net::col::constraint, "约束度（结构洞）", "constraint"},
    Shown{net::col::cascade_impact, "级联影响", "cascade impact"},
    Shown{net::col::articulation, "割点", "articulation point"},
    Shown{net::col::community, "社区", "community"},
};

std::string value_text(const net::Column& column, double value, bool zh) {
  if (column.type == net::ColumnType::boolean) {
    return value != 0.0 ? (zh ? "是" : "yes") : (zh ? "否" : "no");
  }
  return report_number(value);
}

}  // namespace

std::string annotate_network_svg(std::string_view svg, const net::SymbiosisGraph& graph,
                                 std::vector<std::string>* drawn) {
  const std::string text = drop_prolog(svg);
  pugi::xml_document doc;
  if (!doc.load_buffer(text.data(), text.size(), pugi::parse_default, pugi::encoding_utf8)) {
    return text;
  }
  for (const pugi::xpath_node& hit : doc.select_nodes("//*[local-name()='g'][@class]")) {
    pugi::xml_node g = hit.node();
    const std::string css = g.attribute("class").value();
    const std::string_view kind = std::string_view(css).substr(0, css.find(' '));
    if (kind == "node") {
      const std::string id = g.child("title").child_value();
      if (!graph.index_of(id)) continue;
      g.append_attribute("data-enterprise") = id.c_str();
      if (drawn != nullptr) drawn->push_back(id);
    } else if (kind == "edge") {
      const std::string layer = layer_of_tooltip(first_tooltip(g));
      if (!layer.empty()) g.append_attribute("data-layer") = layer.c_str();
    }
  }
  std::ostringstream out;
  doc.document_element().print(out, "", pugi::format_raw);
  return out.str();
}

std::string report_data_json(const ReportInput& input, const std::vector<std::string>& ids) {
  const Labels l{input.language == ReportLanguage::zh};
  nlohmann::ordered_json doc;
  doc["lang"] = l.zh ? "zh" : "en";
  doc["labels"] = {
      {"details", l.tr("企业详情", "Enterprise details")},
      {"hint", l.tr("点击图中的企业查看其指标和相关发现。",
                    "Click an enterprise in the diagram to see its indicators and findings.")},
      {"id", l.tr("编号", "id")},
      {"sector", l.tr("行业", "sector")},
      {"indicators", l.tr("指标（全部层）", "Indicators (all layers)")},
      {"rank", l.tr("关键企业排名", "key enterprise rank")},
      {"findings", l.tr("相关发现", "Findings that name it")},
      {"none", l.tr("无", "none")},
      {"matches", l.tr("个匹配", "matches")},
      {"no_match", l.tr("无匹配企业", "no matching enterprise")},
  };
  const net::LayerAnalysis* all = nullptr;
  for (const net::LayerAnalysis& a : input.analysis) {
    if (a.layer == net::ViewLayer::all) all = &a;
  }
  const net::Column* key = all != nullptr ? all->column(net::col::key_score) : nullptr;

  nlohmann::ordered_json enterprises = nlohmann::ordered_json::object();
  for (const std::string& id : ids) {
    const auto v = input.graph.index_of(id);
    if (!v) continue;
    nlohmann::ordered_json e;
    e["name"] = input.graph.name(*v);
    e["sector"] = input.graph.sector(*v);
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    if (all != nullptr) {
      for (const Shown& s : kShown) {
        const net::Column* c = all->column(s.column);
        const auto at = static_cast<std::size_t>(*v);
        if (c == nullptr || at >= c->values.size() || !c->values[at]) continue;
        rows.push_back({l.tr(s.zh, s.en), value_text(*c, *c->values[at], l.zh)});
        if (c == key) {
          // Rank 1 is the highest key score; equal scores share a rank.
          std::size_t rank = 1;
          for (const auto& other : key->values) {
            if (other && *other > *c->values[at]) ++rank;
          }
          rows.push_back({l.tr("关键企业排名", "key enterprise rank"), std::to_string(rank)});
        }
      }
    }
    e["indicators"] = std::move(rows);
    nlohmann::ordered_json named = nlohmann::ordered_json::array();
    for (const audit::Finding& f : input.findings) {
      if (std::none_of(f.subjects.begin(), f.subjects.end(),
                       [&](const audit::Subject& s) { return s.id == id; })) {
        continue;
      }
      named.push_back(
          {std::string(l.zh ? audit::to_chinese(f.priority) : audit::to_string(f.priority)),
           l.zh ? f.title_zh : f.title_en});
    }
    e["findings"] = std::move(named);
    enterprises[id] = std::move(e);
  }
  doc["enterprises"] = std::move(enterprises);
  std::string out = doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  for (std::size_t at = out.find("</"); at != std::string::npos; at = out.find("</", at + 3)) {
    out.replace(at, 2, "<\\/");
  }
  return out;
}

std::string_view report_script() {
  return kReportScriptJs;
}
std::string_view pan_zoom_library() {
  return kSvgPanZoomJs;
}
std::string_view report_interactive_css() {
  return kReportInteractiveCss;
}

}  // namespace symbio::viz
