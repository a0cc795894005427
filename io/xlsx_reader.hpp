#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/park.hpp"
#include "core/validation.hpp"
#include "io/column_layout.hpp"
#include "io/csv_table.hpp"

namespace symbio::io {

// One worksheet of an .xlsx workbook as the rows of a CSV table, so that the park readers and
// every check and message apply to it unchanged. The table's file is "BOOK.xlsx:SHEET"; a
// record's line is the row number and a field's column the column number (1 = A), which
// SourceLocation prints the way Excel names a cell: "BOOK.xlsx:SHEET:B7".
struct XlsxSheet {
  std::string name;
  CsvTable table;
};

// A workbook larger than this once unzipped (any one part) is refused as "bad-xlsx".
inline constexpr std::size_t kMaxXlsxPartBytes = std::size_t{256} << 20;

// Reads every worksheet of an Office Open XML workbook (Excel 2007+, LibreOffice, openpyxl,
// libxlsxwriter), unzipped by libzip, its XML read by pugixml. Cells: shared strings, inline
// strings (rich text runs joined), formula results as stored, booleans as "true"/"false",
// numbers as written in the file (a date is its serial number: spreadsheets store dates as
// numbers), empty and missing cells as empty fields, errors such as #N/A as their text. Rows
// that are missing or wholly empty are skipped. Problems go to `report` with code "bad-xlsx"
// (not a zip, no workbook part, malformed XML at the part's line and column, a part over
// `max_part_bytes`, a row of more than `max_columns` cells) and give nullopt.
std::optional<std::vector<XlsxSheet>> read_xlsx_sheets(
    std::string_view bytes, const std::string& file, ValidationReport& report,
    std::size_t max_columns = kMaxColumns, std::size_t max_part_bytes = kMaxXlsxPartBytes);

struct XlsxRead {
  bool exchanges_ok = false;     // an exchanges table was read (csv_park_reader.hpp)
  bool has_enterprises = false;  // an enterprises table was read
};

// A park from a workbook: sheets named (ignoring case and surrounding space) "exchanges",
// "enterprises" and "resources" are read as the CSV files of those names; without an
// "exchanges" sheet the first sheet is the exchanges table. Other sheets are named in the note
// "xlsx-sheet-ignored". Headers, aliases (Chinese ones included) and --map as in CSV.
XlsxRead read_xlsx_park(std::string_view bytes, const std::string& file, const ColumnMap& map,
                        Park& park, ValidationReport& report, std::vector<bool>* used_map = nullptr,
                        std::size_t max_columns = kMaxColumns);

}  // namespace symbio::io
