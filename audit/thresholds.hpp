#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace symbio::audit {

// Every threshold of the audit rules (docs/methods.md#audit-findings), with its default. The
// defaults are those of audit/data/thresholds.toml, which is compiled into the library
// (default_thresholds_text()) and documents each one; a test checks that the file and the
// initializers below agree.
//
// Format: TOML (https://toml.io), read by toml++ inside audit/thresholds.cpp: a `[section]` per
// rule with `key = value` lines (a number, `true`/`false`, or an array of strings). A user file
// needs only the keys it changes; the others keep their defaults.
struct Thresholds {
  // [general]
  std::vector<std::string> disabled_rules;  // rule ids not evaluated

  // [anchor_dependence] (Zhang Yan et al. 2016; Chopra and Khanna 2014)
  double anchor_centralization_min = 0.4;
  double anchor_density_min = 0.05;
  double anchor_high_centralization = 0.5;

  // [single_point_of_failure]
  bool spof_articulation = true;
  bool spof_bridges = true;
  std::int64_t spof_bridge_min_side = 2;
  double spof_high_share_drop = 0.2;
  std::int64_t spof_dominated_min = 2;

  // [cascade_critical] (Zeng, Xiao and Li 2013; Wang and Rong 2009)
  double cascade_impact_min = 0.2;
  double cascade_impact_high = 0.4;
  double cascade_beta_c_min = 0.5;

  // [single_source_input]
  double single_source_share_min = 0.8;
  bool single_source_skip_external = true;

  // [unused_byproduct]
  std::vector<std::string> unused_co2_factor_attributes = {"co2_factor", "emission_factor"};
  double unused_high_co2 = 10000.0;
  std::int64_t unused_max_candidates = 5;

  // [energy_cascade]
  std::vector<std::string> energy_surplus_resources = {"steam", "waste_heat", "heat"};
  std::vector<std::string> energy_user_resources = {"process_heat", "heat"};

  // [water_reuse]
  std::vector<std::string> water_reusable_resources = {"reclaimed_water", "cooling_water",
                                                       "technical_water", "condensate",
                                                       "mine_water",      "warm_sea_water"};
  std::vector<std::string> water_fresh_resources = {"water", "surface_water", "groundwater"};
  std::vector<std::string> water_user_resources = {"water",           "surface_water",
                                                   "groundwater",     "cooling_water",
                                                   "technical_water", "demineralized_water"};

  // [weak_symbiosis]
  double weak_density_max = 0.05;
  bool weak_isolates = true;

  // [no_cycling] (Layton, Bras and Weissburg 2016)
  double no_cycling_cyclicity_max = 1.0;
  double no_cycling_ena_fci_min = 0.05;

  // [shared_infrastructure_hub]
  std::vector<std::string> hub_roles = {"utility", "waste_treatment"};
  std::int64_t hub_betweenness_rank_max = 3;

  // [broker] (Burt 1992)
  double broker_constraint_max = 0.3;
  double broker_effective_size_min = 3.0;

  // [stranded_waste]
  double stranded_threshold = 0.5;
  std::int64_t stranded_high_suppliers = 2;

  // [key_enterprise] (Zhang Yongbo et al. 2024)
  std::int64_t key_top_n = 3;
  double key_score_min = 0.75;
  bool key_include_external = false;

  // [audit_focus] weights of the weighted-sum scoring (audit_focus.hpp), relative: renormalised
  // over the criteria with data.
  double focus_network_position = 8.0;
  double focus_cascade_impact = 8.0;
  double focus_supply_dominance = 6.0;
  double focus_throughput = 6.0;
  double focus_energy = 8.0;
  double focus_water = 6.0;
  double focus_waste = 10.0;
  double focus_emissions = 8.0;

  bool operator==(const Thresholds&) const = default;
};

// A threshold as findings.json records it.
using ThresholdValue = std::variant<double, std::int64_t, bool, std::vector<std::string>>;
struct ThresholdEntry {
  std::string key;  // "section.key", e.g. "anchor_dependence.degree_centralization_min"
  ThresholdValue value;
  std::string_view description;
};

// Every threshold of `thresholds`, in the order of the configuration file.
std::vector<ThresholdEntry> threshold_entries(const Thresholds& thresholds);

// The text of audit/data/thresholds.toml as compiled into the library.
std::string_view default_thresholds_text();

// The defaults (the parsed built-in file; equal to Thresholds{}).
Thresholds default_thresholds();

// `base` with the keys that `text` sets. `file` names the text in errors. Throws DataError at
// file:line:column for a syntax error (toml++'s message), a string that is not UTF-8, an unknown
// section or key, a value of the wrong type, a key set twice, or a value out of its range (shares
// and scores in [0, 1], counts >= 0, every number finite); several problems: the first in the file.
Thresholds parse_thresholds(std::string_view text, const std::string& file,
                            const Thresholds& base = {});

// Largest configuration file read (the built-in one is about 6 KiB).
inline constexpr std::size_t kMaxConfigBytes = std::size_t{1} << 20;

// parse_thresholds over a file's contents. Throws FileError when it cannot be read, DataError
// when it is larger than kMaxConfigBytes.
Thresholds read_thresholds_file(const std::string& path, const Thresholds& base = {});

}  // namespace symbio::audit
