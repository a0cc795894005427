#include "core/types.hpp"

#include <string>
#include <utility>

#include "core/text.hpp"

namespace symbio {

std::string_view to_string(Layer layer) {
  switch (layer) {
    case Layer::material:
      return "material";
    case Layer::energy:
      return "energy";
    case Layer::water:
      return "water";
  }
  return "material";
}

std::string_view to_string(Kind kind) {
  switch (kind) {
    case Kind::product:
      return "product";
    case Kind::byproduct:
      return "byproduct";
    case Kind::waste:
      return "waste";
    case Kind::utility:
      return "utility";
  }
  return "product";
}

std::string_view to_string(Status status) {
  switch (status) {
    case Status::existing:
      return "existing";
    case Status::planned:
      return "planned";
    case Status::potential:
      return "potential";
  }
  return "existing";
}

std::string_view to_chinese(Layer layer) {
  switch (layer) {
    case Layer::material:
      return "物质";
    case Layer::energy:
      return "能量";
    case Layer::water:
      return "水";
  }
  return "物质";
}

std::string_view to_chinese(Kind kind) {
  switch (kind) {
    case Kind::product:
      return "产品";
    case Kind::byproduct:
      return "副产品";
    case Kind::waste:
      return "废物";
    case Kind::utility:
      return "公用工程";
  }
  return "产品";
}

std::string_view to_chinese(Status status) {
  switch (status) {
    case Status::existing:
      return "现有";
    case Status::planned:
      return "规划";
    case Status::potential:
      return "潜在";
  }
  return "现有";
}

namespace {

template <typename T, std::size_t N>
std::optional<T> lookup(std::string_view text,
                        const std::array<std::pair<std::string_view, T>, N>& table) {
  const std::string key = match_key(text);
  for (const auto& [word, value] : table) {
    if (key == word) return value;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Layer> parse_layer(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, Layer>, 11> kTable = {{
      {"material", Layer::material},
      {"materials", Layer::material},
      {"物质", Layer::material},
      {"物料", Layer::material},
      {"材料", Layer::material},
      {"energy", Layer::energy},
      {"能量", Layer::energy},
      {"能源", Layer::energy},
      {"water", Layer::water},
      {"水", Layer::water},
      {"水资源", Layer::water},
  }};
  return lookup(text, kTable);
}

std::optional<Kind> parse_kind(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, Kind>, 18> kTable = {{
      {"product", Kind::product},
      {"products", Kind::product},
      {"产品", Kind::product},
      {"byproduct", Kind::byproduct},
      {"by product", Kind::byproduct},
      {"byproducts", Kind::byproduct},
      {"by products", Kind::byproduct},
      {"副产品", Kind::byproduct},
      {"副产物", Kind::byproduct},
      {"waste", Kind::waste},
      {"wastes", Kind::waste},
      {"废物", Kind::waste},
      {"废弃物", Kind::waste},
      {"utility", Kind::utility},
      {"utilities", Kind::utility},
      {"utility sharing", Kind::utility},
      {"公用工程", Kind::utility},
      {"公用设施共享", Kind::utility},
  }};
  return lookup(text, kTable);
}

std::optional<Status> parse_status(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, Status>, 9> kTable = {{
      {"existing", Status::existing},
      {"现有", Status::existing},
      {"已有", Status::existing},
      {"planned", Status::planned},
      {"规划", Status::planned},
      {"计划", Status::planned},
      {"potential", Status::potential},
      {"潜在", Status::potential},
      {"可能", Status::potential},
  }};
  return lookup(text, kTable);
}

std::optional<bool> parse_bool(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, bool>, 12> kTable = {{
      {"true", true},
      {"yes", true},
      {"y", true},
      {"1", true},
      {"是", true},
      {"外部", true},
      {"false", false},
      {"no", false},
      {"n", false},
      {"0", false},
      {"否", false},
      {"内部", false},
  }};
  return lookup(text, kTable);
}

}  // namespace symbio
