#include "audit/thresholds.hpp"

#include <gtest/gtest.h>

#include <string>

#include "core/error.hpp"

namespace symbio::audit {
namespace {

TEST(ThresholdsTest, BuiltInFileEqualsTheInitializers) {
  EXPECT_EQ(default_thresholds(), Thresholds{});
}

TEST(ThresholdsTest, BuiltInFileSetsEveryKey) {
  const std::string text(default_thresholds_text());
  for (const ThresholdEntry& entry : threshold_entries(Thresholds{})) {
    const std::string key = entry.key.substr(entry.key.find('.') + 1);
    EXPECT_NE(text.find("\n" + key + " = "), std::string::npos) << entry.key;
    EXPECT_FALSE(entry.description.empty()) << entry.key;
  }
}

TEST(ThresholdsTest, UserFileOverridesOnlyWhatItSets) {
  const Thresholds t = parse_thresholds(
      "# mine\n[anchor_dependence]\ndegree_centralization_min = 0.6  # stricter\n"
      "[key_enterprise]\ntop_n = 5\ninclude_external = true\n"
      "[energy_cascade]\nsurplus_resources = [\n  \"steam\", # comment\n  \"waste_heat\",\n]\n"
      "[general]\ndisabled_rules = [\"broker\"]\n",
      "mine.toml");
  EXPECT_DOUBLE_EQ(t.anchor_centralization_min, 0.6);
  EXPECT_EQ(t.key_top_n, 5);
  EXPECT_TRUE(t.key_include_external);
  EXPECT_EQ(t.energy_surplus_resources, (std::vector<std::string>{"steam", "waste_heat"}));
  EXPECT_EQ(t.disabled_rules, std::vector<std::string>{"broker"});
  EXPECT_DOUBLE_EQ(t.anchor_density_min, Thresholds{}.anchor_density_min);
}

void expect_error(const std::string& text, int line, const std::string& fragment) {
  try {
    parse_thresholds(text, "bad.toml");
    ADD_FAILURE() << "no error for: " << text;
  } catch (const DataError& e) {
    EXPECT_EQ(e.location().file, "bad.toml");
    EXPECT_EQ(e.location().line, line) << e.what();
    EXPECT_NE(std::string(e.what()).find(fragment), std::string::npos) << e.what();
  }
}

TEST(ThresholdsTest, ErrorsNameFileAndLine) {
  expect_error("[broker]\nconstraint_max = 0.3\nsize = 3\n", 3, "unknown key 'broker.size'");
  expect_error("\n[nope]\n", 2, "unknown section [nope]");
  expect_error("[broker]\nconstraint_max = \"low\"\n", 2, "must be a number");
  expect_error("[key_enterprise]\ntop_n = 2.5\n", 2, "integer");
  expect_error("[key_enterprise]\nkey_score_min = 1.5\n", 2, "[0, 1]");
  expect_error("[broker]\neffective_size_min = -1\n", 2, ">= 0");
  expect_error("[weak_symbiosis]\nisolates = yes\n", 2, "could not determine value type");
  expect_error("[weak_symbiosis]\nisolates = 1\n", 2, "true or false");
  expect_error("[broker]\nconstraint_max = 0.3\nconstraint_max = 0.2\n", 3, "set twice");
  expect_error("[hub]\n", 1, "unknown section");
  expect_error("[shared_infrastructure_hub]\nroles = \"utility\"\n", 2, "array of strings");
  expect_error("[broker]\nconstraint_max = 0.3 0.4\n", 2, "expected a comment or whitespace");
  expect_error("degree_centralization_min = 0.4\n", 1, "unknown key");
}

void expect_error_at(const std::string& text, int line, int column, const std::string& fragment) {
  try {
    parse_thresholds(text, "bad.toml");
    ADD_FAILURE() << "no error for: " << text;
  } catch (const DataError& e) {
    EXPECT_EQ(e.location().line, line) << e.what();
    EXPECT_EQ(e.location().column, column) << e.what();
    EXPECT_NE(std::string(e.what()).find(fragment), std::string::npos) << e.what();
  }
}

TEST(ThresholdsTest, ErrorsNameTheColumn) {
  // Columns counted from 1: the key for unknown keys, the value for a wrong value.
  expect_error_at("[broker]\n  size = 3\n", 2, 3, "unknown key 'broker.size'");
  expect_error_at("[broker]\nconstraint_max = 1e400\n", 2, 23, "'1e400'");
  expect_error_at("[broker]\nconstraint_max = inf\n", 2, 18, "must be a number");
  expect_error_at("[key_enterprise]\nkey_score_min = -0.5\n", 2, 17, "[0, 1]");
  expect_error_at("[energy_cascade]\nuser_resources = [\"heat\", 3]\n", 2, 27, "\"text\"");
  // Invalid UTF-8 (a lone continuation byte) inside a string, reported by toml++.
  expect_error("[shared_infrastructure_hub]\nroles = [\"a\x80\"]\n", 2, "utf-8");
}

TEST(ThresholdsTest, FirstProblemOfTheFileIsReported) {
  // toml++ keeps keys sorted ([broker] before [weak_symbiosis]); the report follows the file.
  expect_error("[weak_symbiosis]\ndensity_max = 2\n[broker]\nsize = 1\n", 2, "[0, 1]");
  expect_error("[weak_symbiosis]\nnope = 1\n[broker]\nconstraint_max = 5\n", 2, "unknown key");
}

TEST(ThresholdsTest, TomlForms) {
  // A byte-order mark, an integer where a real is expected, a real with an integral value where
  // an integer is expected, dotted keys and an inline table are all TOML and all accepted.
  const Thresholds t = parse_thresholds(
      "\xEF\xBB\xBFweak_symbiosis.density_max = 0.25\nno_cycling = { cyclicity_max = 2 }\n"
      "[broker]\nconstraint_max = 0\n[key_enterprise]\ntop_n = 4.0\n",
      "forms.toml");
  EXPECT_EQ(t.broker_constraint_max, 0.0);
  EXPECT_EQ(t.key_top_n, 4);
  EXPECT_EQ(t.weak_density_max, 0.25);
  EXPECT_EQ(t.no_cycling_cyclicity_max, 2.0);
}

TEST(ThresholdsTest, EntriesFollowTheFileOrder) {
  const auto entries = threshold_entries(Thresholds{});
  ASSERT_FALSE(entries.empty());
  EXPECT_EQ(entries.front().key, "general.disabled_rules");
  EXPECT_EQ(entries.back().key, "audit_focus.emissions");
}

// [audit_focus]: the weights of the criteria, any number >= 0 (they are relative).
TEST(ThresholdsTest, AuditFocusWeights) {
  const Thresholds t = parse_thresholds("[audit_focus]\nwaste = 3\nwater = 0.5\n", "w.toml");
  EXPECT_EQ(t.focus_waste, 3.0);
  EXPECT_EQ(t.focus_water, 0.5);
  EXPECT_EQ(t.focus_network_position, Thresholds{}.focus_network_position);
  EXPECT_EQ(Thresholds{}.focus_waste, 10.0);
  EXPECT_EQ(Thresholds{}.focus_energy, 8.0);
  expect_error("[audit_focus]\nenergy = -1\n", 2, ">= 0");
  expect_error("[audit_focus]\nland = 2\n", 2, "unknown key 'audit_focus.land'");
  expect_error("[audit_focus]\nemissions = \"high\"\n", 2, "must be a number");
}

TEST(ThresholdsTest, MissingFileIsAFileError) {
  EXPECT_THROW(read_thresholds_file("/nonexistent/thresholds.toml"), FileError);
}

}  // namespace
}  // namespace symbio::audit
