#include "io/network_formats.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <numbers>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "core/error.hpp"
#include "core/text.hpp"
#include "core/units.hpp"
#include "core/version.hpp"
#include "io/number_format.hpp"
#include "network/indicator_names.hpp"

namespace symbio::io {

namespace {

// The attribute model shared by the four writers: one table of typed keys per element kind and,
// per element, an optional value for each key.
enum class Type { string, boolean, real, integer };

struct Value {
  Type type = Type::string;
  std::string text;   // string
  double number = 0;  // real, integer (whole), boolean (0/1)
};

struct Key {
  std::string name;
  Type type = Type::string;
};

struct Element {
  std::string what;  // "enterprise 'P1'", "exchange 'x1'": the subject of a message
  std::string id;
  std::string source;  // edges only
  std::string target;
  std::string label;                         // name (nodes), resource (edges)
  std::vector<std::optional<Value>> values;  // parallel to the keys
  std::optional<double> amount;              // edges: for thickness and the Pajek weight
  Layer layer = Layer::material;             // edges
  std::string sector;                        // nodes: for the colour
};

struct Model {
  std::vector<Key> node_keys;
  std::vector<Key> edge_keys;
  std::vector<Element> nodes;
  std::vector<Element> edges;
};

Value text_value(std::string text) {
  return Value{Type::string, std::move(text), 0};
}
Value real_value(double x) {
  return Value{Type::real, {}, x};
}
Value integer_value(double x) {
  return Value{Type::integer, {}, x};
}
Value bool_value(bool b) {
  return Value{Type::boolean, {}, b ? 1.0 : 0.0};
}

Type type_of(net::ColumnType type) {
  switch (type) {
    case net::ColumnType::integer:
      return Type::integer;
    case net::ColumnType::boolean:
      return Type::boolean;
    case net::ColumnType::real:
      break;
  }
  return Type::real;
}

// Own attributes (text columns of the input) get a key after the fixed ones; a name that a fixed
// key or an indicator already has is prefixed, so no key is declared twice.
class KeyTable {
 public:
  explicit KeyTable(std::vector<Key>& keys) : keys_(keys) {}
  std::size_t add(const std::string& name, Type type) {
    std::string unique = name;
    while (index_.count(unique) != 0)
      unique = "attr_" + unique;
    index_.emplace(unique, keys_.size());
    keys_.push_back(Key{unique, type});
    return keys_.size() - 1;
  }
  // The key of an own attribute, added on first use.
  std::size_t own(const std::string& name) {
    if (const auto it = own_.find(name); it != own_.end()) return it->second;
    const std::size_t k = add(name, Type::string);
    own_.emplace(name, k);
    return k;
  }

