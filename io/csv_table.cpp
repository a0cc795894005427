#include "io/csv_table.hpp"

#include "core/error.hpp"
#include "core/text.hpp"
#include "io/encoding.hpp"

namespace symbio::io {

std::optional<CsvTable> read_csv_table(std::string_view bytes, const std::string& file,
                                       std::string_view encoding, ValidationReport& report,
                                       std::size_t max_fields) {
  const auto text = decode_text(bytes, file, encoding, report);
  if (!text) return std::nullopt;
  if (trim(*text).empty()) {
    report.error("empty-file", "", SourceLocation{file, 1, 0},
                 "the file is empty; expected a header line such as supplier,receiver,resource");
    return std::nullopt;
  }
  CsvTable table;
  table.file = file;
  table.delimiter = detect_delimiter(*text);
  try {
    table.records = parse_csv(
        *text, file, CsvOptions{.delimiter = table.delimiter, .max_fields_per_record = max_fields});
  } catch (const DataError& e) {
    // DataError's what() starts with the location; the report keeps it separately.
    std::string message = e.what();
    const std::string prefix = e.location().to_string() + ": ";
    if (message.rfind(prefix, 0) == 0) message.erase(0, prefix.size());
    report.error("csv-syntax", "", e.location(), message);
    return std::nullopt;
  }
  return table;
}

}  // namespace symbio::io
