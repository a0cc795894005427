#include "visualization/sankey.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "tests/visualization/park_fixture.hpp"
#include "tests/visualization/xml_check.hpp"

namespace symbio::viz {
namespace {

using test_support::add_enterprise;
using test_support::add_exchange;

Park two_flows() {
  Park park;
  park.name = "Flows";
  add_enterprise(park, "p", "Power plant", "Power");
  add_enterprise(park, "c", "Cement works", "Cement");
  add_enterprise(park, "f", "Farm", "Agriculture");
  add_exchange(park, "p", "c", "fly ash", Layer::material, Kind::byproduct, 100000.0);
  add_exchange(park, "p", "f", "gypsum", Layer::material, Kind::byproduct, 10.0);
  add_exchange(park, "p", "f", "steam", Layer::energy, Kind::product);
  return park;
}

// The stroke widths of the bands: <path d="..." stroke="#RRGGBB" stroke-width="W". Plain string
// search rather than <regex>, which trips GCC 12's -Wmaybe-uninitialized in sanitizer builds.
std::vector<double> band_widths(const std::string& svg) {
  std::vector<double> widths;
  const std::string open = "<path d=\"";
  const std::string stroke = "\" stroke=\"#";
  const std::string width = "\" stroke-width=\"";
  for (std::size_t at = svg.find(open); at != std::string::npos; at = svg.find(open, at + 1)) {
    const std::size_t d_end = svg.find('"', at + open.size());
    if (d_end == std::string::npos || svg.compare(d_end, stroke.size(), stroke) != 0) continue;
    const std::size_t colour = d_end + stroke.size();
    if (svg.compare(colour + 6, width.size(), width) != 0) continue;
    const std::size_t value = colour + 6 + width.size();
    widths.push_back(std::stod(svg.substr(value, svg.find('"', value) - value)));
  }
  return widths;
}

TEST(SankeyTest, WellFormedWithLabelsAndTooltips) {
  const Park park = two_flows();
  const net::SymbiosisGraph graph(park);
  const SankeyResult result = sankey_svg(park, graph);
  EXPECT_EQ(test_support::xml_problem(result.svg), "") << result.svg;
  EXPECT_NE(result.svg.find("Flows: material flows between sectors (t/a)"), std::string::npos);
  EXPECT_NE(result.svg.find(">Power · 100,000 t/a</text>"), std::string::npos) << result.svg;
  EXPECT_NE(result.svg.find(">Cement · 100,000 t/a</text>"), std::string::npos);
  EXPECT_NE(result.svg.find(">Agriculture · 10 t/a</text>"), std::string::npos);
  EXPECT_NE(result.svg.find("<title>Power → Agriculture: 10 t/a (1 exchange)</title>"),
            std::string::npos);
  EXPECT_TRUE(result.notes.empty());
  EXPECT_EQ(result.svg, sankey_svg(park, graph).svg);  // deterministic
}

TEST(SankeyTest, WidthsAreProportionalAndSmallFlowsAreNotInflated) {
  Park park = two_flows();
  add_exchange(park, "c", "f", "dust", Layer::material, Kind::waste, 50000.0);
  const net::SymbiosisGraph graph(park);
  const std::vector<double> widths = band_widths(sankey_svg(park, graph).svg);
  ASSERT_EQ(widths.size(), 3U);
  // Bands leave the left bars largest first: Power (100,010 t/a) -> Cement, -> Agriculture, then
  // Cement -> Agriculture.
  EXPECT_NEAR(widths[0] / widths[2], 2.0, 0.01);
  // 10 t/a is far below half a pixel: drawn at the minimum, not at its share of a bar.
  EXPECT_DOUBLE_EQ(widths[1], 0.5);
}

TEST(SankeyTest, ExchangesWithoutQuantityAreLeftOutWithANote) {
  Park park = two_flows();
  add_exchange(park, "c", "f", "sand", Layer::material, Kind::product);
  const net::SymbiosisGraph graph(park);
  const SankeyResult result = sankey_svg(park, graph);
  ASSERT_EQ(result.notes.size(), 1U);
  EXPECT_NE(result.notes[0].find("1 of 3 material exchanges has no quantity and is left out"),
            std::string::npos);
}

TEST(SankeyTest, ALayerWithoutQuantitiesIsAnError) {
  const Park park = two_flows();
  const net::SymbiosisGraph graph(park);
  EXPECT_THROW(sankey_svg(park, graph, {.layer = Layer::energy}), OptionError);  // no quantity
  EXPECT_THROW(sankey_svg(park, graph, {.layer = Layer::water}), OptionError);   // no exchange
  const Park guitang = test_support::read_example("guitang");  // published without quantities
  EXPECT_THROW(sankey_svg(guitang, net::SymbiosisGraph(guitang)), OptionError);
}

TEST(SankeyTest, ChineseParkInEveryLayer) {
  const Park park = test_support::read_example("coal_chemical_park");
  const net::SymbiosisGraph graph(park);
  for (const Layer layer : kLayers) {
    const SankeyResult result = sankey_svg(park, graph, {.layer = layer});
    EXPECT_EQ(test_support::xml_problem(result.svg), "") << to_string(layer);
    EXPECT_NE(result.svg.find("热电联产"), std::string::npos) << to_string(layer);
  }
}

}  // namespace
}  // namespace symbio::viz
