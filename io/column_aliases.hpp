#pragma once

#include <string_view>
#include <vector>

namespace symbio::io {

// The three CSV files of a park folder.
enum class Table { exchanges, enterprises, declarations };

std::string_view table_file_name(Table table);  // "exchanges.csv", ...

// A field of a table with the headers that name it (compared after match_key(), so case, '_',
// '-' and full-width forms do not matter). The field name itself always names it.
struct FieldSpec {
  std::string_view field;
  std::vector<std::string_view> aliases;
};

// The fields of a table in the order the writer puts them; the aliases include the column names
// of published edge lists (Supplier, Accepter, Transaction, Attribute, Time: R package EIPs)
// and Chinese spreadsheet headers (docs/formats.md#a-park-as-input).
const std::vector<FieldSpec>& fields_of(Table table);

// The fields that must have a column: supplier and receiver; enterprise id (or name, which then
// serves as the id); declaration enterprise, direction and resource.
bool is_required(Table table, std::string_view field);

// The field a header names: 2 when it is the field's own name, 1 when it is an alias, with the
// field; priority 0 and an empty field when the header names none (an attribute column).
struct HeaderMatch {
  std::string_view field;
  int priority = 0;
};
HeaderMatch match_header(Table table, std::string_view header);

// The field of `table` that `name` spells (match_key), or empty.
std::string_view find_field(Table table, std::string_view name);

}  // namespace symbio::io
