#include "network/vertex_lookup.hpp"

#include "core/error.hpp"

namespace symbio::net {

std::vector<Vertex> vertices_of(const SymbiosisGraph& graph, std::span<const std::string> ids) {
  std::vector<Vertex> out;
  out.reserve(ids.size());
  for (const std::string& id : ids) {
    const auto v = graph.index_of(id);
    if (!v) throw OptionError("unknown enterprise '" + id + "'");
    out.push_back(*v);
  }
  return out;
}

}  // namespace symbio::net
