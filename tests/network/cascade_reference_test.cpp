// symbio's supply-shortage cascade sweep (docs/methods.md#cascades, model `dependency`, downstream,
// threshold 0.5) against the independent plain-Python sweep of
// tests/reference/make_reference.py, written to tests/reference/data/<case>/expected_cascade.csv
// (trigger, cascade_failed, cascade_rounds). External enterprises come from the `external` column
// of the fixture's enterprises.csv. Regenerate with
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

std::map<std::string, Expected> expected_sweep(const fs::path& dir) {
  const TextTable table = test_support::read_text_table(dir / "expected_cascade.csv");
  std::map<std::string, Expected> out;
  for (std::size_t row = 0; row < table.rows.size(); ++row) {
    Expected e;
    e.failed = std::stoll(table.cell(row, "cascade_failed"));
    e.rounds = static_cast<std::int32_t>(std::stol(table.cell(row, "cascade_rounds")));
    out.emplace(table.cell(row, "trigger"), e);
  }
  return out;
}

void compare_case(const fs::path& dir, int threads, std::size_t& spreading) {
  const Park park = test_support::load_reference_park(dir);
  const SymbiosisGraph graph(park);
  const std::map<std::string, Expected> expected = expected_sweep(dir);
  ASSERT_EQ(expected.size(), static_cast<std::size_t>(graph.n()))
      << dir.filename() << ": one expected row per enterprise";
  DependencyOptions options;
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
  for (const fs::path& dir : dirs)
    EXPECT_TRUE(fs::exists(dir / "expected_cascade.csv")) << dir.filename();
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

TEST(CascadeReferenceTest, SweepMatchesTheOracleOneThread) {
  std::size_t spreading = 0;
  for (const fs::path& dir : test_support::reference_case_dirs()) {
    SCOPED_TRACE(dir.filename().string());
    compare_case(dir, 1, spreading);
  }
  // The cases must exercise propagation, not only triggers that stop at once.
  EXPECT_GT(spreading, 50u);
}

TEST(CascadeReferenceTest, SweepMatchesTheOracleTwoThreads) {
  std::size_t spreading = 0;
  for (const fs::path& dir : test_support::reference_case_dirs()) {
    SCOPED_TRACE(dir.filename().string());
    compare_case(dir, 2, spreading);
  }
  EXPECT_GT(spreading, 50u);
}

}  // namespace
}  // namespace symbio::net
