#pragma once

#include <string>

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
};

// Every writer puts out one node per enterprise of the park (in park order, id = enterprise id)
// and one directed edge per exchange (in park order; parallel exchanges stay separate edges, so
// the graph is a directed multigraph). Node attributes: name, sector, role, external, the
// enterprise's own attributes (as text), then the indicators (numbers; undefined values are left
// out of that node). Edge attributes: id, resource, layer, kind, status, quantity, unit, amount
// (canonical unit), year, the exchange's own attributes, bridge. Absent values are left out of
// that element. Output is deterministic. Throws std::invalid_argument when `park` is null.

// GraphML (http://graphml.graphdrawing.org/) with typed keys: attr.type string, boolean,
// double, int; every key declared once with the type of its values (an own attribute is a
// string). Readable by Gephi, yEd, NetworkX read_graphml and igraph Read_GraphML.
std::string network_graphml(const NetworkExport& input);

// GEXF 1.3 with the viz module: colour by sector (a fixed palette in order of first
// appearance), size by key_score (5 + 25 key_score; 10 without it), edge thickness by amount
// (1 + 9 amount / largest amount of the same layer; 1 without amount). Attributes as above in
// <attributes class="node|edge">. Gephi opens it styled.
std::string network_gexf(const NetworkExport& input);

// Pajek .net: *Vertices with quoted enterprise ids as labels, *Arcs "supplier receiver [amount]"
// (1-based); the amount column only when every exchange has one (Pajek has no missing weight).
// Attributes other than the label and weight do not fit the format.
std::string network_pajek(const NetworkExport& input);

// NetworkX node-link JSON (networkx.node_link_graph): {"directed": true, "multigraph": true,
// "graph": {name, description, source}, "nodes": [{"id", ...}], "links": [{"source",
// "target", "key" (the exchange id), ...}]}. Undefined indicators are left out.
std::string network_nodelink_json(const NetworkExport& input);

}  // namespace symbio::io
