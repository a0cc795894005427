#pragma once

#include <string>

#include "core/park.hpp"
#include "core/validation.hpp"

// Forward declaration only: the generated header stays inside io's .cpp files (README.md,
// Module map), and this header is private to io.
namespace symbio::v1 {
class Park;
}

namespace symbio::io::detail {

// The model as written: every field of Park; layer, kind and status as they are (write a
// finalized park, so that inferred layers are written as resolved), status existing explicitly,
// amount when known.
void to_proto(const Park& park, symbio::v1::Park& message);

// The model as read: unspecified layer/kind set *_inferred; unspecified status is existing;
// `amount` is ignored (finalize_park() recomputes it). An enum value the schema does not know is
// "bad-enum", an unspecified declaration direction "unknown-direction", both with the subject
// "exchanges[i]"/"declarations[i]" (0-based). Origins are the file with line 0 (no lines).
Park from_proto(const symbio::v1::Park& message, const std::string& file, ValidationReport& report);

}  // namespace symbio::io::detail
