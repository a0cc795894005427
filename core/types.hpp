#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace symbio {

// The three layers of an industrial-symbiosis network (docs/methods.md#park-model). Quantities of
// different layers are never added together.
enum class Layer { material, energy, water };
inline constexpr std::array<Layer, 3> kLayers = {Layer::material, Layer::energy, Layer::water};

// What an exchange is for the supplier.
enum class Kind { product, byproduct, waste, utility };
inline constexpr std::array<Kind, 4> kKinds = {Kind::product, Kind::byproduct, Kind::waste,
                                               Kind::utility};

// Only existing exchanges enter the metrics unless a scenario asks for more.
enum class Status { existing, planned, potential };
inline constexpr std::array<Status, 3> kStatuses = {Status::existing, Status::planned,
                                                    Status::potential};

std::string_view to_string(Layer layer);
std::string_view to_string(Kind kind);
std::string_view to_string(Status status);

// Chinese labels for reports ("物质", "副产品", ...).
std::string_view to_chinese(Layer layer);
std::string_view to_chinese(Kind kind);
std::string_view to_chinese(Status status);

// Parsers accept the canonical English word, common variants and Chinese ("energy", "Energy",
// "能量", "能源"; "By-product", "byproduct", "副产品"; "Utility sharing", "公用工程"), case- and
// width-insensitively. Nullopt for anything else.
std::optional<Layer> parse_layer(std::string_view text);
std::optional<Kind> parse_kind(std::string_view text);
std::optional<Status> parse_status(std::string_view text);

// Reads "true/false", "yes/no", "1/0", "是/否", "y/n" (for the `external` column).
std::optional<bool> parse_bool(std::string_view text);

}  // namespace symbio
