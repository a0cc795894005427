#include "io/network_formats.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/version.hpp"
#include "io/number_format.hpp"

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
    Element edge;
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

struct Rgb {
  int r, g, b;
};

// A qualitative palette (Tableau 10 plus two greys' neighbours), readable on white.
constexpr Rgb kPalette[] = {{78, 121, 167}, {242, 142, 43},  {225, 87, 89},   {118, 183, 178},
                            {89, 161, 79},  {237, 201, 72},  {176, 122, 161}, {255, 157, 167},
                            {156, 117, 95}, {186, 176, 172}, {31, 119, 180},  {148, 103, 189}};

}  // namespace

std::string network_graphml(const NetworkExport& input) {
  const Model model = build_model(input);
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  // The edge's own id is the XML id attribute; a data key "id" beside it would be read twice
  // (NetworkX and igraph both take the XML id), so edges leave it out.
  auto declare = [&out](const std::vector<Key>& keys, std::string_view kind, char prefix,
                        std::size_t skip) {
    for (std::size_t k = 0; k < keys.size(); ++k) {
      if (k == skip) continue;
      out += "  <key id=\"" + std::string(1, prefix) + std::to_string(k) + "\" for=\"" +
             std::string(kind) + "\" attr.name=\"" + xml_escape(keys[k].name) + "\" attr.type=\"" +
             std::string(xml_type(keys[k].type)) + "\"/>\n";
    }
  };
  constexpr std::size_t kNoSkip = static_cast<std::size_t>(-1);
  declare(model.node_keys, "node", 'n', kNoSkip);
  declare(model.edge_keys, "edge", 'e', 0);
  out += "  <graph id=\"" + xml_escape(input.park->name.empty() ? "park" : input.park->name) +
         "\" edgedefault=\"directed\">\n";
  auto data = [&out](const Element& e, char prefix, std::size_t skip) {
    for (std::size_t k = 0; k < e.values.size(); ++k) {
      if (k == skip || !e.values[k]) continue;
      out += "      <data key=\"" + std::string(1, prefix) + std::to_string(k) + "\">" +
             xml_escape(number_text(*e.values[k])) + "</data>\n";
    }
  };
  for (const Element& node : model.nodes) {
    out += "    <node id=\"" + xml_escape(node.id) + "\">\n";
    data(node, 'n', kNoSkip);
    out += "    </node>\n";
  }
  for (const Element& edge : model.edges) {
    out += "    <edge id=\"" + xml_escape(edge.id) + "\" source=\"" + xml_escape(edge.source) +
           "\" target=\"" + xml_escape(edge.target) + "\">\n";
    data(edge, 'e', 0);
    out += "    </edge>\n";
  }
  out += "  </graph>\n</graphml>\n";
  return out;
}

std::string network_gexf(const NetworkExport& input) {
  const Model model = build_model(input);
  const Park& park = *input.park;
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" "
      "version=\"1.3\">\n"
      "  <meta>\n    <creator>symbio " +
      std::string(kVersion) + "</creator>\n    <description>" + xml_escape(park.name) +
      "</description>\n  </meta>\n"
      "  <graph defaultedgetype=\"directed\" mode=\"static\">\n";
  auto declare = [&out](const std::vector<Key>& keys, std::string_view kind) {
    out += "    <attributes class=\"" + std::string(kind) + "\">\n";
    for (std::size_t k = 0; k < keys.size(); ++k) {
      out += "      <attribute id=\"" + std::to_string(k) + "\" title=\"" +
             xml_escape(keys[k].name) + "\" type=\"" + std::string(xml_type(keys[k].type)) +
             "\"/>\n";
    }
    out += "    </attributes>\n";
  };
  declare(model.node_keys, "node");
  declare(model.edge_keys, "edge");
  auto attvalues = [&out](const Element& e) {
    out += "        <attvalues>\n";
    for (std::size_t k = 0; k < e.values.size(); ++k) {
      if (!e.values[k]) continue;
      out += "          <attvalue for=\"" + std::to_string(k) + "\" value=\"" +
             xml_escape(number_text(*e.values[k])) + "\"/>\n";
    }
    out += "        </attvalues>\n";
  };

  // Colour by sector in order of first appearance, so equal parks give equal colours.
  std::unordered_map<std::string, std::size_t> sector_rank;
  for (const Element& node : model.nodes)
    sector_rank.emplace(node.sector, sector_rank.size());
  std::optional<std::size_t> k_key_score;
  for (std::size_t k = 0; k < model.node_keys.size(); ++k) {
    if (model.node_keys[k].name == "key_score") k_key_score = k;
  }
  out += "    <nodes>\n";
  for (const Element& node : model.nodes) {
    out += "      <node id=\"" + xml_escape(node.id) + "\" label=\"" + xml_escape(node.label) +
           "\">\n";
    attvalues(node);
    const Rgb colour = kPalette[sector_rank.at(node.sector) % std::size(kPalette)];
    double size = 10.0;
    if (k_key_score && node.values[*k_key_score])
      size = 5.0 + 25.0 * node.values[*k_key_score]->number;
    out += "        <viz:color r=\"" + std::to_string(colour.r) + "\" g=\"" +
           std::to_string(colour.g) + "\" b=\"" + std::to_string(colour.b) + "\"/>\n";
    out += "        <viz:size value=\"" + format_cell(size, net::ColumnType::real) + "\"/>\n";
    out += "      </node>\n";
  }
  out += "    </nodes>\n";

  // Amounts of different layers are in different units: thickness is relative to the layer.
  double largest[3] = {0, 0, 0};
  for (const Element& edge : model.edges) {
    if (edge.amount) {
      double& l = largest[static_cast<int>(edge.layer)];
      l = std::max(l, *edge.amount);
    }
  }
  out += "    <edges>\n";
  for (const Element& edge : model.edges) {
    out += "      <edge id=\"" + xml_escape(edge.id) + "\" source=\"" + xml_escape(edge.source) +
           "\" target=\"" + xml_escape(edge.target) + "\" label=\"" + xml_escape(edge.label) +
           "\">\n";
    attvalues(edge);
    const double l = largest[static_cast<int>(edge.layer)];
    const double thickness = edge.amount && l > 0 ? 1.0 + 9.0 * *edge.amount / l : 1.0;
    out += "        <viz:thickness value=\"" + format_cell(thickness, net::ColumnType::real) +
           "\"/>\n";
    out += "      </edge>\n";
  }
  out += "    </edges>\n  </graph>\n</gexf>\n";
  return out;
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
  std::string out = "*Vertices " + std::to_string(model.nodes.size()) + "\n";
  for (std::size_t i = 0; i < model.nodes.size(); ++i) {
    number.emplace(model.nodes[i].id, i + 1);
    out += std::to_string(i + 1) + " " + label(model.nodes[i].id) + "\n";
  }
  const bool weighted =
      !model.edges.empty() && std::all_of(model.edges.begin(), model.edges.end(),
                                          [](const Element& e) { return e.amount.has_value(); });
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
  doc["links"] = std::move(links);
  return doc.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace symbio::io
