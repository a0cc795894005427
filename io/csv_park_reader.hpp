#pragma once

#include <vector>

#include "core/park.hpp"
#include "core/validation.hpp"
#include "io/column_layout.hpp"
#include "io/csv_table.hpp"

namespace symbio::io {

// Readers of the CSV tables of a park (docs/formats.md#a-park-as-input). Each appends what it
// reads to `park`, reports data problems to `report` at file:line:column and never throws for
// them; rows with problems are still read as far as possible, so one load shows every problem.
// Every entity gets an Origin: the file as given, the record's line and the column of each field
// that has one (the names of column_aliases.hpp). Columns are located by resolve_columns() with
// `map` (--map); `used_map` marks the --map entries that matched. When a required column is
// missing ("missing-column") no row is read and the reader returns false (true otherwise).
//
// Conventions shared by the three tables:
// - cells are trimmed; an empty cell is an absent value;
// - a record with non-empty fields past the header is "field-count" and is skipped; a shorter
//   record reads its missing trailing fields as empty;
// - columns that name no field become attributes, in column order (empty cells are not kept).

// exchanges.csv. layer, kind and status go through parse_layer/parse_kind/parse_status: an
// unknown word is "unknown-layer"/"unknown-kind"/"unknown-status"; an absent or empty layer
// (kind) sets layer_inferred (kind_inferred) for finalize_park(); an empty status is existing.
// quantity/unit/year: see detail::RowReader (decimal commas when the table's delimiter is ';'). A
// header without rows is the warning "no-exchanges".
bool read_exchanges_csv(const CsvTable& table, const ColumnMap& map, Park& park,
                        ValidationReport& report, std::vector<bool>* used_map = nullptr);

// enterprises.csv: id, name, sector, role, external (parse_bool; otherwise "bad-boolean"; empty
// is false). Without an id column the name is the id; without a name column the id is the name.
bool read_enterprises_csv(const CsvTable& table, const ColumnMap& map, Park& park,
                          ValidationReport& report, std::vector<bool>* used_map = nullptr);

// resources.csv: enterprise, direction (parse_direction; otherwise "unknown-direction"),
// resource, layer (empty: inferred), quantity, unit, into Park::declarations.
bool read_declarations_csv(const CsvTable& table, const ColumnMap& map, Park& park,
                           ValidationReport& report, std::vector<bool>* used_map = nullptr);

}  // namespace symbio::io
