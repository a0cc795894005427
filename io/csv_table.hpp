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

// Decodes `bytes` (decode_text(): UTF-8 with or without BOM, else GB18030, or `encoding`),
// detects the delimiter from the header line (',' else tab else ';') and tokenizes. Problems go
// to `report` and give nullopt: "bad-encoding"; "empty-file" when nothing but white space is
// left; "csv-syntax" for malformed quoting, at the place parse_csv() names.
std::optional<CsvTable> read_csv_table(std::string_view bytes, const std::string& file,
                                       std::string_view encoding, ValidationReport& report);

}  // namespace symbio::io
