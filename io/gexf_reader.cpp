#include "io/gexf_reader.hpp"

#include <algorithm>
#include <functional>
#include <optional>
#include <unordered_map>

#include <pugixml.hpp>

#include "core/text.hpp"
#include "io/column_aliases.hpp"
#include "io/csv_park_reader.hpp"
#include "io/csv_table.hpp"
#include "io/detail/xml_table.hpp"

namespace symbio::io {

namespace {

using detail::field_at;
using detail::field_of;
using detail::LineIndex;
using detail::mark_used;

// One column of the table built from an element kind: an XML attribute of the element (id,
// label, weight) or a declared GEXF attribute (its id).
struct Column {
  std::string header;
  std::string field;     // field_of() of the header
  std::string xml;       // the element's XML attribute, or "" for a declared attribute
  std::string declared;  // the declared attribute's id
  std::string default_value;
};

std::vector<Column> declared_columns(const pugi::xml_node graph, const char* kind, Table table,
                                     const ColumnMap& map) {
  std::vector<Column> columns;
  for (const pugi::xml_node attributes : graph.children("attributes")) {
    if (std::string_view(attributes.attribute("class").as_string()) != kind) continue;
    for (const pugi::xml_node a : attributes.children("attribute")) {
      Column c;
      c.declared = a.attribute("id").as_string();
      c.header = a.attribute("title").as_string(c.declared.c_str());
      c.field = field_of(table, c.header, map);
      c.default_value = a.child_value("default");
      columns.push_back(std::move(c));
    }
  }
  return columns;
}

bool names_field(const std::vector<Column>& columns, std::string_view field) {
  return std::any_of(columns.begin(), columns.end(),
                     [&](const Column& c) { return c.field == field; });
}

// The rows of one element kind: a header, then one record per element.
CsvTable table_of(const pugi::xml_node list, const char* element, std::vector<Column> columns,
                  const std::string& file, const LineIndex& lines, int header_line,
                  const std::function<std::string(const pugi::xml_node, const Column&)>& xml) {
  CsvTable table{file, ',', {}};
  CsvRecord header;
  header.line = header_line;
  for (const Column& c : columns)
    header.fields.push_back(
        CsvField{c.header, header_line, static_cast<int>(header.fields.size()) + 1});
  table.records.push_back(std::move(header));
  std::unordered_map<std::string, std::size_t> by_id;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (columns[i].xml.empty()) by_id.emplace(columns[i].declared, i);
  }
  for (const pugi::xml_node e : list.children(element)) {
    CsvRecord record;
    record.line = lines.at(e.offset_debug()).first;
    std::vector<bool> seen(columns.size(), false);
    for (const Column& c : columns) {
      record.fields.push_back(
          field_at(c.xml.empty() ? c.default_value : xml(e, c), lines, e.offset_debug()));
    }
    for (const pugi::xml_node v : e.child("attvalues").children("attvalue")) {
      // GEXF 1.1 names the attribute by `id`, later versions by `for`.
      const pugi::xml_attribute which = v.attribute("for") ? v.attribute("for") : v.attribute("id");
      const auto it = by_id.find(which.as_string());
      if (it == by_id.end() || seen[it->second]) continue;
      seen[it->second] = true;
      record.fields[it->second] =
          field_at(v.attribute("value").as_string(), lines, v.offset_debug());
    }
    table.records.push_back(std::move(record));
  }
  return table;
}

}  // namespace

bool read_gexf(std::string_view text, const std::string& file, const ColumnMap& map, Park& park,
               ValidationReport& report, std::vector<bool>* used_map, std::size_t max_bytes) {
  const LineIndex lines(text);
  pugi::xml_document doc;
  const pugi::xml_node graph =
      detail::open_graph(text, file, lines, detail::kGexf, max_bytes, doc, report);
  if (!graph) return false;
  const pugi::xml_node root = graph.parent();
  const int graph_line = lines.at(graph.offset_debug()).first;
  const std::string description = std::string(trim(root.child("meta").child_value("description")));
  if (!description.empty()) park.name = description;

  auto xml = [](const pugi::xml_node e, const Column& c) {
    return std::string(e.attribute(c.xml.c_str()).as_string());
  };

  // Enterprises: the node's id and label come first, unless a declared attribute names them.
  std::vector<Column> node_columns = declared_columns(graph, "node", Table::enterprises, map);
  for (const Column& c : node_columns) {
    if (c.field == "id") mark_used(c.header, map, used_map);
  }
  std::vector<Column> nodes;
  if (!names_field(node_columns, "id")) nodes.push_back(Column{"id", "id", "id", "", ""});
  if (!names_field(node_columns, "name")) nodes.push_back(Column{"name", "name", "label", "", ""});
  nodes.insert(nodes.end(), node_columns.begin(), node_columns.end());

  // Exchanges.
  std::vector<Column> edge_columns = declared_columns(graph, "edge", Table::exchanges, map);
  const bool has_quantity = names_field(edge_columns, "quantity");
  // An `amount` beside the quantity is what symbio wrote and recomputes (as in GraphML).
  if (has_quantity) {
    edge_columns.erase(
        std::remove_if(edge_columns.begin(), edge_columns.end(),
                       [](const Column& c) { return match_key(c.header) == "amount"; }),
        edge_columns.end());
  }
  std::vector<Column> edges;
  if (!names_field(edge_columns, "id")) edges.push_back(Column{"id", "id", "id", "", ""});
  edges.push_back(Column{"supplier", "supplier", "source", "", ""});
  edges.push_back(Column{"receiver", "receiver", "target", "", ""});
  if (!names_field(edge_columns, "resource"))
    edges.push_back(Column{"resource", "resource", "label", "", ""});
  if (!has_quantity) {
    Column weight{"weight", field_of(Table::exchanges, "weight", map), "weight", "", ""};
    edges.push_back(std::move(weight));
  }
  // The ends are structural: declared attributes that would name them go.
  for (const Column& c : edge_columns) {
    if (c.field != "supplier" && c.field != "receiver") edges.push_back(c);
  }

  // Node XML ids stand for enterprise ids; edges name their ends by XML id.
  const CsvTable enterprises =
      table_of(graph.child("nodes"), "node", nodes, file, lines, graph_line, xml);
  std::unordered_map<std::string, std::string> enterprise_of_node;
  {
    const auto id_column = static_cast<std::size_t>(
        std::find_if(nodes.begin(), nodes.end(), [](const Column& c) { return c.field == "id"; }) -
        nodes.begin());
    std::size_t r = 1;
    for (const pugi::xml_node node : graph.child("nodes").children("node")) {
      const CsvRecord& record = enterprises.records[r++];
      const std::string id = std::string(trim(record.fields[id_column].text));
      enterprise_of_node.emplace(node.attribute("id").as_string(),
                                 id.empty() ? node.attribute("id").as_string() : id);
    }
  }
  auto edge_xml = [&](const pugi::xml_node e, const Column& c) {
    std::string value = e.attribute(c.xml.c_str()).as_string();
    if (c.xml == "source" || c.xml == "target") {
      if (const auto it = enterprise_of_node.find(value); it != enterprise_of_node.end())
        value = it->second;
    }
    return value;
  };
  const CsvTable exchanges =
      table_of(graph.child("edges"), "edge", edges, file, lines, graph_line, edge_xml);
  read_enterprises_csv(enterprises, map, park, report, used_map);
  return read_exchanges_csv(exchanges, map, park, report, used_map);
}

}  // namespace symbio::io
