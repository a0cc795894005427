#include "io/run_manifest.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/version.hpp"

namespace symbio::io {
namespace {

RunManifest sample() {
  RunManifest m;
  m.command = "cascade";
  m.input_path = "examples/kalundborg";
  m.input_sha256 = std::string(64, 'a');
  m.options = {{"model", "dependency"}, {"seed", "1"}};
  // SHA-256 of "abc" (FIPS 180-2, appendix B.1) and of the empty string.
  m.files = {{"cascade.csv", 3, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
             {"empty.csv", 0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}};
  m.stale = {{"scenario.csv", 7, std::string(64, 'b')}};
  return m;
}

TEST(RunManifestTest, WritesEveryFactAsJson) {
  const auto json = nlohmann::json::parse(manifest_json(sample()));
  EXPECT_EQ(json["format"], "symbio.manifest");
  EXPECT_EQ(json["format_version"], 1);
  EXPECT_EQ(json["symbio_version"], std::string(kVersion));
  EXPECT_EQ(json["command"], "cascade");
  EXPECT_EQ(json["input"]["path"], "examples/kalundborg");
  EXPECT_EQ(json["input"]["sha256"], std::string(64, 'a'));
  EXPECT_EQ(json["options"]["model"], "dependency");
  EXPECT_EQ(json["options"]["seed"], "1");
  ASSERT_EQ(json["files"].size(), 2U);
  EXPECT_EQ(json["files"][0]["name"], "cascade.csv");
  EXPECT_EQ(json["files"][0]["size"], 3);
  EXPECT_EQ(json["files"][1]["sha256"],
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  ASSERT_EQ(json["stale"].size(), 1U);
  EXPECT_EQ(json["stale"][0]["name"], "scenario.csv");
  // Equal runs give equal manifests: nothing depends on the clock.
  EXPECT_EQ(manifest_json(sample()), manifest_json(sample()));
}

TEST(RunManifestTest, ReadsTheFilesBack) {
  const std::vector<ManifestFile> files = manifest_files(manifest_json(sample()));
  ASSERT_EQ(files.size(), 2U);
  EXPECT_EQ(files[0].name, "cascade.csv");
  EXPECT_EQ(files[0].size, 3U);
  EXPECT_EQ(files[0].sha256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(files[1].name, "empty.csv");
}

// A manifest decides which files a run removes: a name that leaves the folder or a hidden one
// (the lock file) is never taken from it, and text that is no manifest lists nothing.
TEST(RunManifestTest, IgnoresNamesOutsideTheFolderAndForeignText) {
  const std::string text = R"({"format": "symbio.manifest", "files": [
    {"name": "../escape.csv", "size": 1, "sha256": "x"},
    {"name": "/etc/passwd", "size": 1, "sha256": "x"},
    {"name": "sub/inner.csv", "size": 1, "sha256": "x"},
    {"name": ".symbio.lock", "size": 1, "sha256": "x"},
    {"name": "", "size": 1, "sha256": "x"},
    {"name": "ok.csv", "size": -1, "sha256": "x"},
    {"name": "ok.csv", "size": 2, "sha256": "y"}]})";
  const std::vector<ManifestFile> files = manifest_files(text);
  ASSERT_EQ(files.size(), 1U);
  EXPECT_EQ(files[0].name, "ok.csv");
  EXPECT_EQ(files[0].size, 2U);
  EXPECT_TRUE(
      manifest_files(R"({"files": [{"name": "a.csv", "size": 1, "sha256": "x"}]})").empty());
  EXPECT_TRUE(manifest_files("not json").empty());
  EXPECT_TRUE(manifest_files("[]").empty());
}

}  // namespace
}  // namespace symbio::io
