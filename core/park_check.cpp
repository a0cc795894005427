#include "core/park_check.hpp"

#include <array>
#include <cmath>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "core/conversion.hpp"
#include "core/near_duplicates.hpp"
#include "core/text.hpp"
#include "core/units.hpp"

namespace symbio {

namespace {

constexpr int kFirstYear = 1800;
constexpr int kLastYear = 2200;

void check_enterprises(const Park& park, ValidationReport& report) {
  std::unordered_map<std::string, const Enterprise*> seen;
  for (const Enterprise& e : park.enterprises) {
    if (trim(e.id).empty()) {
      report.error("empty-id", e.name, e.origin.at("id"), "enterprise without an id");
      continue;
    }
    if (const auto [it, inserted] = seen.emplace(e.id, &e); !inserted) {
      report.error("duplicate-enterprise", e.id, e.origin.at("id"),
                   "enterprise id '" + e.id + "' is already used at " +
                       it->second->origin.at("id").to_string());
    }
    if (trim(e.name).empty()) {
      report.error("empty-name", e.id, e.origin.at("name"),
                   "enterprise '" + e.id + "' has no name");
    }
  }
}

void complete_enterprises(Park& park, const FinalizeOptions& options, ValidationReport& report) {
  std::unordered_set<std::string> known;
  for (const Enterprise& e : park.enterprises)
    known.insert(e.id);
  for (const Exchange& x : park.exchanges) {
    for (const auto* field : {"supplier", "receiver"}) {
      const std::string& id = std::string_view(field) == "supplier" ? x.supplier : x.receiver;
      if (trim(id).empty()) {
        report.error("empty-" + std::string(field), x.id, x.origin.at(field),
                     "exchange without a " + std::string(field));
        continue;
      }
      if (known.count(id) != 0) continue;
      if (options.add_missing_enterprises) {
        Enterprise e;
        e.id = id;
        e.name = id;
        e.origin = Origin{x.origin.file, x.origin.line, {{"id", x.origin.at(field).column}}};
        park.enterprises.push_back(std::move(e));
        known.insert(id);
      } else {
        report.error("unknown-enterprise", x.id.empty() ? id : x.id, x.origin.at(field),
                     std::string(field) + " '" + id + "' is not in the enterprise list");
      }
    }
  }
}

// Where a quantity's unit was written: its own column, else the quantity cell ("20万吨/年").
SourceLocation unit_location(const Origin& origin) {
  const SourceLocation unit = origin.at("unit");
  return unit.column != 0 ? unit : origin.at("quantity");
}

std::string catalogue_says(const std::string& resource_name, const Resource* resource) {
  if (resource == nullptr) {
    return resource_name.empty() ? "the exchange names no resource"
                                 : "'" + resource_name + "' is not in the resource catalogue";
  }
  return "the catalogue entry '" + resource->key + "' for '" + resource_name + "'";
}

// Converts a quantity into its layer's canonical unit. When the input gave no layer and the
// unit's dimension contradicts the catalogue's layer with no heating value or density to bridge
// them, the unit decides ("余压,10,万GJ/年" is energy whatever the catalogue guessed; "热水" in
// 万吨/年 is a mass flow), with the note "layer-from-unit"; an explicit layer that contradicts
// its unit stays the error "unit-dimension". Returns whether the unit decided.
bool convert_with_layer(const Quantity& quantity, Layer& layer, bool layer_inferred,
                        const std::string& resource_name, const Resource* resource,
                        const std::string& subject, const Origin& origin, Conversion& conversion,
                        ValidationReport& report) {
  conversion = convert_quantity(quantity, layer, resource);
  if (conversion.amount || !layer_inferred || conversion.error_code != "unit-dimension") {
    return false;
  }
  const auto unit = parse_unit(quantity.unit);
  const auto decided = unit ? layer_of_unit(*unit) : std::nullopt;
  if (!decided) return false;
  const Layer guessed = layer;
  layer = *decided;
  conversion = convert_quantity(quantity, layer, resource);
  const std::string why = resource != nullptr ? "the catalogue entry '" + resource->key + "'"
                                              : "the default for a resource not in the catalogue";
  report.note("layer-from-unit", subject, unit_location(origin),
              "no layer given for '" + resource_name + "': " + why + " says " +
                  std::string(to_string(guessed)) + ", but the unit '" + quantity.unit +
                  "' measures " + std::string(to_string(unit->dimension)) + ", so it is read as " +
                  std::string(to_string(layer)));
  return true;
}

// -v: what was filled in for an exchange and from where.
void note_inference(const Exchange& x, const Resource* resource, bool unit_decided,
                    ValidationReport& report) {
  std::string text;
  if (x.layer_inferred) {
    text = "layer " + std::string(to_string(x.layer));
    if (unit_decided) text += " from its unit '" + x.quantity->unit + "'";
  }
  if (x.kind_inferred) {
    if (!text.empty()) text += unit_decided ? "; " : " and ";
    text += "kind " + std::string(to_string(x.kind));
  }
  const bool only_unit = unit_decided && !x.kind_inferred;
  if (!only_unit) {
    text += resource != nullptr ? " from " + catalogue_says(x.resource, resource)
                                : " by default: " + catalogue_says(x.resource, resource);
  }
  report.note("inferred", x.id, x.origin.at("resource"), text);
}

// The input's `substitutable` column (an attribute: unknown to the column layout, so every
// reader and writer carries it) decides; where it is empty or absent, the catalogue.
void complete_substitutable(Exchange& x, const Resource* resource, ValidationReport& report) {
  x.substitutable.reset();
  for (const Attribute& a : x.attributes) {
    if (match_key(a.key) != "substitutable" || trim(a.value).empty()) continue;
    x.substitutable = parse_bool(trim(a.value));
    if (!x.substitutable) {
      report.error("bad-substitutable", x.id, x.origin.at(a.key),
                   "substitutable '" + a.value + "' is not true/false (yes/no, 1/0, 是/否)");
    }
    return;
  }
  if (resource != nullptr) x.substitutable = resource->substitutable;
}

void complete_exchanges(Park& park, const ResourceCatalogue& catalogue,
                        const FinalizeOptions& options, ValidationReport& report) {
  std::unordered_map<std::string, const Exchange*> ids;
  for (std::size_t i = 0; i < park.exchanges.size(); ++i) {
    Exchange& x = park.exchanges[i];
    if (trim(x.id).empty()) x.id = "x" + std::to_string(i + 1);
    if (const auto [it, inserted] = ids.emplace(x.id, &x); !inserted) {
      report.error("duplicate-exchange", x.id, x.origin.at("id"),
                   "exchange id '" + x.id + "' is already used at " +
                       it->second->origin.at("id").to_string());
    }
    if (!x.supplier.empty() && x.supplier == x.receiver) {
      report.warning("self-exchange", x.id, x.origin.at("receiver"),
                     "'" + x.supplier +
                         "' supplies itself; the exchange is left out of the "
                         "network metrics");
    }
    if (x.year && (*x.year < kFirstYear || *x.year > kLastYear)) {
      report.error("bad-year", x.id, x.origin.at("year"),
                   "year " + std::to_string(*x.year) + " is outside " + std::to_string(kFirstYear) +
                       ".." + std::to_string(kLastYear));
    }
    const Resource* resource = catalogue.find(x.resource);
    complete_substitutable(x, resource, report);
    if (x.layer_inferred) x.layer = resource != nullptr ? resource->layer : Layer::material;
    if (x.kind_inferred) x.kind = resource != nullptr ? resource->kind : Kind::product;
    bool unit_decided = false;
    if (x.quantity) {
      Conversion c;
      unit_decided = convert_with_layer(*x.quantity, x.layer, x.layer_inferred, x.resource,
                                        resource, x.id, x.origin, c, report);
      const char* field = c.error_code == "bad-quantity" ? "quantity" : "unit";
      if (!c.amount) {
        if (c.error_code == "unit-dimension" && !x.layer_inferred) {
          c.message += " (the layer is given; only an exchange without one takes its unit's)";
        }
        report.error(c.error_code, x.id, x.origin.at(field), c.message);
      } else {
        x.amount = c.amount;
        if (!c.message.empty()) report.note("unit-converted", x.id, x.origin.at("unit"), c.message);
      }
    }
    if (options.note_inferences && (x.layer_inferred || x.kind_inferred)) {
      note_inference(x, resource, unit_decided, report);
    }
  }
}

void complete_declarations(Park& park, const ResourceCatalogue& catalogue,
                           const FinalizeOptions& options, ValidationReport& report) {
  std::unordered_set<std::string> known;
  for (const Enterprise& e : park.enterprises)
    known.insert(e.id);
  for (Declaration& d : park.declarations) {
    if (known.count(d.enterprise) == 0) {
      report.error("unknown-enterprise", d.enterprise, d.origin.at("enterprise"),
                   "enterprise '" + d.enterprise + "' is not in the enterprise list");
    }
    const Resource* resource = catalogue.find(d.resource);
    if (d.layer_inferred) d.layer = resource != nullptr ? resource->layer : Layer::material;
    bool unit_decided = false;
    if (d.quantity) {
      Conversion c;
      unit_decided = convert_with_layer(*d.quantity, d.layer, d.layer_inferred, d.resource,
                                        resource, d.enterprise, d.origin, c, report);
      if (!c.amount) {
        report.error(c.error_code, d.enterprise,
                     d.origin.at(c.error_code == "bad-quantity" ? "quantity" : "unit"), c.message);
      } else {
        d.amount = c.amount;
      }
    }
    if (options.note_inferences && d.layer_inferred) {
      std::string text = "layer " + std::string(to_string(d.layer));
      if (unit_decided) {
        text += " from its unit '" + d.quantity->unit + "'";
      } else {
        text += resource != nullptr ? " from " + catalogue_says(d.resource, resource)
                                    : " by default: " + catalogue_says(d.resource, resource);
      }
      report.note("inferred", d.enterprise, d.origin.at("resource"), text);
    }
  }
}

SourceLocation name_location(const Enterprise& e) {
  const SourceLocation name = e.origin.at("name");
  return name.column != 0 ? name : e.origin.at("id");
}

// Two spellings of one enterprise become two enterprises (near_duplicates.hpp): a warning with
// both spellings and where each was read, so the user can pick one.
void report_near_duplicates(const Park& park, ValidationReport& report) {
  std::vector<std::string_view> names;
  names.reserve(park.enterprises.size());
  for (const Enterprise& e : park.enterprises)
    names.emplace_back(e.name.empty() ? e.id : e.name);
  for (const NearDuplicate& pair : find_near_duplicates(names)) {
    const Enterprise& first = park.enterprises[pair.earlier];
    const Enterprise& second = park.enterprises[pair.later];
    std::string why;
    switch (pair.reason) {
      case NearDuplicateReason::same_name:
        why = "have the same name";
        break;
      case NearDuplicateReason::same_key:
        why = "differ only in case, spacing or punctuation";
        break;
      case NearDuplicateReason::one_edit:
        why = "differ in one letter";
        break;
    }
    std::string message = "'" + std::string(names[pair.later]) + "'";
    if (second.id != names[pair.later]) message += " (id '" + second.id + "')";
    message += " at line " + std::to_string(second.origin.line) + " and '" +
               std::string(names[pair.earlier]) + "'";
    if (first.id != names[pair.earlier]) message += " (id '" + first.id + "')";
    message += " at " + name_location(first).to_string() + " " + why +
               ": probably one enterprise spelled two ways (use one spelling, or make the names "
               "distinct if they are two enterprises)";
    report.warning("near-duplicate", second.id, name_location(second), message);
  }
}

void report_isolates(const Park& park, ValidationReport& report) {
  std::unordered_set<std::string> linked;
  for (const Exchange& x : park.exchanges) {
    if (x.status != Status::existing || x.supplier == x.receiver) continue;
    linked.insert(x.supplier);
    linked.insert(x.receiver);
  }
  for (const Enterprise& e : park.enterprises) {
    if (!e.id.empty() && linked.count(e.id) == 0) {
      report.warning("isolate", e.id, e.origin.at("id"),
                     "'" + e.id + "' takes part in no existing exchange");
    }
  }
}

// Indicators add flows up (strengths, layer totals, shares), so the sum of every layer's amounts
// must stay a finite double; each partial sum is at most the total, so one check per layer
// covers them all. The error names the exchange at which the sum overflows.
void check_flow_range(const Park& park, ValidationReport& report) {
  std::array<double, 3> sum{};
  std::array<bool, 3> reported{};
  for (const Exchange& x : park.exchanges) {
    if (!x.amount) continue;
    const auto layer = static_cast<std::size_t>(x.layer);
    sum[layer] += *x.amount;
    if (!std::isfinite(sum[layer]) && !reported[layer]) {
      reported[layer] = true;
      report.error("bad-quantity", x.id, x.origin.at("quantity"),
                   "the " + std::string(to_string(x.layer)) +
                       " flows of the park add up beyond the range of numbers at this exchange "
                       "(about 1.8e308 " +
                       std::string(canonical_unit(x.layer)) + "); check the quantities and units");
    }
  }
}

}  // namespace

ValidationReport finalize_park(Park& park, const ResourceCatalogue& catalogue,
                               const FinalizeOptions& options) {
  ValidationReport report;
  check_enterprises(park, report);
  complete_enterprises(park, options, report);
  if (options.check_near_duplicates) report_near_duplicates(park, report);
  complete_exchanges(park, catalogue, options, report);
  complete_declarations(park, catalogue, options, report);
  check_flow_range(park, report);
  report_isolates(park, report);
  return report;
}

}  // namespace symbio
