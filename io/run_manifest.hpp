#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace symbio::io {

// The name of the file a run into an output folder writes last.
inline constexpr std::string_view kManifestName = "manifest.json";

struct ManifestFile {
  std::string name;  // a plain file name inside the output folder
  std::uint64_t size = 0;
  std::string sha256;  // lower-case hex
};

// What manifest.json records: a complete, consistent set of one run's files. Only a run that
// wrote every file writes it, so a folder without one holds an unfinished run.
struct RunManifest {
  std::string command;  // analyze, cascade, audit
  std::string input_path;
  std::string input_sha256;
  std::vector<std::pair<std::string, std::string>> options;
  std::vector<ManifestFile> files;  // in the order written
  // Files an earlier run's manifest lists, which this run did not write and which were changed
  // since (so they are someone's, and kept): their size and hash now.
  std::vector<ManifestFile> stale;
};

// The manifest as JSON (format "symbio.manifest", version 1), with symbio's version; no time
// stamp, so equal runs give equal manifests.
std::string manifest_json(const RunManifest& manifest);

// The files an earlier manifest lists. Entries whose name is not a plain file name (a folder
// part, "..", a hidden name) are skipped, so a manifest can never point outside its folder.
// Text that is not a manifest gives an empty list.
std::vector<ManifestFile> manifest_files(std::string_view json);

}  // namespace symbio::io