 private:
  std::vector<Key>& keys_;
  std::unordered_map<std::string, std::size_t> index_;
  std::unordered_map<std::string, std::size_t> own_;
};

void set(Element& e, std::size_t key, Value value) {
  if (e.values.size() <= key) e.values.resize(key + 1);
  e.values[key] = std::move(value);
}

Model build_model(const NetworkExport& input) {
  if (input.park == nullptr) throw std::invalid_argument("NetworkExport needs a park");
  const Park& park = *input.park;
  const net::SymbiosisGraph* graph = input.graph;
  const net::LayerAnalysis* analysis = graph != nullptr ? input.analysis : nullptr;
  Model model;

  KeyTable node_keys(model.node_keys);
  const std::size_t k_name = node_keys.add("name", Type::string);
  const std::size_t k_sector = node_keys.add("sector", Type::string);
  const std::size_t k_role = node_keys.add("role", Type::string);
  const std::size_t k_external = node_keys.add("external", Type::boolean);
  std::vector<std::size_t> k_columns;
  if (analysis != nullptr) {
    for (const net::Column& column : analysis->enterprise_columns)
      k_columns.push_back(node_keys.add(column.name, type_of(column.type)));
  }
  for (const Enterprise& e : park.enterprises) {
    Element node;
    node.what = "enterprise '" + e.id + "'";
    node.id = e.id;
    node.label = e.name;
    node.sector = e.sector;
    set(node, k_name, text_value(e.name));
    if (!e.sector.empty()) set(node, k_sector, text_value(e.sector));
    if (!e.role.empty()) set(node, k_role, text_value(e.role));
    set(node, k_external, bool_value(e.external));
    if (analysis != nullptr) {
      if (const auto v = graph->index_of(e.id)) {
        for (std::size_t c = 0; c < k_columns.size(); ++c) {
          const net::Column& column = analysis->enterprise_columns[c];
          const auto& value = column.values[static_cast<std::size_t>(*v)];
          if (!value) continue;
          set(node, k_columns[c],
              Value{type_of(column.type),
                    {},
                    column.type == net::ColumnType::real
                        ? *value
                        : static_cast<double>(static_cast<std::int64_t>(*value))});
        }
      }
    }
    for (const Attribute& a : e.attributes)
      set(node, node_keys.own(a.key), text_value(a.value));
    model.nodes.push_back(std::move(node));
  }

  // Bridge flags belong to ties of the analysed view; every exchange of a tie shares its flag.
  std::unordered_map<std::size_t, bool> bridge_of_exchange;  // park index -> bridge
  if (analysis != nullptr && graph->has_view(analysis->layer)) {
    const net::LayerView& view = graph->view(analysis->layer);
    for (const std::size_t g : view.exchange_indices()) {
      const net::GraphExchange& x = graph->exchanges()[g];
      const auto tie = view.find_tie(x.supplier, x.receiver);
      if (!tie) continue;
      const auto t = static_cast<std::size_t>(*tie);
      bridge_of_exchange[x.park_index] = t < analysis->bridge.size() && analysis->bridge[t];
    }
  }

  KeyTable edge_keys(model.edge_keys);
  const std::size_t k_id = edge_keys.add("id", Type::string);
  const std::size_t k_resource = edge_keys.add("resource", Type::string);
  const std::size_t k_layer = edge_keys.add("layer", Type::string);
  const std::size_t k_kind = edge_keys.add("kind", Type::string);
  const std::size_t k_status = edge_keys.add("status", Type::string);
  const std::size_t k_quantity = edge_keys.add("quantity", Type::real);
  const std::size_t k_unit = edge_keys.add("unit", Type::string);
  const std::size_t k_amount = edge_keys.add("amount", Type::real);
  const std::size_t k_year = edge_keys.add("year", Type::integer);
  const std::size_t k_bridge =
      analysis != nullptr ? edge_keys.add("bridge", Type::boolean) : std::size_t{0};
  for (std::size_t i = 0; i < park.exchanges.size(); ++i) {
    const Exchange& x = park.exchanges[i];
    if (input.layer && x.layer != *input.layer) continue;
    Element edge;
    edge.what = "exchange '" + x.id + "'";
    edge.id = x.id;
    edge.source = x.supplier;
    edge.target = x.receiver;
    edge.label = x.resource;
    edge.amount = x.amount;
    edge.layer = x.layer;
    set(edge, k_id, text_value(x.id));
    if (!x.resource.empty()) set(edge, k_resource, text_value(x.resource));
    set(edge, k_layer, text_value(std::string(to_string(x.layer))));
    set(edge, k_kind, text_value(std::string(to_string(x.kind))));
    set(edge, k_status, text_value(std::string(to_string(x.status))));
    if (x.quantity) {
      set(edge, k_quantity, real_value(x.quantity->value));
      if (!x.quantity->unit.empty()) set(edge, k_unit, text_value(x.quantity->unit));
    }
    if (x.amount) set(edge, k_amount, real_value(*x.amount));
    if (x.year) set(edge, k_year, integer_value(*x.year));
    if (analysis != nullptr) {
      if (const auto it = bridge_of_exchange.find(i); it != bridge_of_exchange.end())
        set(edge, k_bridge, bool_value(it->second));
    }
    for (const Attribute& a : x.attributes)
      set(edge, edge_keys.own(a.key), text_value(a.value));
    model.edges.push_back(std::move(edge));
  }
  for (Element& e : model.nodes)
    e.values.resize(model.node_keys.size());
  for (Element& e : model.edges)
    e.values.resize(model.edge_keys.size());
  return model;
}

std::string number_text(const Value& v) {
  switch (v.type) {
    case Type::boolean:
      return v.number != 0 ? "true" : "false";
    case Type::integer:
      return std::to_string(static_cast<std::int64_t>(v.number));
    case Type::real:
      return format_cell(v.number, net::ColumnType::real);
    case Type::string:
      break;
  }
  return v.text;
}

// GraphML and GEXF share the attribute type names.
std::string_view xml_type(Type type) {
  switch (type) {
    case Type::boolean:
      return "boolean";
    case Type::real:
      return "double";
    case Type::integer:
      return "long";
    case Type::string:
      break;
  }
  return "string";
}

// The text as a message shows it: control characters as \xHH, so that the terminal shows them.
std::string visible(std::string_view text) {
  std::string out;
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x20) {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\x%02X", c);
      out += buffer;
    } else {
      out += ch;
    }
  }
  return out;
}

