#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/types.hpp"

namespace symbio {

// One entry of the bilingual resource catalogue (core/data/resources.csv).
struct Resource {
  std::string key;      // stable identifier, e.g. "fly_ash"
  std::string name_en;  // "fly ash"
  std::string name_zh;  // "粉煤灰"
  std::vector<std::string> aliases;
  Layer layer = Layer::material;
  Kind kind = Kind::byproduct;  // the usual kind, used when the input gives none
  // Conversion data for quantities whose unit does not fit the layer: heating value (lower, as
  // GB/T 2589-2020 tabulates it) per tonne or per normal cubic metre, and density.
  std::optional<double> gj_per_t;
  std::optional<double> gj_per_m3;
  std::optional<double> t_per_m3;
  // Keys of resources whose need this one can meet (fly ash -> cement raw material).
  std::vector<std::string> substitutes;
  // Whether an exchange of this resource can be replaced from the market at short notice
  // (market-traded commodities, grid electricity, general solid waste to a landfill) or not
  // (pipeline utilities, fuel gases, process water, wastewater outlets, hazardous waste); the
  // rule and its sources are in docs/methods.md. nullopt when the entry does not say.
  std::optional<bool> substitutable;
  std::string source;  // where the figures come from
};

// The catalogue that maps resource names to layers, kinds and conversion data. It is data, not
// code: the built-in table is core/data/resources.csv compiled into the library, and a user file
// of the same columns extends or overrides it (an entry with an existing key replaces it).
class ResourceCatalogue {
 public:
  // The built-in catalogue.
  static ResourceCatalogue builtin();

  // Adds the entries of a CSV text with the columns
  //   key,name_en,name_zh,aliases,layer,kind,gj_per_t,gj_per_m3,t_per_m3,substitutes,source
  // and optionally substitutable (true/false, yes/no, 1/0, 是/否; empty: not said)
  // (aliases and substitutes separated by '|'). Throws DataError naming file, line and column.
  void add_csv(std::string_view text, const std::string& file);

  // The resource a name refers to: first an exact match (after match_key) of a key, English or
  // Chinese name or alias; then the longest name or alias contained in the text as whole words
  // (for Chinese, as a substring), so "Mid-stream waste water" finds "waste water".
  // nullptr when nothing matches.
  const Resource* find(std::string_view name) const;

  // A resource by its key, or nullptr.
  const Resource* by_key(std::string_view key) const;

  const std::vector<Resource>& resources() const { return resources_; }

 private:
  void index(std::size_t position);
  void rebuild_index();

  std::vector<Resource> resources_;
  std::unordered_map<std::string, std::size_t> exact_;  // match_key(name) -> position
};

// What a catalogue tells about one exchange's resource name: the layer to use when the input
// gives none, and the entry (nullptr if unknown; then material: docs/methods.md#park-model).
struct LayerInference {
  Layer layer = Layer::material;
  const Resource* resource = nullptr;
};
LayerInference infer_layer(const ResourceCatalogue& catalogue, std::string_view resource_name);

}  // namespace symbio
