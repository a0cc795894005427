#include "core/text.hpp"
#include "io/csv_park_reader.hpp"
#include "io/detail/row_reader.hpp"

namespace symbio::io {

namespace {

// Names the exchange in problems: its id, else "supplier -> receiver".
std::string subject_of(const Exchange& x) {
  if (!x.id.empty()) return x.id;
  return x.supplier + " -> " + x.receiver;
}

// Reads an enum cell: empty -> nullopt and inferred; unknown -> error and inferred.
template <typename Parse>
auto enum_cell(detail::RowReader& row, std::string_view field, Parse parse,
               const std::string& subject, const std::string& expected, ValidationReport& report,
               bool& inferred) -> decltype(parse(std::string_view())) {
  const std::string text = row.text(field);
  inferred = true;
  if (text.empty()) return std::nullopt;
  const auto value = parse(text);
  if (!value) {
    report.error("unknown-" + std::string(field), subject, row.where(field),
                 std::string(field) + " '" + text + "' is not one of " + expected);
    return std::nullopt;
  }
  inferred = false;
  return value;
}

}  // namespace

bool read_exchanges_csv(const CsvTable& table, const ColumnMap& map, Park& park,
                        ValidationReport& report, std::vector<bool>* used_map) {
  if (table.records.empty()) return false;
  const CsvRecord& header = table.records.front();
  const ColumnLayout layout =
      resolve_columns(Table::exchanges, header, map, table.file, report, used_map);
  if (!layout.index_of("supplier") || !layout.index_of("receiver")) return false;
  if (table.records.size() == 1) {
    report.warning("no-exchanges", "", SourceLocation{table.file, header.line, 0},
                   "the file has a header but no exchanges");
  }
  for (std::size_t r = 1; r < table.records.size(); ++r) {
    detail::RowReader row(table.records[r], header, layout, table.file, report,
                          table.delimiter == ';');
    Exchange x;
    x.id = row.text("id");
    x.supplier = row.text("supplier");
    x.receiver = row.text("receiver");
    x.resource = row.text("resource");
    const std::string subject = subject_of(x);
    if (!row.check_width(subject)) continue;
    bool inferred = false;
    if (const auto layer =
            enum_cell(row, "layer", parse_layer, subject,
                      "material, energy, water (物质, 能量, 水)", report, inferred)) {
      x.layer = *layer;
    }
    x.layer_inferred = inferred;
    if (const auto kind =
            enum_cell(row, "kind", parse_kind, subject,
                      "product, byproduct, waste, utility (产品, 副产品, 废物, 公用工程)", report,
                      inferred)) {
      x.kind = *kind;
    }
    x.kind_inferred = inferred;
    if (const auto status =
            enum_cell(row, "status", parse_status, subject,
                      "existing, planned, potential (现有, 规划, 潜在)", report, inferred)) {
      x.status = *status;
    }
    x.quantity = row.quantity(subject);
    x.year = row.year(subject);
    x.attributes = row.attributes();
    x.origin = row.origin();
    park.exchanges.push_back(std::move(x));
  }
  return true;
}

}  // namespace symbio::io