// XML 1.0 (section 2.2) admits tab, line feed and carriage return among the C0 controls, and
// excludes U+FFFE and U+FFFF; a character reference to an excluded character is not
// well-formed either, so such text cannot be written at all. `what` names where it came from.
const char* xml_text(const std::string& text, std::string_view format, std::string_view what) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::optional<unsigned> bad;
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') bad = c;
    if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
        (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xBE)
      bad = 0xFFFEu + (static_cast<unsigned char>(text[i + 2]) & 1u);
    if (bad) {
      char code[12];
      std::snprintf(code, sizeof code, "U+%04X", *bad);
      throw DataError(std::string(format) + " cannot carry " + std::string(what) + ": '" +
                      visible(text) + "' holds the character " + code +
                      ", which XML 1.0 forbids even as a character reference; remove it from "
                      "the input");
    }
  }
  return text.c_str();
}

std::string write_document(const pugi::xml_document& doc) {
  std::ostringstream out;
  doc.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
  return out.str();
}

pugi::xml_node xml_root(pugi::xml_document& doc, const char* name) {
  pugi::xml_node declaration = doc.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
  return doc.append_child(name);
}

struct Rgb {
  int r, g, b;
};

// The diagrams' categorical palette (visualization/style.cpp: Okabe-Ito with grey for black,
// then Paul Tol's muted colours), so that Gephi shows the sectors as `symbio render` does.
constexpr Rgb kPalette[] = {{0xE6, 0x9F, 0x00}, {0x56, 0xB4, 0xE9}, {0x00, 0x9E, 0x73},
                            {0xF0, 0xE4, 0x42}, {0x00, 0x72, 0xB2}, {0xD5, 0x5E, 0x00},
                            {0xCC, 0x79, 0xA7}, {0x99, 0x99, 0x99}, {0xCC, 0x66, 0x77},
                            {0x33, 0x22, 0x88}, {0xDD, 0xCC, 0x77}, {0x11, 0x77, 0x33},
                            {0x88, 0xCC, 0xEE}, {0x88, 0x22, 0x55}, {0x44, 0xAA, 0x99},
                            {0x99, 0x99, 0x33}, {0xAA, 0x44, 0x99}};

// Exchange colours by layer, as the diagrams draw them (visualization/style.cpp layer_colour).
Rgb layer_rgb(Layer layer) {
  switch (layer) {
    case Layer::material:
      break;
    case Layer::energy:
      return {0xE6, 0x9F, 0x00};
    case Layer::water:
      return {0x00, 0x72, 0xB2};
  }
  return {0x55, 0x55, 0x55};
}

