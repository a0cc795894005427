#pragma once

#include <string>
#include <vector>

#include "core/park.hpp"

namespace symbio::io {

// Writes a park in the format its target names (the inverse of read_park()):
// - a path ending in '/' or an existing folder: a CSV folder (csv_park_writer.hpp) with
//   enterprises.csv and exchanges.csv, resources.csv when the park has declarations, park.json
//   (name, description, source in the Protobuf JSON mapping) when one of them is set. A
//   resources.csv or park.json left from an earlier write is overwritten with an empty one
//   ("header only", "{}"), so the folder never mixes two parks;
// - *.json, *.pb, *.pbtxt (case-insensitive): symbio.v1.Park (proto_park.hpp);
// - *.graphml, *.gexf, *.net (Pajek), *.nodelink.json (NetworkX): the park as a network without
//   indicators (network_formats.hpp). DOT is visualization's (`symbio convert` calls it).
// Every file is written atomically (write_file_atomically) and never over one of `inputs` (a
// folder among the inputs stands for its park files). Throws OptionError for another extension,
// FileError when a file cannot be written.
void write_park(const Park& park, const std::string& target,
                const std::vector<std::string>& inputs = {});

}  // namespace symbio::io
