#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "audit/standards.hpp"
#include "io/read_park.hpp"
#include "network/conventions.hpp"
#include "tests/support/run_symbio.hpp"

namespace symbio::testing {
namespace {

// The report speaks one language: every interface word of the Chinese report is Chinese and
// every word of the English report English, except what the park's own data says (names,
// sectors, resources, units, its description), ids and units. The check reads what a user gets
// from `symbio audit` on the Chinese example park and removes, in this order:
// - code spans between backticks (identifiers: the appendix's column names, library calls);
// - every text of the park's data, longest first, and the standards' titles and clauses (the
//   names of the documents cited, in their own words);
// - file names (balance.csv, docs/methods.md);
// then what remains must be in the report's language. In Chinese, an ASCII word is allowed only
// when it is an enterprise id, a unit, a single letter or a subscripted symbol of a formula
// (p_ij, k_max), or a proper name or abbreviation of the list below (authors, methods,
// software); in English, no CJK character may remain. It is expected to fail when new text in
// the other language arrives, which is its purpose.

struct ParkTexts {
  std::vector<std::string> texts;            // with a non-ASCII character, longest first
  std::set<std::string, std::less<>> words;  // ASCII words of the others (roles, units, ids)
  std::set<std::string> enterprise_ids;
  std::vector<std::pair<std::string, std::string>> exchanges;  // id, resource
  std::set<std::string> exchange_ids;                          // checked by bare_exchange_ids
};

ParkTexts park_texts() {
  const io::LoadedPark loaded = io::read_park("examples/coal_chemical_park");
  const Park& park = loaded.park;
  std::set<std::string> texts = {park.name, park.description, park.source};
  for (const Enterprise& e : park.enterprises) {
    texts.insert({e.name, e.sector, e.role});
  }
  ParkTexts out;
  for (const Enterprise& e : park.enterprises)
    out.enterprise_ids.insert(e.id);
  for (const Exchange& x : park.exchanges) {
    texts.insert(x.resource);
    if (x.quantity) texts.insert(x.quantity->unit);
    out.exchanges.emplace_back(x.id, x.resource);
    out.exchange_ids.insert(x.id);
  }
  for (const Declaration& d : park.declarations) {
    texts.insert(d.resource);
    if (d.quantity) texts.insert(d.quantity->unit);
  }
  for (const EnterpriseDatum& d : park.data)
    texts.insert(d.quantity.unit);
  for (const audit::StandardClause& c : audit::builtin_standard_clauses())
    texts.insert({c.standard, c.clause});
  // The units of the standards' indicators (per 万元 of value added) and the display units of
  // the balance (the input's units with their 万 prefix).
  for (const audit::StandardIndicator& s : audit::compute_standards(park))
    texts.insert(s.unit);
  texts.erase("");
  // A text in ASCII alone ("producer", "t/h") would be cut out of every word that contains it,
  // so its words are allowed as words instead.
  const std::regex word("[A-Za-z][A-Za-z0-9_]*");
  for (const std::string& t : texts) {
    if (std::all_of(t.begin(), t.end(), [](char c) { return (c & 0x80) == 0; })) {
      for (auto it = std::sregex_iterator(t.begin(), t.end(), word); it != std::sregex_iterator();
           ++it) {
        out.words.insert(it->str());
      }
    } else {
      out.texts.push_back(t);
    }
  }
  std::stable_sort(out.texts.begin(), out.texts.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return out;
}

std::string without(std::string text, const std::string& part) {
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at))
    text.replace(at, part.size(), " ");
  return text;
}

std::string strip(std::string text, const ParkTexts& park) {
  text = std::regex_replace(text, std::regex("`[^`]*`"), " ");
  for (const std::string& t : park.texts)
    text = without(text, t);
  return std::regex_replace(text, std::regex(R"([A-Za-z0-9_./-]+\.(csv|svg|md|json|pb|xlsx))"),
                            " ");
}

// Units written in ASCII, and the proper names and abbreviations a Chinese text keeps: authors
// (Zhang Yan, Schneider, Burt, ...), methods (PageRank, HITS, Louvain, ...), software
// (symbio, NetworkX, igraph), formula functions (max, ln) and flow indicators' symbols (TST,
// APL, FCI), CO₂.
const std::set<std::string, std::less<>> kAllowedAscii = {
    "GJ",        "m3",       "Nm3",      "kWh",      "tce",      "km2",       "kg",
    "pt",        "symbio",   "PageRank", "HITS",     "NetworkX", "igraph",    "Brandes",
    "Wasserman", "Faust",    "Burt",     "Borgatti", "Batagelj", "Zaversnik", "Gould",
    "Fernandez", "Louvain",  "Leiden",   "Newman",   "Freeman",  "Zhang",     "Yan",
    "Schneider", "Lengauer", "Tarjan",   "Wang",     "Rong",     "Finn",      "TST",
    "APL",       "FCI",      "CO",       "max",      "ln",       "MTO"};

std::vector<std::string> foreign_in_chinese(const std::string& report, const ParkTexts& park) {
  const std::string text = strip(report, park);
  std::set<std::string> found;
  const std::regex word(R"([A-Za-z][A-Za-z0-9_'.]*)");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), word); it != std::sregex_iterator();
       ++it) {
    std::string w = it->str();
    while (!w.empty() && w.back() == '.')
      w.pop_back();
    if (w.size() <= 1 || park.enterprise_ids.count(w) > 0 || kAllowedAscii.count(w) > 0 ||
        park.words.count(w) > 0 || park.exchange_ids.count(w) > 0) {
      continue;
    }
    // The report's own numbering: findings F1, F2, ..., options L1, H1, ...
    if (std::regex_match(w, std::regex("[A-Z][0-9]+"))) continue;
    // A subscripted symbol: parts of at most three letters (p_ij, k_max, b'_i).
    if (w.find('_') != std::string::npos && w.find('.') == std::string::npos) {
      bool symbol = true;
      std::size_t start = 0;
      while (start <= w.size()) {
        const auto end = std::min(w.find('_', start), w.size());
        symbol = symbol && end - start <= 3;
        start = end + 1;
      }
      if (symbol) continue;
    }
    // A version number "0.1.0" never starts with a letter; a number with a unit ("2.5e+20")
    // is not a word either.
    found.insert(w);
  }
  return {found.begin(), found.end()};
}

