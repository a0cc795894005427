#include "audit/thresholds.hpp"

#include <algorithm>
#include <charconv>
#include <iterator>
#include <set>

#include "core/error.hpp"
#include "core/file_bytes.hpp"
#include "core/text.hpp"

namespace symbio {
extern const char* const kBuiltinAuditThresholds;
}

namespace symbio::audit {
namespace {

enum class Range { any, unit, non_negative };

using Member = std::variant<double Thresholds::*, std::int64_t Thresholds::*, bool Thresholds::*,
                            std::vector<std::string> Thresholds::*>;

struct Spec {
  std::string_view section;
  std::string_view key;
  Member member;
  Range range = Range::any;
  std::string_view description;
};

const std::vector<Spec>& specs() {
  static const std::vector<Spec> table = {
      {"general", "disabled_rules", &Thresholds::disabled_rules, Range::any,
       "rule ids not evaluated"},
      {"anchor_dependence", "degree_centralization_min", &Thresholds::anchor_centralization_min,
       Range::unit, "fires when all.degree_centralization >= this"},
      {"anchor_dependence", "density_min", &Thresholds::anchor_density_min, Range::unit,
       "and all.density >= this"},
      {"anchor_dependence", "high_centralization", &Thresholds::anchor_high_centralization,
       Range::unit, "priority high when all.degree_centralization >= this"},
      {"single_point_of_failure", "articulation", &Thresholds::spof_articulation, Range::any,
       "flag articulation enterprises of the view all"},
      {"single_point_of_failure", "bridges", &Thresholds::spof_bridges, Range::any,
       "flag bridge ties of the view all"},
      {"single_point_of_failure", "bridge_min_side", &Thresholds::spof_bridge_min_side,
       Range::non_negative, "a bridge is flagged when it cuts off at least this many enterprises"},
      {"single_point_of_failure", "high_share_drop", &Thresholds::spof_high_share_drop, Range::unit,
       "priority high when removing the enterprise lowers the largest component share by this"},
      {"single_point_of_failure", "dominated_min", &Thresholds::spof_dominated_min,
       Range::non_negative, "flag a supply dominator of at least this many enterprises (0: off)"},
      {"cascade_critical", "cascade_impact_min", &Thresholds::cascade_impact_min, Range::unit,
       "fires when cascade_impact >= this"},
      {"cascade_critical", "cascade_impact_high", &Thresholds::cascade_impact_high, Range::unit,
       "priority high when cascade_impact >= this"},
      {"cascade_critical", "beta_c_min", &Thresholds::cascade_beta_c_min, Range::non_negative,
       "park finding when the load-capacity critical tolerance beta_c >= this"},
      {"single_source_input", "share_min", &Thresholds::single_source_share_min, Range::unit,
       "fires when one supplier gives strictly more than this share of an inbound layer"},
      {"single_source_input", "skip_external", &Thresholds::single_source_skip_external, Range::any,
       "leave external receivers out"},
      {"unused_byproduct", "co2_factor_attributes", &Thresholds::unused_co2_factor_attributes,
       Range::any, "declaration attributes read as t CO2 per canonical unit"},
      {"unused_byproduct", "high_co2", &Thresholds::unused_high_co2, Range::non_negative,
       "priority high from this avoided CO2 (t/a) on"},
      {"unused_byproduct", "max_candidates", &Thresholds::unused_max_candidates,
       Range::non_negative, "candidate receivers listed per output"},
      {"energy_cascade", "surplus_resources", &Thresholds::energy_surplus_resources, Range::any,
       "catalogue keys of declared outputs that are heat surplus"},
      {"energy_cascade", "user_resources", &Thresholds::energy_user_resources, Range::any,
       "catalogue keys of declared needs of low-temperature heat"},
      {"water_reuse", "reusable_resources", &Thresholds::water_reusable_resources, Range::any,
       "catalogue keys of declared outputs of reusable water"},
      {"water_reuse", "fresh_resources", &Thresholds::water_fresh_resources, Range::any,
       "catalogue keys of fresh water (their receivers are fresh-water users)"},
      {"water_reuse", "user_resources", &Thresholds::water_user_resources, Range::any,
       "catalogue keys of declared needs that reused water can meet"},
      {"weak_symbiosis", "density_max", &Thresholds::weak_density_max, Range::unit,
       "fires when all.density < this"},
      {"weak_symbiosis", "isolates", &Thresholds::weak_isolates, Range::any,
       "or when some enterprise has no exchange"},
      {"no_cycling", "cyclicity_max", &Thresholds::no_cycling_cyclicity_max, Range::non_negative,
       "fires when all.cyclicity <= this"},
      {"shared_infrastructure_hub", "roles", &Thresholds::hub_roles, Range::any,
       "roles of shared infrastructure"},
      {"shared_infrastructure_hub", "betweenness_rank_max", &Thresholds::hub_betweenness_rank_max,
       Range::non_negative, "fires when the betweenness rank is at most this"},
      {"broker", "constraint_max", &Thresholds::broker_constraint_max, Range::non_negative,
       "fires when constraint <= this"},
      {"broker", "effective_size_min", &Thresholds::broker_effective_size_min, Range::non_negative,
       "and effective_size >= this"},
      {"stranded_waste", "threshold", &Thresholds::stranded_threshold, Range::unit,
       "upstream cascade threshold tau"},
      {"stranded_waste", "high_suppliers", &Thresholds::stranded_high_suppliers,
       Range::non_negative, "priority high from this many stranded suppliers on"},
      {"key_enterprise", "top_n", &Thresholds::key_top_n, Range::non_negative,
       "the top n enterprises by key_score"},
      {"key_enterprise", "key_score_min", &Thresholds::key_score_min, Range::unit,
       "and every enterprise with key_score >= this"},
      {"key_enterprise", "include_external", &Thresholds::key_include_external, Range::any,
       "whether external actors can be key enterprises"},
  };
  return table;
}

class Parser {
 public:
  Parser(std::string_view text, const std::string& file, Thresholds& out)
      : text_(text), file_(file), out_(out) {}

