#include "io/graphml_reader.hpp"

#include <algorithm>
#include <optional>
#include <unordered_map>

#include <pugixml.hpp>

#include "core/text.hpp"
#include "io/column_aliases.hpp"
#include "io/csv_park_reader.hpp"
#include "io/csv_table.hpp"

namespace symbio::io {

namespace {

// Line and column of a byte offset; built once so that locating every element stays O(log n).
class LineIndex {
 public:
  explicit LineIndex(std::string_view text) {
    starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') starts_.push_back(i + 1);
    }
  }
  std::pair<int, int> at(std::ptrdiff_t offset) const {
    const auto o = static_cast<std::size_t>(std::max<std::ptrdiff_t>(offset, 0));
    const auto it = std::upper_bound(starts_.begin(), starts_.end(), o) - 1;
    return {static_cast<int>(it - starts_.begin()) + 1, static_cast<int>(o - *it) + 1};
  }

 private:
  std::vector<std::size_t> starts_;
};

struct KeyInfo {
  std::string name;
  std::optional<std::string> default_value;
};

// The field an attribute name stands for in `table`, as resolve_columns() would decide it: a
// --map entry first, then the field's name or an alias; "" for a plain attribute.
std::string field_of(Table table, const std::string& name, const ColumnMap& map) {
  const std::string key = match_key(name);
  for (const auto& [column, field] : map) {
    if (match_key(column) != key) continue;
    if (match_key(field) == "attribute") return "attribute";
    return std::string(find_field(table, field));
  }
  return std::string(match_header(table, name).field);
}

void mark_used(const std::string& name, const ColumnMap& map, std::vector<bool>* used) {
  if (used == nullptr) return;
  for (std::size_t m = 0; m < map.size() && m < used->size(); ++m) {
    if (match_key(map[m].first) == match_key(name)) (*used)[m] = true;
  }
}

CsvField field_at(std::string text, const LineIndex& lines, std::ptrdiff_t offset) {
  const auto [line, column] = lines.at(offset);
  return CsvField{std::move(text), line, column};
}

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
  if (text.size() > max_bytes) {
    report.error("bad-graphml", "", SourceLocation{file, 0, 0},
                 "GraphML file of " + std::to_string(text.size()) + " bytes exceeds the limit of " +
                     std::to_string(max_bytes) + " bytes");
    return false;
  }
  const LineIndex lines(text);
  pugi::xml_document doc;
  const pugi::xml_parse_result parsed = doc.load_buffer(
      text.data(), text.size(), pugi::parse_default | pugi::parse_doctype, pugi::encoding_utf8);
  if (!parsed) {
    const auto [line, column] = lines.at(parsed.offset);
    report.error("bad-graphml", "", SourceLocation{file, line, column},
                 std::string("not well-formed XML: ") + parsed.description());
    return false;
  }
  // pugixml expands no declared entity, so an entity bomb cannot exhaust memory here, but the
  // references would stay in the names as literal "&lol;" text: refuse the DTD outright.
  for (const pugi::xml_node child : doc.children()) {
    if (child.type() == pugi::node_doctype &&
        std::string_view(child.value()).find("<!ENTITY") != std::string_view::npos) {
      const auto [line, column] = lines.at(child.offset_debug());
      report.error("bad-graphml", "", SourceLocation{file, line, column},
                   "the document type declaration declares entities; symbio does not expand "
                   "XML entities (remove the <!DOCTYPE ...> block)");
      return false;
    }
  }
  const pugi::xml_node root = doc.child("graphml");
  const pugi::xml_node graph = root.child("graph");
  if (!root || !graph) {
    report.error("bad-graphml", "", SourceLocation{file, 0, 0},
                 root ? "the GraphML document has no <graph>" : "not GraphML: no <graphml> root");
    return false;
  }
  if (std::string_view(graph.attribute("edgedefault").as_string("directed")) == "undirected") {
    const auto [line, column] = lines.at(graph.offset_debug());
    report.warning("undirected-graphml", "", SourceLocation{file, line, column},
                   "the graph is undirected: each edge is read as an exchange from its source "
                   "to its target");
  }

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
  for (const pugi::xml_node edge : graph.children("edge")) {
    const std::vector<CsvField> values = values_of(edge, edges);
    std::string id = edge.attribute("id").as_string();
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