// Characters of the CJK blocks, CJK punctuation and full-width forms, as UTF-8.
std::vector<std::string> cjk_in_english(const std::string& report, const ParkTexts& park) {
  const std::string text = strip(report, park);
  std::set<std::string> found;
  for (std::size_t k = 0; k < text.size();) {
    const auto c = static_cast<unsigned char>(text[k]);
    const std::size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (length == 3) {
      const unsigned code = ((c & 0x0Fu) << 12) |
                            ((static_cast<unsigned char>(text[k + 1]) & 0x3Fu) << 6) |
                            (static_cast<unsigned char>(text[k + 2]) & 0x3Fu);
      const bool cjk = (code >= 0x2E80 && code <= 0x9FFF) || (code >= 0xFF00 && code <= 0xFFEF);
      if (cjk) {
        const auto line_start = text.rfind('\n', k);
        const auto line_end = text.find('\n', k);
        found.insert(text.substr(line_start == std::string::npos ? 0 : line_start + 1,
                                 line_end - (line_start == std::string::npos ? 0 : line_start + 1))
                         .substr(0, 160));
      }
    }
    k += length;
  }
  return {found.begin(), found.end()};
}

// Every exchange id shown is preceded by its resource: "余热 (c79)", never "c79" alone.
std::vector<std::string> bare_exchange_ids(const std::string& report, const ParkTexts& park) {
  std::vector<std::string> bare;
  for (const auto& [id, resource] : park.exchanges) {
    const std::regex token("(^|[^A-Za-z0-9_])" + id + "($|[^A-Za-z0-9_])");
    for (auto it = std::sregex_iterator(report.begin(), report.end(), token);
         it != std::sregex_iterator(); ++it) {
      const std::size_t at = static_cast<std::size_t>(it->position()) + it->str(1).size();
      const std::string before = resource + " (";
      if (at < before.size() || report.compare(at - before.size(), before.size(), before) != 0) {
        bare.push_back(id + ": " + report.substr(at >= 40 ? at - 40 : 0, 60));
      }
    }
  }
  return bare;
}

struct Audited {
  std::string dir;
  std::string report;
};

Audited audit(const std::string& lang) {
  const std::string dir = make_temp_dir("symbio-report-" + lang);
  const RunResult r =
      run_symbio("audit examples/coal_chemical_park --out " + dir + "/out --lang " + lang);
  EXPECT_EQ(r.status, 0) << r.output;
  return {dir + "/out", read_text(dir + "/out/report.md")};
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items)
    out += item + "\n";
  return out;
}

