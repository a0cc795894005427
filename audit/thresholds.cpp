#include "audit/thresholds.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

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
      {"no_cycling", "ena_fci_min", &Thresholds::no_cycling_ena_fci_min, Range::unit,
       "or when the Finn cycling index ena_fci of a layer is below this"},
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
      {"audit_focus", "network_position", &Thresholds::focus_network_position, Range::non_negative,
       "weight of key_score of the view all"},
      {"audit_focus", "cascade_impact", &Thresholds::focus_cascade_impact, Range::non_negative,
       "weight of the enterprises failing with it in the dependency sweep"},
      {"audit_focus", "supply_dominance", &Thresholds::focus_supply_dominance, Range::non_negative,
       "weight of the enterprises it supply-dominates (view all)"},
      {"audit_focus", "throughput", &Thresholds::focus_throughput, Range::non_negative,
       "weight of max(in, out) per layer with quantities"},
      {"audit_focus", "energy", &Thresholds::focus_energy, Range::non_negative,
       "weight of energy_use (data.csv)"},
      {"audit_focus", "water", &Thresholds::focus_water, Range::non_negative,
       "weight of fresh_water (data.csv)"},
      {"audit_focus", "waste", &Thresholds::focus_waste, Range::non_negative,
       "weight of solid_waste_generated + hazardous_waste (data.csv)"},
      {"audit_focus", "emissions", &Thresholds::focus_emissions, Range::non_negative,
       "weight of co2, cod and so2 (data.csv)"},
  };
  return table;
}

const Spec* find_spec(std::string_view section, std::string_view key) {
  const auto it = std::find_if(specs().begin(), specs().end(),
                               [&](const Spec& s) { return s.section == section && s.key == key; });
  return it == specs().end() ? nullptr : &*it;
}

bool known_section(std::string_view name) {
  return std::any_of(specs().begin(), specs().end(),
                     [&](const Spec& s) { return s.section == name; });
}

// The first problem of a file, by position: toml++ keeps a table's keys sorted, not in file
// order, so every problem is collected and the one nearest the top is reported (as a reader
// going down the file would meet it).
class Checker {
 public:
  Checker(const std::string& file, Thresholds& out) : file_(file), out_(out) {}

  void run(const toml::table& root) {
    for (auto&& [name, node] : root) {
      const toml::table* section = node.as_table();
      if (section == nullptr) {
        problem(name.source(), "unknown key '" + std::string(name.str()) + "'");
      } else if (!known_section(name.str())) {
        problem(name.source(), "unknown section [" + std::string(name.str()) + "]");
      } else {
        for (auto&& [key, value] : *section)
          entry(name.str(), key, value);
      }
    }
    if (first_) throw *first_;
  }

 private:
  void problem(const toml::source_region& where, const std::string& message) {
    const SourceLocation location{file_, static_cast<int>(where.begin.line),
                                  static_cast<int>(where.begin.column)};
    const auto before = [](const SourceLocation& a, const SourceLocation& b) {
      return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    };
    if (!first_ || before(location, first_->location())) first_ = DataError(message, location);
  }

  void entry(std::string_view section, const toml::key& key, const toml::node& value) {
    const std::string full = std::string(section) + "." + std::string(key.str());
    const Spec* spec = find_spec(section, key.str());
    if (spec == nullptr) {
      problem(key.source(), "unknown key '" + full + "'");
      return;
    }
    std::visit([&](auto member) { assign(member, *spec, full, value); }, spec->member);
  }

  // A real number: TOML's float or integer; NaN and the infinities are not thresholds.
  std::optional<double> number(const std::string& key, const toml::node& value) {
    std::optional<double> x;
    if (const auto* f = value.as_floating_point()) x = f->get();
    if (const auto* i = value.as_integer()) x = static_cast<double>(i->get());
    if (!x || !std::isfinite(*x)) {
      problem(value.source(), "'" + key + "' must be a number");
      return std::nullopt;
    }
    return x;
  }

  void assign(double Thresholds::*member, const Spec& spec, const std::string& key,
              const toml::node& value) {
    const std::optional<double> x = number(key, value);
    if (x && in_range(*x, spec, key, value)) out_.*member = *x;
  }
  void assign(std::int64_t Thresholds::*member, const Spec& spec, const std::string& key,
              const toml::node& value) {
    if (const auto* i = value.as_integer()) {
      if (in_range(static_cast<double>(i->get()), spec, key, value)) out_.*member = i->get();
      return;
    }
    const std::optional<double> x = number(key, value);
    if (!x) return;
    // 3.0 is read as 3, as before toml++ (2^63 is the first double beyond int64).
    if (*x != std::trunc(*x) || std::fabs(*x) >= 9223372036854775808.0) {
      problem(value.source(), "'" + key + "' must be an integer");
    } else if (in_range(*x, spec, key, value)) {
      out_.*member = static_cast<std::int64_t>(*x);
    }
  }
  void assign(bool Thresholds::*member, const Spec&, const std::string& key,
              const toml::node& value) {
    if (const auto* b = value.as_boolean()) {
      out_.*member = b->get();
    } else {
      problem(value.source(), "'" + key + "' must be true or false");
    }
  }
  void assign(std::vector<std::string> Thresholds::*member, const Spec&, const std::string& key,
              const toml::node& value) {
    const toml::array* array = value.as_array();
    if (array == nullptr) {
      problem(value.source(), "'" + key + "' must be an array of strings, e.g. [\"a\", \"b\"]");
      return;
    }
    std::vector<std::string> values;
    for (const toml::node& element : *array) {
      const auto* text = element.as_string();
      if (text == nullptr) {
        problem(element.source(), "'" + key + "' expects \"text\"");
        return;
      }
      // findings.json records the value, and JSON holds only UTF-8.
      if (find_invalid_utf8(text->get())) {
        problem(element.source(), "a string must be UTF-8 text (save the file as UTF-8)");
        return;
      }
      values.push_back(text->get());
    }
    out_.*member = std::move(values);
  }

  bool in_range(double value, const Spec& spec, const std::string& key, const toml::node& node) {
    const bool ok = spec.range == Range::unit           ? value >= 0.0 && value <= 1.0
                    : spec.range == Range::non_negative ? value >= 0.0
                                                        : true;
    if (!ok) {
      problem(node.source(),
              "'" + key + "' must lie in " +
                  (spec.range == Range::unit ? std::string("[0, 1]") : std::string(">= 0")));
    }
    return ok;
  }

  const std::string& file_;
  Thresholds& out_;
  std::optional<DataError> first_;
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
  toml::table root;
  try {
    root = toml::parse(text, file);
  } catch (const toml::parse_error& e) {
    // toml++ names the line and column of every syntax error (and of invalid UTF-8).
    std::string message(e.description());
    if (message.find("cannot redefine existing") != std::string::npos) {
      message = "a key set twice: " + message;
    }
    throw DataError(message, SourceLocation{file, static_cast<int>(e.source().begin.line),
                                            static_cast<int>(e.source().begin.column)});
  }
  Thresholds out = base;
  Checker(file, out).run(root);
  return out;
}

Thresholds read_thresholds_file(const std::string& path, const Thresholds& base) {
  // A configuration is a few KiB; the bound keeps /dev/zero or a huge file out.
  return parse_thresholds(read_file_bytes(path, kMaxConfigBytes), path, base);
}

}  // namespace symbio::audit
