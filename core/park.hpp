#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/enterprise_data.hpp"
#include "core/error.hpp"
#include "core/types.hpp"

namespace symbio {

// A column the input had and the model does not know ("output value", "emissions"): kept as
// text and written back out.
struct Attribute {
  std::string key;
  std::string value;
};

// Where an entity was read: the file, its line, and the column of each field present, so that
// a problem found later (an unknown supplier, a unit of the wrong dimension) names its place.
struct Origin {
  std::string file;
  int line = 0;
  std::vector<std::pair<std::string, int>> columns;  // field name -> 1-based column

  // The location of a field; column 0 when the field had no column of its own.
  SourceLocation at(std::string_view field) const;
};

// A flow as the input wrote it: "200000" and "t/a", "20" and "万吨/年".
struct Quantity {
  double value = 0.0;
  std::string unit;
};

// A node of the network: a company, a plant, or a boundary actor (external = true: market,
// lake, landfill, grid), which never fails by propagation in a cascade.
struct Enterprise {
  std::string id;  // unique key
  std::string name;
  std::string sector;  // free text or a GB/T 4754 code
  std::string role;    // anchor, utility, recycler, waste_treatment, farm, municipality, ...
  bool external = false;
  std::vector<Attribute> attributes;
  Origin origin;
};

// A directed edge supplier -> receiver.
struct Exchange {
  std::string id;  // given, or "x<n>" in input order
  std::string supplier;
  std::string receiver;
  std::string resource;
  Layer layer = Layer::material;
  Kind kind = Kind::product;
  Status status = Status::existing;
  // True when the input gave no layer (kind): finalize_park() then takes it from the catalogue.
  bool layer_inferred = false;
  bool kind_inferred = false;
  std::optional<Quantity> quantity;  // as written
  std::optional<double> amount;      // in the canonical unit of the layer (finalize_park())
  std::optional<int> year;
  // Whether the dependent party can replace the exchange from the market at short notice, so
  // that it carries no dependency in a cascade (docs/methods.md, "Who depends on whom"). Set by
  // finalize_park() from the input's `substitutable` column (kept among the attributes, so every
  // format carries it), else from the catalogue entry of the resource; nullopt when neither
  // says, which counts as not substitutable.
  std::optional<bool> substitutable;
  std::vector<Attribute> attributes;
  Origin origin;
};

// What an enterprise declares it puts out or needs, matched by the audit against other
// enterprises' declarations (resources.csv).
enum class Direction { output, need };
std::string_view to_string(Direction direction);
std::optional<Direction> parse_direction(std::string_view text);

struct Declaration {
  std::string enterprise;
  Direction direction = Direction::output;
  std::string resource;
  Layer layer = Layer::material;
  bool layer_inferred = true;
  std::optional<Quantity> quantity;
  std::optional<double> amount;  // canonical unit of the layer
  std::vector<Attribute> attributes;
  Origin origin;
};

// One figure an enterprise reports about itself (data.csv): `value` in the canonical unit of
// its item (canonical_data_unit()), `quantity` as written.
struct EnterpriseDatum {
  std::string enterprise;
  DataItem item = DataItem::value_added;
  double value = 0.0;
  Quantity quantity;
  std::optional<int> year;
  Origin origin;
};

// The park as read from its files: a plain value, checked and completed by finalize_park().
struct Park {
  std::string name;
  std::string description;
  std::string source;  // citation or provenance
  std::vector<Enterprise> enterprises;
  std::vector<Exchange> exchanges;
  std::vector<Declaration> declarations;
  std::vector<EnterpriseDatum> data;  // data.csv; empty when the park has none
};

// Position of an enterprise by id (linear; build a map for repeated look-ups).
std::optional<std::size_t> find_enterprise(const Park& park, std::string_view id);

}  // namespace symbio
