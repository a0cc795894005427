#include "io/detail/xml_table.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace symbio::io::detail {

LineIndex::LineIndex(std::string_view text) {
  starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') starts_.push_back(i + 1);
  }
}

std::pair<int, int> LineIndex::at(std::ptrdiff_t offset) const {
  const auto o = static_cast<std::size_t>(std::max<std::ptrdiff_t>(offset, 0));
  const auto it = std::upper_bound(starts_.begin(), starts_.end(), o) - 1;
  return {static_cast<int>(it - starts_.begin()) + 1, static_cast<int>(o - *it) + 1};
}

bool parse_xml(std::string_view text, const std::string& file, const LineIndex& lines,
               const std::string& code, pugi::xml_document& doc, ValidationReport& report) {
  const pugi::xml_parse_result parsed = doc.load_buffer(
      text.data(), text.size(), pugi::parse_default | pugi::parse_doctype, pugi::encoding_utf8);
  if (!parsed) {
    const auto [line, column] = lines.at(parsed.offset);
    report.error(code, "", SourceLocation{file, line, column},
                 std::string("not well-formed XML: ") + parsed.description());
    return false;
  }
  for (const pugi::xml_node child : doc.children()) {
    if (child.type() == pugi::node_doctype &&
        std::string_view(child.value()).find("<!ENTITY") != std::string_view::npos) {
      const auto [line, column] = lines.at(child.offset_debug());
      report.error(code, "", SourceLocation{file, line, column},
                   "the document type declaration declares entities; symbio does not expand "
                   "XML entities (remove the <!DOCTYPE ...> block)");
      return false;
    }
  }
  return true;
}

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

pugi::xml_node open_graph(std::string_view text, const std::string& file, const LineIndex& lines,
                          const GraphFormat& format, std::size_t max_bytes, pugi::xml_document& doc,
                          ValidationReport& report) {
  const std::string code = std::string("bad-") + format.root;
  if (text.size() > max_bytes) {
    report.error(code, "", SourceLocation{file, 0, 0},
                 std::string(format.name) + " file of " + std::to_string(text.size()) +
                     " bytes exceeds the limit of " + std::to_string(max_bytes) + " bytes");
    return {};
  }
  if (!parse_xml(text, file, lines, code, doc, report)) return {};
  const pugi::xml_node root = doc.child(format.root);
  const pugi::xml_node graph = root.child("graph");
  if (!root || !graph) {
    report.error(code, "", SourceLocation{file, 0, 0},
                 root ? std::string("the ") + format.name + " document has no <graph>"
                      : std::string("not ") + format.name + ": no <" + format.root + "> root");
    return {};
  }
  if (std::string_view(graph.attribute(format.edge_type).as_string(format.default_edge_type)) ==
      "undirected") {
    const auto [line, column] = lines.at(graph.offset_debug());
    report.warning(std::string("undirected-") + format.root, "", SourceLocation{file, line, column},
                   "the graph is undirected: each edge is read as an exchange from its source "
                   "to its target");
  }
  return graph;
}

}  // namespace symbio::io::detail
