#include "core/near_duplicates.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace symbio {
namespace {

std::vector<NearDuplicate> find(const std::vector<std::string>& names) {
  std::vector<std::string_view> views(names.begin(), names.end());
  return find_near_duplicates(views);
}

TEST(NearDuplicatesTest, KeyFoldsCaseSpacingAndPunctuation) {
  EXPECT_EQ(name_key("Co-Operative Ltd."), U"cooperativeltd");
  EXPECT_EQ(name_key("co operative  ltd"), U"cooperativeltd");
  EXPECT_EQ(name_key("ＣＯ－ＯＰ"), U"coop");                             // full-width forms
  EXPECT_EQ(name_key("ASNÆS"), U"asnæs");                                 // Latin-1 capitals
  EXPECT_EQ(name_key("诺维信·诺和诺德（中国）"), U"诺维信诺和诺德中国");  // CJK punctuation
  EXPECT_EQ(name_key("A\u00A0B\u2013C"), U"abc");                         // no-break space, en dash
}

TEST(NearDuplicatesTest, SpellingsOfPublishedLists) {
  // The two cases of published lists: case and punctuation, and two romanisations.
  const auto pairs = find({"Co-operative Farm", "Jinhua Steel", "Pig farms", "Co-Operative Farm",
                           "Jinhwa Steel", "Cooperative farm"});
  ASSERT_EQ(pairs.size(), 3u);
  EXPECT_EQ(pairs[0].earlier, 0u);
  EXPECT_EQ(pairs[0].later, 3u);
  EXPECT_EQ(pairs[0].reason, NearDuplicateReason::same_key);
  EXPECT_EQ(pairs[1].earlier, 1u);
  EXPECT_EQ(pairs[1].later, 4u);
  EXPECT_EQ(pairs[1].reason, NearDuplicateReason::one_edit);  // "jinhuasteel" / "jinhwasteel"
  EXPECT_EQ(pairs[2].earlier, 0u);                            // the first spelling, not the second
  EXPECT_EQ(pairs[2].later, 5u);
}

TEST(NearDuplicatesTest, SameNameTwice) {
  const auto pairs = find({"Sugar mill", "Sugar mill"});
  ASSERT_EQ(pairs.size(), 1u);
  EXPECT_EQ(pairs[0].reason, NearDuplicateReason::same_name);
}

TEST(NearDuplicatesTest, InsertionAndDeletion) {
  // "statoilrefinery" (15) and "statoilrefinary"/"statoilrefnery": one replacement, one deletion.
  const auto pairs = find({"Statoil Refinery", "Statoil Refinary", "Statoil Refnery"});
  ASSERT_EQ(pairs.size(), 2u);
  EXPECT_EQ(pairs[0].later, 1u);
  EXPECT_EQ(pairs[1].later, 2u);
  EXPECT_EQ(pairs[1].earlier, 0u);
}

TEST(NearDuplicatesTest, WhatIsNotReported) {
  EXPECT_TRUE(find({"Farms1", "Farms2"}).empty());  // digits: numbered units
  EXPECT_TRUE(find({"Boiler House 1", "Boiler House 2"}).empty());
  EXPECT_TRUE(find({"Boiler House", "Boiler House 2"}).empty());  // an added digit
  EXPECT_TRUE(find({"Plant A", "Plant B"}).empty());              // keys of 6 code points
  EXPECT_TRUE(find({"Salt Farm", "Salt Farms Co"}).empty());      // two edits
  EXPECT_TRUE(find({"山东华能发电有限公司", "山东华电发电有限公司"}).empty());  // 华能 / 华电
  EXPECT_TRUE(find({"一期热电厂有限公司", "二期热电厂有限公司"}).empty());      // numerals
  EXPECT_TRUE(find({"Sugar mill", "Sugar refinery", "Alkali recovery plant"}).empty());
}

TEST(NearDuplicatesTest, PublishedParksHaveNoneAtDistanceOne) {
  // The enterprise names of the three published lists (EIPs package): no pair is flagged; the
  // closest, Farms1/Farms2, differ in a digit.
  const auto pairs = find({"Cement industry",
                           "Dong Energy asnaes Power station",
                           "Farms1",
                           "Farms2",
                           "Fertilizer industry",
                           "Fish farm",
                           "Gyproc",
                           "Ibicon",
                           "Kara/Noveren",
                           "Novozymes/Novo Nordisk",
                           "Pig farms",
                           "Purification of water",
                           "Pyroneer",
                           "RGS 90",
                           "Re-use basin",
                           "Recovery of nickel and vanadium",
                           "Reservoir of Lake Tisse",
                           "Statoil Refinery",
                           "The Municipality of Kalundborg",
                           "Waste water treatment",
                           "Alcohol plant",
                           "Alkali recovery plant",
                           "Boiler House",
                           "Calcium carbonate plant",
                           "Cement mill",
                           "Compound fertilizer plant",
                           "External sugar refineries",
                           "Pulp and Paper mills",
                           "Sugar mill",
                           "Sugar refinery",
                           "Sugarcane field",
                           "White liquid treatment plant",
                           "(NH4)3PO4 Production",
                           "Aquaculture",
                           "Bromine Production",
                           "Chloro-Alkaline Production",
                           "Clinker Production",
                           "H2SO4 Production",
                           "K+ and Mg+ Salts Production",
                           "NH3 Production",
                           "Power Plant",
                           "Salt Farm",
                           "Salt Gypsum Production",
                           "Salt Production"});
  EXPECT_TRUE(pairs.empty());
}

// "Unit Alpha-" and one letter of Latin Extended-A (U+0100 + i): keys of 10 code points that
// share the deletion variant "unitalpha" at position 9.
std::vector<std::string> scheme(int count) {
  std::vector<std::string> names;
  for (int i = 0; i < count; ++i) {
    const auto cp = static_cast<unsigned>(0x100 + i);
    std::string letter = {static_cast<char>(0xC0 | (cp >> 6)),
                          static_cast<char>(0x80 | (cp & 0x3F))};
    names.push_back("Unit Alpha-" + letter);
  }
  return names;
}

TEST(NearDuplicatesTest, NamingSchemeIsNotSearched) {
  // 30 names one letter apart are reported (each against the first); 40 exceed
  // kMaxVariantGroup and are a naming scheme, not typos.
  const auto few = find(scheme(30));
  ASSERT_EQ(few.size(), 29u);
  EXPECT_EQ(few.back().earlier, 0u);
  EXPECT_EQ(few.back().later, 29u);
  EXPECT_TRUE(find(scheme(40)).empty());
}

// The plain O(N^2) definition: each name's first earlier name with an equal key or, for keys of
// at least kMinEditKeyLength code points, a typo-like edit (brute force over all pairs with a
// full Levenshtein matrix).
std::size_t levenshtein(const std::u32string& a, const std::u32string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j)
    row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

bool digit_edit(const std::u32string& a, const std::u32string& b) {
  // The test alphabet below has digits only as numerals: an edit touching one is excluded.
  const std::u32string& s = a.size() <= b.size() ? a : b;
  const std::u32string& l = a.size() <= b.size() ? b : a;
  std::size_t i = 0;
  while (i < s.size() && s[i] == l[i])
    ++i;
  auto digit = [](char32_t c) { return c >= '0' && c <= '9'; };
  if (s.size() == l.size()) return digit(s[i]) || digit(l[i]);
  return digit(l[i]);
}

std::vector<NearDuplicate> brute_force(const std::vector<std::string>& names) {
  std::vector<NearDuplicate> out;
  for (std::size_t j = 0; j < names.size(); ++j) {
    const std::u32string kj = name_key(names[j]);
    for (std::size_t i = 0; i < j; ++i) {
      const std::u32string ki = name_key(names[i]);
      if (kj.empty() || ki.empty()) continue;
      bool near = ki == kj;
      if (!near && std::min(ki.size(), kj.size()) >= kMinEditKeyLength &&
          levenshtein(ki, kj) == 1 && !digit_edit(ki, kj)) {
        near = true;
      }
      if (near) {
        out.push_back(NearDuplicate{i, j, NearDuplicateReason::same_key});
        break;
      }
    }
  }
  return out;
}

TEST(NearDuplicatesTest, AgreesWithBruteForce) {
  // Random names over a small alphabet, so that many pairs are near: the bucketed search must
  // find exactly the pairs of the quadratic definition (the groups stay below kMaxVariantGroup).
  std::mt19937 rng(7);
  const std::string alphabet = "ab1-";
  std::size_t total = 0;
  for (int round = 0; round < 20; ++round) {
    std::vector<std::string> names;
    const int n = 300;
    for (int k = 0; k < n; ++k) {
      std::string name;
      const int length = 8 + static_cast<int>(rng() % 4);
      for (int c = 0; c < length; ++c)
        name += alphabet[rng() % alphabet.size()];
      names.push_back(name);
    }
    const auto expected = brute_force(names);
    total += expected.size();
    const auto got = find(names);
    ASSERT_EQ(got.size(), expected.size()) << "round " << round;
    for (std::size_t p = 0; p < got.size(); ++p) {
      EXPECT_EQ(got[p].earlier, expected[p].earlier) << "round " << round;
      EXPECT_EQ(got[p].later, expected[p].later) << "round " << round;
    }
  }
  EXPECT_GT(total, 100u);  // the rounds do exercise the search
}

}  // namespace
}  // namespace symbio
