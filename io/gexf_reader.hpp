#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/park.hpp"
#include "core/validation.hpp"
#include "io/column_layout.hpp"

namespace symbio::io {

// A GEXF file larger than this is refused as "bad-gexf".
inline constexpr std::size_t kMaxGexfBytes = std::size_t{512} << 20;

// Reads the <graph> of a GEXF document (1.1draft, 1.2draft or 1.3: Gephi's own save format, and
// what NetworkX write_gexf and symbio write) into `park`: nodes become enterprises, edges
// exchanges. Attributes are the <attvalue>s of the <attributes class="node|edge"> declarations
// (by title; an attribute's <default> applies where an element has no value of it) and are read
// exactly like the columns of enterprises.csv and exchanges.csv (csv_park_reader.hpp): field
// names and their aliases, `map` (--map TITLE=FIELD), everything else kept as attributes.
// - The node's id is the enterprise id and its label the name, unless attributes name those
//   fields; the edge's id is the exchange id, its label the resource.
// - The edge's `weight` is the column "weight" (so `--map weight=quantity --unit t/a` reads
//   Gephi's weights as quantities) unless an attribute names the quantity: symbio writes the
//   amount as the weight and reads the quantity back instead, as it drops `amount`.
// - The viz elements (colour, size, position, thickness) are drawing, not data: ignored.
// - The park's name is <meta><description> when present (symbio writes the name there).
// - defaultedgetype="undirected" gives the warning "undirected-gexf": edges are read from source
//   to target. Dynamic attribute values (start/end) are read as their first value.
// Problems: "bad-gexf" for malformed XML (at line and column), a missing <graph> or a file over
// `max_bytes`; the readers' own codes otherwise. Returns false when nothing could be read.
bool read_gexf(std::string_view text, const std::string& file, const ColumnMap& map, Park& park,
               ValidationReport& report, std::vector<bool>* used_map = nullptr,
               std::size_t max_bytes = kMaxGexfBytes);

}  // namespace symbio::io
