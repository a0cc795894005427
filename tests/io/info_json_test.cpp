#include "io/info_json.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace symbio::io {
namespace {

TEST(InfoJsonTest, ParkInfoHoldsEveryFact) {
  ParkInfo info;
  info.name = "Park 园区";
  info.enterprises = 3;
  info.external = 1;
  info.exchanges = 4;
  info.by_status = {{"existing", 3}, {"planned", 1}};
  info.ties = 2;
  info.layers = {{"material", 3, 2, 150.5, "t/a"}, {"energy", 1, 0, std::nullopt, ""}};
  info.by_kind = {{"byproduct", 4}};
  info.weak_components = 1;
  info.strong_components = 3;
  info.largest_weak_share = 1.0;
  info.top = {{"a", "Alpha", false, 2, 1, 1, 1.5}};
  const auto json = nlohmann::json::parse(park_info_json(info, "park.csv", "abc"));
  EXPECT_EQ(json["input"]["path"], "park.csv");
  EXPECT_EQ(json["park"], "Park 园区");
  EXPECT_EQ(json["enterprises"]["count"], 3);
  EXPECT_EQ(json["enterprises"]["external"], 1);
  EXPECT_EQ(json["exchanges"]["by_status"]["planned"], 1);
  EXPECT_EQ(json["ties"], 2);
  EXPECT_EQ(json["layers"][0]["total"], 150.5);
  EXPECT_EQ(json["layers"][0]["unit"], "t/a");
  EXPECT_TRUE(json["layers"][1]["total"].is_null());
  EXPECT_EQ(json["components"]["strong"], 3);
  EXPECT_EQ(json["top_enterprises"][0]["betweenness"], 1.5);
  EXPECT_EQ(json["top_enterprises"][0]["suppliers"], 1);
}

TEST(InfoJsonTest, ValidationListsEveryProblemWithItsPlace) {
  ValidationReport report;
  report.error("empty-receiver", "x1", SourceLocation{"park.csv", 2, 10}, "no receiver");
  report.warning("isolate", "c", SourceLocation{}, "no exchange");
  const auto json = nlohmann::json::parse(validation_json("park.csv", "park", 3, 1, report));
  EXPECT_FALSE(json["usable"]);
  EXPECT_EQ(json["counts"]["error"], 1);
  EXPECT_EQ(json["counts"]["warning"], 1);
  EXPECT_EQ(json["counts"]["note"], 0);
  ASSERT_EQ(json["problems"].size(), 2U);
  EXPECT_EQ(json["problems"][0]["severity"], "error");
  EXPECT_EQ(json["problems"][0]["code"], "empty-receiver");
  EXPECT_EQ(json["problems"][0]["line"], 2);
  EXPECT_EQ(json["problems"][0]["column"], 10);
  EXPECT_TRUE(json["problems"][1]["line"].is_null());
  EXPECT_EQ(json["problems"][1]["severity"], "warning");
}

}  // namespace
}  // namespace symbio::io
