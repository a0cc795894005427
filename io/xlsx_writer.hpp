#pragma once

#include <string>
#include <utility>
#include <vector>

namespace symbio::io {

// Language of the header row of tables.xlsx (the report's language).
enum class TableLanguage { zh, en };

struct XlsxWorkbook {
  std::string bytes;               // the .xlsx file
  std::vector<std::string> notes;  // e.g. a table cut at Excel's row limit
};

// One workbook of CSV tables, for auditors who work in Excel: a sheet per (file name, CSV text)
// pair ending in ".csv", in the given order, named by the file's stem; other pairs are skipped.
// Cells: the text's canonical number (one that format_cell writes back unchanged, so "007" and
// ids stay text) is a number cell, an empty field an empty cell, anything else a string. The
// header row is bold and frozen; in Chinese (zh) an indicator's header is its Chinese name
// (net::find_convention) and the common columns have theirs (id 编号, name 名称, ...), as do
// the criteria of audit_focus.csv (能耗得分, 能耗权重, ...); other headers stay as in the CSV.
// Excel holds 1,048,576 rows per sheet: a longer table is cut there and a note says so. Written
// with libxlsxwriter (constant-memory mode: rows go to a temporary file as written). Throws
// FileError when the temporary file cannot be written, DataError when a CSV text does not parse.
XlsxWorkbook tables_xlsx(const std::vector<std::pair<std::string, std::string>>& files,
                         TableLanguage language);

}  // namespace symbio::io
