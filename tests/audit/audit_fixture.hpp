#pragma once

// Small parks built in code for the rule tests, and the whole pipeline of `symbio audit`
// (graph, analyze, dependency sweep, run_audit) over a park.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "audit/rules.hpp"
#include "core/catalogue.hpp"
#include "core/park.hpp"
#include "core/park_check.hpp"
#include "io/read_park.hpp"
#include "network/analyze.hpp"
#include "network/cascade.hpp"
#include "network/graph.hpp"

namespace symbio::audit::fixture {

inline std::string unit_of(Layer layer) {
  return layer == Layer::material ? "t/a" : layer == Layer::energy ? "GJ/a" : "m3/a";
}

// A park written as a list of calls; quantities in the canonical unit of their layer.
class ParkBuilder {
 public:
  ParkBuilder& enterprise(const std::string& id, const std::string& role = "",
                          bool external = false) {
    Enterprise e;
    e.id = id;
    e.name = id;
    e.role = role;
    e.external = external;
    park_.enterprises.push_back(std::move(e));
    return *this;
  }
  ParkBuilder& exchange(const std::string& supplier, const std::string& receiver,
                        const std::string& resource, Layer layer, Kind kind,
                        std::optional<double> quantity = std::nullopt,
                        Status status = Status::existing) {
    Exchange x;
    x.id = "x" + std::to_string(park_.exchanges.size() + 1);
    x.supplier = supplier;
    x.receiver = receiver;
    x.resource = resource;
    x.layer = layer;
    x.kind = kind;
    x.status = status;
    if (quantity) x.quantity = Quantity{*quantity, unit_of(layer)};
    park_.exchanges.push_back(std::move(x));
    return *this;
  }
  ParkBuilder& declare(const std::string& enterprise, Direction direction,
                       const std::string& resource, Layer layer,
                       std::optional<double> quantity = std::nullopt,
                       std::vector<Attribute> attributes = {}) {
    Declaration d;
    d.enterprise = enterprise;
    d.direction = direction;
    d.resource = resource;
    d.layer = layer;
    d.layer_inferred = false;
    if (quantity) d.quantity = Quantity{*quantity, unit_of(layer)};
    d.attributes = std::move(attributes);
    park_.declarations.push_back(std::move(d));
    return *this;
  }
  Park build() const { return park_; }

 private:
  Park park_;
};

// Everything `symbio audit` computes, kept alive together (AuditInput holds references).
struct AuditRun {
  Park park;
  ResourceCatalogue catalogue = ResourceCatalogue::builtin();
  std::unique_ptr<net::SymbiosisGraph> graph;
  std::vector<net::LayerAnalysis> analysis;
  std::optional<net::DependencySweep> sweep;
  std::optional<double> beta_c;
  ValidationReport report;
  std::vector<Finding> findings;

  AuditInput input() const {
    return AuditInput{.park = park,
                      .graph = *graph,
                      .analysis = analysis,
                      .cascade = sweep ? &*sweep : nullptr,
                      .beta_c = beta_c,
                      .catalogue = catalogue};
  }
  // Copies, so that `run_pipeline(...)->of(rule)` outlives the run.
  std::vector<Finding> of(const std::string& rule) const {
    std::vector<Finding> out;
    for (const Finding& f : findings) {
      if (f.rule == rule) out.push_back(f);
    }
    return out;
  }
};

struct RunOptions {
  Thresholds thresholds = default_thresholds();
  bool sweep = true;
  std::optional<double> beta_c;
  bool finalize = true;
};

inline std::unique_ptr<AuditRun> run_pipeline(Park park, const RunOptions& options = {}) {
  auto run = std::make_unique<AuditRun>();
  run->park = std::move(park);
  if (options.finalize) run->report = finalize_park(run->park, run->catalogue);
  run->graph = std::make_unique<net::SymbiosisGraph>(run->park);
  run->analysis = net::analyze(*run->graph);
  if (options.sweep) run->sweep = net::dependency_sweep(*run->graph, {.threads = 1});
  run->beta_c = options.beta_c;
  run->findings = run_audit(run->input(), options.thresholds);
  return run;
}

inline std::string example_dir(const std::string& name) {
  return std::string(SYMBIO_SOURCE_DIR) + "/examples/" + name;
}

inline std::unique_ptr<AuditRun> run_example(const std::string& name,
                                             const RunOptions& options = {}) {
  io::LoadedPark loaded = io::read_park(example_dir(name));
  RunOptions read = options;
  read.finalize = false;  // read_park finalizes
  return run_pipeline(std::move(loaded.park), read);
}

}  // namespace symbio::audit::fixture
