// symbio's indicators against an independent oracle: tests/reference/make_reference.py computes
// docs/methods.md with NetworkX / igraph / numpy (and the formulas directly where
// NetworkX differs from the contract) for seeded random parks and the example parks, and writes
// tests/reference/data/<case>/expected_*.csv. Regenerate with
//   /usr/bin/python3 tests/reference/make_reference.py

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "network/analyze.hpp"
#include "network/graph.hpp"
#include "network/indicator_table.hpp"
#include "tests/support/reference_fixture.hpp"

namespace symbio::net {
namespace {

namespace fs = std::filesystem;
using test_support::TextTable;

// Everything symbio computes for one case, computed once per test executable.
struct CaseResult {
  std::string name;
  fs::path dir;
  std::unique_ptr<SymbiosisGraph> graph;
  std::map<std::string, LayerAnalysis> analyses;  // by layer name
  std::string error;                              // set when loading or analysing threw
};

const std::vector<CaseResult>& case_results() {
  static const std::vector<CaseResult> results = [] {
    std::vector<CaseResult> out;
    for (const fs::path& dir : test_support::reference_case_dirs()) {
      CaseResult result;
      result.name = dir.filename().string();
      result.dir = dir;
      try {
        const Park park = test_support::load_reference_park(dir);
        result.graph = std::make_unique<SymbiosisGraph>(park);
        const TextTable park_table = test_support::read_text_table(dir / "expected_park.csv");
        for (std::size_t row = 0; row < park_table.rows.size(); ++row) {
          const std::string& layer_name = park_table.cell(row, "layer");
          const auto layer = parse_view_layer(layer_name);
          if (!layer) throw std::runtime_error("unknown view layer '" + layer_name + "'");
          result.analyses.emplace(layer_name, analyze_layer(*result.graph, *layer));
        }
      } catch (const std::exception& e) {
        result.error = e.what();
      }
      out.push_back(std::move(result));
    }
    return out;
  }();
  return results;
}

// (layer, column) cells the oracle could not pin down (e.g. HITS with a repeated dominant
// eigenvalue): not compared.
std::set<std::pair<std::string, std::string>> not_comparable(const fs::path& dir) {
  std::set<std::pair<std::string, std::string>> skip;
  if (!fs::exists(dir / "not_comparable.csv")) return skip;
  const TextTable table = test_support::read_text_table(dir / "not_comparable.csv");
  for (std::size_t row = 0; row < table.rows.size(); ++row)
    skip.emplace(table.cell(row, "layer"), table.cell(row, "column"));
  return skip;
}

std::string show(const std::optional<double>& value) {
  if (!value) return "(empty)";
  std::ostringstream out;
  out.precision(17);
  out << *value;
  return out.str();
}

// Empty must meet nullopt, a number a number within the tolerance: 1e-9 relative, 1e-12
// absolute near zero. Hub and authority vectors are scaled to max 1 and come from an iterative
// eigensolver: their error is relative to the vector (1e-9 of its maximum), so an exact zero
// (an enterprise outside the dominant component) may come back as 1e-11.
bool same(const std::optional<double>& expected, const std::optional<double>& actual,
          const std::string& name) {
  if (!expected || !actual) return !expected && !actual;
  const bool scaled_to_max_one = name == "hub" || name == "authority";
  return test_support::reference_close(*expected, *actual, 1e-9, scaled_to_max_one ? 1e-9 : 1e-12);
}

// Mismatches of one (case, layer, column): all counted, the first few printed in full, the
// largest difference in the summary.
class MismatchLog {
 public:
  void add(const std::string& where, const std::string& detail, double difference = 0.0) {
    Entry& entry = entries_[where];
    entry.max_difference = std::max(entry.max_difference, difference);
    if (++entry.count <= 5) ADD_FAILURE() << where << ": " << detail;
  }
  void summarize() const {
    for (const auto& [where, entry] : entries_) {
      if (entry.count > 5)
        ADD_FAILURE() << where << ": " << entry.count << " mismatches in all, largest difference "
                      << entry.max_difference;
    }
  }

