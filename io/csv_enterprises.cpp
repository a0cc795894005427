#include "core/text.hpp"
#include "io/csv_park_reader.hpp"
#include "io/detail/row_reader.hpp"

namespace symbio::io {

bool read_enterprises_csv(const CsvTable& table, const ColumnMap& map, Park& park,
                          ValidationReport& report, std::vector<bool>* used_map) {
  if (table.records.empty()) return false;
  const CsvRecord& header = table.records.front();
  const ColumnLayout layout =
      resolve_columns(Table::enterprises, header, map, table.file, report, used_map);
  if (!layout.index_of("id")) return false;
  for (std::size_t r = 1; r < table.records.size(); ++r) {
    detail::RowReader row(table.records[r], header, layout, table.file, report);
    Enterprise e;
    e.id = row.text("id");
    e.name = row.has_column("name") ? row.text("name") : e.id;
    const std::string subject = e.id.empty() ? e.name : e.id;
    if (!row.check_width(subject)) continue;
    e.sector = row.text("sector");
    e.role = row.text("role");
    if (const std::string external = row.text("external"); !external.empty()) {
      if (const auto value = parse_bool(external)) {
        e.external = *value;
      } else {
        report.error("bad-boolean", subject, row.where("external"),
                     "external '" + external + "' is not true/false (yes/no, 1/0, 是/否)");
      }
    }
    e.attributes = row.attributes();
    e.origin = row.origin();
    park.enterprises.push_back(std::move(e));
  }
  return true;
}

}  // namespace symbio::io