TEST(ReportLanguageTest, ChineseReportOfTheChineseParkIsChinese) {
  const ParkTexts park = park_texts();
  const Audited zh = audit("zh");
  ASSERT_FALSE(zh.report.empty());
  EXPECT_EQ(joined(foreign_in_chinese(zh.report, park)), "");
  EXPECT_EQ(joined(bare_exchange_ids(zh.report, park)), "");
  // The title is the park's name (park.json), not the folder's.
  EXPECT_EQ(zh.report.rfind("# 煤化工园区（示例）\n", 0), 0u) << zh.report.substr(0, 200);
  // The stages of the audit.
  for (const char* stage : {"## 二、预审核", "## 三、审核", "## 四、方案的产生和筛选",
                            "### 审核重点的确定", "### 依赖关系与瓶颈", "## 附录：指标定义"}) {
    EXPECT_NE(zh.report.find(stage), std::string::npos) << stage;
  }
}

// The diagrams of the Chinese report: the network's legend and title lines, the robustness
// chart's axes and strategies and the Sankey diagrams speak Chinese.
TEST(ReportLanguageTest, ChineseDiagramsAreChinese) {
  const ParkTexts park = park_texts();
  const Audited zh = audit("zh");
  const std::regex text_element("<text[^>]*>([^<]*)</text>");
  for (const char* file : {"network.svg", "robustness.svg", "sankey_material.svg",
                           "sankey_energy.svg", "sankey_water.svg"}) {
    const std::string svg = read_text(zh.dir + "/" + file);
    std::string texts;
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), text_element);
         it != std::sregex_iterator(); ++it) {
      texts += (*it)[1].str() + "\n";
    }
    ASSERT_FALSE(texts.empty()) << file;
    // Quantities in the legend use the canonical units of the layers (t/a, GJ/a, m3/a).
    const std::string plain = std::regex_replace(texts, std::regex("(t|GJ|m3)/a"), " ");
    EXPECT_EQ(joined(foreign_in_chinese(plain, park)), "") << file;
  }
  const std::string network = read_text(zh.dir + "/network.svg");
  EXPECT_NE(network.find(">图例<"), std::string::npos);
  EXPECT_EQ(network.find(">Legend<"), std::string::npos);
  const std::string chart = read_text(zh.dir + "/robustness.svg");
  for (const char* label : {"随机移除", "按度移除", "移除企业占比 (q/n)", "最大连通分量占比 S(q)"})
    EXPECT_NE(chart.find(label), std::string::npos) << label;
}

TEST(ReportLanguageTest, EnglishReportIsEnglish) {
  const ParkTexts park = park_texts();
  const Audited en = audit("en");
  ASSERT_FALSE(en.report.empty());
  EXPECT_EQ(joined(cjk_in_english(en.report, park)), "");
  EXPECT_EQ(joined(bare_exchange_ids(en.report, park)), "");
  EXPECT_EQ(en.report.rfind("# 煤化工园区（示例）\n", 0), 0u) << en.report.substr(0, 200);
  for (const char* file : {"robustness.svg", "sankey_material.svg"}) {
    const std::string svg = read_text(en.dir + "/" + file);
    std::string texts;
    const std::regex text_element("<text[^>]*>([^<]*)</text>");
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), text_element);
         it != std::sregex_iterator(); ++it) {
      texts += (*it)[1].str() + "\n";
    }
    EXPECT_EQ(joined(cjk_in_english(texts, park)), "") << file;
  }
}

// --name gives the title; a park known only by its folder's name gets a title without it.
TEST(ReportLanguageTest, TitleIsTheParksName) {
  const std::string dir = make_temp_dir("symbio-report-title");
  RunResult r = run_symbio("audit examples/coal_chemical_park --out " + dir +
                           "/named --lang en --name \"Ordos coal park\"");
  ASSERT_EQ(r.status, 0) << r.output;
  EXPECT_EQ(read_text(dir + "/named/report.md").rfind("# Ordos coal park\n", 0), 0u);

  std::filesystem::create_directories(dir + "/ordos_park");
  std::filesystem::copy_file("examples/coal_chemical_park/exchanges.csv",
                             dir + "/ordos_park/exchanges.csv");
  r = run_symbio("audit " + dir + "/ordos_park --out " + dir + "/unnamed --lang zh");
  ASSERT_EQ(r.status, 0) << r.output;
  const std::string report = read_text(dir + "/unnamed/report.md");
  EXPECT_EQ(report.rfind("# 园区清洁生产审核报告\n", 0), 0u) << report.substr(0, 200);
  EXPECT_EQ(report.find("ordos_park"), std::string::npos);
}

}  // namespace
}  // namespace symbio::testing
