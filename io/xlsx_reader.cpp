#include "io/xlsx_reader.hpp"

#include <algorithm>
#include <memory>
#include <unordered_map>

#include <zip.h>
#include <pugixml.hpp>

#include "core/text.hpp"
#include "io/csv_park_reader.hpp"
#include "io/detail/xml_table.hpp"

namespace symbio::io {

namespace {

using detail::LineIndex;

struct ZipCloser {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct ZipFileCloser {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};

class Workbook {
 public:
  Workbook(std::string_view bytes, const std::string& file, ValidationReport& report,
           std::size_t max_part_bytes)
      : file_(file), report_(report), max_part_bytes_(max_part_bytes) {
    zip_error_t error;
    zip_error_init(&error);
    // The buffer is borrowed (freep 0): it outlives the archive, which is only read.
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source != nullptr) {
      archive_.reset(zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error));
      if (!archive_) zip_source_free(source);
    }
    if (!archive_) {
      report_.error(
          "bad-xlsx", "", SourceLocation{file_, 0, 0},
          std::string("not an .xlsx workbook (a zip archive): ") + zip_error_strerror(&error));
    }
    zip_error_fini(&error);
  }
  bool ok() const { return archive_ != nullptr; }

  // The part's bytes, nullopt (reported when `required`) when it is absent or unreadable.
  std::optional<std::string> part(const std::string& name, bool required) {
    const zip_int64_t index = zip_name_locate(archive_.get(), name.c_str(), ZIP_FL_NOCASE);
    if (index < 0) {
      if (required) error(name, "the workbook has no part " + name);
      return std::nullopt;
    }
    std::unique_ptr<zip_file_t, ZipFileCloser> f(
        zip_fopen_index(archive_.get(), static_cast<zip_uint64_t>(index), 0));
    if (!f) {
      error(name, std::string("cannot unzip ") + name + ": " + zip_strerror(archive_.get()));
      return std::nullopt;
    }
    // Read in chunks up to the limit: the sizes a zip declares are not trusted (a zip bomb
    // declares small ones).
    std::string text;
    char buffer[1 << 16];
    for (;;) {
      const zip_int64_t got = zip_fread(f.get(), buffer, sizeof buffer);
      if (got < 0) {
        error(name, std::string("cannot unzip ") + name + ": " + zip_file_strerror(f.get()));
        return std::nullopt;
      }
      if (got == 0) break;
      if (text.size() + static_cast<std::size_t>(got) > max_part_bytes_) {
        error(name, name + " unzips to more than " + std::to_string(max_part_bytes_) +
                        " bytes, the limit");
        return std::nullopt;
      }
      text.append(buffer, static_cast<std::size_t>(got));
    }
    return text;
  }

  // Parses a part; malformed XML is reported at the part's line and column.
  bool xml(const std::string& name, const std::string& text, pugi::xml_document& doc) {
    const LineIndex lines(text);
    return detail::parse_xml(text, file_ + ":" + name, lines, "bad-xlsx", doc, report_);
  }

  void error(const std::string& part, const std::string& message) {
    report_.error("bad-xlsx", "", SourceLocation{file_ + ":" + part, 0, 0}, message);
  }

 private:
  std::string file_;
  ValidationReport& report_;
  std::size_t max_part_bytes_;
  std::unique_ptr<zip_t, ZipCloser> archive_;
};

// The text of a shared or inline string: its <t>, or the <t> of each rich-text run <r>
// (phonetic <rPh> runs are not the text).
std::string string_item(const pugi::xml_node item) {
  if (const pugi::xml_node t = item.child("t")) return t.child_value();
  std::string text;
  for (const pugi::xml_node run : item.children("r"))
    text += run.child_value("t");
  return text;
}

// The attribute `local` of `node` whatever its namespace prefix ("r:id").
const char* prefixed_attribute(const pugi::xml_node node, std::string_view local) {
  for (const pugi::xml_attribute a : node.attributes()) {
    const std::string_view name = a.name();
    const auto colon = name.rfind(':');
    if (colon != std::string_view::npos && name.substr(colon + 1) == local) return a.value();
  }
  return "";
}

// "B7" -> column 2, row 7; zeros when the reference is malformed.
std::pair<std::size_t, int> cell_reference(std::string_view ref) {
  std::size_t column = 0;
  std::size_t i = 0;
  for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && column < (std::size_t{1} << 40); ++i)
    column = column * 26 + static_cast<std::size_t>(ref[i] - 'A' + 1);
  int row = 0;
  for (; i < ref.size() && ref[i] >= '0' && ref[i] <= '9' && row < (1 << 24); ++i)
    row = row * 10 + (ref[i] - '0');
  return {column, row};
}

// The part a relationship target names, relative to xl/ unless absolute.
std::string part_of(std::string target) {
  if (!target.empty() && target.front() == '/') return target.substr(1);
  return "xl/" + target;
}

}  // namespace

