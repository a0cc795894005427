#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace symbio {

// Published lists spell one enterprise two ways ("Co-operative" and "Co-Operative", the
// romanisations "Jinhua Steel" and "Jinhwa Steel"); read as given, they become two enterprises.
// These functions find such pairs so that the reader can warn about them.

// The comparison key of a name: ASCII and Latin-1 letters in lower case, full-width forms folded
// to ASCII, and every white space and punctuation character (ASCII punctuation, dashes, quotes,
// middle dots, CJK punctuation) left out. "Co-Operative Ltd." gives "cooperativeltd".
std::u32string name_key(std::string_view name);

enum class NearDuplicateReason {
  same_name,  // the names are equal (two ids)
  same_key,   // they differ only in case, spacing or punctuation
  one_edit,   // their keys differ by one letter inserted, deleted or replaced
};

struct NearDuplicate {
  std::size_t earlier = 0;  // index of the first spelling
  std::size_t later = 0;    // index of the other spelling, later > earlier
  NearDuplicateReason reason = NearDuplicateReason::same_key;
};

// Keys of fewer code points are compared only for equality: a one-letter edit of a short name
// ("Farms1"/"Farms2", "Plant A"/"Plant B") is more often another enterprise than a typo.
inline constexpr std::size_t kMinEditKeyLength = 8;
// Longer keys (no name is that long) are compared only for equality.
inline constexpr std::size_t kMaxEditKeyLength = 1000;

// The pairs of `names` (in order of appearance) that are probably one enterprise: equal keys, or
// keys of at least kMinEditKeyLength code points at Levenshtein distance 1, except when the edit
// touches a digit or numeral (numbered units: "Boiler 1"/"Boiler 2", 一期/二期) or a Chinese
// character (a one-character difference is another name: 华能/华电). Each name is reported at
// most once, with the first earlier name it is near, ordered by `later`.
//
// Cost: O(N L log(N L)) for N names of L code points: every key of kMinEditKeyLength or more
// code points is hashed with each of its code points deleted (two keys at distance 1 share such
// a variant at the same position, or one's variant is the other key; numerals and Chinese
// characters are not deleted, as their edits are not reported), and the hashes are sorted.
// A variant shared by more than kMaxVariantGroup names is a naming scheme ("Unit 0001" ...
// "Unit 9999"), not a typo, and is not searched, which bounds the pairs examined.
inline constexpr std::size_t kMaxVariantGroup = 32;
std::vector<NearDuplicate> find_near_duplicates(const std::vector<std::string_view>& names);

}  // namespace symbio
