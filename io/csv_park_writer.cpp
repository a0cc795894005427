#include "io/csv_park_writer.hpp"

#include <optional>

#include "core/csv.hpp"
#include "core/text.hpp"

namespace symbio::io {

namespace {

// Attribute keys of all rows, in first-seen order.
template <typename Row>
std::vector<std::string> attribute_keys(const std::vector<Row>& rows) {
  std::vector<std::string> keys;
  for (const Row& row : rows) {
    for (const Attribute& a : row.attributes) {
      bool seen = false;
      for (const std::string& k : keys)
        seen = seen || k == a.key;
      if (!seen) keys.push_back(a.key);
    }
  }
  return keys;
}

void append_row(std::string& out, const std::vector<std::string>& cells) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) out += ',';
    out += csv_escape(cells[i]);
  }
  out += '\n';
}

// The standard cells, then the row's value of each attribute column (the first one of a key).
template <typename Row>
void append_with_attributes(std::string& out, std::vector<std::string> cells, const Row& row,
                            const std::vector<std::string>& keys) {
  for (const std::string& key : keys) {
    std::string value;
    for (const Attribute& a : row.attributes) {
      if (a.key == key) {
        value = a.value;
        break;
      }
    }
    cells.push_back(std::move(value));
  }
  append_row(out, cells);
}

std::string header_line(std::vector<std::string> columns, const std::vector<std::string>& keys) {
  columns.insert(columns.end(), keys.begin(), keys.end());
  std::string out;
  append_row(out, columns);
  return out;
}

std::string number(const std::optional<Quantity>& q) {
  return q ? format_double(q->value) : std::string();
}

std::string unit(const std::optional<Quantity>& q) {
  return q ? q->unit : std::string();
}

}  // namespace

std::string park_enterprises_csv(const Park& park) {
  const auto keys = attribute_keys(park.enterprises);
  std::string out = header_line({"id", "name", "sector", "role", "external"}, keys);
  for (const Enterprise& e : park.enterprises) {
    append_with_attributes(out, {e.id, e.name, e.sector, e.role, e.external ? "true" : "false"}, e,
                           keys);
  }
  return out;
}

std::string park_exchanges_csv(const Park& park) {
  const auto keys = attribute_keys(park.exchanges);
  std::string out = header_line({"id", "supplier", "receiver", "resource", "layer", "kind",
                                 "status", "quantity", "unit", "year"},
                                keys);
  for (const Exchange& x : park.exchanges) {
    append_with_attributes(
        out,
        {x.id, x.supplier, x.receiver, x.resource, std::string(to_string(x.layer)),
         std::string(to_string(x.kind)), std::string(to_string(x.status)), number(x.quantity),
         unit(x.quantity), x.year ? std::to_string(*x.year) : std::string()},
        x, keys);
  }
  return out;
}

std::string park_declarations_csv(const Park& park) {
  const auto keys = attribute_keys(park.declarations);
  std::string out =
      header_line({"enterprise", "direction", "resource", "layer", "quantity", "unit"}, keys);
  for (const Declaration& d : park.declarations) {
    append_with_attributes(out,
                           {d.enterprise, std::string(to_string(d.direction)), d.resource,
                            std::string(to_string(d.layer)), number(d.quantity), unit(d.quantity)},
                           d, keys);
  }
  return out;
}

}  // namespace symbio::io
