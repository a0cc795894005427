// Golden findings of the four example parks: for each finding of `symbio audit` (the pipeline
// with its defaults), its priority, rule (and layer), and its first three subjects, compared
// with tests/audit/golden/<park>.findings. Each expected line was checked against the park's
// files and the rules' definitions; the reasoning is written beside it in the file (lines
// starting with '#'). To see the lines of a changed audit, run with SYMBIO_PRINT_FINDINGS=1.

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "audit/pipeline.hpp"
#include "io/read_park.hpp"
#include "tests/audit/audit_fixture.hpp"

namespace symbio::audit {
namespace {

// "high cascade-critical: e23, e22, e28" / "medium single-source-input/energy: e07, e25".
std::vector<std::string> lines_of(const std::string& example) {
  io::LoadedPark loaded = io::read_park(fixture::example_dir(example));
  const net::SymbiosisGraph graph(loaded.park);
  AuditOptions options;
  options.threads = 1;
  options.robustness = false;  // the findings do not read the removal curves
  const AuditResults results = run_audit_pipeline(loaded.park, graph, loaded.catalogue, options);
  std::vector<std::string> lines;
  for (const Finding& f : results.findings.findings) {
    std::string line = std::string(to_string(f.priority)) + " " + f.rule;
    if (f.layer) line += "/" + std::string(to_string(*f.layer));
    line += ":";
    for (std::size_t k = 0; k < f.subjects.size() && k < 3; ++k)
      line += (k == 0 ? " " : ", ") + f.subjects[k].id;
    lines.push_back(line);
  }
  return lines;
}

std::vector<std::string> expected_of(const std::string& example) {
  std::ifstream in(std::string(SYMBIO_SOURCE_DIR) + "/tests/audit/golden/" + example + ".findings");
  EXPECT_TRUE(in.good()) << example;
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.front() != '#') lines.push_back(line);
  }
  return lines;
}

void expect_golden(const std::string& example) {
  const std::vector<std::string> actual = lines_of(example);
  if (std::getenv("SYMBIO_PRINT_FINDINGS") != nullptr) {
    for (const std::string& line : actual)
      std::cout << line << "\n";
  }
  EXPECT_EQ(actual, expected_of(example)) << example;
  EXPECT_LE(actual.size(), 20u) << example;
}

TEST(GoldenFindings, CoalChemicalPark) {
  expect_golden("coal_chemical_park");
}

TEST(GoldenFindings, Kalundborg) {
  expect_golden("kalundborg");
}

TEST(GoldenFindings, Guitang) {
  expect_golden("guitang");
}

TEST(GoldenFindings, Lubei) {
  expect_golden("lubei");
}

}  // namespace
}  // namespace symbio::audit
