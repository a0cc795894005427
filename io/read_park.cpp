#include "io/read_park.hpp"

#include <filesystem>
#include <optional>
#include <system_error>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "core/catalogue.hpp"
#include "core/error.hpp"
#include "core/file_bytes.hpp"
#include "core/park_check.hpp"
#include "core/text.hpp"
#include "io/analysis_proto.hpp"
#include "io/column_aliases.hpp"
#include "io/csv_enterprise_data.hpp"
#include "io/csv_park_reader.hpp"
#include "io/csv_table.hpp"
#include "io/encoding.hpp"
#include "io/gexf_reader.hpp"
#include "io/graphml_reader.hpp"
#include "io/proto_park.hpp"
#include "io/sha256.hpp"
#include "io/xlsx_reader.hpp"

namespace symbio::io {

namespace {

namespace fs = std::filesystem;

// The entry of `folder` named `name`, exactly or else ignoring ASCII case (the first in
// lexicographic order, so the choice does not depend on the directory's order).
std::optional<std::string> find_in_folder(const fs::path& folder, std::string_view name) {
  std::error_code ec;
  if (fs::is_regular_file(folder / name, ec)) return (folder / name).string();
  std::optional<std::string> found;
  for (const auto& entry : fs::directory_iterator(folder, ec)) {
    const std::string file = entry.path().filename().string();
    if (!iequals_ascii(file, name) || !entry.is_regular_file(ec)) continue;
    if (!found || entry.path().string() < *found) found = entry.path().string();
  }
  return found;
}

std::string folder_name(const std::string& path) {
  fs::path p = fs::absolute(fs::path(path)).lexically_normal();
  if (p.filename().empty()) p = p.parent_path();
  return p.filename().string();
}

ResourceCatalogue load_catalogue(const ReadOptions& options, ValidationReport& report) {
  ResourceCatalogue catalogue = ResourceCatalogue::builtin();
  if (options.catalogue_file.empty()) return catalogue;
  const std::string bytes = read_file_bytes(options.catalogue_file, options.limits.max_file_bytes);
  const auto text = decode_text(bytes, options.catalogue_file, options.encoding, report);
  if (!text) return catalogue;
  // add_csv() may stop half-way: extend a copy so a bad file leaves the built-in table intact.
  ResourceCatalogue extended = catalogue;
  try {
    extended.add_csv(*text, options.catalogue_file);
  } catch (const DataError& e) {
    report.error("bad-catalogue", "", e.location(), e.what());
    return catalogue;
  }
  return extended;
}

void check_column_map(const ReadOptions& options, ValidationReport& report) {
  for (const auto& [column, field] : options.column_map) {
    const bool known = match_key(field) == "attribute" ||
                       !find_field(Table::exchanges, field).empty() ||
                       !find_field(Table::enterprises, field).empty() ||
                       !find_field(Table::declarations, field).empty();
    if (!known) {
      report.error("bad-column-map", column + "=" + field, SourceLocation{},
                   "--map " + column + "=" + field + ": '" + field +
                       "' is not a field (supplier, receiver, resource, layer, kind, quantity, "
                       "unit, year, status, id; name, sector, role, external; enterprise, "
                       "direction; or attribute)");
    }
  }
}

void report_unused_map(const ReadOptions& options, const std::vector<bool>& used,
                       ValidationReport& report) {
  for (std::size_t m = 0; m < used.size(); ++m) {
    if (used[m]) continue;
    const auto& [column, field] = options.column_map[m];
    report.warning("unused-column-map", column + "=" + field, SourceLocation{},
                   "--map " + column + "=" + field + ": no CSV header is '" + column + "'");
  }
}

// Spreadsheets often name the enterprises of exchanges.csv by name although enterprises.csv
// gives ids: a name that belongs to exactly one enterprise stands for its id.
void resolve_names(Park& park, ValidationReport& report) {
  std::unordered_set<std::string> ids;
  std::unordered_map<std::string, std::optional<std::string>> by_name;  // nullopt: ambiguous
  for (const Enterprise& e : park.enterprises) {
    ids.insert(e.id);
    auto [it, inserted] = by_name.emplace(e.name, e.id);
    if (!inserted) it->second.reset();
  }
  for (Exchange& x : park.exchanges) {
    for (const char* field : {"supplier", "receiver"}) {
      std::string& value = std::string_view(field) == "supplier" ? x.supplier : x.receiver;
      if (value.empty() || ids.count(value) != 0) continue;
      const auto it = by_name.find(value);
      if (it == by_name.end() || !it->second) continue;
      report.note("enterprise-by-name", x.id.empty() ? value : x.id, x.origin.at(field),
                  std::string(field) + " '" + value + "' is read as the enterprise with id '" +
                      *it->second + "'");
      value = *it->second;
    }
  }
}

// Keeps every problem of `from` except the isolates, which are noise when no exchange could be
// read at all.
void merge_without_isolates(const ValidationReport& from, ValidationReport& into) {
  for (const Problem& p : from.problems()) {
    if (p.code != "isolate") into.add(p.severity, p.code, p.subject, p.location, p.message);
  }
}

struct CsvRead {
  bool exchanges_ok = false;
  bool has_enterprises = false;  // an enterprises table was read
};

CsvRead read_folder(const std::string& path, const ReadOptions& options, LoadedPark& loaded,
                    std::vector<bool>& used) {
  const fs::path folder(path);
  const auto exchanges_file = find_in_folder(folder, "exchanges.csv");
  if (!exchanges_file) throw FileError(path, "the folder has no exchanges.csv");
  const auto enterprises_file = find_in_folder(folder, "enterprises.csv");
  const auto resources_file = find_in_folder(folder, "resources.csv");
  const auto metadata_file = find_in_folder(folder, "park.json");
  const auto data_file = find_in_folder(folder, "data.csv");

  Sha256 hash;
  CsvRead read;
  ValidationReport& report = loaded.report;
  auto table_of = [&](const std::string& file) {
    const std::string bytes = read_file_bytes(file, options.limits.max_file_bytes);
    hash.update(bytes);
    return read_csv_table(bytes, file, options.encoding, report, options.limits.max_columns);
  };
  if (const auto table = table_of(*exchanges_file)) {
    read.exchanges_ok = read_exchanges_csv(*table, options.column_map, loaded.park, report, &used);
  }
  if (enterprises_file) {
    if (const auto table = table_of(*enterprises_file)) {
      read.has_enterprises =
          read_enterprises_csv(*table, options.column_map, loaded.park, report, &used);
    }
  }
  if (resources_file) {
    if (const auto table = table_of(*resources_file)) {
      read_declarations_csv(*table, options.column_map, loaded.park, report, &used);
    }
  }
  loaded.park.name = folder_name(path);
  if (metadata_file) {
    const std::string bytes = read_file_bytes(*metadata_file, options.limits.max_file_bytes);
    hash.update(bytes);
    if (const auto text = decode_text(bytes, *metadata_file, options.encoding, report)) {
      const Park metadata = park_from_json(*text, *metadata_file, report);
      if (!metadata.name.empty()) loaded.park.name = metadata.name;
      loaded.park.description = metadata.description;
      loaded.park.source = metadata.source;
      if (!metadata.enterprises.empty() || !metadata.exchanges.empty() ||
          !metadata.declarations.empty()) {
        report.warning("park-json-ignored", "", SourceLocation{*metadata_file, 0, 0},
                       "park.json beside CSV tables gives only name, description and source; "
                       "its enterprises, exchanges and declarations are ignored");
      }
    }
  }
  // Hashed last, so that a park without data.csv keeps the digest it always had.
  if (data_file) {
    if (const auto table = table_of(*data_file)) {
      read_enterprise_data_csv(*table, loaded.park, report);
    }
  }
  loaded.sha256 = hash.hex_digest();
  if (read.has_enterprises) resolve_names(loaded.park, report);
  return read;
}

CsvRead read_single_csv(const std::string& path, const ReadOptions& options, LoadedPark& loaded,
                        std::vector<bool>& used) {
  const std::string bytes = read_file_bytes(path, options.limits.max_file_bytes);
  loaded.sha256 = sha256_hex(bytes);
  loaded.park.name = fs::path(path).stem().string();
  CsvRead read;
  if (const auto table = read_csv_table(bytes, path, options.encoding, loaded.report,
                                        options.limits.max_columns)) {
    read.exchanges_ok =
        read_exchanges_csv(*table, options.column_map, loaded.park, loaded.report, &used);
  }
  return read;
}

bool read_protobuf(const std::string& path, const std::string& extension,
                   const ReadOptions& options, LoadedPark& loaded) {
  const std::string bytes = read_file_bytes(path, options.limits.max_file_bytes);
  loaded.sha256 = sha256_hex(bytes);
  ValidationReport& report = loaded.report;
  const std::size_t errors_before = report.count(Severity::error);
  if (extension == ".pb") {
    // A binary message carries no type: a report is recognised by its meta.format marker
    // (analysis_proto.hpp), which no Park can carry.
    loaded.park = is_binary_analysis_report(bytes) ? park_from_report_binary(bytes, path, report)
                                                   : park_from_binary(bytes, path, report);
  } else if (const auto text = decode_text(bytes, path, options.encoding, report)) {
    // Text encodings name their fields, so a report fails as a Park on its first field ("park"
    // or "meta") and a Park fails as a report: try the Park, then the report, and keep the
    // Park's problems when neither fits.
    const bool json = extension == ".json";
    ValidationReport as_park;
    loaded.park =
        json ? park_from_json(*text, path, as_park) : park_from_text_format(*text, path, as_park);
    if (as_park.has_errors()) {
      ValidationReport as_report;
      Park park = json ? park_from_report_json(*text, path, as_report)
                       : park_from_report_text_format(*text, path, as_report);
      if (!as_report.has_errors()) {
        loaded.park = std::move(park);
        as_park = std::move(as_report);
      }
    }
    report.merge(as_park);
  }
  if (loaded.park.name.empty()) loaded.park.name = fs::path(path).stem().string();
  return report.count(Severity::error) == errors_before;
}

// --unit: quantities read without a unit get the given one (one note says how many).
void apply_default_unit(Park& park, const std::string& unit, ValidationReport& report) {
  if (unit.empty()) return;
  std::size_t given = 0;
  auto complete = [&](std::optional<Quantity>& q) {
    if (q && trim(q->unit).empty()) {
      q->unit = unit;
      ++given;
    }
  };
  for (Exchange& x : park.exchanges)
    complete(x.quantity);
  for (Declaration& d : park.declarations)
    complete(d.quantity);
  if (given > 0) {
    report.note(
        "default-unit", "", SourceLocation{},
        std::to_string(given) + " quantities without a unit are read in " + unit + " (--unit)");
  }
}

}  // namespace

LoadedPark read_park(const std::string& path, const ReadOptions& options) {
  LoadedPark loaded;
  loaded.path = path;
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (ec || !fs::exists(status)) throw FileError(path, "no such file or folder");

  ValidationReport& report = loaded.report;
  check_column_map(options, report);
  loaded.catalogue = load_catalogue(options, report);
  const ResourceCatalogue& catalogue = loaded.catalogue;
  std::vector<bool> used(options.column_map.size(), false);
  bool usable = false;
  FinalizeOptions finalize;
  finalize.note_inferences = options.note_inferences;
  bool is_csv = true;

  const std::string extension = to_lower_ascii(fs::path(path).extension().string());
  if (fs::is_directory(status)) {
    const CsvRead read = read_folder(path, options, loaded, used);
    usable = read.exchanges_ok;
    finalize.add_missing_enterprises = !read.has_enterprises;
  } else if (extension == ".csv" || extension == ".tsv" || extension == ".txt") {
    usable = read_single_csv(path, options, loaded, used).exchanges_ok;
    finalize.add_missing_enterprises = true;
  } else if (extension == ".json" || extension == ".pb" || extension == ".pbtxt") {
    is_csv = false;
    usable = read_protobuf(path, extension, options, loaded);
    finalize.add_missing_enterprises = loaded.park.enterprises.empty();
  } else if (extension == ".gexf") {
    const std::string bytes = read_file_bytes(path, options.limits.max_file_bytes);
    loaded.sha256 = sha256_hex(bytes);
    loaded.park.name = fs::path(path).stem().string();
    if (const auto text = decode_text(bytes, path, options.encoding, report)) {
      usable = read_gexf(*text, path, options.column_map, loaded.park, report, &used);
    }
    finalize.add_missing_enterprises = loaded.park.enterprises.empty();
  } else if (extension == ".xlsx") {
    const std::string bytes = read_file_bytes(path, options.limits.max_file_bytes);
    loaded.sha256 = sha256_hex(bytes);
    loaded.park.name = fs::path(path).stem().string();
    const XlsxRead read = read_xlsx_park(bytes, path, options.column_map, loaded.park, report,
                                         &used, options.limits.max_columns);
    usable = read.exchanges_ok;
    finalize.add_missing_enterprises = !read.has_enterprises;
    if (read.has_enterprises) resolve_names(loaded.park, report);
  } else if (extension == ".graphml") {
    const std::string bytes = read_file_bytes(path, options.limits.max_file_bytes);
    loaded.sha256 = sha256_hex(bytes);
    loaded.park.name = fs::path(path).stem().string();
    if (const auto text = decode_text(bytes, path, options.encoding, report)) {
      usable = read_graphml(*text, path, options.column_map, loaded.park, report, &used);
    }
    finalize.add_missing_enterprises = loaded.park.enterprises.empty();
  } else {
    throw FileError(path, "unknown park format '" + extension +
                              "' (expected a folder, .csv, .tsv, .txt, .json, .pb, .pbtxt, "
                              ".graphml, .gexf or .xlsx)");
  }
  // GraphML attributes are read as columns, so --map applies to them like to CSV headers.
  if (is_csv) report_unused_map(options, used, report);

  apply_default_unit(loaded.park, options.default_unit, report);
  ValidationReport checks = finalize_park(loaded.park, catalogue, finalize);
  check_enterprise_data(loaded.park, checks);
  if (usable) {
    report.merge(checks);
  } else {
    merge_without_isolates(checks, report);
  }
  if (options.strict) report.promote_warnings();
  return loaded;
}

}  // namespace symbio::io
