#include "io/csv_enterprise_data.hpp"

#include <array>
#include <cmath>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <unordered_set>

#include "core/text.hpp"

namespace symbio::io {

namespace {

struct Column {
  std::string_view field;
  std::array<std::string_view, 6> names;  // match_key() forms; empty entries unused
  bool required;
};

constexpr std::array<Column, 5> kColumns = {{
    {"enterprise", {"enterprise", "enterprise id", "id", "company", "企业", "企业名称"}, true},
    {"item", {"item", "indicator", "variable", "指标", "项目", "数据项"}, true},
    {"value", {"value", "amount", "quantity", "数值", "值", "数量"}, true},
    {"unit", {"unit", "units", "单位", "", "", ""}, true},
    {"year", {"year", "年份", "年度", "", "", ""}, false},
}};

std::string accepted_items() {
  std::string text;
  for (const DataItem item : kDataItems) {
    text += (text.empty() ? "" : ", ") + std::string(to_string(item));
  }
  return text;
}

}  // namespace

bool read_enterprise_data_csv(const CsvTable& table, Park& park, ValidationReport& report) {
  if (table.records.empty()) return false;
  const CsvRecord& header = table.records.front();
  std::array<std::optional<std::size_t>, kColumns.size()> index;
  for (std::size_t f = 0; f < header.fields.size(); ++f) {
    const std::string key = match_key(header.fields[f].text);
    for (std::size_t c = 0; c < kColumns.size(); ++c) {
      for (const std::string_view name : kColumns[c].names) {
        if (!name.empty() && key == name && !index[c]) index[c] = f;
      }
    }
  }
  bool complete = true;
  for (std::size_t c = 0; c < kColumns.size(); ++c) {
    if (kColumns[c].required && !index[c]) {
      report.error(
          "missing-column", std::string(kColumns[c].field),
          SourceLocation{table.file, header.line, 0},
          "data.csv needs the columns enterprise, item, value, unit (and may have year); '" +
              std::string(kColumns[c].field) + "' is missing");
      complete = false;
    }
  }
  if (!complete) return false;

  std::set<std::tuple<std::string, int, int>> seen;  // enterprise, item, year (-1: none)
  for (std::size_t r = 1; r < table.records.size(); ++r) {
    const CsvRecord& record = table.records[r];
    auto cell = [&](std::size_t c) -> const CsvField* {
      if (!index[c] || *index[c] >= record.fields.size()) return nullptr;
      return &record.fields[*index[c]];
    };
    auto text = [&](std::size_t c) {
      const CsvField* f = cell(c);
      return f == nullptr ? std::string() : std::string(trim(f->text));
    };
    auto where = [&](std::size_t c) {
      const CsvField* f = cell(c);
      return f == nullptr ? SourceLocation{table.file, record.line, 0}
                          : SourceLocation{table.file, f->line, f->column};
    };
    bool blank = true;
    for (const CsvField& f : record.fields) {
      if (!trim(f.text).empty()) blank = false;
    }
    if (blank) continue;
    EnterpriseDatum d;
    d.enterprise = text(0);
    const std::string item_text = text(1);
    const std::string subject = d.enterprise + ": " + item_text;
    bool ok = true;
    for (std::size_t f = header.fields.size(); f < record.fields.size(); ++f) {
      if (!trim(record.fields[f].text).empty()) {
        report.error("field-count", subject,
                     SourceLocation{table.file, record.fields[f].line, record.fields[f].column},
                     "the record has more fields than the header");
        ok = false;
        break;
      }
    }
    if (d.enterprise.empty()) {
      report.error("bad-value", subject, where(0), "the enterprise is empty");
      ok = false;
    }
    const auto item = parse_data_item(item_text);
    if (!item) {
      report.error("unknown-data-item", subject, where(1),
                   "item '" + item_text + "' is not one of " + accepted_items());
      ok = false;
    } else {
      d.item = *item;
    }
    const std::string value_text = text(2);
    const auto value = parse_number(value_text);
    if (!value || !std::isfinite(*value) || *value < 0.0) {
      report.error("bad-value", subject, where(2),
                   value_text.empty()
                       ? "the value is empty"
                       : "value '" + value_text + "' is not a finite number of at least 0");
      ok = false;
    }
    d.quantity = Quantity{value.value_or(0.0), text(3)};
    std::optional<double> factor;
    if (item) {
      factor = data_unit_factor(*item, d.quantity.unit);
      if (!factor) {
        report.error("unknown-data-unit", subject, where(3),
                     "unit '" + d.quantity.unit + "' does not fit " +
                         std::string(to_string(*item)) +
                         " (accepted: " + std::string(accepted_data_units(*item)) + ")");
        ok = false;
      }
    }
    if (index[4]) {
      const std::string year = text(4);
      if (!year.empty()) {
        const auto y = parse_integer(year, 1800, 2200);
        if (!y) {
          report.error("bad-year", subject, where(4),
                       "year '" + year + "' is not a whole number from 1800 to 2200");
          ok = false;
        } else {
          d.year = static_cast<int>(*y);
        }
      }
    }
    if (!ok) continue;
    d.value = *value * *factor;
    if (!std::isfinite(d.value)) {
      report.error("bad-value", subject, where(2),
                   "the value in its unit passes the largest number");
      continue;
    }
    if (!seen.emplace(d.enterprise, static_cast<int>(d.item), d.year.value_or(-1)).second) {
      report.error("duplicate-data", subject, where(1),
                   "a second figure for this enterprise, item and year");
      continue;
    }
    d.origin.file = table.file;
    d.origin.line = record.line;
    for (std::size_t c = 0; c < kColumns.size(); ++c) {
      if (index[c]) {
        d.origin.columns.emplace_back(std::string(kColumns[c].field),
                                      static_cast<int>(*index[c]) + 1);
      }
    }
    park.data.push_back(std::move(d));
  }
  return true;
}

void check_enterprise_data(const Park& park, ValidationReport& report) {
  if (park.data.empty()) return;
  std::unordered_set<std::string> ids;
  for (const Enterprise& e : park.enterprises)
    ids.insert(e.id);
  for (const EnterpriseDatum& d : park.data) {
    if (ids.count(d.enterprise) != 0) continue;
    report.error("unknown-enterprise", d.enterprise + ": " + std::string(to_string(d.item)),
                 d.origin.at("enterprise"), "enterprise '" + d.enterprise + "' is not in the park");
  }
}

}  // namespace symbio::io