 private:
  struct Entry {
    int count = 0;
    double max_difference = 0.0;
  };
  std::map<std::string, Entry> entries_;
};

TEST(ReferenceTest, CasesArePresent) {
  const auto& results = case_results();
  ASSERT_GE(results.size(), 5u)
      << "expected the reference cases in " << test_support::reference_data_dir()
      << "; regenerate with /usr/bin/python3 tests/reference/make_reference.py";
  for (const CaseResult& result : results)
    EXPECT_EQ(result.error, "") << result.name;
}

TEST(ReferenceTest, ViewsAreTheExpectedOnes) {
  for (const CaseResult& result : case_results()) {
    if (!result.graph) continue;
    const TextTable park_table = test_support::read_text_table(result.dir / "expected_park.csv");
    std::vector<std::string> expected;
    for (std::size_t row = 0; row < park_table.rows.size(); ++row)
      expected.push_back(park_table.cell(row, "layer"));
    std::vector<std::string> actual;
    for (const ViewLayer layer : result.graph->layers())
      actual.emplace_back(to_string(layer));
    EXPECT_EQ(actual, expected) << result.name;
  }
}

TEST(ReferenceTest, EnterpriseIndicatorsMatchTheOracle) {
  std::set<std::string> matched_columns;
  std::set<std::string> missing_columns;
  MismatchLog log;
  for (const CaseResult& result : case_results()) {
    if (!result.graph || !result.error.empty()) continue;
    const SymbiosisGraph& graph = *result.graph;
    const auto skip = not_comparable(result.dir);
    const TextTable table = test_support::read_text_table(result.dir / "expected_enterprises.csv");
    std::size_t rows_checked = 0;
    for (std::size_t row = 0; row < table.rows.size(); ++row) {
      const std::string& layer = table.cell(row, "layer");
      const std::string& id = table.cell(row, "id");
      const auto analysis = result.analyses.find(layer);
      ASSERT_NE(analysis, result.analyses.end()) << result.name << " layer " << layer;
      const auto vertex = graph.index_of(id);
      ASSERT_TRUE(vertex) << result.name << ": no enterprise '" << id << "'";
      ++rows_checked;
      for (std::size_t c = 0; c < table.header.size(); ++c) {
        const std::string& name = table.header[c];
        if (name == "layer" || name == "id") continue;
        const Column* column = analysis->second.column(name);
        if (column == nullptr) {
          missing_columns.insert(name);
          continue;
        }
        matched_columns.insert(name);
        if (skip.count({layer, name})) continue;
        const std::string where = result.name + " / " + layer + " / " + name;
        if (column->values.size() != static_cast<std::size_t>(graph.n())) {
          log.add(where, "column has " + std::to_string(column->values.size()) + " values for " +
                             std::to_string(graph.n()) + " enterprises");
          continue;
        }
        const std::optional<double> expected = test_support::parse_reference_number(
            c < table.rows[row].size() ? table.rows[row][c] : std::string());
        const std::optional<double>& actual = column->values[static_cast<std::size_t>(*vertex)];
        if (!same(expected, actual, name))
          log.add(where,
                  "enterprise " + id + ": expected " + show(expected) + ", symbio " + show(actual),
                  expected && actual ? std::fabs(*expected - *actual) : 0.0);
      }
    }
    // Every enterprise of every view has its row.
    EXPECT_EQ(rows_checked, result.analyses.size() * static_cast<std::size_t>(graph.n()))
        << result.name;
  }
  log.summarize();
  std::string missing;
  for (const std::string& name : missing_columns) {
    if (!matched_columns.count(name)) missing += " " + name;
  }
  std::cout << "[ reference ] compared " << matched_columns.size() << " enterprise columns";
  if (!missing.empty()) std::cout << "; symbio lacks:" << missing;
  std::cout << "\n";
  EXPECT_GE(matched_columns.size(), 20u)
      << "too few enterprise columns compared with the oracle; symbio lacks:" << missing;
}

TEST(ReferenceTest, ParkIndicatorsMatchTheOracle) {
  std::set<std::string> matched_fields;
  std::string missing;
  MismatchLog log;
  for (const CaseResult& result : case_results()) {
    if (!result.graph || !result.error.empty()) continue;
    const TextTable table = test_support::read_text_table(result.dir / "expected_park.csv");
    for (std::size_t row = 0; row < table.rows.size(); ++row) {
      const std::string& layer = table.cell(row, "layer");
      const auto analysis = result.analyses.find(layer);
      ASSERT_NE(analysis, result.analyses.end()) << result.name << " layer " << layer;
      for (std::size_t c = 0; c < table.header.size(); ++c) {
        const std::string& name = table.header[c];
        if (name == "layer") continue;
        const ParkField* field = analysis->second.park_field(name);
        if (field == nullptr) {
          if (missing.find(" " + name + " ") == std::string::npos) missing += " " + name + " ";
          continue;
        }
        matched_fields.insert(name);
        const std::optional<double> expected = test_support::parse_reference_number(
            c < table.rows[row].size() ? table.rows[row][c] : std::string());
        if (!same(expected, field->value, name))
          log.add(result.name + " / " + layer + " / " + name,
                  "expected " + show(expected) + ", symbio " + show(field->value),
                  expected && field->value ? std::fabs(*expected - *field->value) : 0.0);
      }
    }
  }
  log.summarize();
  std::cout << "[ reference ] compared " << matched_fields.size() << " park fields";
  if (!missing.empty()) std::cout << "; symbio lacks:" << missing;
  std::cout << "\n";
  EXPECT_GE(matched_fields.size(), 15u)
      << "too few park fields compared with the oracle; symbio lacks:" << missing;
}

TEST(ReferenceTest, BridgesMatchNetworkX) {
  MismatchLog log;
  for (const CaseResult& result : case_results()) {
    if (!result.graph || !result.error.empty()) continue;
    const SymbiosisGraph& graph = *result.graph;
    const TextTable table = test_support::read_text_table(result.dir / "expected_ties.csv");
    std::map<std::string, std::int64_t> ties_per_layer;
    for (std::size_t row = 0; row < table.rows.size(); ++row) {
      const std::string& layer = table.cell(row, "layer");
      const std::string& supplier = table.cell(row, "supplier");
      const std::string& receiver = table.cell(row, "receiver");
      const auto analysis = result.analyses.find(layer);
      ASSERT_NE(analysis, result.analyses.end()) << result.name << " layer " << layer;
      ++ties_per_layer[layer];
      const std::string where = result.name + " / " + layer + " / bridge";
      const LayerView& view = graph.view(analysis->second.layer);
      const auto s = graph.index_of(supplier);
      const auto r = graph.index_of(receiver);
      const auto tie = s && r ? view.find_tie(*s, *r) : std::nullopt;
      if (!tie) {
        log.add(where, "no tie " + supplier + " -> " + receiver);
        continue;
      }
      const auto& bridge = analysis->second.bridge;
      if (bridge.size() != view.ties().size()) {
        log.add(where, "bridge has " + std::to_string(bridge.size()) + " flags for " +
                           std::to_string(view.ties().size()) + " ties");
        continue;
      }
      const bool expected = table.cell(row, "bridge") == "1";
      if (bridge[static_cast<std::size_t>(*tie)] != expected)
        log.add(where, supplier + " -> " + receiver + ": expected " +
                           (expected ? "bridge" : "no bridge") + ", symbio the opposite");
    }
    for (const auto& [layer, analysis] : result.analyses) {
      EXPECT_EQ(graph.view(analysis.layer).m(), ties_per_layer[layer])
          << result.name << " / " << layer << ": ties of D";
    }
  }
  log.summarize();
}

}  // namespace
}  // namespace symbio::net
