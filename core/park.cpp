#include "core/park.hpp"

#include "core/text.hpp"

namespace symbio {

SourceLocation Origin::at(std::string_view field) const {
  for (const auto& [name, column] : columns) {
    if (name == field) return SourceLocation{file, line, column};
  }
  return SourceLocation{file, line, 0};
}

std::string_view to_string(Direction direction) {
  return direction == Direction::output ? "output" : "need";
}

std::optional<Direction> parse_direction(std::string_view text) {
  const std::string key = match_key(text);
  if (key == "output" || key == "outputs" || key == "supply" || key == "产出" || key == "输出" ||
      key == "排放") {
    return Direction::output;
  }
  if (key == "need" || key == "needs" || key == "input" || key == "demand" || key == "需求" ||
      key == "输入") {
    return Direction::need;
  }
  return std::nullopt;
}

std::optional<std::size_t> find_enterprise(const Park& park, std::string_view id) {
  for (std::size_t i = 0; i < park.enterprises.size(); ++i) {
    if (park.enterprises[i].id == id) return i;
  }
  return std::nullopt;
}

}  // namespace symbio
