#pragma once

#include "core/park.hpp"
#include "core/validation.hpp"
#include "io/csv_table.hpp"

namespace symbio::io {

// data.csv, long format `enterprise,item,value,unit[,year]` (headers also in Chinese: 企业, 指标,
// 数值, 单位, 年份; matched like the other tables' names), one figure per record, into
// Park::data. Every problem goes to `report` at file:line:column and the reader goes on, so one
// load shows all of them: "missing-column" (no record is read; returns false), "field-count",
// "unknown-data-item" (with the items accepted), "bad-value" (empty, not a number, negative or
// not finite), "unknown-data-unit" (with the units the item accepts), "bad-year",
// "duplicate-data" (a second figure for the same enterprise, item and year).
// Unknown enterprises are checked by check_enterprise_data() once the park is complete.
bool read_enterprise_data_csv(const CsvTable& table, Park& park, ValidationReport& report);

// "unknown-enterprise" (error) for a figure whose enterprise is not in the park, at its cell.
void check_enterprise_data(const Park& park, ValidationReport& report);

}  // namespace symbio::io
