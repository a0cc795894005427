#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "network/graph.hpp"

namespace symbio::net {

// How a column's numbers are printed: reals round-trip, integers without a fraction, booleans
// as true/false. An absent value (std::nullopt) is undefined and printed as an empty cell.
enum class ColumnType { real, integer, boolean };

// One enterprise indicator over all n enterprises of a view, with its convention stated for
// the output's metadata (docs/methods.md: every column says how it was computed).
struct Column {
  std::string name;  // the column name of docs/methods.md#enterprise-indicators
  ColumnType type = ColumnType::real;
  std::string convention;
  std::vector<std::optional<double>> values;  // indexed by Vertex
};

// One park indicator (docs/methods.md#park-indicators): a number, or a text (typology).
struct ParkField {
  std::string name;
  std::optional<double> value;
  std::string text;  // set instead of value for text fields
  ColumnType type = ColumnType::real;
  std::string convention;
};

// Everything computed on one view.
struct LayerAnalysis {
  ViewLayer layer = ViewLayer::all;
  std::vector<Column> enterprise_columns;
  std::vector<ParkField> park_fields;
  std::vector<bool> bridge;           // per tie of the view (LayerView::ties() order)
  std::vector<std::string> warnings;  // e.g. why weighted columns are empty

  const Column* column(std::string_view name) const;
  const ParkField* park_field(std::string_view name) const;
};

}  // namespace symbio::net
