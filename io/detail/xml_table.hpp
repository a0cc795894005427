#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <pugixml.hpp>

#include "core/csv.hpp"
#include "core/validation.hpp"
#include "io/column_aliases.hpp"
#include "io/column_layout.hpp"

// What the graph-file readers (GraphML, GEXF) share: parsing with the DTD refused, locating
// elements, and naming the field an attribute stands for, so that their nodes and edges become
// the rows of the CSV tables the park readers read. pugixml stays inside io.
namespace symbio::io::detail {

// Line and column of a byte offset; built once so that locating every element stays O(log n).
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  std::pair<int, int> at(std::ptrdiff_t offset) const;

 private:
  std::vector<std::size_t> starts_;
};

// Parses `text` into `doc`. Malformed XML is `code` at its line and column; a document type
// declaration that declares entities is refused too (pugixml expands none, so the references
// would stay in the names as literal "&lol;" text). False after reporting.
bool parse_xml(std::string_view text, const std::string& file, const LineIndex& lines,
               const std::string& code, pugi::xml_document& doc, ValidationReport& report);

// The field an attribute name stands for in `table`, as resolve_columns() would decide it: a
// --map entry first, then the field's name or an alias; "" for a plain attribute.
std::string field_of(Table table, const std::string& name, const ColumnMap& map);

// Marks the --map entries whose column is `name` as used.
void mark_used(const std::string& name, const ColumnMap& map, std::vector<bool>* used);

CsvField field_at(std::string text, const LineIndex& lines, std::ptrdiff_t offset);

// What tells the graph formats apart where their readers begin alike.
struct GraphFormat {
  const char* name;               // in messages: "GraphML", "GEXF"
  const char* root;               // the root element, also the problem codes' suffix: "graphml"
  const char* edge_type;          // the <graph> attribute giving the edges' direction
  const char* default_edge_type;  // its value when absent: "directed" or "undirected"
};
inline constexpr GraphFormat kGraphml{"GraphML", "graphml", "edgedefault", "directed"};
inline constexpr GraphFormat kGexf{"GEXF", "gexf", "defaultedgetype", "undirected"};

// The beginning read_graphml and read_gexf share: `text` within `max_bytes`, parsed by
// parse_xml into `doc`, with the root element and its <graph> (else the error "bad-<root>"),
// and the warning "undirected-<root>" at the <graph> when its edges are undirected. Returns the
// <graph> (its parent is the root), or an empty node after reporting an error.
pugi::xml_node open_graph(std::string_view text, const std::string& file, const LineIndex& lines,
                          const GraphFormat& format, std::size_t max_bytes, pugi::xml_document& doc,
                          ValidationReport& report);

}  // namespace symbio::io::detail
