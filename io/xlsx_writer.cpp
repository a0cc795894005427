#include "io/xlsx_writer.hpp"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string_view>
#include <system_error>

#include <xlsxwriter.h>

#include "core/csv.hpp"
#include "core/error.hpp"
#include "io/number_format.hpp"
#include "io/temporary_folder.hpp"
#include "network/conventions.hpp"

namespace symbio::io {

namespace {

namespace fs = std::filesystem;

constexpr std::size_t kExcelRows = 1'048'576;

// Chinese names of the columns that are not indicators (the indicators' come from
// net::find_convention), as the report and the CSV aliases name them.
constexpr std::pair<std::string_view, std::string_view> kCommonZh[] = {
    {"id", "编号"},          {"name", "名称"},         {"sector", "行业"},
    {"role", "角色"},        {"external", "园区外"},   {"layer", "层"},
    {"supplier", "供应方"},  {"receiver", "接收方"},   {"resource", "物料"},
    {"quantity", "数量"},    {"unit", "单位"},         {"enterprise", "企业"},
    {"trigger", "触发企业"}, {"failed", "失效企业数"}, {"strategy", "移除策略"},
    {"value", "数值"}};

std::string header_text(const std::string& header, TableLanguage language) {
  if (language == TableLanguage::en) return header;
  if (const net::Convention* c = net::find_convention(header)) return std::string(c->label_zh);
  for (const auto& [name, zh] : kCommonZh) {
    if (header == name) return std::string(zh);
  }
  return header;
}

// The number a cell holds when format_cell writes it back unchanged.
std::optional<double> canonical_number(const std::string& text) {
  if (text.empty()) return std::nullopt;
  double value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
    return std::nullopt;
  if (format_cell(value, net::ColumnType::real) != text) return std::nullopt;
  return value;
}

// A sheet name: the file's stem, without the characters Excel forbids, at most 31 characters.
std::string sheet_name(const std::string& file) {
  std::string name = fs::path(file).stem().string();
  for (char& c : name) {
    if (std::string_view("[]:*?/\\").find(c) != std::string_view::npos) c = '_';
  }
  if (name.size() > 31) name.resize(31);
  return name;
}

}  // namespace

XlsxWorkbook tables_xlsx(const std::vector<std::pair<std::string, std::string>>& files,
                         TableLanguage language) {
  XlsxWorkbook result;
  const TemporaryFolder folder("xlsx", "tables.xlsx");
  const std::string target = (folder.path() / "tables.xlsx").string();
  std::string tmpdir = folder.path().string();
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  options.tmpdir = tmpdir.data();
  lxw_workbook* workbook = workbook_new_opt(target.c_str(), &options);
  if (workbook == nullptr) throw FileError(target, "libxlsxwriter cannot create the workbook");
  lxw_format* bold = workbook_add_format(workbook);
  format_set_bold(bold);
  for (const auto& [file, text] : files) {
    if (fs::path(file).extension() != ".csv") continue;
    std::vector<CsvRecord> records;
    try {
      records = parse_csv(text, file, CsvOptions{});
    } catch (...) {
      workbook_close(workbook);
      throw;
    }
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, sheet_name(file).c_str());
    if (sheet == nullptr) {
      workbook_close(workbook);
      throw FileError(target, "libxlsxwriter refuses the sheet name '" + sheet_name(file) + "'");
    }
    if (records.size() > kExcelRows) {
      result.notes.push_back("tables.xlsx: " + file + " has " + std::to_string(records.size() - 1) +
                             " rows; the sheet holds the first " + std::to_string(kExcelRows - 1) +
                             " (Excel's limit), the CSV file all of them");
      records.resize(kExcelRows);
    }
    for (std::size_t r = 0; r < records.size(); ++r) {
      const auto row = static_cast<lxw_row_t>(r);
      const std::vector<CsvField>& fields = records[r].fields;
      for (std::size_t c = 0; c < fields.size() && c < LXW_COL_MAX; ++c) {
        const auto col = static_cast<lxw_col_t>(c);
        const std::string& cell = fields[c].text;
        if (r == 0) {
          worksheet_write_string(sheet, row, col, header_text(cell, language).c_str(), bold);
        } else if (const auto number = canonical_number(cell)) {
          worksheet_write_number(sheet, row, col, *number, nullptr);
        } else if (!cell.empty()) {
          worksheet_write_string(sheet, row, col, cell.c_str(), nullptr);
        }
      }
    }
    worksheet_freeze_panes(sheet, 1, 0);
  }
  if (const lxw_error error = workbook_close(workbook); error != LXW_NO_ERROR)
    throw FileError(target, std::string("libxlsxwriter: ") + lxw_strerror(error));
  std::ifstream in(target, std::ios::binary);
  result.bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) throw FileError(target, "cannot read the written workbook back");
  return result;
}

}  // namespace symbio::io
