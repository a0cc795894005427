#pragma once

// What the fuzz targets share: the step a command takes once a reader has returned a park, so
// that fuzzing reaches the code behind the readers too.

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>

#include "core/catalogue.hpp"
#include "core/park.hpp"
#include "core/park_check.hpp"
#include "core/validation.hpp"
#include "io/encoding.hpp"
#include "io/proto_park.hpp"
#include "network/graph.hpp"

namespace symbio::fuzz {

// The built-in catalogue, parsed once: parsing it per input would dominate every run.
inline const ResourceCatalogue& builtin_catalogue() {
  static const ResourceCatalogue catalogue = ResourceCatalogue::builtin();
  return catalogue;
}

// A broken promise of the library: abort, which libFuzzer and the replay both report as a crash
// with the input that caused it.
[[noreturn]] inline void fail(const std::string& what) {
  std::fprintf(stderr, "fuzz target: %s\n", what.c_str());
  std::abort();
}

// A park symbio wrote must read back without errors (`symbio convert` output is a park input).
inline void check_reads_back(const Park& park) {
  ValidationReport binary;
  io::park_from_binary(io::park_to_binary(park), "roundtrip.pb", binary);
  ValidationReport json;
  io::park_from_json(io::park_to_json(park), "roundtrip.json", json);
  ValidationReport text;
  io::park_from_text_format(io::park_to_text_format(park), "roundtrip.pbtxt", text);
  for (const ValidationReport* report : {&binary, &json, &text}) {
    if (report->has_errors())
      fail("a written park does not read back: " + format_problem(report->problems().front()));
  }
}

// What read_park() and the commands do after a reader: finalize_park(), its problems merged into
// `report`, and, when no error is left (the CLI stops at one), the graph every analysis starts
// from, under the default and the widest options, and the park written in each Protobuf
// encoding and read back. No analysis runs: each input must stay fast.
inline void use_park(Park& park, ValidationReport& report, const FinalizeOptions& options) {
  report.merge(finalize_park(park, builtin_catalogue(), options));
  if (report.has_errors()) return;
  for (const net::GraphOptions& graph_options :
       {net::GraphOptions{},
        net::GraphOptions{
            .include_planned = true, .include_potential = true, .exclude_external = true}}) {
    const net::SymbiosisGraph graph(park, graph_options);
    for (const net::ViewLayer layer : graph.layers()) {
      if (graph.view(layer).n() != graph.n()) fail("a view does not hold every enterprise");
    }
  }
  check_reads_back(park);
}

// A text that is a symbio.v1.Park or an AnalysisReport, read as read_park() does: the Park
// reader first and, when it fails, the report's; the problems of the one that fits (else the
// Park's) go to `report`, and the park goes on through use_park().
template <typename ParkReader, typename ReportReader>
void use_park_or_report(std::string_view bytes, const std::string& file, ParkReader read_as_park,
                        ReportReader read_as_report) {
  ValidationReport report;
  const auto text = io::decode_text(bytes, file, "", report);
  if (!text) return;
  ValidationReport as_park;
  Park park = read_as_park(*text, file, as_park);
  if (as_park.has_errors()) {
    ValidationReport as_report;
    Park from_report = read_as_report(*text, file, as_report);
    if (!as_report.has_errors()) {
      park = std::move(from_report);
      as_park = std::move(as_report);
    }
  }
  report.merge(as_park);
  use_park(park, report, {.add_missing_enterprises = park.enterprises.empty()});
}

// A graph file (GraphML, GEXF) as read_park() reads it: decode_text(), the reader (`read_file`
// calls read_graphml or read_gexf with the text, the file's name, the park and the report), then
// use_park().
template <typename GraphReader>
void use_graph_file(std::string_view bytes, const std::string& file, GraphReader read_file) {
  Park park;
  ValidationReport report;
  const auto text = io::decode_text(bytes, file, "", report);
  if (!text) return;
  read_file(*text, file, park, report);
  use_park(park, report, {.add_missing_enterprises = park.enterprises.empty()});
}

}  // namespace symbio::fuzz
