#include "core/near_duplicates.hpp"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

namespace symbio {

namespace {

// One code point at text[i] and its length; an invalid byte stands for itself (the encoding is
// checked elsewhere).
std::size_t next_code_point(std::string_view text, std::size_t i, char32_t& cp) {
  const auto b0 = static_cast<unsigned char>(text[i]);
  std::size_t len = 1;
  if (b0 >= 0xF0) {
    len = 4;
  } else if (b0 >= 0xE0) {
    len = 3;
  } else if (b0 >= 0xC0) {
    len = 2;
  }
  if (len == 1 || i + len > text.size()) {
    cp = b0;
    return 1;
  }
  cp = b0 & (0x7F >> len);
  for (std::size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(text[i + k]);
    if ((b & 0xC0) != 0x80) {
      cp = b0;
      return 1;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  return len;
}

bool is_separator(char32_t cp) {
  if (cp < 0x80) {
    return !((cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'));
  }
  return cp == 0xA0 || cp == 0xB7 ||                      // no-break space, middle dot
         (cp >= 0x2000 && cp <= 0x206F) ||                // spaces, dashes, quotes, bullets
         (cp >= 0x3000 && cp <= 0x303F) ||                // CJK spaces and punctuation
         cp == 0x30FB || cp == 0xFEFF ||                  // katakana middle dot, BOM
         (cp >= 0xFF5F && cp <= 0xFF65) || cp == 0xFFE5;  // half-width CJK punctuation
}

bool is_cjk_ideograph(char32_t cp) {
  return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3134F);
}

// Digits and the numerals and ordinal stems that number units of one enterprise.
bool is_numeral(char32_t cp) {
  if (cp >= '0' && cp <= '9') return true;
  static constexpr std::u32string_view kNumerals = U"〇零一二三四五六七八九十百千甲乙丙丁";
  return kNumerals.find(cp) != std::u32string_view::npos;
}

// Whether an edit replacing `a` by `b` (0 for an insertion or deletion) is a possible typo.
bool typo_like(char32_t a, char32_t b) {
  for (const char32_t cp : {a, b}) {
    if (cp != 0 && (is_numeral(cp) || is_cjk_ideograph(cp))) return false;
  }
  return true;
}

// Whether two different keys are one typo-like edit apart.
bool one_edit_apart(const std::u32string& a, const std::u32string& b) {
  const std::u32string& shorter = a.size() <= b.size() ? a : b;
  const std::u32string& longer = a.size() <= b.size() ? b : a;
  if (longer.size() - shorter.size() > 1) return false;
  std::size_t i = 0;
  while (i < shorter.size() && shorter[i] == longer[i])
    ++i;
  if (shorter.size() == longer.size()) {
    if (i == shorter.size()) return false;  // equal
    return std::equal(shorter.begin() + static_cast<std::ptrdiff_t>(i + 1), shorter.end(),
                      longer.begin() + static_cast<std::ptrdiff_t>(i + 1)) &&
           typo_like(shorter[i], longer[i]);
  }
  return std::equal(shorter.begin() + static_cast<std::ptrdiff_t>(i), shorter.end(),
                    longer.begin() + static_cast<std::ptrdiff_t>(i + 1)) &&
         typo_like(longer[i], 0);
}

// A deletion variant of the key at `index`: the high 48 bits of the hash of the key with the code
// point at a position left out, and that position + 1 in the low 16 (0: the whole key; keys have
// at most kMaxEditKeyLength code points), so that one integer orders variants by hash, then
// position.
struct Variant {
  std::uint64_t key = 0;
  std::uint32_t index = 0;
  std::uint64_t hash() const { return key >> 16; }
  bool whole() const { return (key & 0xFFFF) == 0; }
};

Variant make_variant(std::uint64_t hash, std::size_t deleted_plus_one, std::size_t index) {
  return Variant{(hash & ~std::uint64_t{0xFFFF}) | deleted_plus_one,
                 static_cast<std::uint32_t>(index)};
}

// Sorts by key: least-significant-digit radix sort, four stable passes of 16 bits (several
// times faster than a comparison sort for the millions of variants of a large park).
void sort_by_key(std::vector<Variant>& variants) {
  std::vector<Variant> buffer(variants.size());
  std::vector<std::size_t> start(std::size_t{1} << 16);
  for (int shift = 0; shift < 64; shift += 16) {
    std::fill(start.begin(), start.end(), 0);
    for (const Variant& v : variants)
      ++start[(v.key >> shift) & 0xFFFF];
    std::size_t total = 0;
    for (std::size_t& s : start) {
      const std::size_t count = s;
      s = total;
      total += count;
    }
    for (const Variant& v : variants)
      buffer[start[(v.key >> shift) & 0xFFFF]++] = v;
    variants.swap(buffer);
  }
}

constexpr std::uint64_t kBase = 0x100000001B3ULL;  // odd multiplier of a polynomial hash

// Keys searched for one-edit neighbours.
bool searched(const std::u32string& key) {
  return key.size() >= kMinEditKeyLength && key.size() <= kMaxEditKeyLength;
}

// Polynomial hashes modulo 2^64: prefix[k] of key[0..k), power[k] = kBase^k. The variant hash of
// deleting position i is prefix[i] * B^(L-1-i) + (hash of key[i+1..L)), which equals the hash of
// the shortened key; the length is mixed in, and a finalizer (splitmix64's) spreads every bit
// into the 48 high bits that Variant keeps.
void add_variants(const std::u32string& key, std::size_t index, std::vector<std::uint64_t>& prefix,
                  std::vector<std::uint64_t>& power, std::vector<Variant>& out) {
  const std::size_t n = key.size();
  prefix.assign(n + 1, 0);
  for (std::size_t k = 0; k < n; ++k)
    prefix[k + 1] = prefix[k] * kBase + static_cast<std::uint64_t>(key[k]) + 1;
  while (power.size() <= n)
    power.push_back(power.empty() ? 1 : power.back() * kBase);
  auto mix = [](std::uint64_t h, std::size_t length) {
    h ^= static_cast<std::uint64_t>(length) * 0x9E3779B97F4A7C15ULL;
    h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9ULL;
    h = (h ^ (h >> 27)) * 0x94D049BB133111EBULL;
    return h ^ (h >> 31);
  };
  out.push_back(make_variant(mix(prefix[n], n), 0, index));
  for (std::size_t i = 0; i < n; ++i) {
    // An edit of a numeral or a Chinese character is never reported (typo_like()), so its
    // variant would find nothing: ids such as "P3-E00042" skip most of their positions.
    if (!typo_like(key[i], 0)) continue;
    const std::uint64_t tail = prefix[n] - prefix[i + 1] * power[n - 1 - i];
    const std::uint64_t h = prefix[i] * power[n - 1 - i] + tail;
    out.push_back(make_variant(mix(h, n - 1), i + 1, index));
  }
}

}  // namespace

std::u32string name_key(std::string_view name) {
  std::u32string key;
  key.reserve(name.size());
  std::size_t i = 0;
  while (i < name.size()) {
    char32_t cp = 0;
    i += next_code_point(name, i, cp);
    if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;  // full-width ASCII forms
    if (is_separator(cp)) continue;
    if (cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) cp += 0x20;  // Latin-1 capitals
    key += cp;
  }
  return key;
}

std::vector<NearDuplicate> find_near_duplicates(const std::vector<std::string_view>& names) {
  const std::size_t n = names.size();
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::vector<std::size_t> earlier(n, kNone);
  std::vector<NearDuplicateReason> reason(n, NearDuplicateReason::same_key);
  auto propose = [&](std::size_t a, std::size_t b, NearDuplicateReason why) {
    const std::size_t first = std::min(a, b);
    const std::size_t second = std::max(a, b);
    if (earlier[second] == kNone || first < earlier[second]) {
      earlier[second] = first;
      reason[second] = why;
    }
  };

  // Equal keys: each name against the first name of its key.
  std::vector<std::u32string> keys(n);
  std::unordered_map<std::u32string, std::size_t> first_of_key;
  first_of_key.reserve(n);
  std::vector<std::size_t> distinct;  // the first name of each key
  for (std::size_t i = 0; i < n; ++i) {
    keys[i] = name_key(names[i]);
    if (keys[i].empty()) continue;
    const auto [it, inserted] = first_of_key.emplace(keys[i], i);
    if (inserted) {
      distinct.push_back(i);
    } else {
      propose(it->second, i,
              names[it->second] == names[i] ? NearDuplicateReason::same_name
                                            : NearDuplicateReason::same_key);
    }
  }

  // One edit apart: compare the distinct keys that share a deletion variant.
  std::vector<Variant> variants;
  std::size_t variant_count = 0;
  for (const std::size_t i : distinct) {
    if (searched(keys[i])) variant_count += keys[i].size() + 1;
  }
  variants.reserve(variant_count);
  std::vector<std::uint64_t> prefix;
  std::vector<std::uint64_t> power;
  for (const std::size_t i : distinct) {
    if (searched(keys[i])) {
      add_variants(keys[i], i, prefix, power, variants);
    }
  }
  sort_by_key(variants);
  auto check = [&](const Variant& a, const Variant& b) {
    if (a.index == b.index) return;
    const std::u32string& ka = keys[a.index];
    const std::u32string& kb = keys[b.index];
    if (std::min(ka.size(), kb.size()) < kMinEditKeyLength) return;
    if (one_edit_apart(ka, kb)) propose(a.index, b.index, NearDuplicateReason::one_edit);
  };
  for (std::size_t run = 0; run < variants.size();) {
    std::size_t end = run;
    while (end < variants.size() && variants[end].hash() == variants[run].hash())
      ++end;
    // A whole key sorts first and meets the deletions of one-longer keys.
    if (variants[run].whole() && end - run <= kMaxVariantGroup + 1) {
      for (std::size_t k = run + 1; k < end; ++k) {
        if (!variants[k].whole()) check(variants[run], variants[k]);
      }
    }
    // Deletions at the same position: replacements of that code point.
    for (std::size_t group = run; group < end;) {
      std::size_t group_end = group;
      while (group_end < end && variants[group_end].key == variants[group].key)
        ++group_end;
      if (!variants[group].whole() && group_end - group <= kMaxVariantGroup) {
        for (std::size_t a = group; a < group_end; ++a) {
          for (std::size_t b = a + 1; b < group_end; ++b)
            check(variants[a], variants[b]);
        }
      }
      group = group_end;
    }
    run = end;
  }

  std::vector<NearDuplicate> pairs;
  for (std::size_t j = 0; j < n; ++j) {
    if (earlier[j] != kNone) pairs.push_back(NearDuplicate{earlier[j], j, reason[j]});
  }
  return pairs;
}

}  // namespace symbio
