#include "io/number_format.hpp"

#include <cmath>

#include "core/text.hpp"

namespace symbio::io {

std::string format_cell(const std::optional<double>& value, net::ColumnType type) {
  if (!value || !std::isfinite(*value)) return "";
  switch (type) {
    case net::ColumnType::boolean:
      return *value != 0 ? "true" : "false";
    case net::ColumnType::integer:
      return std::to_string(std::llround(*value));
    case net::ColumnType::real:
      return format_double(*value);
  }
  return format_double(*value);
}

}  // namespace symbio::io
