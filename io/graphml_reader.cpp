#include "io/graphml_reader.hpp"

#include <algorithm>
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

struct KeyInfo {
  std::string name;
  std::optional<std::string> default_value;
};

// The attributes of one element kind (node or edge): key ids in declaration order.
struct Domain {
  std::vector<std::string> key_ids;
  std::vector<std::string> headers;  // attr.name as the table's header
  std::vector<std::string> fields;   // field_of() of each
};

Domain domain_of(const std::vector<std::pair<std::string, KeyInfo>>& keys,
                 const std::vector<std::string>& domains, const std::string& kind, Table table,
                 const ColumnMap& map) {
  Domain d;
  for (std::size_t k = 0; k < keys.size(); ++k) {
    if (domains[k] != kind && domains[k] != "all") continue;
    d.key_ids.push_back(keys[k].first);
    d.headers.push_back(keys[k].second.name);
    d.fields.push_back(field_of(table, keys[k].second.name, map));
  }
  return d;
}

std::optional<std::size_t> index_of_field(const Domain& d, std::string_view field) {
  for (std::size_t i = 0; i < d.fields.size(); ++i) {
    if (d.fields[i] == field) return i;
  }
  return std::nullopt;
}

}  // namespace

bool read_graphml(std::string_view text, const std::string& file, const ColumnMap& map, Park& park,
                  ValidationReport& report, std::vector<bool>* used_map, std::size_t max_bytes) {
  const LineIndex lines(text);
  pugi::xml_document doc;
  const pugi::xml_node graph =
      detail::open_graph(text, file, lines, detail::kGraphml, max_bytes, doc, report);
  if (!graph) return false;
  const pugi::xml_node root = graph.parent();

  std::vector<std::pair<std::string, KeyInfo>> keys;
  std::vector<std::string> domains;
  for (const pugi::xml_node key : root.children("key")) {
    KeyInfo info;
    const std::string id = key.attribute("id").as_string();
    info.name = key.attribute("attr.name").as_string(id.c_str());
    if (const pugi::xml_node def = key.child("default")) info.default_value = def.child_value();
    keys.emplace_back(id, std::move(info));
    domains.emplace_back(key.attribute("for").as_string("all"));
  }
  std::unordered_map<std::string, std::size_t> key_index;
  for (std::size_t k = 0; k < keys.size(); ++k)
    key_index.emplace(keys[k].first, k);

  // Graph attributes: the park's name, description and source, as NetworkX and igraph write a
  // graph's attributes (and symbio's writer writes them).
  for (std::size_t k = 0; k < keys.size(); ++k) {
    if (domains[k] != "graph") continue;
    std::optional<std::string> value = keys[k].second.default_value;
    for (const pugi::xml_node data : graph.children("data")) {
      if (keys[k].first == data.attribute("key").as_string()) value = data.child_value();
    }
    const std::string name = to_lower_ascii(keys[k].second.name);
    if (!value || trim(*value).empty()) continue;
    if (name == "name") park.name = std::string(trim(*value));
    if (name == "description") park.description = *value;
    if (name == "source") park.source = *value;
  }

  // The value of every key of `d` for one element, defaults filled in, located at its <data>.
  auto values_of = [&](const pugi::xml_node element, const Domain& d) {
    std::vector<CsvField> fields(d.key_ids.size());
    for (std::size_t i = 0; i < d.key_ids.size(); ++i) {
      const KeyInfo& info = keys[key_index.at(d.key_ids[i])].second;
      fields[i] = field_at(info.default_value.value_or(""), lines, element.offset_debug());
    }
    for (const pugi::xml_node data : element.children("data")) {
      const std::string id = data.attribute("key").as_string();
      const auto it = std::find(d.key_ids.begin(), d.key_ids.end(), id);
      if (it == d.key_ids.end()) continue;
      fields[static_cast<std::size_t>(it - d.key_ids.begin())] =
          field_at(data.child_value(), lines, data.offset_debug());
    }
    return fields;
  };

  // Enterprises.
  Domain nodes = domain_of(keys, domains, "node", Table::enterprises, map);
  const auto id_attribute = index_of_field(nodes, "id");
  if (id_attribute) mark_used(nodes.headers[*id_attribute], map, used_map);
  if (!index_of_field(nodes, "name")) {
    for (std::size_t i = 0; i < nodes.headers.size(); ++i) {
      if (to_lower_ascii(nodes.headers[i]) == "label" && nodes.fields[i].empty()) {
        nodes.headers[i] = "name";  // Gephi's label
        nodes.fields[i] = "name";
        break;
      }
    }
  }
  CsvTable enterprises{file, ',', {}};
  {
    CsvRecord header;
    header.line = lines.at(graph.offset_debug()).first;
    header.fields.push_back(CsvField{"id", header.line, 1});
    for (std::size_t i = 0; i < nodes.headers.size(); ++i) {
      if (id_attribute && i == *id_attribute) continue;
      header.fields.push_back(
          CsvField{nodes.headers[i], header.line, static_cast<int>(header.fields.size()) + 1});
    }
    enterprises.records.push_back(std::move(header));
  }
  std::unordered_map<std::string, std::string> enterprise_of_node;  // XML id -> enterprise id
  for (const pugi::xml_node node : graph.children("node")) {
    const std::vector<CsvField> values = values_of(node, nodes);
    const std::string xml_id = node.attribute("id").as_string();
    std::string id = xml_id;
    if (id_attribute && !trim(values[*id_attribute].text).empty())
      id = std::string(trim(values[*id_attribute].text));
    enterprise_of_node.emplace(xml_id, id);
    CsvRecord record;
    record.line = lines.at(node.offset_debug()).first;
    record.fields.push_back(field_at(id, lines, node.offset_debug()));
    for (std::size_t i = 0; i < values.size(); ++i) {
      if (id_attribute && i == *id_attribute) continue;
      record.fields.push_back(values[i]);
    }
    enterprises.records.push_back(std::move(record));
  }

  // Exchanges: the ends are structural in GraphML, so attributes that would name them go.
  Domain edges = domain_of(keys, domains, "edge", Table::exchanges, map);
  const auto edge_id_attribute = index_of_field(edges, "id");
  if (edge_id_attribute) mark_used(edges.headers[*edge_id_attribute], map, used_map);
  const bool has_quantity =
      std::any_of(edges.headers.begin(), edges.headers.end(),
                  [](const std::string& h) { return match_key(h) == "quantity"; });
  std::vector<bool> keep(edges.headers.size(), true);
  for (std::size_t i = 0; i < edges.headers.size(); ++i) {
    const std::string& f = edges.fields[i];
    if (f == "supplier" || f == "receiver" || (edge_id_attribute && i == *edge_id_attribute))
      keep[i] = false;
    if (has_quantity && match_key(edges.headers[i]) == "amount") keep[i] = false;
  }
  if (!index_of_field(edges, "resource")) {
    for (std::size_t i = 0; i < edges.headers.size(); ++i) {
      const std::string lower = to_lower_ascii(edges.headers[i]);
      if ((lower == "label" || lower == "edge label") && edges.fields[i].empty()) {
        edges.headers[i] = "resource";  // Gephi's label
        break;
      }
    }
  }
  CsvTable exchanges{file, ',', {}};
  {
    CsvRecord header;
    header.line = lines.at(graph.offset_debug()).first;
    for (const char* name : {"id", "supplier", "receiver"})
      header.fields.push_back(
          CsvField{name, header.line, static_cast<int>(header.fields.size()) + 1});
    for (std::size_t i = 0; i < edges.headers.size(); ++i) {
      if (!keep[i]) continue;
      header.fields.push_back(
          CsvField{edges.headers[i], header.line, static_cast<int>(header.fields.size()) + 1});
    }
    exchanges.records.push_back(std::move(header));
  }
  auto end_of = [&](const pugi::xml_node edge, const char* which) {
    const std::string xml_id = edge.attribute(which).as_string();
    const auto it = enterprise_of_node.find(xml_id);
    return field_at(it != enterprise_of_node.end() ? it->second : xml_id, lines,
                    edge.offset_debug());
  };
  // NetworkX writes a multigraph's edge keys as the edge ids, and a key is unique only among
  // the edges of one pair (0, 1, ... for each pair): when ids repeat, every exchange id is
  // "supplier->receiver#key", unique in the file.
  bool ids_per_pair = false;
  {
    std::unordered_map<std::string, int> seen;
    for (const pugi::xml_node edge : graph.children("edge")) {
      const char* id = edge.attribute("id").as_string();
      if (*id != '\0' && ++seen[id] > 1) ids_per_pair = true;
    }
  }
  if (ids_per_pair && !edge_id_attribute) {
    const auto [line, column] = lines.at(graph.offset_debug());
    report.note("graphml-edge-keys", "", SourceLocation{file, line, column},
                "edge ids repeat, as NetworkX writes the keys of a multigraph: each exchange's "
                "id is supplier->receiver#key");
  }
  for (const pugi::xml_node edge : graph.children("edge")) {
    const std::vector<CsvField> values = values_of(edge, edges);
    std::string id = edge.attribute("id").as_string();
    if (ids_per_pair && !id.empty())
      id = end_of(edge, "source").text + "->" + end_of(edge, "target").text + "#" + id;
    if (edge_id_attribute && !trim(values[*edge_id_attribute].text).empty())
      id = std::string(trim(values[*edge_id_attribute].text));
    CsvRecord record;
    record.line = lines.at(edge.offset_debug()).first;
    record.fields.push_back(field_at(id, lines, edge.offset_debug()));
    record.fields.push_back(end_of(edge, "source"));
    record.fields.push_back(end_of(edge, "target"));
    for (std::size_t i = 0; i < values.size(); ++i) {
      if (keep[i]) record.fields.push_back(values[i]);
    }
    exchanges.records.push_back(std::move(record));
  }

  read_enterprises_csv(enterprises, map, park, report, used_map);
  return read_exchanges_csv(exchanges, map, park, report, used_map);
}

}  // namespace symbio::io