  void run() {
    while (pos_ < text_.size()) {
      skip_blank();
      if (pos_ >= text_.size()) break;
      const char c = text_[pos_];
      if (c == '\n') {
        next_line();
      } else if (c == '#') {
        skip_comment();
      } else if (c == '[') {
        section_header();
      } else {
        key_value();
      }
    }
  }

 private:
  [[noreturn]] void fail(const std::string& message) const {
    throw DataError(message, SourceLocation{file_, line_, column()});
  }
  int column() const { return static_cast<int>(pos_ - line_start_) + 1; }
  void next_line() {
    ++pos_;
    ++line_;
    line_start_ = pos_;
  }
  void skip_blank() {
    while (pos_ < text_.size() &&
           (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\r')) {
      ++pos_;
    }
  }
  void skip_comment() {
    while (pos_ < text_.size() && text_[pos_] != '\n')
      ++pos_;
  }
  // After a value: only blanks and a comment may follow on the line.
  void end_of_line() {
    skip_blank();
    if (pos_ < text_.size() && text_[pos_] == '#') skip_comment();
    if (pos_ < text_.size() && text_[pos_] != '\n') fail("expected the end of the line");
  }
  static bool bare_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-';
  }
  std::string_view bare_key() {
    const std::size_t begin = pos_;
    while (pos_ < text_.size() && bare_char(text_[pos_]))
      ++pos_;
    if (pos_ == begin) fail("expected a key");
    return text_.substr(begin, pos_ - begin);
  }

  void section_header() {
    ++pos_;
    skip_blank();
    const int col = column();
    const std::string_view name = bare_key();
    skip_blank();
    if (pos_ >= text_.size() || text_[pos_] != ']') fail("expected ']'");
    ++pos_;
    const bool known = std::any_of(specs().begin(), specs().end(),
                                   [&](const Spec& s) { return s.section == name; });
    if (!known) {
      throw DataError("unknown section [" + std::string(name) + "]",
                      SourceLocation{file_, line_, col});
    }
    section_ = std::string(name);
    end_of_line();
  }

  void key_value() {
    const int col = column();
    const int key_line = line_;
    const std::string_view key = bare_key();
    const auto spec = std::find_if(specs().begin(), specs().end(), [&](const Spec& s) {
      return s.section == section_ && s.key == key;
    });
    const std::string full =
        section_.empty() ? std::string(key) : section_ + "." + std::string(key);
    if (spec == specs().end()) {
      throw DataError("unknown key '" + full + "'", SourceLocation{file_, key_line, col});
    }
    if (!seen_.insert(full).second) {
      throw DataError("key '" + full + "' set twice", SourceLocation{file_, key_line, col});
    }
    skip_blank();
    if (pos_ >= text_.size() || text_[pos_] != '=') fail("expected '=' after '" + full + "'");
    ++pos_;
    skip_blank();
    std::visit([&](auto member) { assign(member, *spec, full); }, spec->member);
    end_of_line();
  }

  void assign(double Thresholds::*member, const Spec& spec, const std::string& key) {
    const int col = column();
    const double value = number(key);
    check_range(value, spec, key, col);
    out_.*member = value;
  }
  void assign(std::int64_t Thresholds::*member, const Spec& spec, const std::string& key) {
    const int col = column();
    const double value = number(key);
    if (value != static_cast<double>(static_cast<std::int64_t>(value))) {
      throw DataError("'" + key + "' must be an integer", SourceLocation{file_, line_, col});
    }
    check_range(value, spec, key, col);
    out_.*member = static_cast<std::int64_t>(value);
  }
  void assign(bool Thresholds::*member, const Spec&, const std::string& key) {
    if (text_.substr(pos_).starts_with("true")) {
      out_.*member = true;
      pos_ += 4;
    } else if (text_.substr(pos_).starts_with("false")) {
      out_.*member = false;
      pos_ += 5;
    } else {
      fail("'" + key + "' must be true or false");
    }
  }
  void assign(std::vector<std::string> Thresholds::*member, const Spec&, const std::string& key) {
    if (pos_ >= text_.size() || text_[pos_] != '[') {
      fail("'" + key + "' must be an array of strings, e.g. [\"a\", \"b\"]");
    }
    ++pos_;
    std::vector<std::string> values;
    for (;;) {
      skip_array_space();
      if (pos_ >= text_.size()) fail("unterminated array");
      if (text_[pos_] == ']') {
        ++pos_;
        break;
      }
      values.push_back(string_value(key));
      skip_array_space();
      if (pos_ < text_.size() && text_[pos_] == ',') {
        ++pos_;
      } else if (pos_ >= text_.size() || text_[pos_] != ']') {
        fail("expected ',' or ']'");
      }
    }
    out_.*member = std::move(values);
  }

