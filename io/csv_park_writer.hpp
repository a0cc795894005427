#pragma once

#include <string>

#include "core/park.hpp"

namespace symbio::io {

// The CSV tables of a park folder, as read back by csv_park_reader.hpp. UTF-8 without a BOM
// (Excel opens it correctly when imported as UTF-8; a BOM would confuse other tools), ',' as
// delimiter, LF line ends, fields quoted by csv_escape(), numbers by format_double() (shortest
// text that reads back as the same double). Deterministic: rows in park order, attribute columns
// after the standard ones as the union of the rows' attribute keys in first-seen order (a row
// without one leaves the cell empty). Layer, kind and status are written as resolved (write a
// finalized park); an absent quantity, unit or year is an empty cell.

// id,name,sector,role,external (true/false) + attributes.
std::string park_enterprises_csv(const Park& park);
// id,supplier,receiver,resource,layer,kind,status,quantity,unit,year + attributes.
std::string park_exchanges_csv(const Park& park);
// enterprise,direction,resource,layer,quantity,unit + attributes (header only without
// declarations).
std::string park_declarations_csv(const Park& park);

}  // namespace symbio::io