void set_colour(pugi::xml_node element, Rgb colour) {
  pugi::xml_node c = element.append_child("viz:color");
  c.append_attribute("r") = colour.r;
  c.append_attribute("g") = colour.g;
  c.append_attribute("b") = colour.b;
}

std::string real_text(double x) {
  return format_cell(x, net::ColumnType::real);
}

}  // namespace

std::string network_graphml(const NetworkExport& input) {
  const Model model = build_model(input);
  const Park& park = *input.park;
  constexpr std::string_view kFormat = "GraphML";
  pugi::xml_document doc;
  pugi::xml_node root = xml_root(doc, "graphml");
  root.append_attribute("xmlns") = "http://graphml.graphdrawing.org/xmlns";
  root.append_attribute("xmlns:xsi") = "http://www.w3.org/2001/XMLSchema-instance";
  root.append_attribute("xsi:schemaLocation") =
      "http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";
  // Graph attributes first, as NetworkX writes them; only those the park has.
  const std::pair<const char*, const std::string*> graph_values[] = {
      {"name", &park.name}, {"description", &park.description}, {"source", &park.source}};
  for (std::size_t k = 0; k < std::size(graph_values); ++k) {
    if (graph_values[k].second->empty()) continue;
    pugi::xml_node key = root.append_child("key");
    key.append_attribute("id") = ("g" + std::to_string(k)).c_str();
    key.append_attribute("for") = "graph";
    key.append_attribute("attr.name") = graph_values[k].first;
    key.append_attribute("attr.type") = "string";
  }
  // The edge's own id is the XML id attribute; a data key "id" beside it would be read twice
  // (NetworkX and igraph both take the XML id), so edges leave it out.
  auto declare = [&](const std::vector<Key>& keys, const char* kind, char prefix,
                     std::size_t skip) {
    for (std::size_t k = 0; k < keys.size(); ++k) {
      if (k == skip) continue;
      pugi::xml_node key = root.append_child("key");
      key.append_attribute("id") = (std::string(1, prefix) + std::to_string(k)).c_str();
      key.append_attribute("for") = kind;
      key.append_attribute("attr.name") =
          xml_text(keys[k].name, kFormat, std::string(kind) + " attribute name");
      key.append_attribute("attr.type") = std::string(xml_type(keys[k].type)).c_str();
    }
  };
  constexpr std::size_t kNoSkip = static_cast<std::size_t>(-1);
  declare(model.node_keys, "node", 'n', kNoSkip);
  declare(model.edge_keys, "edge", 'e', 0);
  pugi::xml_node graph = root.append_child("graph");
  graph.append_attribute("id") =
      xml_text(park.name.empty() ? std::string("park") : park.name, kFormat, "the park's name");
  graph.append_attribute("edgedefault") = "directed";
  for (std::size_t k = 0; k < std::size(graph_values); ++k) {
    if (graph_values[k].second->empty()) continue;
    pugi::xml_node data = graph.append_child("data");
    data.append_attribute("key") = ("g" + std::to_string(k)).c_str();
    data.text() = xml_text(*graph_values[k].second, kFormat,
                           std::string("the park's ") + graph_values[k].first);
  }
  auto data = [&](pugi::xml_node element, const Element& e, const std::vector<Key>& keys,
                  char prefix, std::size_t skip) {
    for (std::size_t k = 0; k < e.values.size(); ++k) {
      if (k == skip || !e.values[k]) continue;
      pugi::xml_node d = element.append_child("data");
      d.append_attribute("key") = (std::string(1, prefix) + std::to_string(k)).c_str();
      d.text() = xml_text(number_text(*e.values[k]), kFormat, e.what + "'s " + keys[k].name);
    }
  };
  for (const Element& node : model.nodes) {
    pugi::xml_node element = graph.append_child("node");
    element.append_attribute("id") = xml_text(node.id, kFormat, node.what + "'s id");
    data(element, node, model.node_keys, 'n', kNoSkip);
  }
  for (const Element& edge : model.edges) {
    pugi::xml_node element = graph.append_child("edge");
    element.append_attribute("id") = xml_text(edge.id, kFormat, edge.what + "'s id");
    element.append_attribute("source") = xml_text(edge.source, kFormat, edge.what + "'s supplier");
    element.append_attribute("target") = xml_text(edge.target, kFormat, edge.what + "'s receiver");
    data(element, edge, model.edge_keys, 'e', 0);
  }
  return write_document(doc);
}