  // Inside an array, new lines and comments are blank.
  void skip_array_space() {
    for (;;) {
      skip_blank();
      if (pos_ < text_.size() && text_[pos_] == '\n') {
        next_line();
      } else if (pos_ < text_.size() && text_[pos_] == '#') {
        skip_comment();
      } else {
        return;
      }
    }
  }

  std::string string_value(const std::string& key) {
    if (pos_ >= text_.size() || text_[pos_] != '"') fail("'" + key + "' expects \"text\"");
    ++pos_;
    const std::size_t begin = pos_;
    std::string value;
    while (pos_ < text_.size() && text_[pos_] != '"') {
      const char c = text_[pos_];
      if (c == '\n') fail("unterminated string");
      if (c == '\\') {
        ++pos_;
        if (pos_ >= text_.size()) fail("unterminated string");
        switch (text_[pos_]) {
          case '"':
            value += '"';
            break;
          case '\\':
            value += '\\';
            break;
          case 'n':
            value += '\n';
            break;
          case 't':
            value += '\t';
            break;
          default:
            fail("unsupported escape in a string");
        }
      } else {
        value += c;
      }
      ++pos_;
    }
    if (pos_ >= text_.size()) fail("unterminated string");
    // findings.json records the value, and JSON holds only UTF-8 (escapes are ASCII, so the
    // text between the quotes is what to check).
    if (const auto bad = find_invalid_utf8(text_.substr(begin, pos_ - begin))) {
      pos_ = begin + *bad;
      fail("a string must be UTF-8 text (save the file as UTF-8)");
    }
    ++pos_;
    return value;
  }

  double number(const std::string& key) {
    const std::size_t begin = pos_;
    while (pos_ < text_.size() &&
           (bare_char(text_[pos_]) || text_[pos_] == '.' || text_[pos_] == '+')) {
      ++pos_;
    }
    std::string_view token = text_.substr(begin, pos_ - begin);
    if (!token.empty() && token.front() == '+') token.remove_prefix(1);
    double value = 0.0;
    const auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), value);
    if (token.empty() || ec != std::errc() || end != token.data() + token.size()) {
      pos_ = begin;
      fail("'" + key + "' must be a number");
    }
    return value;
  }

  void check_range(double value, const Spec& spec, const std::string& key, int col) const {
    const bool ok = spec.range == Range::unit           ? value >= 0.0 && value <= 1.0
                    : spec.range == Range::non_negative ? value >= 0.0
                                                        : true;
    if (!ok) {
      throw DataError("'" + key + "' must lie in " +
                          (spec.range == Range::unit ? std::string("[0, 1]") : std::string(">= 0")),
                      SourceLocation{file_, line_, col});
    }
  }

  std::string_view text_;
  const std::string& file_;
  Thresholds& out_;
  std::size_t pos_ = 0;
  std::size_t line_start_ = 0;
  int line_ = 1;
  std::string section_;
  std::set<std::string> seen_;
};

}  // namespace

std::vector<ThresholdEntry> threshold_entries(const Thresholds& thresholds) {
  std::vector<ThresholdEntry> entries;
  for (const Spec& spec : specs()) {
    ThresholdValue value =
        std::visit([&](auto member) -> ThresholdValue { return thresholds.*member; }, spec.member);
    entries.push_back({std::string(spec.section) + "." + std::string(spec.key), std::move(value),
                       spec.description});
  }
  return entries;
}

std::string_view default_thresholds_text() {
  return kBuiltinAuditThresholds;
}

Thresholds default_thresholds() {
  static const Thresholds defaults =
      parse_thresholds(default_thresholds_text(), "audit/data/thresholds.toml", Thresholds{});
  return defaults;
}

Thresholds parse_thresholds(std::string_view text, const std::string& file,
                            const Thresholds& base) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  Thresholds out = base;
  Parser(text, file, out).run();
  return out;
}

Thresholds read_thresholds_file(const std::string& path, const Thresholds& base) {
  // A configuration is a few KiB; the bound keeps /dev/zero or a huge file out.
  return parse_thresholds(read_file_bytes(path, kMaxConfigBytes), path, base);
}

}  // namespace symbio::audit
