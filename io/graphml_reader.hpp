#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/park.hpp"
#include "core/validation.hpp"
#include "io/column_layout.hpp"

namespace symbio::io {

// A GraphML file larger than this is refused as "bad-graphml".
inline constexpr std::size_t kMaxGraphmlBytes = std::size_t{512} << 20;

// Reads the first <graph> of a GraphML document (as Gephi, yEd, NetworkX write_graphml and
// igraph write_graphml write it) into `park`: nodes become enterprises, edges exchanges.
// Attributes are the <data> of the <key>s (attr.name; a key's <default> applies where a node or
// edge has no <data> of it) and are read exactly like the columns of enterprises.csv and
// exchanges.csv (csv_park_reader.hpp): field names and their aliases, `map` (--map
// ATTRIBUTE=FIELD), everything else kept as attributes.
// - Enterprise id: a node attribute naming the field id (igraph writes the original ids so),
//   else the node's XML id. Edges name their ends by XML id; those are translated.
// - Gephi's `label` is the enterprise name (nodes) and the resource (edges) when no attribute
//   names those fields; an edge attribute `amount` beside `quantity` is dropped (symbio writes
//   it and recomputes it from the quantity).
// - NetworkX writes a multigraph's edge keys as edge ids, unique only per pair (0, 1, ... for
//   each pair): when edge ids repeat in the file, every exchange id is "supplier->receiver#key"
//   (note "graphml-edge-keys"), unless an attribute names the id field.
// - Graph attributes (keys for="graph") named name, description and source set the park's.
// - edgedefault="undirected" gives the warning "undirected-graphml": edges are read from source
//   to target. Nested graphs and hyperedges are ignored.
// Problems: "bad-graphml" for malformed XML (at line and column), a missing <graph> or a file
// over `max_bytes`; the readers' own codes otherwise. Returns false when nothing could be read.
bool read_graphml(std::string_view text, const std::string& file, const ColumnMap& map, Park& park,
                  ValidationReport& report, std::vector<bool>* used_map = nullptr,
                  std::size_t max_bytes = kMaxGraphmlBytes);

}  // namespace symbio::io
