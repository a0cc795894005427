#include "io/column_layout.hpp"

#include "core/text.hpp"

namespace symbio::io {

namespace {

constexpr int kMapped = 3;

struct Candidate {
  std::string field;  // empty: attribute
  int priority = 0;
};

Candidate classify(Table table, std::string_view header, const ColumnMap& map,
                   std::vector<bool>* used) {
  const std::string key = match_key(header);
  for (std::size_t m = 0; m < map.size(); ++m) {
    if (match_key(map[m].first) != key) continue;
    const std::string_view field = find_field(table, map[m].second);
    const bool as_attribute = match_key(map[m].second) == "attribute";
    if (field.empty() && !as_attribute) continue;  // a mapping meant for another table
    if (used != nullptr && m < used->size()) (*used)[m] = true;
    return Candidate{std::string(field), kMapped};
  }
  const HeaderMatch match = match_header(table, header);
  return Candidate{std::string(match.field), match.priority};
}

std::string headers_found(const CsvRecord& header) {
  std::string list;
  for (const CsvField& f : header.fields) {
    if (!list.empty()) list += ", ";
    list += "'" + f.text + "'";
  }
  return list.empty() ? "none" : list;
}

std::string spellings(Table table, std::string_view field) {
  for (const FieldSpec& spec : fields_of(table)) {
    if (spec.field != field) continue;
    std::string text = "'" + std::string(field) + "'";
    for (const std::string_view alias : spec.aliases)
      text += ", '" + std::string(alias) + "'";
    return text;
  }
  return "'" + std::string(field) + "'";
}

// What a row of the table is, for messages that should not name a file the user may have called
// otherwise ("Lubei.csv" is an exchanges table).
std::string row_noun(Table table) {
  switch (table) {
    case Table::exchanges:
      return "an exchange";
    case Table::enterprises:
      return "an enterprise";
    case Table::declarations:
      return "a declaration";
  }
  return "a row";
}

SourceLocation where(const std::string& file, const CsvField& f) {
  return SourceLocation{file, f.line, f.column};
}

}  // namespace

std::optional<std::size_t> ColumnLayout::index_of(std::string_view field) const {
  for (const auto& [name, index] : fields) {
    if (name == field) return index;
  }
  return std::nullopt;
}

ColumnLayout resolve_columns(Table table, const CsvRecord& header, const ColumnMap& map,
                             const std::string& file, ValidationReport& report,
                             std::vector<bool>* used) {
  ColumnLayout layout;
  layout.width = header.fields.size();
  std::vector<Candidate> candidates;
  for (const CsvField& f : header.fields)
    candidates.push_back(classify(table, trim(f.text), map, used));

  std::vector<bool> is_attribute(candidates.size(), true);
  for (const FieldSpec& spec : fields_of(table)) {
    std::optional<std::size_t> best;
    for (std::size_t c = 0; c < candidates.size(); ++c) {
      if (candidates[c].field != spec.field) continue;
      if (!best || candidates[c].priority > candidates[*best].priority) best = c;
    }
    for (std::size_t c = 0; best && c < candidates.size(); ++c) {
      if (candidates[c].field != spec.field || c == *best) continue;
      const CsvField& winner = header.fields[*best];
      const CsvField& other = header.fields[c];
      if (candidates[c].priority == candidates[*best].priority) {
        report.error("duplicate-column", std::string(spec.field), where(file, other),
                     "columns '" + winner.text + "' (column " + std::to_string(winner.column) +
                         ") and '" + other.text + "' both give the " + std::string(spec.field) +
                         " (rename one or use --map)");
      } else {
        report.note("column-as-attribute", std::string(spec.field), where(file, other),
                    "column '" + other.text + "' is kept as an attribute: '" + winner.text +
                        "' gives the " + std::string(spec.field));
      }
    }
    if (best) {
      layout.fields.emplace_back(std::string(spec.field), *best);
      is_attribute[*best] = false;
    }
  }

  for (std::size_t c = 0; c < candidates.size(); ++c) {
    if (!is_attribute[c]) continue;
    std::string name(trim(header.fields[c].text));
    if (name.empty()) name = "column " + std::to_string(c + 1);
    // A column that names no field is kept but not read: say so, since a misspelled or unknown
    // header (R's "Transaction.Type" before it became an alias) would otherwise go unnoticed. A
    // column that lost to another one already has its note.
    if (candidates[c].field.empty()) {
      report.note("unread-column", name, where(file, header.fields[c]),
                  "column '" + name + "' names no field of " + row_noun(table) +
                      " and is kept as an attribute, not read (--map '" + name +
                      "'=FIELD reads it as a field)");
    }
    layout.attributes.emplace_back(std::move(name), c);
  }

  if (table == Table::enterprises && !layout.index_of("id")) {
    if (const auto name = layout.index_of("name")) layout.fields.emplace_back("id", *name);
  }
  for (const FieldSpec& spec : fields_of(table)) {
    if (!is_required(table, spec.field) || layout.index_of(spec.field)) continue;
    std::string message =
        std::string(table_file_name(table)) + " needs a column " + spellings(table, spec.field);
    if (table == Table::enterprises) message += " (or a name column, used as the id)";
    report.error("missing-column", std::string(spec.field), SourceLocation{file, header.line, 0},
                 message + "; the columns found are " + headers_found(header) +
                     " (use --map COLUMN=" + std::string(spec.field) + ")");
  }
  return layout;
}

}  // namespace symbio::io
