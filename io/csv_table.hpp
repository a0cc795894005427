#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/csv.hpp"
#include "core/validation.hpp"

namespace symbio::io {

// The records of one CSV file, header first.
struct CsvTable {
  std::string file;
  char delimiter = ',';
  std::vector<CsvRecord> records;
};

// Fields per record allowed by default (ReadOptions::limits, `--max-columns`): a park table has a
// few dozen columns; a line of millions of commas would otherwise cost 32 bytes per empty cell.
inline constexpr std::size_t kMaxColumns = 10000;

// Decodes `bytes` (decode_text(): UTF-8 with or without BOM, else GB18030, or `encoding`),
// detects the delimiter from the header line (',' else tab else ';', outside quotes:
// detect_delimiter()) and tokenizes; the readers take a ';' file's quantities with decimal commas.
// Problems go to `report` and give nullopt: "bad-encoding"; "empty-file" when nothing but white
// space is left; "csv-syntax" for malformed quoting or a record of more than `max_fields` fields,
// at the place parse_csv() names.
std::optional<CsvTable> read_csv_table(std::string_view bytes, const std::string& file,
                                       std::string_view encoding, ValidationReport& report,
                                       std::size_t max_fields = kMaxColumns);

}  // namespace symbio::io
