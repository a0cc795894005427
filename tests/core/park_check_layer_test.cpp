#include "core/park_check.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace symbio {
namespace {

// An exchange as a CSV row `line` of "ex.csv" would give it, columns supplier 1, receiver 2,
// resource 3, layer 4, quantity 5, unit 6; layer nullopt = not given.
Exchange row(int line, std::string supplier, std::string receiver, std::string resource,
             std::optional<Layer> layer, std::optional<Quantity> quantity = std::nullopt) {
  Exchange x;
  x.supplier = std::move(supplier);
  x.receiver = std::move(receiver);
  x.resource = std::move(resource);
  x.layer_inferred = !layer;
  if (layer) x.layer = *layer;
  x.kind_inferred = true;
  x.quantity = std::move(quantity);
  x.origin =
      Origin{"ex.csv",
             line,
             {{"supplier", 1}, {"receiver", 2}, {"resource", 3}, {"quantity", 5}, {"unit", 6}}};
  return x;
}

struct Checked {
  Park park;
  ValidationReport report;
};

Checked finalize(std::vector<Exchange> exchanges, FinalizeOptions options = {}) {
  Checked c;
  c.park.exchanges = std::move(exchanges);
  options.add_missing_enterprises = true;
  c.report = finalize_park(c.park, ResourceCatalogue::builtin(), options);
  return c;
}

std::vector<const Problem*> with_code(const ValidationReport& report, const std::string& code) {
  std::vector<const Problem*> out;
  for (const Problem& p : report.problems()) {
    if (p.code == code) out.push_back(&p);
  }
  return out;
}

TEST(ParkCheckLayerTest, EnergyUnitMakesAnUnknownResourceEnergy) {
  // 余压 (residual pressure) is not in the catalogue, so material by default; 10 万GJ/年 is
  // 10 x 1e4 GJ/a = 100000 GJ/a of energy.
  const Checked c = finalize({row(2, "A", "B", "余压", std::nullopt, Quantity{10, "万GJ/年"})});
  EXPECT_FALSE(c.report.has_errors());
  const Exchange& x = c.park.exchanges[0];
  EXPECT_EQ(x.layer, Layer::energy);
  ASSERT_TRUE(x.amount);
  EXPECT_DOUBLE_EQ(*x.amount, 100000.0);
  const auto notes = with_code(c.report, "layer-from-unit");
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0]->severity, Severity::note);
  EXPECT_EQ(notes[0]->subject, "x1");  // names the exchange
  EXPECT_EQ(notes[0]->location.line, 2);
  EXPECT_EQ(notes[0]->location.column, 6);  // the unit's cell
  EXPECT_NE(notes[0]->message.find("'余压'"), std::string::npos);
  EXPECT_NE(notes[0]->message.find("read as energy"), std::string::npos);
}

TEST(ParkCheckLayerTest, MassUnitMakesHotWaterMaterial) {
  // 热水 is the catalogue's heat (energy, no heating value per tonne): 5 万吨/年 = 50000 t/a.
  const Checked c = finalize({row(3, "A", "B", "热水", std::nullopt, Quantity{5, "万吨/年"})});
  EXPECT_FALSE(c.report.has_errors());
  EXPECT_EQ(c.park.exchanges[0].layer, Layer::material);
  EXPECT_EQ(c.park.exchanges[0].kind, Kind::utility);  // the kind is still the catalogue's
  ASSERT_TRUE(c.park.exchanges[0].amount);
  EXPECT_DOUBLE_EQ(*c.park.exchanges[0].amount, 50000.0);
  const auto notes = with_code(c.report, "layer-from-unit");
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_NE(notes[0]->message.find("'heat' says energy"), std::string::npos);
}

TEST(ParkCheckLayerTest, VolumeMakesWaterButANormalVolumeDoesNot) {
  // An unknown liquid in m3/a is water; a gas in Nm3/h (fuel gas, energy, no heating value)
  // is no water and stays an error.
  const Checked c =
      finalize({row(2, "A", "B", "process liquor", std::nullopt, Quantity{300, "m3/a"}),
                row(3, "A", "B", "odd gas", std::nullopt, Quantity{10, "Nm3/h"})});
  EXPECT_EQ(c.park.exchanges[0].layer, Layer::water);
  ASSERT_TRUE(c.park.exchanges[0].amount);
  EXPECT_DOUBLE_EQ(*c.park.exchanges[0].amount, 300.0);
  const auto errors = with_code(c.report, "unit-dimension");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0]->location.line, 3);
}

TEST(ParkCheckLayerTest, HeatingValueConvertsInsteadOfTheUnitDeciding) {
  // Steam in t/a keeps the catalogue's energy layer: 100 t/a x 3.769 GJ/t = 376.9 GJ/a.
  const Checked c = finalize({row(2, "A", "B", "steam", std::nullopt, Quantity{100, "t/a"})});
  EXPECT_EQ(c.park.exchanges[0].layer, Layer::energy);
  ASSERT_TRUE(c.park.exchanges[0].amount);
  EXPECT_DOUBLE_EQ(*c.park.exchanges[0].amount, 376.9);
  EXPECT_TRUE(with_code(c.report, "layer-from-unit").empty());
  EXPECT_EQ(with_code(c.report, "unit-converted").size(), 1u);
}

TEST(ParkCheckLayerTest, ExplicitLayerThatContradictsTheUnitIsAnError) {
  const Checked c = finalize({row(2, "A", "B", "余压", Layer::material, Quantity{10, "万GJ/年"})});
  const auto errors = with_code(c.report, "unit-dimension");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0]->location.line, 2);
  EXPECT_NE(errors[0]->message.find("the layer is given"), std::string::npos);
  EXPECT_TRUE(with_code(c.report, "layer-from-unit").empty());
}

