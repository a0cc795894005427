#include "visualization/detail/dot_common.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "core/error.hpp"

namespace symbio::viz::detail {
namespace {

EdgeGroup edge(Layer layer, double amount, bool quantified = true) {
  EdgeGroup e;
  e.layer = layer;
  e.amount = amount;
  e.quantified = quantified;
  return e;
}

// Pen widths on one log scale per layer from a fixed reference (100 t/a for material): 1 point at
// or below it, 0.8 point more per tenfold: 1,000 t/a -> 1.8, 10 t/a -> 1 (clamped). Energy has an
// edge without quantity, so the layer is not scaled and every energy edge is 1.5 points. Counts
// (the sector aggregate) start from 1: 100 exchanges -> 1 + 0.8 * 2 = 2.6.
TEST(DotCommonTest, WidthScalePerLayer) {
  const std::vector<EdgeGroup> edges = {edge(Layer::material, 10), edge(Layer::material, 1000),
                                        edge(Layer::energy, 5), edge(Layer::energy, 0, false)};
  const WidthScale scale(edges);
  EXPECT_TRUE(scale.scaled[0]);
  EXPECT_FALSE(scale.scaled[1]);
  EXPECT_FALSE(scale.scaled[2]);  // no water edge
  EXPECT_DOUBLE_EQ(scale.width(Layer::material, 10, true), kMinPen);
  EXPECT_NEAR(scale.width(Layer::material, 1000, true), 1.8, 1e-12);
  EXPECT_NEAR(scale.width(Layer::material, 1e12, true), kMaxPen, 1e-12);  // clamped
  EXPECT_DOUBLE_EQ(scale.width(Layer::material, 0, true), kMinPen);
  EXPECT_DOUBLE_EQ(scale.width(Layer::energy, 5, true), kPlainPen);
  EXPECT_DOUBLE_EQ(scale.low[0], 10.0);
  EXPECT_DOUBLE_EQ(scale.high[0], 1000.0);
  const WidthScale counts(std::vector<EdgeGroup>{edge(Layer::material, 100)}, true);
  EXPECT_NEAR(counts.width(Layer::material, 100, true), 2.6, 1e-12);
}

TEST(DotCommonTest, TextHelpers) {
  EXPECT_EQ(attribute("label", "say \"hi\"\n"), "label=\"say \\\"hi\\\"\\n\"");
  EXPECT_EQ(indicator_text(3.0), "3");
  EXPECT_EQ(indicator_text(71.333333), "71.33");  // four significant digits
  EXPECT_EQ(indicator_text(0.000123456), "0.0001235");
  EXPECT_EQ(indicator_text(std::nan("")), "undefined");
  // Lines of at most 18 characters (counted in characters: æ is one), broken at spaces: "Asnæs
  // power" (11) + " station" would be 19. CJK names, without spaces, stay on one line.
  EXPECT_EQ(wrap("Asnæs power station (DONG Energy)"), "Asnæs power\nstation (DONG\nEnergy)");
  EXPECT_EQ(wrap("新疆天业集团热电厂和电石厂联合体"), "新疆天业集团热电厂和电石厂联合体");
  EXPECT_EQ(layer_set_name(0), "(no exchanges)");
  EXPECT_EQ(layer_set_name(0b101), "material + water");
  EXPECT_EQ(kind_style(Kind::waste), "dotted");
  EXPECT_EQ(kind_style(Kind::utility), "double");
}

TEST(DotCommonTest, CategoriesSortedAndCounted) {
  // Vertices 0..4 drawn except 3, labelled by text: sorted names, sizes, each vertex's index.
  const std::vector<std::string> labels = {"steel", "", "cement", "steel", "steel"};
  const Categories c = categorize({0, 1, 2, 4}, 5, [&](Vertex v) {
    return text_key(labels[static_cast<std::size_t>(v)], "(no sector)");
  });
  EXPECT_EQ(c.names, (std::vector<std::string>{"(no sector)", "cement", "steel"}));
  EXPECT_EQ(c.sizes, (std::vector<std::size_t>{1, 1, 2}));
  EXPECT_EQ(c.of[0], 2U);
  EXPECT_EQ(c.of[1], 0U);
  EXPECT_EQ(c.of[2], 1U);
  EXPECT_EQ(c.of[4], 2U);
  // Communities sort by number, not by text ("community 10" after "community 9").
  net::LayerAnalysis values;
  values.enterprise_columns.push_back(
      {.name = std::string(net::col::community), .values = {9.0, 10.0, std::nullopt}});
  const Categories k = categorize({0, 1, 2}, 3, [&](Vertex v) { return community_key(values, v); });
  EXPECT_EQ(k.names, (std::vector<std::string>{"community 9", "community 10", "(no community)"}));
}

TEST(DotCommonTest, EngineChoice) {
  DotOptions options;
  options.dot_limit = 150;
  EXPECT_EQ(choose_engine(options, 150), "dot");
  EXPECT_EQ(choose_engine(options, 151), "sfdp");
  options.engine = "circo";
  EXPECT_EQ(choose_engine(options, 1000), "circo");
  options.engine = "twopi";
  EXPECT_THROW(choose_engine(options, 10), OptionError);
}

TEST(DotCommonTest, LegendListsWhatItIsGiven) {
  Legend legend;
  EXPECT_TRUE(legend.empty());
  legend.section("Fill <sector>");
  legend.swatch("#E69F00", "steel & iron");
  EXPECT_FALSE(legend.empty());
  const std::string label = legend.label();
  EXPECT_EQ(label.rfind("<<table", 0), 0U);
  EXPECT_NE(label.find("<b>Fill &lt;sector&gt;</b>"), std::string::npos);
  EXPECT_NE(label.find("bgcolor=\"#E69F00\""), std::string::npos);
  EXPECT_NE(label.find("steel &amp; iron"), std::string::npos);
}

}  // namespace
}  // namespace symbio::viz::detail
