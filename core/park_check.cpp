#include "core/park_check.hpp"

#include <array>
#include <cmath>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "core/conversion.hpp"
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

void complete_exchanges(Park& park, const ResourceCatalogue& catalogue, ValidationReport& report) {
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
    if (x.quantity) {
      const Conversion c = convert_quantity(*x.quantity, x.layer, resource);
      const char* field = c.error_code == "bad-quantity" ? "quantity" : "unit";
      if (!c.amount) {
        report.error(c.error_code, x.id, x.origin.at(field), c.message);
      } else {
        x.amount = c.amount;
        if (!c.message.empty()) report.note("unit-converted", x.id, x.origin.at("unit"), c.message);
      }
    }
  }
}

void complete_declarations(Park& park, const ResourceCatalogue& catalogue,
                           ValidationReport& report) {
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
    if (d.quantity) {
      const Conversion c = convert_quantity(*d.quantity, d.layer, resource);
      if (!c.amount) {
        report.error(c.error_code, d.enterprise,
                     d.origin.at(c.error_code == "bad-quantity" ? "quantity" : "unit"), c.message);
      } else {
        d.amount = c.amount;
      }
    }
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
  complete_exchanges(park, catalogue, report);
  complete_declarations(park, catalogue, report);
  check_flow_range(park, report);
  report_isolates(park, report);
  return report;
}

}  // namespace symbio
