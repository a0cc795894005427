#include "audit/allocation.hpp"

#include <gtest/gtest.h>

#include <map>

#include "audit/pipeline.hpp"
#include "core/park_check.hpp"
#include "tests/audit/audit_fixture.hpp"

namespace symbio::audit {
namespace {

std::vector<PotentialExchange> allocate(Park park) {
  const ResourceCatalogue catalogue = ResourceCatalogue::builtin();
  finalize_park(park, catalogue);
  return allocate_declared(park, catalogue);
}

// supplier>receiver -> (quantity, match)
std::map<std::string, std::pair<double, std::string>> by_pair(
    const std::vector<PotentialExchange>& exchanges) {
  std::map<std::string, std::pair<double, std::string>> out;
  for (const PotentialExchange& x : exchanges)
    out[x.supplier + ">" + x.receiver] = {*x.quantity, x.match};
  return out;
}

// The transport problem solved by hand. Outputs: p fly ash 100 t, q slag 60 t. Needs: r fly ash
// 70 t (the same resource as p's), s slag 50 t (q's), t cement raw material 80 t (the catalogue
// lists cement_raw_material among the substitutes of both fly ash and slag).
// Maximum flow: both outputs can be placed whole (p -> r, t; q -> s, t; t takes up to 80), so 160 t
// move. Minimum cost among those: every tonne of the same resource costs 1 and of a substitute 2,
// so r and s are filled first from p and q (70 + 50 at cost 1) and the rest goes to t (30 from p,
// 10 from q, 40 <= 80, at cost 2): cost 120 + 80 = 200. Any other maximum flow moves less of the
// same resource (p -> r is at most 70, q -> s at most 50), so this one is the only optimum.
TEST(Allocation, HandSolvedTransportProblem) {
  const auto exchanges =
      allocate(fixture::ParkBuilder()
                   .enterprise("p")
                   .enterprise("q")
                   .enterprise("r")
                   .enterprise("s")
                   .enterprise("t")
                   .declare("p", Direction::output, "fly ash", Layer::material, 100)
                   .declare("q", Direction::output, "slag", Layer::material, 60)
                   .declare("r", Direction::need, "fly ash", Layer::material, 70)
                   .declare("s", Direction::need, "slag", Layer::material, 50)
                   .declare("t", Direction::need, "cement raw material", Layer::material, 80)
                   .build());
  const auto pairs = by_pair(exchanges);
  ASSERT_EQ(pairs.size(), 4u);
  EXPECT_EQ(pairs.at("p>r"), std::make_pair(70.0, std::string("same-resource")));
  EXPECT_EQ(pairs.at("q>s"), std::make_pair(50.0, std::string("same-resource")));
  EXPECT_EQ(pairs.at("p>t"), std::make_pair(30.0, std::string("substitute")));
  EXPECT_EQ(pairs.at("q>t"), std::make_pair(10.0, std::string("substitute")));
  // Largest first.
  EXPECT_EQ(exchanges.front().receiver, "r");
  EXPECT_EQ(exchanges.back().receiver, "t");
  EXPECT_EQ(exchanges.back().supplier, "q");
  const PotentialExchange& first = exchanges.front();
  EXPECT_EQ(first.resource, "fly ash");
  EXPECT_EQ(first.resource_key, "fly_ash");
  EXPECT_EQ(first.need_key, "fly_ash");
  EXPECT_EQ(first.unit, "t/a");
  EXPECT_EQ(first.layer, Layer::material);
  EXPECT_EQ(exchanges.back().need_key, "cement_raw_material");
}

// When the needs exceed an output, it is never promised twice: 100 t of fly ash against needs of
// 70 t (same) and 80 t (substitute) gives 70 + 30, not 70 + 80.
TEST(Allocation, NoOutputIsPromisedTwice) {
  const auto pairs = by_pair(
      allocate(fixture::ParkBuilder()
                   .enterprise("p")
                   .enterprise("r")
                   .enterprise("t")
                   .declare("p", Direction::output, "fly ash", Layer::material, 100)
                   .declare("t", Direction::need, "cement raw material", Layer::material, 80)
                   .declare("r", Direction::need, "fly ash", Layer::material, 70)
                   .build()));
  ASSERT_EQ(pairs.size(), 2u);
  EXPECT_EQ(pairs.at("p>r").first, 70.0);
  EXPECT_EQ(pairs.at("p>t").first, 30.0);
}

// Declarations without a quantity stay out of the flow; an enterprise's own need is not matched;
// layers never mix (the same name declared in two layers); a name the catalogue does not know
// matches the same text only.
TEST(Allocation, QuantitiesLayersAndUnknownResources) {
  const auto exchanges =
      allocate(fixture::ParkBuilder()
                   .enterprise("p")
                   .enterprise("r")
                   .enterprise("s")
                   .declare("p", Direction::output, "fly ash", Layer::material)  // no quantity
                   .declare("r", Direction::need, "fly ash", Layer::material, 70)
                   .declare("p", Direction::output, "mystery residue", Layer::material, 5)
                   .declare("p", Direction::need, "mystery residue", Layer::material, 5)  // its own
                   .declare("s", Direction::need, "mystery residue", Layer::material, 3)
                   .declare("r", Direction::output, "blowdown", Layer::water, 9)
                   .declare("s", Direction::need, "blowdown", Layer::material, 9)  // other layer
                   .build());
  ASSERT_EQ(exchanges.size(), 1u);
  EXPECT_EQ(exchanges[0].supplier, "p");
  EXPECT_EQ(exchanges[0].receiver, "s");
  EXPECT_EQ(*exchanges[0].quantity, 3.0);
  EXPECT_EQ(exchanges[0].match, "same-resource");
  EXPECT_EQ(exchanges[0].resource_key, "");
}

// A substitute is used when the same resource cannot take more: steam 50 GJ for process heat 30
// GJ (substitute) and steam 40 GJ (same); all 50 move, 40 as steam, 10 as heat.
TEST(Allocation, SameResourceFirstThenSubstitute) {
  const auto pairs =
      by_pair(allocate(fixture::ParkBuilder()
                           .enterprise("boiler")
                           .enterprise("dryer")
                           .enterprise("plant")
                           .declare("boiler", Direction::output, "steam", Layer::energy, 50)
                           .declare("dryer", Direction::need, "process heat", Layer::energy, 30)
                           .declare("plant", Direction::need, "steam", Layer::energy, 40)
                           .build()));
  ASSERT_EQ(pairs.size(), 2u);
  EXPECT_EQ(pairs.at("boiler>plant"), std::make_pair(40.0, std::string("same-resource")));
  EXPECT_EQ(pairs.at("boiler>dryer"), std::make_pair(10.0, std::string("substitute")));
}

// The Chinese example park, through the pipeline. Material: fly ash 40 万t (e03) and gasification
// slag 45 万t (e05) against needs of cement raw material 80 万t (e16) and building-material raw
// material 40 万t (e17), both substitutes; every tonne of the two outputs can be placed, so 85 万t
// move. Energy: 300 万GJ of low-grade heat (e03) and 20 t/h of steam (e04) against needs of
// process heat 30 万GJ and low-temperature heat 20 万GJ: the needs, 50 万GJ, are the limit. Water:
// reclaimed water 150 万m3 (e21) against cooling-water needs of 200 and 300 万m3: all of it.
TEST(Allocation, ThePipelineAllocatesTheExamplePark) {
  io::LoadedPark loaded = io::read_park(fixture::example_dir("coal_chemical_park"));
  const net::SymbiosisGraph graph(loaded.park);
  AuditOptions options;
  options.threads = 1;
  options.robustness = false;
  options.findings = false;
  const AuditResults results = run_audit_pipeline(loaded.park, graph, loaded.catalogue, options);
  EXPECT_EQ(results.allocation, allocate_declared(loaded.park, loaded.catalogue));
  std::map<Layer, double> moved;
  for (const PotentialExchange& x : results.allocation)
    moved[x.layer] += *x.quantity;
  EXPECT_DOUBLE_EQ(moved[Layer::material], 850000.0);
  EXPECT_DOUBLE_EQ(moved[Layer::energy], 500000.0);
  EXPECT_DOUBLE_EQ(moved[Layer::water], 1500000.0);
  for (std::size_t k = 1; k < results.allocation.size(); ++k)
    EXPECT_GE(*results.allocation[k - 1].quantity, *results.allocation[k].quantity);
}

}  // namespace
}  // namespace symbio::audit
