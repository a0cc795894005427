#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/csv.hpp"
#include "core/validation.hpp"
#include "io/column_aliases.hpp"

namespace symbio::io {

// --map COLUMN=FIELD pairs: a header spelled COLUMN (match_key) is read as FIELD. FIELD may also
// be "attribute", which keeps the column as an attribute even if its name is an alias.
using ColumnMap = std::vector<std::pair<std::string, std::string>>;

// Which column of a CSV table holds which field.
struct ColumnLayout {
  std::vector<std::pair<std::string, std::size_t>> fields;      // field -> column index
  std::vector<std::pair<std::string, std::size_t>> attributes;  // header as written -> index
  std::size_t width = 0;                                        // fields in the header

  std::optional<std::size_t> index_of(std::string_view field) const;
};

// Reads the header record of `table`. A header names a field by, in decreasing precedence, a
// --map entry, the field's own name, or an alias (column_aliases.hpp). When two headers name one
// field, the higher precedence wins and the other becomes an attribute (note
// "column-as-attribute"); two of equal precedence are the error "duplicate-column". Headers that
// name no field become attributes, an empty header "column N", each with the note
// "unread-column". A missing required field is the
// error "missing-column" at the header line, listing the headers found; in enterprises.csv a
// missing id column is not an error when there is a name column: the name then serves as id.
// `used` (if given, sized like `map`) is set true for each --map entry that matched a header.
ColumnLayout resolve_columns(Table table, const CsvRecord& header, const ColumnMap& map,
                             const std::string& file, ValidationReport& report,
                             std::vector<bool>* used = nullptr);

}  // namespace symbio::io