std::optional<GexfVersion> parse_gexf_version(std::string_view text) {
  if (text == "1.2" || text == "1.2draft") return GexfVersion::v1_2draft;
  if (text == "1.3") return GexfVersion::v1_3;
  return std::nullopt;
}

std::string network_gexf(const NetworkExport& input, const GexfOptions& options) {
  const Model model = build_model(input);
  const Park& park = *input.park;
  constexpr std::string_view kFormat = "GEXF";
  const bool v13 = options.version == GexfVersion::v1_3;
  const std::string ns = v13 ? "http://gexf.net/1.3" : "http://www.gexf.net/1.2draft";
  pugi::xml_document doc;
  pugi::xml_node root = xml_root(doc, "gexf");
  root.append_attribute("xmlns") = ns.c_str();
  root.append_attribute("xmlns:viz") = (ns + "/viz").c_str();
  root.append_attribute("xmlns:xsi") = "http://www.w3.org/2001/XMLSchema-instance";
  root.append_attribute("xsi:schemaLocation") = (ns + " " + ns + "/gexf.xsd").c_str();
  root.append_attribute("version") = v13 ? "1.3" : "1.2";
  pugi::xml_node meta = root.append_child("meta");
  meta.append_child("creator").text() = ("symbio " + std::string(kVersion)).c_str();
  meta.append_child("description").text() = xml_text(park.name, kFormat, "the park's name");
  pugi::xml_node graph = root.append_child("graph");
  graph.append_attribute("defaultedgetype") = "directed";
  graph.append_attribute("mode") = "static";
  auto declare = [&](const std::vector<Key>& keys, const char* kind) {
    pugi::xml_node attributes = graph.append_child("attributes");
    attributes.append_attribute("class") = kind;
    for (std::size_t k = 0; k < keys.size(); ++k) {
      pugi::xml_node a = attributes.append_child("attribute");
      a.append_attribute("id") = std::to_string(k).c_str();
      a.append_attribute("title") =
          xml_text(keys[k].name, kFormat, std::string(kind) + " attribute name");
      a.append_attribute("type") = std::string(xml_type(keys[k].type)).c_str();
    }
  };
  declare(model.node_keys, "node");
  declare(model.edge_keys, "edge");
  auto attvalues = [&](pugi::xml_node element, const Element& e, const std::vector<Key>& keys) {
    pugi::xml_node values = element.append_child("attvalues");
    for (std::size_t k = 0; k < e.values.size(); ++k) {
      if (!e.values[k]) continue;
      pugi::xml_node v = values.append_child("attvalue");
      v.append_attribute("for") = std::to_string(k).c_str();
      v.append_attribute("value") =
          xml_text(number_text(*e.values[k]), kFormat, e.what + "'s " + keys[k].name);
    }
  };

  // Colour by sector in order of first appearance, so equal parks give equal colours; the
  // circle puts the enterprises of one sector side by side, in that order.
  std::unordered_map<std::string, std::size_t> sector_rank;
  for (const Element& node : model.nodes)
    sector_rank.emplace(node.sector, sector_rank.size());
  std::vector<std::size_t> circle(model.nodes.size());
  for (std::size_t i = 0; i < circle.size(); ++i)
    circle[i] = i;
  std::stable_sort(circle.begin(), circle.end(), [&](std::size_t a, std::size_t b) {
    return sector_rank.at(model.nodes[a].sector) < sector_rank.at(model.nodes[b].sector);
  });
  std::vector<std::size_t> slot(circle.size());
  for (std::size_t s = 0; s < circle.size(); ++s)
    slot[circle[s]] = s;
  const double n = static_cast<double>(model.nodes.size());
  const double radius = std::max(100.0, 20.0 * n / (2.0 * std::numbers::pi));
  std::optional<std::size_t> k_key_score;
  for (std::size_t k = 0; k < model.node_keys.size(); ++k) {
    if (model.node_keys[k].name == net::col::key_score) k_key_score = k;
  }
  pugi::xml_node nodes = graph.append_child("nodes");
  for (std::size_t i = 0; i < model.nodes.size(); ++i) {
    const Element& node = model.nodes[i];
    pugi::xml_node element = nodes.append_child("node");
    element.append_attribute("id") = xml_text(node.id, kFormat, node.what + "'s id");
    element.append_attribute("label") = xml_text(node.label, kFormat, node.what + "'s name");
    attvalues(element, node, model.node_keys);
    set_colour(element, kPalette[sector_rank.at(node.sector) % std::size(kPalette)]);
    double size = 10.0;
    if (k_key_score && node.values[*k_key_score])
      size = 5.0 + 25.0 * node.values[*k_key_score]->number;
    element.append_child("viz:size").append_attribute("value") = real_text(size).c_str();
    const double angle = 2.0 * std::numbers::pi * static_cast<double>(slot[i]) / n;
    // Rounded to a thousandth so that the text does not depend on the last bits of sin/cos.
    auto coordinate = [](double x) {
      const double r = std::round(x * 1000.0) / 1000.0;
      return real_text(r == 0.0 ? 0.0 : r);
    };
    pugi::xml_node position = element.append_child("viz:position");
    position.append_attribute("x") = coordinate(radius * std::cos(angle)).c_str();
    position.append_attribute("y") = coordinate(radius * std::sin(angle)).c_str();
    position.append_attribute("z") = "0";
  }

  // Amounts of different layers are in different units: thickness is relative to the layer.
  double largest[3] = {0, 0, 0};
  for (const Element& edge : model.edges) {
    if (edge.amount) {
      double& l = largest[static_cast<int>(edge.layer)];
      l = std::max(l, *edge.amount);
    }
  }
  pugi::xml_node edges = graph.append_child("edges");
  for (const Element& edge : model.edges) {
    pugi::xml_node element = edges.append_child("edge");
    element.append_attribute("id") = xml_text(edge.id, kFormat, edge.what + "'s id");
    element.append_attribute("source") = xml_text(edge.source, kFormat, edge.what + "'s supplier");
    element.append_attribute("target") = xml_text(edge.target, kFormat, edge.what + "'s receiver");
    element.append_attribute("label") = xml_text(edge.label, kFormat, edge.what + "'s resource");
    if (edge.amount) element.append_attribute("weight") = real_text(*edge.amount).c_str();
    attvalues(element, edge, model.edge_keys);
    set_colour(element, layer_rgb(edge.layer));
    const double l = largest[static_cast<int>(edge.layer)];
    const double thickness = edge.amount && l > 0 ? 1.0 + 9.0 * *edge.amount / l : 1.0;
    element.append_child("viz:thickness").append_attribute("value") = real_text(thickness).c_str();
  }
  return write_document(doc);
}

