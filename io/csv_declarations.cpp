#include "core/text.hpp"
#include "io/csv_park_reader.hpp"
#include "io/detail/row_reader.hpp"

namespace symbio::io {

bool read_declarations_csv(const CsvTable& table, const ColumnMap& map, Park& park,
                           ValidationReport& report, std::vector<bool>* used_map) {
  if (table.records.empty()) return false;
  const CsvRecord& header = table.records.front();
  const ColumnLayout layout =
      resolve_columns(Table::declarations, header, map, table.file, report, used_map);
  for (const char* field : {"enterprise", "direction", "resource"}) {
    if (!layout.index_of(field)) return false;
  }
  for (std::size_t r = 1; r < table.records.size(); ++r) {
    detail::RowReader row(table.records[r], header, layout, table.file, report,
                          table.delimiter == ';');
    Declaration d;
    d.enterprise = row.text("enterprise");
    d.resource = row.text("resource");
    const std::string subject = d.enterprise + ": " + d.resource;
    if (!row.check_width(subject)) continue;
    const std::string direction = row.text("direction");
    if (const auto value = parse_direction(direction)) {
      d.direction = *value;
    } else {
      report.error("unknown-direction", subject, row.where("direction"),
                   "direction '" + direction + "' is not output or need (产出, 需求)");
    }
    if (const std::string layer = row.text("layer"); !layer.empty()) {
      if (const auto value = parse_layer(layer)) {
        d.layer = *value;
        d.layer_inferred = false;
      } else {
        report.error("unknown-layer", subject, row.where("layer"),
                     "layer '" + layer + "' is not one of material, energy, water");
      }
    }
    d.quantity = row.quantity(subject);
    d.attributes = row.attributes();
    d.origin = row.origin();
    park.declarations.push_back(std::move(d));
  }
  return true;
}

}  // namespace symbio::io
