#pragma once

#include "core/catalogue.hpp"
#include "core/park.hpp"
#include "core/validation.hpp"

namespace symbio {

struct FinalizeOptions {
  // A single exchanges file has no enterprise list: its enterprises are the names it uses.
  bool add_missing_enterprises = false;
  // Adds the note "inferred" for every exchange whose layer or kind, and every declaration whose
  // layer, the input left to the catalogue (-v); off by default, as a large park would get one
  // note per exchange.
  bool note_inferences = false;
  // Adds the warning "near-duplicate" for enterprise names that are probably one enterprise
  // spelled two ways (near_duplicates.hpp).
  bool check_near_duplicates = true;
};

// Completes a park just read and checks it, returning every problem at once:
// - enterprises: empty or duplicate id (error), empty name (error);
// - exchanges: supplier or receiver not among the enterprises (error, unless
//   add_missing_enterprises: then they are added in order of first use), duplicate id (error),
//   missing id (assigned "x<n>" in input order), self-exchange (warning), year outside
//   1800..2200 (error);
// - layer and kind when the input gave none, from the catalogue (docs/methods.md#park-model:
//   unknown resources are material; the kind is the catalogue's usual kind, else product); when
//   the quantity's unit contradicts the catalogue's layer and nothing bridges them, the unit
//   decides (note "layer-from-unit"; units.hpp layer_of_unit()); with note_inferences, the note
//   "inferred" per exchange;
// - quantities converted to the layer's canonical unit (convert_quantity(); errors as it
//   reports them, cross-dimension conversions as notes);
// - the amounts of each layer sum to a finite number ("bad-quantity" at the exchange where the
//   sum overflows: indicators add flows up);
// - near-duplicate enterprise names: equal but for case, spacing and punctuation, or one letter
//   apart (warning "near-duplicate" naming both spellings and places; near_duplicates.hpp);
// - isolates: enterprises in no existing exchange (warning);
// - declarations: unknown enterprise, quantities as for exchanges.
// The park is changed in place (inferred fields, amounts, added enterprises, ids).
ValidationReport finalize_park(Park& park, const ResourceCatalogue& catalogue,
                               const FinalizeOptions& options = {});

}  // namespace symbio