namespace {

// The layer every written exchange belongs to, when there is exactly one.
std::optional<Layer> single_layer(const Model& model) {
  if (model.edges.empty()) return std::nullopt;
  const Layer layer = model.edges.front().layer;
  for (const Element& e : model.edges) {
    if (e.layer != layer) return std::nullopt;
  }
  return layer;
}

std::string unweighted_reason(const Model& model) {
  if (model.edges.empty()) return "";
  if (!single_layer(model)) {
    return "the exchanges are of several layers, whose quantities have different units (t/a, "
           "GJ/a, m3/a): the Pajek arcs are written without weights (--layer material, energy "
           "or water writes one layer with its weights)";
  }
  const auto missing = std::count_if(model.edges.begin(), model.edges.end(),
                                     [](const Element& e) { return !e.amount.has_value(); });
  if (missing == 0) return "";
  return std::to_string(missing) + " of " + std::to_string(model.edges.size()) +
         " exchanges have no quantity and Pajek has no missing weight: the arcs are written "
         "without weights";
}

}  // namespace

std::string pajek_unweighted_reason(const NetworkExport& input) {
  return unweighted_reason(build_model(input));
}

std::string network_pajek(const NetworkExport& input) {
  const Model model = build_model(input);
  std::unordered_map<std::string, std::size_t> number;
  // Pajek labels cannot escape a double quote; a single one keeps the label readable.
  auto label = [](std::string text) {
    std::replace(text.begin(), text.end(), '"', '\'');
    std::replace(text.begin(), text.end(), '\n', ' ');
    return "\"" + text + "\"";
  };
  const bool weighted = unweighted_reason(model).empty() && !model.edges.empty();
  std::string out;
  if (weighted) {
    // Pajek, igraph and NetworkX skip lines starting with '%'.
    out += "% weight: amount in " + std::string(canonical_unit(model.edges.front().layer)) + " (" +
           std::string(to_string(model.edges.front().layer)) + ")\n";
  }
  out += "*Vertices " + std::to_string(model.nodes.size()) + "\n";
  for (std::size_t i = 0; i < model.nodes.size(); ++i) {
    number.emplace(model.nodes[i].id, i + 1);
    out += std::to_string(i + 1) + " " + label(model.nodes[i].id) + "\n";
  }
  out += "*Arcs\n";
  for (const Element& edge : model.edges) {
    const auto s = number.find(edge.source);
    const auto t = number.find(edge.target);
    if (s == number.end() || t == number.end()) continue;  // unknown enterprise: no vertex
    out += std::to_string(s->second) + " " + std::to_string(t->second);
    if (weighted) out += " " + format_cell(*edge.amount, net::ColumnType::real);
    out += "\n";
  }
  return out;
}

