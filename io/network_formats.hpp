#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/park.hpp"
#include "network/graph.hpp"
#include "network/indicator_table.hpp"

namespace symbio::io {

// What the writers of other tools' graph formats get: the park, and optionally the graph and the
// analysis of one of its views (normally `all`), whose enterprise columns become node
// attributes and whose bridge flags become the edge attribute `bridge` of the exchanges of the
// view's ties.
struct NetworkExport {
  const Park* park = nullptr;
  const net::SymbiosisGraph* graph = nullptr;    // needed for the indicators
  const net::LayerAnalysis* analysis = nullptr;  // nullptr: the park only
  // Only the exchanges of this layer are written (every enterprise still is); the analysis
  // should then be of the layer's view. nullopt: every exchange.
  std::optional<Layer> layer;
};

// Every writer puts out one node per enterprise of the park (in park order, id = enterprise id)
// and one directed edge per exchange (in park order; parallel exchanges stay separate edges, so
// the graph is a directed multigraph). Node attributes: name, sector, role, external, the
// enterprise's own attributes (as text), then the indicators (numbers; undefined values are left
// out of that node). Edge attributes: id, resource, layer, kind, status, quantity, unit, amount
// (canonical unit), year, the exchange's own attributes, bridge. Absent values are left out of
// that element. Output is deterministic. Throws std::invalid_argument when `park` is null.
//
// XML 1.0 cannot carry the control characters U+0001..U+001F other than tab, line feed and
// carriage return, nor U+FFFE and U+FFFF, not even as character references: the GraphML and
// GEXF writers refuse text holding one with a DataError that names the enterprise or exchange
// and the character, rather than drop it or write a file other tools refuse.

// GraphML (http://graphml.graphdrawing.org/) with typed keys: attr.type string, boolean,
// double, long; every key declared once with the type of its values (an own attribute is a
// string). The park's name, description and source are graph attributes (keys for="graph"),
// as NetworkX and igraph write graph attributes, and the name is also the graph's XML id.
// Readable by Gephi, yEd, NetworkX read_graphml and igraph Read_GraphML.
std::string network_graphml(const NetworkExport& input);

// GEXF versions: 1.2draft is what Gephi writes and every NetworkX reads (2.8 knows no other
// besides 1.1draft); 1.3 is read by Gephi 0.9.3+ and NetworkX 3.x. The two files differ only in
// their namespaces and version attribute.
enum class GexfVersion { v1_2draft, v1_3 };
// "1.2", "1.2draft", "1.3"; nullopt otherwise.
std::optional<GexfVersion> parse_gexf_version(std::string_view text);

struct GexfOptions {
  GexfVersion version = GexfVersion::v1_2draft;
};

// GEXF with the viz module:
// - nodes: label = name; viz:color by sector (the diagrams' categorical palette in order of first
//   appearance); viz:size by key_score (5 + 25 key_score; 10 without it); viz:position on a
//   circle, enterprises of one sector side by side in park order (a deterministic start for
//   Gephi's own layouts: radius max(100, 20 n / 2 pi), first enterprise at angle 0, counter-
//   clockwise);
// - edges: label = resource; weight = amount (the canonical unit of the exchange's layer; left
//   out without one, which GEXF reads as 1); viz:color by layer as in the diagrams (material
//   #555555, energy #E69F00, water #0072B2); viz:thickness by amount (1 + 9 amount / largest
//   amount of the same layer; 1 without amount).
// Attributes as above in <attributes class="node|edge">. Gephi opens it styled.
std::string network_gexf(const NetworkExport& input, const GexfOptions& options = {});

// Pajek .net: *Vertices with quoted enterprise ids as labels, *Arcs "supplier receiver [weight]"
// (1-based). A Pajek file has one weight column, so it carries weights only when they share a
// unit: when every exchange written is of one layer (`layer`, or a park of one layer) and has an
// amount (Pajek has no missing weight); the weight is then the amount in the layer's canonical
// unit, named in a leading `%` comment. Otherwise the arcs are unweighted and
// pajek_unweighted_reason() says why. Attributes other than the label and weight do not fit.
std::string network_pajek(const NetworkExport& input);
// Why network_pajek leaves the weights out ("" when it writes them, or when nothing is written).
std::string pajek_unweighted_reason(const NetworkExport& input);

// NetworkX node-link JSON: {"directed": true, "multigraph": true, "graph": {name, description,
// source}, "nodes": [{"id", ...}], "edges": [{"source", "target", "key" (the exchange id),
// ...}], "links": [the same]}. The edge list is written under both names: NetworkX 3.4 and
// later read "edges" by default (node_link_graph(data)), earlier versions "links"; each reads
// its own and ignores the other. Undefined indicators are left out.
std::string network_nodelink_json(const NetworkExport& input);

}  // namespace symbio::io
