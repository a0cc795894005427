#include "core/types.hpp"

#include <gtest/gtest.h>

namespace symbio {
namespace {

TEST(TypesTest, EveryNameReadsBack) {
  for (const Layer layer : kLayers) {
    EXPECT_EQ(parse_layer(to_string(layer)), layer);
    EXPECT_EQ(parse_layer(to_chinese(layer)), layer);
  }
  for (const Kind kind : kKinds) {
    EXPECT_EQ(parse_kind(to_string(kind)), kind);
    EXPECT_EQ(parse_kind(to_chinese(kind)), kind);
  }
  for (const Status status : kStatuses) {
    EXPECT_EQ(parse_status(to_string(status)), status);
    EXPECT_EQ(parse_status(to_chinese(status)), status);
  }
}

TEST(TypesTest, WrittenVariants) {
  // The spellings of published edge lists and of spreadsheets: case, hyphens, full-width forms.
  EXPECT_EQ(parse_layer("Energy"), Layer::energy);
  EXPECT_EQ(parse_layer(" WATER "), Layer::water);
  EXPECT_EQ(parse_layer("能源"), Layer::energy);
  EXPECT_EQ(parse_layer("Materials"), Layer::material);
  EXPECT_EQ(parse_kind("By-product"), Kind::byproduct);
  EXPECT_EQ(parse_kind("by_products"), Kind::byproduct);
  EXPECT_EQ(parse_kind("Utility sharing"), Kind::utility);
  EXPECT_EQ(parse_kind("ＷＡＳＴＥ"), Kind::waste);
  EXPECT_EQ(parse_kind("副产物"), Kind::byproduct);
  EXPECT_EQ(parse_status("Planned"), Status::planned);
  EXPECT_EQ(parse_status("潜在"), Status::potential);
}

TEST(TypesTest, AnythingElseIsRejected) {
  EXPECT_EQ(parse_layer(""), std::nullopt);
  EXPECT_EQ(parse_layer("heat"), std::nullopt);  // a resource, not a layer
  EXPECT_EQ(parse_kind("bye product"), std::nullopt);
  EXPECT_EQ(parse_status("existed"), std::nullopt);
  EXPECT_EQ(parse_bool("maybe"), std::nullopt);
}

TEST(TypesTest, Booleans) {
  for (const char* yes : {"true", "TRUE", "Yes", "y", "1", "是", "外部"})
    EXPECT_EQ(parse_bool(yes), true) << yes;
  for (const char* no : {"false", "No", "N", "0", "否", "内部"})
    EXPECT_EQ(parse_bool(no), false) << no;
}

}  // namespace
}  // namespace symbio
