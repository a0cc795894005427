#pragma once

#include <optional>
#include <string>

#include "network/indicator_table.hpp"

namespace symbio::io {

// A cell of an indicator column: empty when undefined, "true"/"false" for booleans, a whole
// number for integers, the shortest text that reads back as the same double for reals.
std::string format_cell(const std::optional<double>& value, net::ColumnType type);

}  // namespace symbio::io
