// symbio's supply-shortage cascade sweep (docs/methods.md, "Who depends on whom": model
// `dependency`, threshold 0.5) against the independent plain-Python sweep of
// tests/reference/make_reference.py, written to tests/reference/data/<case>/expected_cascade*.csv
// (trigger, cascade_failed, cascade_rounds) for three models: the default (substitutable
// exchanges carry no dependency, both directions), --substitutes ignore --direction supply (the
// published studies' model: on the published parks it gives the sweep of the first version),
// and outlet dependencies alone. External enterprises come from the `external` column of the
// fixture's enterprises.csv, substitutability from the `substitutable` column of its
// exchanges.csv. Regenerate with
//   /usr/bin/python3 tests/reference/make_reference.py

#include <gtest/gtest.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <utility>

#include "network/cascade.hpp"
#include "network/graph.hpp"
#include "tests/support/reference_fixture.hpp"

namespace symbio::net {
namespace {

namespace fs = std::filesystem;
using test_support::TextTable;

struct Expected {
  std::int64_t failed = 0;
  std::int32_t rounds = 0;
};

struct Model {
  const char* file;
  Substitutes substitutes;
  CascadeDirection direction;
};
constexpr Model kModels[] = {
    {"expected_cascade.csv", Substitutes::catalogue, CascadeDirection::both},
    {"expected_cascade_ignore_supply.csv", Substitutes::ignore, CascadeDirection::supply},
    {"expected_cascade_catalogue_outlet.csv", Substitutes::catalogue, CascadeDirection::outlet},
};

std::map<std::string, Expected> expected_sweep(const fs::path& file) {
  const TextTable table = test_support::read_text_table(file);
  std::map<std::string, Expected> out;
  for (std::size_t row = 0; row < table.rows.size(); ++row) {
    Expected e;
    e.failed = std::stoll(table.cell(row, "cascade_failed"));
    e.rounds = static_cast<std::int32_t>(std::stol(table.cell(row, "cascade_rounds")));
    out.emplace(table.cell(row, "trigger"), e);
  }
  return out;
}

void compare_case(const fs::path& dir, const Model& model, int threads, std::size_t& spreading) {
  SCOPED_TRACE(model.file);
  const Park park = test_support::load_reference_park(dir);
  const SymbiosisGraph graph(park);
  const std::map<std::string, Expected> expected = expected_sweep(dir / model.file);
  ASSERT_EQ(expected.size(), static_cast<std::size_t>(graph.n()))
      << dir.filename() << ": one expected row per enterprise";
  DependencyOptions options;
  options.substitutes = model.substitutes;
  options.direction = model.direction;
  options.threads = threads;
  const DependencySweep sweep = dependency_sweep(graph, options);
  ASSERT_EQ(sweep.rows.size(), static_cast<std::size_t>(graph.n())) << dir.filename();
  for (const CascadeSummary& row : sweep.rows) {
    const std::string& id = graph.id(row.trigger);
    const auto it = expected.find(id);
    ASSERT_NE(it, expected.end()) << dir.filename() << ": no expected row for '" << id << "'";
    EXPECT_EQ(row.failed, it->second.failed)
        << dir.filename() << " trigger '" << id << "': cascade_failed";
    EXPECT_EQ(row.rounds, it->second.rounds)
        << dir.filename() << " trigger '" << id << "': cascade_rounds";
    if (it->second.failed > 1) ++spreading;
  }
}

TEST(CascadeReferenceTest, EveryCaseHasAnExpectedSweep) {
  const auto dirs = test_support::reference_case_dirs();
  ASSERT_GE(dirs.size(), 5u) << "no reference cases under " << test_support::reference_data_dir();
  for (const fs::path& dir : dirs) {
    for (const Model& model : kModels)
      EXPECT_TRUE(fs::exists(dir / model.file)) << dir.filename() << " " << model.file;
  }
}

TEST(CascadeReferenceTest, ExternalColumnIsRead) {
  std::size_t external = 0;
  for (const fs::path& dir : test_support::reference_case_dirs()) {
    const Park park = test_support::load_reference_park(dir);
    for (const Enterprise& e : park.enterprises)
      external += e.external ? 1 : 0;
  }
  EXPECT_GT(external, 0u) << "the fixtures mark some enterprises external";
}

TEST(CascadeReferenceTest, SubstitutableColumnIsRead) {
  std::size_t yes = 0;
  std::size_t no = 0;
  for (const fs::path& dir : test_support::reference_case_dirs()) {
    for (const Exchange& x : test_support::load_reference_park(dir).exchanges) {
      if (x.substitutable) ++(*x.substitutable ? yes : no);
    }
  }
  EXPECT_GT(yes, 50u) << "the fixtures mix substitutable and non-substitutable exchanges";
  EXPECT_GT(no, 50u);
}

TEST(CascadeReferenceTest, SweepMatchesTheOracleOneThread) {
  std::size_t spreading = 0;
  for (const fs::path& dir : test_support::reference_case_dirs()) {
    SCOPED_TRACE(dir.filename().string());
    for (const Model& model : kModels)
      compare_case(dir, model, 1, spreading);
  }
  // The cases must exercise propagation, not only triggers that stop at once.
  EXPECT_GT(spreading, 50u);
}

TEST(CascadeReferenceTest, SweepMatchesTheOracleTwoThreads) {
  std::size_t spreading = 0;
  for (const fs::path& dir : test_support::reference_case_dirs()) {
    SCOPED_TRACE(dir.filename().string());
    for (const Model& model : kModels)
      compare_case(dir, model, 2, spreading);
  }
  EXPECT_GT(spreading, 50u);
}

}  // namespace
}  // namespace symbio::net
