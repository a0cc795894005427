#include "core/csv.hpp"

#include "core/error.hpp"

namespace symbio {

namespace {

bool is_continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

}  // namespace

std::vector<CsvRecord> parse_csv(std::string_view text, const std::string& file,
                                 const CsvOptions& options) {
  std::vector<CsvRecord> records;
  std::size_t i = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  int line = 1;
  int column = 1;
  const char delim = options.delimiter;

  auto advance = [&](char c) {
    if (c == '\n') {
      ++line;
      column = 1;
    } else if (!is_continuation(c)) {
      ++column;
    }
  };
  auto fail = [&](const std::string& message, int at_line, int at_column) {
    throw DataError(message, SourceLocation{file, at_line, at_column});
  };

  const std::size_t n = text.size();
  while (i < n) {
    CsvRecord record;
    record.line = line;
    bool record_done = false;
    while (!record_done) {
      CsvField field;
      field.line = line;
      field.column = column;
      if (i < n && text[i] == '"') {
        const int open_line = line;
        const int open_column = column;
        advance(text[i]);
        ++i;
        bool closed = false;
        while (i < n) {
          const char c = text[i];
          if (c == '"') {
            if (i + 1 < n && text[i + 1] == '"') {
              field.text += '"';
              advance(c);
              advance(c);
              i += 2;
              continue;
            }
            advance(c);
            ++i;
            closed = true;
            break;
          }
          field.text += c;
          advance(c);
          ++i;
          if (field.text.size() > options.max_field_bytes) {
            fail("field longer than " + std::to_string(options.max_field_bytes) + " bytes",
                 field.line, field.column);
          }
        }
        if (!closed) {
          fail("quoted field is never closed (a '\"' opened here has no closing '\"')", open_line,
               open_column);
        }
        if (i < n && text[i] != delim && text[i] != '\n' && text[i] != '\r') {
          fail("text after the closing quote of a quoted field", line, column);
        }
      } else {
        while (i < n && text[i] != delim && text[i] != '\n' && text[i] != '\r') {
          if (text[i] == '"') {
            fail("quote inside an unquoted field (quote the whole field and double inner quotes)",
                 line, column);
          }
          field.text += text[i];
          advance(text[i]);
          ++i;
          if (field.text.size() > options.max_field_bytes) {
            fail("field longer than " + std::to_string(options.max_field_bytes) + " bytes",
                 field.line, field.column);
          }
        }
      }
      record.fields.push_back(std::move(field));
      if (record.fields.size() > options.max_fields_per_record) {
        fail("more than " + std::to_string(options.max_fields_per_record) + " fields in a record",
             record.line, 1);
      }
      if (i < n && text[i] == delim) {
        advance(text[i]);
        ++i;
        continue;
      }
      // End of record: CRLF, LF, lone CR, or end of text.
      if (i < n && text[i] == '\r') {
        ++i;
        if (i < n && text[i] == '\n') ++i;
        ++line;
        column = 1;
      } else if (i < n && text[i] == '\n') {
        advance(text[i]);
        ++i;
      }
      record_done = true;
    }
    const bool blank = record.fields.size() == 1 && record.fields[0].text.empty();
    if (!blank) {
      records.push_back(std::move(record));
      if (records.size() > options.max_records) {
        fail("more than " + std::to_string(options.max_records) + " records", line, 1);
      }
    }
  }
  return records;
}

char detect_delimiter(std::string_view text) {
  // Only characters outside quotes count: a header "Lieferant";"Menge, t" is ';'-delimited.
  bool quoted = false;
  bool comma = false;
  bool tab = false;
  bool semicolon = false;
  for (const char c : text) {
    if (c == '"') quoted = !quoted;  // a doubled quote toggles twice
    if (quoted) continue;
    if (c == '\n') break;
    comma = comma || c == ',';
    tab = tab || c == '\t';
    semicolon = semicolon || c == ';';
  }
  if (comma) return ',';
  if (tab) return '\t';
  if (semicolon) return ';';
  return ',';
}

std::string csv_escape(std::string_view field, char delimiter) {
  const bool needs_quotes =
      field.find_first_of(std::string{'"', '\n', '\r', delimiter}) != std::string_view::npos ||
      (!field.empty() && (field.front() == ' ' || field.back() == ' '));
  if (!needs_quotes) return std::string(field);
  std::string out = "\"";
  for (const char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

}  // namespace symbio