std::optional<std::vector<XlsxSheet>> read_xlsx_sheets(std::string_view bytes,
                                                       const std::string& file,
                                                       ValidationReport& report,
                                                       std::size_t max_columns,
                                                       std::size_t max_part_bytes) {
  Workbook book(bytes, file, report, max_part_bytes);
  if (!book.ok()) return std::nullopt;
  const auto workbook_text = book.part("xl/workbook.xml", true);
  pugi::xml_document workbook;
  if (!workbook_text || !book.xml("xl/workbook.xml", *workbook_text, workbook)) return std::nullopt;
  std::unordered_map<std::string, std::string> targets;  // relationship id -> part
  if (const auto rels_text = book.part("xl/_rels/workbook.xml.rels", true)) {
    pugi::xml_document rels;
    if (!book.xml("xl/_rels/workbook.xml.rels", *rels_text, rels)) return std::nullopt;
    for (const pugi::xml_node r : rels.child("Relationships").children("Relationship"))
      targets.emplace(r.attribute("Id").as_string(), part_of(r.attribute("Target").as_string()));
  } else {
    return std::nullopt;
  }
  std::vector<std::string> shared;
  if (const auto strings = book.part("xl/sharedStrings.xml", false)) {
    pugi::xml_document doc;
    if (!book.xml("xl/sharedStrings.xml", *strings, doc)) return std::nullopt;
    for (const pugi::xml_node si : doc.child("sst").children("si"))
      shared.push_back(string_item(si));
  }

  std::vector<XlsxSheet> sheets;
  bool failed = false;
  for (const pugi::xml_node s : workbook.child("workbook").child("sheets").children("sheet")) {
    XlsxSheet sheet;
    sheet.name = s.attribute("name").as_string();
    sheet.table.file = file + ":" + sheet.name;
    const auto target = targets.find(prefixed_attribute(s, "id"));
    if (target == targets.end()) {
      book.error("xl/workbook.xml", "sheet '" + sheet.name + "' names no part");
      failed = true;
      continue;
    }
    const auto text = book.part(target->second, true);
    pugi::xml_document doc;
    if (!text || !book.xml(target->second, *text, doc)) {
      failed = true;
      continue;
    }
    const std::string& where = sheet.table.file;
    for (const pugi::xml_node row : doc.child("worksheet").child("sheetData").children("row")) {
      CsvRecord record;
      record.line = row.attribute("r").as_int(0);
      if (record.line <= 0)
        record.line = sheet.table.records.empty() ? 1 : sheet.table.records.back().line + 1;
      bool any = false;
      std::size_t next = 1;  // a cell without a reference follows the previous one
      for (const pugi::xml_node c : row.children("c")) {
        auto [column, r] = cell_reference(c.attribute("r").as_string());
        if (column == 0) column = next;
        next = column + 1;
        if (column > max_columns) {
          report.error("bad-xlsx", "", SourceLocation{where, record.line, 0},
                       "row " + std::to_string(record.line) + " has a cell in column " +
                           std::to_string(column) + ", beyond the limit of " +
                           std::to_string(max_columns) + " columns (--max-columns)");
          return std::nullopt;
        }
        const std::string_view type = c.attribute("t").as_string("n");
        std::string value;
        if (type == "s") {
          const auto index = static_cast<std::size_t>(c.child("v").text().as_ullong(~0ull));
          if (index >= shared.size()) {
            report.error("bad-xlsx", "",
                         SourceLocation{where, record.line, static_cast<int>(column)},
                         "the cell refers to shared string " + std::string(c.child_value("v")) +
                             ", which the workbook lacks");
            failed = true;
          } else {
            value = shared[index];
          }
        } else if (type == "inlineStr") {
          value = string_item(c.child("is"));
        } else if (type == "b") {
          value = std::string_view(c.child_value("v")) == "1" ? "true" : "false";
        } else {
          value = c.child_value("v");  // n, str (a formula's text), e (#N/A), d (ISO date)
        }
        while (record.fields.size() + 1 < column)
          record.fields.push_back(
              CsvField{"", record.line, static_cast<int>(record.fields.size()) + 1});
        if (record.fields.size() + 1 == column) {
          any = any || !trim(value).empty();
          record.fields.push_back(
              CsvField{std::move(value), record.line, static_cast<int>(column)});
        }
      }
      if (any) sheet.table.records.push_back(std::move(record));
    }
    sheets.push_back(std::move(sheet));
  }
  if (failed) return std::nullopt;
  if (sheets.empty()) {
    book.error("xl/workbook.xml", "the workbook has no sheet");
    return std::nullopt;
  }
  return sheets;
}

XlsxRead read_xlsx_park(std::string_view bytes, const std::string& file, const ColumnMap& map,
                        Park& park, ValidationReport& report, std::vector<bool>* used_map,
                        std::size_t max_columns) {
  XlsxRead read;
  const auto sheets = read_xlsx_sheets(bytes, file, report, max_columns);
  if (!sheets) return read;
  auto find = [&](std::string_view name) -> const XlsxSheet* {
    for (const XlsxSheet& s : *sheets) {
      if (iequals_ascii(trim(s.name), name)) return &s;
    }
    return nullptr;
  };
  const XlsxSheet* exchanges = find("exchanges");
  if (exchanges == nullptr) exchanges = &sheets->front();
  const XlsxSheet* enterprises = find("enterprises");
  const XlsxSheet* resources = find("resources");
  for (const XlsxSheet& s : *sheets) {
    if (&s == exchanges || &s == enterprises || &s == resources) continue;
    report.note("xlsx-sheet-ignored", "", SourceLocation{s.table.file, 0, 0},
                "sheet '" + s.name +
                    "' is not read (the sheets read are exchanges, enterprises and resources, "
                    "or the first sheet as exchanges)");
  }
  auto usable = [&](const XlsxSheet& s) {
    if (!s.table.records.empty()) return true;
    report.error("empty-file", "", SourceLocation{s.table.file, 1, 0},
                 "the sheet is empty; expected a header row such as supplier,receiver,resource");
    return false;
  };
  if (usable(*exchanges))
    read.exchanges_ok = read_exchanges_csv(exchanges->table, map, park, report, used_map);
  if (enterprises != nullptr && usable(*enterprises))
    read.has_enterprises = read_enterprises_csv(enterprises->table, map, park, report, used_map);
  if (resources != nullptr && usable(*resources))
    read_declarations_csv(resources->table, map, park, report, used_map);
  return read;
}

}  // namespace symbio::io
