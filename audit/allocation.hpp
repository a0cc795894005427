#pragma once

#include <vector>

#include "audit/finding.hpp"
#include "core/catalogue.hpp"
#include "core/park.hpp"

namespace symbio::audit {

// The optimal allocation of the park's declared unused outputs to its declared needs
// (docs/methods.md#audit-focus-and-options): a minimum-cost flow from outputs to
// needs of the same resource (cost 1 per unit) or of a catalogue substitute (cost 2), capacities
// the declared quantities, maximising the quantity moved. Each allocated pair is one
// PotentialExchange whose `quantity` is the quantity moved (canonical unit of the layer) and
// whose `match` is "same-resource" or "substitute"; no output is promised twice. Deterministic
// (ties broken by declaration order). Ranked by quantity, largest first.
std::vector<PotentialExchange> allocate_declared(const Park& park,
                                                 const ResourceCatalogue& catalogue);

}  // namespace symbio::audit
