#include "network/brokerage.hpp"

#include <algorithm>
#include <string>

#include "core/error.hpp"

namespace symbio::net {

Brokerage compute_brokerage(const LayerView& view, const std::vector<std::string>& group) {
  const auto n = static_cast<std::size_t>(view.n());
  if (group.size() != n) {
    throw OptionError("brokerage needs one group per enterprise: " + std::to_string(group.size()) +
                      " groups for " + std::to_string(n) + " enterprises");
  }
  // Groups compared as exact strings. An empty sector is not "unknown": all enterprises with
  // an empty sector form one group named "" (so two of them count as the same group), as
  // UCINET does with a blank partition value.
  std::vector<std::string> names(group);
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  std::vector<std::size_t> g(n);
  for (std::size_t v = 0; v < n; ++v) {
    g[v] = static_cast<std::size_t>(std::lower_bound(names.begin(), names.end(), group[v]) -
                                    names.begin());
  }

  Brokerage result;
  result.coordinator.assign(n, 0);
  result.itinerant.assign(n, 0);
  result.representative.assign(n, 0);
  result.gatekeeper.assign(n, 0);
  result.liaison.assign(n, 0);
  for (std::size_t i = 0; i < n; ++i) {
    const auto suppliers = view.in(static_cast<Vertex>(i));
    const auto receivers = view.out(static_cast<Vertex>(i));
    for (const Vertex a : suppliers) {
      const auto a_out = view.out(a);
      const auto ga = g[static_cast<std::size_t>(a)];
      for (const Vertex b : receivers) {
        // An open two-path a -> i -> b: a != b (a reciprocal tie is no brokerage) and no
        // direct tie a -> b (a tie b -> a does not close it: the direction matters).
        if (a == b || std::binary_search(a_out.begin(), a_out.end(), b)) continue;
        const auto gb = g[static_cast<std::size_t>(b)];
        const auto gi = g[i];
        if (ga == gi && gb == gi) {
          ++result.coordinator[i];
        } else if (ga == gb) {
          ++result.itinerant[i];
        } else if (ga == gi) {
          ++result.representative[i];
        } else if (gb == gi) {
          ++result.gatekeeper[i];
        } else {
          ++result.liaison[i];
        }
      }
    }
  }
  return result;
}

}  // namespace symbio::net
