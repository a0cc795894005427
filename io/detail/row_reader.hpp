#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/csv.hpp"
#include "core/park.hpp"
#include "core/validation.hpp"
#include "io/column_layout.hpp"

namespace symbio::io::detail {

// Reads the cells of one data record by field name, reporting problems at their cells.
// Cell texts are trimmed; a record shorter than the header reads its missing cells as empty.
class RowReader {
 public:
  // `decimal_comma`: quantities are written "35,5" (a ';'-delimited file; text.hpp
  // parse_number_decimal_comma()).
  RowReader(const CsvRecord& record, const CsvRecord& header, const ColumnLayout& layout,
            const std::string& file, ValidationReport& report, bool decimal_comma = false);

  // The trimmed text of the field's cell; empty when there is no such column or cell.
  std::string text(std::string_view field) const;
  bool has_column(std::string_view field) const { return layout_.index_of(field).has_value(); }
  // The place of the field's cell, or of the record (column 0) when it has none.
  SourceLocation where(std::string_view field) const;
  // File, record line and the column of every field the layout has.
  Origin origin() const;
  // The non-empty attribute cells, in column order (empty ones are not kept, so that a written
  // and re-read park has the same attributes).
  std::vector<Attribute> attributes() const;

  // "field-count" error when the record has non-empty fields past the header's width (extra
  // empty ones, as spreadsheets leave them, are ignored). False on error.
  bool check_width(std::string_view subject);

  // The quantity and unit cells: nullopt when the quantity is empty (a unit alone is the warning
  // "unit-without-quantity"). A quantity cell "200000 t/a" or "20万吨/年" is split into number
  // and unit when the unit cell is empty. Anything else not a finite number is "bad-quantity";
  // with decimal commas, a point-grouped "1.200" is "ambiguous-number" (1.2 or 1200?).
  std::optional<Quantity> quantity(std::string_view subject);
  // Nullopt when empty; a cell that is not a whole number is "bad-year".
  std::optional<int> year(std::string_view subject);

 private:
  const CsvField* cell(std::string_view field) const;

  const CsvRecord& record_;
  const CsvRecord& header_;
  const ColumnLayout& layout_;
  const std::string& file_;
  ValidationReport& report_;
  bool decimal_comma_;
};

}  // namespace symbio::io::detail
