#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "network/cascade.hpp"

// Helpers shared by the cascade models (cascade.cpp, load_cascade.cpp). Not part of the API.
namespace symbio::net::detail {

inline std::size_t slot_of(Vertex v, Layer layer) {
  return 3 * static_cast<std::size_t>(v) + static_cast<std::size_t>(layer);
}

// Inbound amounts per (enterprise, layer), summed in exchange order, and the number of inbound
// exchanges without a quantity; lost() adds them over failed enterprises in index order, so
// every model and the reference give the same bits.
class InboundFlow {
 public:
  explicit InboundFlow(const SymbiosisGraph& graph);
  std::array<LostFlow, 3> lost(std::span<const Vertex> failed_sorted) const;

 private:
  std::vector<double> known_;
  std::vector<std::int64_t> missing_;
};

void check_triggers(const SymbiosisGraph& graph, std::span<const Vertex> triggers);
std::vector<Vertex> sorted_unique(std::span<const Vertex> triggers);
std::optional<double> impact_of(std::int64_t failed, std::int64_t triggers, Vertex n);
std::vector<std::optional<double>> vulnerability_of(std::span<const std::int64_t> hits, Vertex n);
int thread_count(int requested);

}  // namespace symbio::net::detail