std::string network_nodelink_json(const NetworkExport& input) {
  const Model model = build_model(input);
  const Park& park = *input.park;
  using nlohmann::ordered_json;
  auto json_of = [](const Value& v) -> ordered_json {
    switch (v.type) {
      case Type::boolean:
        return v.number != 0;
      case Type::integer:
        return static_cast<std::int64_t>(v.number);
      case Type::real:
        return v.number;
      case Type::string:
        break;
    }
    return v.text;
  };
  ordered_json doc;
  doc["directed"] = true;
  doc["multigraph"] = true;
  ordered_json graph = ordered_json::object();
  graph["name"] = park.name;
  if (!park.description.empty()) graph["description"] = park.description;
  if (!park.source.empty()) graph["source"] = park.source;
  doc["graph"] = graph;
  ordered_json nodes = ordered_json::array();
  for (const Element& node : model.nodes) {
    ordered_json n;
    n["id"] = node.id;
    for (std::size_t k = 0; k < node.values.size(); ++k) {
      if (node.values[k]) n[model.node_keys[k].name] = json_of(*node.values[k]);
    }
    nodes.push_back(std::move(n));
  }
  doc["nodes"] = std::move(nodes);
  ordered_json links = ordered_json::array();
  for (const Element& edge : model.edges) {
    ordered_json l;
    l["source"] = edge.source;
    l["target"] = edge.target;
    l["key"] = edge.id;  // the multigraph's edge key, as networkx.node_link_graph reads it
    for (std::size_t k = 0; k < edge.values.size(); ++k) {
      if (edge.values[k]) l[model.edge_keys[k].name] = json_of(*edge.values[k]);
    }
    links.push_back(std::move(l));
  }
  doc["edges"] = links;
  doc["links"] = std::move(links);
  return doc.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace symbio::io
