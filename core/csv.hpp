#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace symbio {

// One field with the place it starts: 1-based line and column (columns count code points, as
// an editor shows them).
struct CsvField {
  std::string text;
  int line = 0;
  int column = 0;
};

struct CsvRecord {
  int line = 0;  // line where the record starts
  std::vector<CsvField> fields;
};

struct CsvOptions {
  char delimiter = ',';
  // Bounds against absurd input (each exceeded bound is a DataError naming the place).
  std::size_t max_field_bytes = std::size_t{1} << 20;
  std::size_t max_fields_per_record = 10000;
  std::size_t max_records = 50'000'000;
};

// Parses RFC 4180 CSV: fields separated by the delimiter, records by CRLF or LF, fields quoted
// with '"' and '""' inside a quoted field standing for one quote; quoted fields may hold line
// breaks. A leading UTF-8 byte-order mark is skipped. Blank lines are skipped. Throws DataError
// naming file, line and column for a quote inside an unquoted field, text after a closing quote,
// an unterminated quoted field, or an exceeded bound. Linear in the size of the text.
std::vector<CsvRecord> parse_csv(std::string_view text, const std::string& file,
                                 const CsvOptions& options = {});

// The delimiter of a header line (the first record; quoted text does not count): ',' unless the
// line has none and has tabs, else semicolons. A ';' file is read with decimal commas ("35,5"),
// as spreadsheets write CSV where the comma is the decimal mark.
char detect_delimiter(std::string_view text);

// Quotes a field for writing when it holds a delimiter, quote, line break or leading/trailing
// space; doubles inner quotes.
std::string csv_escape(std::string_view field, char delimiter = ',');

}  // namespace symbio
