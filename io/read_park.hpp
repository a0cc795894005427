#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/catalogue.hpp"
#include "core/file_bytes.hpp"
#include "core/park.hpp"
#include "core/validation.hpp"
#include "io/csv_table.hpp"

namespace symbio::io {

// Bounds on what one park may cost to read (README "Limits"). Input beyond them is bad data
// (DataError or a report error, exit status 3), never an exhausted machine.
struct InputLimits {
  std::size_t max_file_bytes = kMaxInputBytes;  // per file (file_bytes.hpp)
  std::size_t max_columns = kMaxColumns;        // fields per CSV record (csv_table.hpp)
};

struct ReadOptions {
  // "" detects (UTF-8 with or without BOM, UTF-16 with BOM, else GB18030); "utf-8", "gb18030"
  // ("gbk", "gb2312", "cp936" read as GB18030) or any iconv name forces it (encoding.hpp).
  std::string encoding;
  // --map COLUMN=FIELD (column_layout.hpp). A FIELD that no table has is "bad-column-map"; an
  // entry whose COLUMN no CSV header has is the warning "unused-column-map".
  std::vector<std::pair<std::string, std::string>> column_map;
  // A CSV of the catalogue's columns extending the built-in ResourceCatalogue ("" = none).
  std::string catalogue_file;
  // --strict: every warning becomes an error.
  bool strict = false;
  // -v: the note "inferred" for every exchange whose layer or kind came from the catalogue.
  bool note_inferences = false;
  // --unit: the unit of every quantity the input gives without one (a GraphML `weight`, a
  // spreadsheet's bare numbers); "" leaves them without, which finalize_park() reports.
  std::string default_unit;
  InputLimits limits;
};

struct LoadedPark {
  Park park;
  ValidationReport report;  // errors mean the park is unusable; the caller decides
  std::string path;         // as given
  // Lower-case hex SHA-256 of the input bytes. For a folder: of the concatenation of
  // exchanges.csv, enterprises.csv, resources.csv and park.json, in that order, each when present.
  std::string sha256;
  // The catalogue the park was completed with (built-in, extended by catalogue_file).
  ResourceCatalogue catalogue;
};

// Reads a park (docs/formats.md#a-park-as-input). `path` may be
// - a folder with exchanges.csv and optionally enterprises.csv, resources.csv (declarations) and
//   park.json (name, description, source as a symbio.v1.Park in the Protobuf JSON mapping; other
//   content is ignored with the warning "park-json-ignored"); file names are matched
//   case-insensitively. When enterprises.csv is given, an exchange naming an enterprise by its
//   unique name instead of its id is resolved to the id (note "enterprise-by-name"); a data.csv
//   beside them gives enterprise data (csv_enterprise_data.hpp), hashed after park.json;
// - a single exchanges CSV (*.csv, *.tsv, *.txt): the enterprises are the names it uses;
// - *.json, *.pb, *.pbtxt: symbio.v1.Park (proto_park.hpp), or a symbio.v1.AnalysisReport,
//   whose park is read (analysis_proto.hpp: binary by its meta.format marker, text encodings by
//   their field names); without enterprises, the names used;
// - *.graphml: nodes and edges with their attributes read as table columns (graphml_reader.hpp;
//   --map applies to attribute names); the park's name is the graph's `name` attribute;
// - *.gexf: likewise (gexf_reader.hpp);
// - *.xlsx: a workbook whose sheets are the CSV tables (xlsx_reader.hpp).
// The park's name is park.json's or the Protobuf's, else the folder name or file stem.
// Every problem goes to the report (csv_park_reader.hpp, csv_table.hpp, proto_park.hpp and
// finalize_park(), which runs last; a bad catalogue_file is "bad-catalogue"). Throws FileError
// when the path, a folder's exchanges.csv or catalogue_file is missing or unreadable, or when
// the path's format is not one of the above; OptionError for an unknown encoding name.
LoadedPark read_park(const std::string& path, const ReadOptions& options = {});

}  // namespace symbio::io