TEST(ParkCheckLayerTest, DeclarationsTakeTheLayerOfTheirUnit) {
  Park park;
  park.enterprises.push_back(Enterprise{"A", "A", "", "", false, {}, {}});
  Declaration d;
  d.enterprise = "A";
  d.resource = "余压";
  d.quantity = Quantity{2, "GJ/a"};
  park.declarations.push_back(d);
  const ValidationReport report = finalize_park(park, ResourceCatalogue::builtin());
  EXPECT_FALSE(report.has_errors());
  EXPECT_EQ(park.declarations[0].layer, Layer::energy);
  EXPECT_TRUE(report.has_code("layer-from-unit"));
  EXPECT_FALSE(report.has_code("inferred"));

  // -v: the declaration's layer and where it came from.
  Park again = park;
  again.declarations[0].layer = Layer::material;
  again.declarations[0].resource = "fly ash";
  again.declarations[0].quantity.reset();
  const ValidationReport verbose =
      finalize_park(again, ResourceCatalogue::builtin(), FinalizeOptions{.note_inferences = true});
  ASSERT_TRUE(verbose.has_code("inferred"));
  for (const Problem& p : verbose.problems()) {
    if (p.code == "inferred") {
      EXPECT_EQ(p.subject, "A");
      EXPECT_EQ(p.message, "layer material from the catalogue entry 'fly_ash' for 'fly ash'");
    }
  }
}

TEST(ParkCheckLayerTest, InferenceNotesOnRequest) {
  std::vector<Exchange> rows = {row(2, "A", "B", "fly ash", std::nullopt),
                                row(3, "B", "C", "widgets", Layer::material),
                                row(4, "C", "A", "余压", std::nullopt, Quantity{1, "GJ/a"})};
  rows[1].kind_inferred = false;  // layer and kind both given: nothing inferred
  EXPECT_FALSE(finalize(rows).report.has_code("inferred"));
  const Checked c = finalize(rows, FinalizeOptions{.note_inferences = true});
  const auto notes = with_code(c.report, "inferred");
  ASSERT_EQ(notes.size(), 2u);
  EXPECT_EQ(notes[0]->subject, "x1");
  EXPECT_EQ(notes[0]->location.line, 2);
  EXPECT_EQ(notes[0]->location.column, 3);  // the resource's cell
  EXPECT_EQ(notes[0]->message,
            "layer material and kind byproduct from the catalogue entry 'fly_ash' for 'fly ash'");
  EXPECT_EQ(notes[1]->subject, "x3");
  EXPECT_EQ(notes[1]->message,
            "layer energy from its unit 'GJ/a'; kind product by default: '余压' is not in the "
            "resource catalogue");
}

TEST(ParkCheckLayerTest, NearDuplicateNamesAreWarningsWithBothSpellings) {
  const Checked c = finalize({row(2, "Jinhua Steel", "Co-operative Farm", "slag", std::nullopt),
                              row(3, "Farms1", "Farms2", "manure", std::nullopt),
                              row(4, "Jinhwa Steel", "Co-Operative Farm", "slag", std::nullopt)});
  const auto warnings = with_code(c.report, "near-duplicate");
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_EQ(warnings[0]->severity, Severity::warning);
  EXPECT_EQ(warnings[0]->subject, "Jinhwa Steel");
  EXPECT_EQ(warnings[0]->location.line, 4);
  EXPECT_EQ(warnings[0]->location.column, 1);
  EXPECT_EQ(warnings[0]->message,
            "'Jinhwa Steel' at line 4 and 'Jinhua Steel' at ex.csv:2:1 differ in one letter: "
            "probably one enterprise spelled two ways (use one spelling, or make the names "
            "distinct if they are two enterprises)");
  EXPECT_EQ(warnings[1]->subject, "Co-Operative Farm");
  EXPECT_EQ(warnings[1]->location.column, 2);
  EXPECT_NE(warnings[1]->message.find("'Co-operative Farm' at ex.csv:2:2 differ only in case"),
            std::string::npos);
  EXPECT_FALSE(c.report.has_errors());

  ValidationReport strict = c.report;
  strict.promote_warnings();  // --strict
  EXPECT_EQ(with_code(strict, "near-duplicate")[0]->severity, Severity::error);
}

TEST(ParkCheckLayerTest, NearDuplicateNamesInAnEnterpriseList) {
  // With an enterprise list the names are compared, and the ids are named too.
  Park park;
  park.enterprises.push_back(Enterprise{"f1",
                                        "Kalundborg Forsyning",
                                        "",
                                        "",
                                        false,
                                        {},
                                        Origin{"e.csv", 2, {{"id", 1}, {"name", 2}}}});
  park.enterprises.push_back(Enterprise{"f2",
                                        "Kalundborg forsyning",
                                        "",
                                        "",
                                        false,
                                        {},
                                        Origin{"e.csv", 5, {{"id", 1}, {"name", 2}}}});
  const ValidationReport report = finalize_park(park, ResourceCatalogue::builtin());
  const auto warnings = with_code(report, "near-duplicate");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0]->subject, "f2");
  EXPECT_EQ(warnings[0]->location.line, 5);
  EXPECT_EQ(warnings[0]->location.column, 2);
  EXPECT_NE(warnings[0]->message.find("'Kalundborg forsyning' (id 'f2') at line 5 and 'Kalundborg "
                                      "Forsyning' (id 'f1') at e.csv:2:2"),
            std::string::npos);
}

}  // namespace
}  // namespace symbio
