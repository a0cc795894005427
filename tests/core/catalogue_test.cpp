#include "core/catalogue.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/csv.hpp"
#include "core/error.hpp"
#include "core/text.hpp"

namespace symbio {
namespace {

const ResourceCatalogue& catalogue() {
  static const ResourceCatalogue c = ResourceCatalogue::builtin();
  return c;
}

// The key the catalogue finds for a name, or "(none)".
std::string key_of(std::string_view name) {
  const Resource* r = catalogue().find(name);
  return r == nullptr ? std::string("(none)") : r->key;
}

Layer layer_of(std::string_view name) {
  return infer_layer(catalogue(), name).layer;
}

struct Expected {
  std::string_view name;
  std::string_view key;
  Layer layer;
};

void expect_all(const std::vector<Expected>& table) {
  for (const auto& e : table) {
    EXPECT_EQ(key_of(e.name), e.key) << e.name;
    EXPECT_EQ(to_string(layer_of(e.name)), to_string(e.layer)) << e.name;
  }
}

TEST(CatalogueTest, BuiltinIsLargeConsistentAndUnique) {
  const auto& resources = catalogue().resources();
  EXPECT_GE(resources.size(), 90u);
  std::set<std::string> keys;
  for (const auto& r : resources) {
    EXPECT_TRUE(keys.insert(r.key).second) << "duplicate key " << r.key;
    EXPECT_FALSE(r.name_en.empty()) << r.key;
    EXPECT_FALSE(r.name_zh.empty()) << r.key;
  }
  // Every substitute names an entry, and every spelling finds its own entry (no alias is
  // claimed by two entries).
  for (const auto& r : resources) {
    for (const auto& s : r.substitutes) {
      EXPECT_NE(catalogue().by_key(s), nullptr) << r.key << " -> " << s;
    }
    std::vector<std::string> spellings = {r.key, r.name_en, r.name_zh};
    spellings.insert(spellings.end(), r.aliases.begin(), r.aliases.end());
    for (const auto& s : spellings) {
      const Resource* found = catalogue().find(s);
      ASSERT_NE(found, nullptr) << s;
      EXPECT_EQ(found->key, r.key) << "'" << s << "' is claimed by " << found->key;
    }
  }
}

TEST(CatalogueTest, KalundborgTransactions) {
  // The Transaction column of the EIPs Kalundborg data set, as published.
  expect_all({
      {"Surface water", "surface_water", Layer::water},
      {"Gas", "gas", Layer::energy},
      {"Biomass", "biomass", Layer::material},
      {"Fly ash", "fly_ash", Layer::material},
      {"Heat", "heat", Layer::energy},
      {"Steam", "steam", Layer::energy},
      {"Cooling water", "cooling_water", Layer::water},
      {"Yeast slurry", "yeast_slurry", Layer::material},
      {"Sulphur fertilizer", "fertilizer", Layer::material},
      {"Tech-water", "technical_water", Layer::water},  // '-' normalised to a space
      {"Gypsum", "gypsum", Layer::material},
      {"Waste water", "waste_water", Layer::water},
      {"Drain water", "water", Layer::water},  // contains "water"
      {"Sludge", "sludge", Layer::material},
      {"Deionized water", "demineralized_water", Layer::water},
      {"Water", "water", Layer::water},
      {"Waste gypsum", "waste_gypsum", Layer::material},
      {"Alko-hoilc Residue", "alcohol_residue", Layer::material},  // the data set's spelling
      {"Sea water", "sea_water", Layer::water},
      {"Straw", "straw", Layer::material},
      {"Enzymes", "enzymes", Layer::material},
      {"Condensate", "condensate", Layer::water},
      {"Bioethanol", "ethanol", Layer::material},
      {"Gasifier gas", "producer_gas", Layer::energy},
  });
}

TEST(CatalogueTest, GuitangTransactions) {
  expect_all({
      {"Alcohol residue", "alcohol_residue", Layer::material},
      {"White sludge", "white_sludge", Layer::material},
      {"Alkali", "caustic_soda", Layer::material},
      {"Slag", "slag", Layer::material},
      {"Compound fertilizer", "fertilizer", Layer::material},
      {"Molasses", "molasses", Layer::material},
      {"Pith", "pith", Layer::material},
      {"Bagasse", "bagasse", Layer::material},
      {"Cool ash", "bottom_ash", Layer::material},
      {"Black liquor", "black_liquor", Layer::material},
      {"Mid-stream waste water", "waste_water", Layer::water},
      {"White liquor", "white_liquor", Layer::material},
      {"Sugarcane juice", "sugarcane_juice", Layer::material},
      {"Used CO2", "co2", Layer::material},
      {"Filter mud", "filter_mud", Layer::material},
      {"Sugarcane", "sugarcane", Layer::material},
      {"Recovered fiber", "recovered_fibre", Layer::material},
      {"Recovered water", "reclaimed_water", Layer::water},
  });
}

TEST(CatalogueTest, LubeiTransactions) {
  expect_all({
      {"Dilute Brine", "brine", Layer::material},
      {"Sea water", "sea_water", Layer::water},
      {"Hot Sea water", "warm_sea_water", Layer::water},  // water, not heat
      {"Moderate Brine", "brine", Layer::material},
      {"Brine Residue", "brine", Layer::material},
      {"Saturated Brine", "brine", Layer::material},
      {"Bittern", "bittern", Layer::material},
      {"Salt Gypsum", "salt_gypsum", Layer::material},
      {"Phosphogypsum (Wet)", "phosphogypsum", Layer::material},
      {"H2SO4", "sulphuric_acid", Layer::material},
      {"Liquid SO2", "sulphur_dioxide", Layer::material},
      {"Kiln Gas(SO2)", "kiln_gas", Layer::material},  // a material, not a fuel gas
      {"NH3", "ammonia", Layer::material},
      {"H2", "hydrogen", Layer::material},
      {"Cl2", "chlorine", Layer::material},
      {"Electricity", "electricity", Layer::energy},
      {"Steam", "steam", Layer::energy},
  });
}

TEST(CatalogueTest, ChineseNames) {
  expect_all({
      {"蒸汽", "steam", Layer::energy},
      {"余热", "waste_heat", Layer::energy},
      {"电", "electricity", Layer::energy},
      {"电力", "electricity", Layer::energy},
      {"粉煤灰", "fly_ash", Layer::material},
      {"炉渣", "bottom_ash", Layer::material},
      {"脱硫石膏", "fgd_gypsum", Layer::material},
      {"磷石膏", "phosphogypsum", Layer::material},
      {"矿渣", "blast_furnace_slag", Layer::material},
      {"高炉渣", "blast_furnace_slag", Layer::material},
      {"钢渣", "steel_slag", Layer::material},
      {"中水", "reclaimed_water", Layer::water},
      {"再生水", "reclaimed_water", Layer::water},
      {"冷却水", "cooling_water", Layer::water},
      {"废水", "waste_water", Layer::water},
      {"污泥", "sludge", Layer::material},
      {"焦炉煤气", "coke_oven_gas", Layer::energy},
      {"高炉煤气", "blast_furnace_gas", Layer::energy},
      {"转炉煤气", "converter_gas", Layer::energy},
      {"天然气", "natural_gas", Layer::energy},
      {"原煤", "coal", Layer::material},
      {"焦炭", "coke", Layer::material},
      {"煤矸石", "coal_gangue", Layer::material},
      {"二氧化碳", "co2", Layer::material},
      {"氢气", "hydrogen", Layer::material},
      {"废酸", "waste_acid", Layer::material},
      {"硫酸", "sulphuric_acid", Layer::material},
      {"烧碱", "caustic_soda", Layer::material},
      {"碱", "caustic_soda", Layer::material},
      {"氯气", "chlorine", Layer::material},
      {"氨", "ammonia", Layer::material},
      {"甘蔗渣", "bagasse", Layer::material},
      {"糖蜜", "molasses", Layer::material},
      {"蔗髓", "pith", Layer::material},
      {"滤泥", "filter_mud", Layer::material},
      {"酒精废液", "alcohol_residue", Layer::material},
      {"黑液", "black_liquor", Layer::material},
      {"白泥", "white_sludge", Layer::material},
      {"苦卤", "bittern", Layer::material},
      {"海水", "sea_water", Layer::water},
      {"废钢", "scrap_steel", Layer::material},
      {"废油", "waste_oil", Layer::material},
      {"焦油", "coal_tar", Layer::material},
      {"粗苯", "crude_benzene", Layer::material},
      {"甲醇", "methanol", Layer::material},
      {"水泥原料", "cement_raw_material", Layer::material},
      {"工艺用热", "process_heat", Layer::energy},
      {"全角　ＦＬＹ　ＡＳＨ", "fly_ash", Layer::material},  // full-width forms folded
  });
}

TEST(CatalogueTest, LongestContainedNameWins) {
  // "waste water" (11 bytes) beats "water" (5): water layer either way, but the right entry.
  EXPECT_EQ(key_of("Mid-stream waste water"), "waste_water");
  // "kiln gas" (8) beats "gas" (3) and "so2" (3): a material, not an energy carrier.
  EXPECT_EQ(key_of("Kiln Gas(SO2)"), "kiln_gas");
  EXPECT_EQ(layer_of("Kiln Gas(SO2)"), Layer::material);
  // "coal tar" (8) beats "coal" (4).
  EXPECT_EQ(key_of("coal tar pitch"), "coal_tar");
  // "waste water sludge" is an alias of sludge, so the sludge stays in the material layer.
  EXPECT_EQ(key_of("Waste-water sludge"), "sludge");
  // Chinese by substring, longest wins: the alias 蒸汽冷凝水 (5 characters) beats 冷凝水 (3),
  // 蒸汽 (2) and 水 (1).
  EXPECT_EQ(key_of("蒸汽冷凝水回收"), "condensate");
  EXPECT_EQ(key_of("焦化废水"), "waste_water");  // 废水 (2) beats 水 (1)
  EXPECT_EQ(key_of("煤制油气化渣"), "gasification_slag");
  EXPECT_EQ(key_of("电石渣"), "carbide_slag");  // exact, not 电 (electricity)
  EXPECT_EQ(key_of("水泥"), "cement");          // exact, not 水 (water)
  // Whole words only for ASCII: "gas" is not a word of "gasifier".
  EXPECT_EQ(key_of("Gasifier"), "(none)");
  const LayerInference unknown = infer_layer(catalogue(), "Gasifier");
  EXPECT_EQ(unknown.resource, nullptr);
  EXPECT_EQ(unknown.layer, Layer::material);  // docs/methods.md#park-model
  EXPECT_EQ(catalogue().find(""), nullptr);
  EXPECT_EQ(catalogue().find("   "), nullptr);
}

TEST(CatalogueTest, SubstitutesAndConversionData) {
  const Resource* fly_ash = catalogue().by_key("fly_ash");
  ASSERT_NE(fly_ash, nullptr);
  EXPECT_NE(
      std::find(fly_ash->substitutes.begin(), fly_ash->substitutes.end(), "cement_raw_material"),
      fly_ash->substitutes.end());
  const Resource* steam = catalogue().by_key("steam");
  ASSERT_NE(steam, nullptr);
  ASSERT_TRUE(steam->gj_per_t);
  EXPECT_DOUBLE_EQ(*steam->gj_per_t, 3.769);  // 0.1286 kgce/kg x 29.3076 GJ/tce
  const Resource* gas = catalogue().by_key("natural_gas");
  ASSERT_NE(gas, nullptr);
  ASSERT_TRUE(gas->gj_per_m3);
  EXPECT_DOUBLE_EQ(*gas->gj_per_m3, 0.038931);  // GB/T 2589-2020: 38931 kJ/m3
  EXPECT_NE(gas->source.find("GB/T 2589-2020"), std::string::npos);
  const Resource* coal = catalogue().by_key("coal");
  ASSERT_NE(coal, nullptr);
  EXPECT_DOUBLE_EQ(*coal->gj_per_t, 20.908);  // 20908 kJ/kg
  const Resource* sea = catalogue().by_key("sea_water");
  ASSERT_NE(sea, nullptr);
  EXPECT_DOUBLE_EQ(*sea->t_per_m3, 1.025);
  EXPECT_EQ(catalogue().by_key("no_such_key"), nullptr);
}

TEST(CatalogueTest, UserFileOverridesAKeyAndAddsEntries) {
  ResourceCatalogue c = ResourceCatalogue::builtin();
  const std::size_t before = c.resources().size();
  c.add_csv(
      "key,name_en,name_zh,aliases,layer,kind,gj_per_t,gj_per_m3,t_per_m3,substitutes,source\n"
      "steam,steam,蒸汽,plant steam,energy,byproduct,2.8,,,process_heat,site measurement\n"
      "lignin,lignin,木质素,kraft lignin,material,byproduct,,,,biomass,\n",
      "user.csv");
  EXPECT_EQ(c.resources().size(), before + 1);  // steam replaced in place, lignin added
  const Resource* steam = c.by_key("steam");
  ASSERT_NE(steam, nullptr);
  EXPECT_DOUBLE_EQ(*steam->gj_per_t, 2.8);
  EXPECT_EQ(steam->kind, Kind::byproduct);
  EXPECT_EQ(steam->source, "site measurement");
  EXPECT_EQ(c.find("plant steam"), steam);
  EXPECT_EQ(c.find("蒸汽"), steam);
  EXPECT_EQ(c.find("木质素")->key, "lignin");
  EXPECT_EQ(c.find("Kraft-Lignin")->key, "lignin");
  // The built-in catalogue itself is unchanged.
  EXPECT_DOUBLE_EQ(*catalogue().by_key("steam")->gj_per_t, 3.769);
}

TEST(CatalogueTest, UserFileMayOmitOptionalColumns) {
  ResourceCatalogue c;
  c.add_csv("Key,Name_EN,name_zh,aliases,Layer,kind\nslurry,slurry,,,water,waste\n", "u.csv");
  ASSERT_EQ(c.resources().size(), 1u);
  EXPECT_EQ(c.find("SLURRY")->layer, Layer::water);
  EXPECT_FALSE(c.resources()[0].gj_per_t);
}

// The message of the DataError thrown by adding `text`, or "" if none.
std::string error_of(const std::string& text) {
  ResourceCatalogue c;
  try {
    c.add_csv(text, "user.csv");
  } catch (const DataError& e) {
    return e.what();
  }
  return "";
}

TEST(CatalogueTest, BadCatalogueNamesLineAndColumn) {
  const std::string header =
      "key,name_en,name_zh,aliases,layer,kind,gj_per_t,gj_per_m3,t_per_m3,substitutes,source\n";
  // Unknown layer on line 3: "foo,foo,,," is 10 characters, so the layer starts in column 11.
  std::string msg =
      error_of(header + "ok,ok,,,water,utility,,,,,\nfoo,foo,,,liquid,product,,,,,\n");
  EXPECT_NE(msg.find("user.csv:3:11"), std::string::npos) << msg;
  EXPECT_NE(msg.find("liquid"), std::string::npos) << msg;
  // Unknown kind: "a,a,,,material," is 15 characters, kind in column 16.
  msg = error_of(header + "a,a,,,material,junk,,,,,\n");
  EXPECT_NE(msg.find("user.csv:2:16"), std::string::npos) << msg;
  // A negative heating value: "a,a,,,energy,utility," is 21 characters, gj_per_t in column 22.
  msg = error_of(header + "a,a,,,energy,utility,-3,,,,\n");
  EXPECT_NE(msg.find("user.csv:2:22"), std::string::npos) << msg;
  EXPECT_NE(msg.find("positive number"), std::string::npos) << msg;
  // Not a number in t_per_m3 ("a,a,,,water,utility,,," = 22 characters: column 23).
  msg = error_of(header + "a,a,,,water,utility,,,heavy,,\n");
  EXPECT_NE(msg.find("user.csv:2:23"), std::string::npos) << msg;
  // A row without a key.
  msg = error_of(header + ",a,,,water,utility,,,,,\n");
  EXPECT_NE(msg.find("user.csv:2:1"), std::string::npos) << msg;
  EXPECT_NE(msg.find("without a key"), std::string::npos) << msg;
  // A missing required column names the header line.
  msg = error_of("key,name_en,name_zh,aliases,layer\nx,x,,,water\n");
  EXPECT_NE(msg.find("user.csv:1"), std::string::npos) << msg;
  EXPECT_NE(msg.find("'kind'"), std::string::npos) << msg;
  // CSV syntax: an unterminated quote.
  EXPECT_NE(error_of(header + "a,\"a,,,water,utility\n").find("user.csv:2"), std::string::npos);
  // Empty text.
  EXPECT_NE(error_of("").find("empty"), std::string::npos);
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Every resource of the shipped examples resolves, to the layer the example states.
TEST(CatalogueTest, ExampleResourcesResolveToTheirLayer) {
  const std::string root = std::string(SYMBIO_SOURCE_DIR) + "/examples/";
  for (const std::string example : {"kalundborg", "guitang", "lubei", "coal_chemical_park"}) {
    for (const std::string table : {"exchanges.csv", "resources.csv"}) {
      const std::string path = root + example + "/" + table;
      const std::string text = read_file(path);
      if (table == "resources.csv" && text.empty()) continue;  // optional file
      ASSERT_FALSE(text.empty()) << path;
      const auto records = parse_csv(text, path);
      ASSERT_GT(records.size(), 1u) << path;
      int resource_column = -1;
      int layer_column = -1;
      for (std::size_t c = 0; c < records[0].fields.size(); ++c) {
        if (records[0].fields[c].text == "resource") resource_column = static_cast<int>(c);
        if (records[0].fields[c].text == "layer") layer_column = static_cast<int>(c);
      }
      ASSERT_GE(resource_column, 0) << path;
      ASSERT_GE(layer_column, 0) << path;
      for (std::size_t r = 1; r < records.size(); ++r) {
        const auto& fields = records[r].fields;
        const std::string& name = fields[static_cast<std::size_t>(resource_column)].text;
        const LayerInference inferred = infer_layer(catalogue(), name);
        ASSERT_NE(inferred.resource, nullptr) << path << ":" << records[r].line << " " << name;
        EXPECT_EQ(to_string(inferred.layer), fields[static_cast<std::size_t>(layer_column)].text)
            << path << ":" << records[r].line << " " << name;
      }
    }
  }
}

}  // namespace
}  // namespace symbio

namespace symbio {
namespace {

// A user entry replaces the built-in one by key even when another entry has taken over one of
// its names, and the replaced entry's aliases no longer lead to it.
TEST(CatalogueTest, ReplacementByKeyIgnoresNameClashes) {
  ResourceCatalogue catalogue;
  catalogue.add_csv(
      "key,name_en,name_zh,aliases,layer,kind\n"
      "fly_ash,fly ash,粉煤灰,pfa,material,byproduct\n"
      "other,other thing,,fly ash,water,waste\n",
      "a.csv");
  catalogue.add_csv("key,name_en,name_zh,aliases,layer,kind\nfly_ash,fly ash,,,energy,waste\n",
                    "b.csv");
  EXPECT_EQ(catalogue.resources().size(), 2u);
  ASSERT_NE(catalogue.by_key("fly_ash"), nullptr);
  EXPECT_EQ(catalogue.by_key("fly_ash")->layer, Layer::energy);
  EXPECT_EQ(catalogue.find("pfa"), nullptr);  // the old alias went with the old entry
}

}  // namespace
}  // namespace symbio

namespace symbio {
namespace {

// The rule of docs/methods.md ("Which exchanges are substitutable"), entry by entry: traded
// commodities and grid electricity yes; pipeline utilities, fuel gases, process water and
// wastewater no; general solid waste yes; hazardous waste no. Every built-in entry says.
TEST(CatalogueSubstitutableTest, BuiltinEntriesFollowTheRule) {
  const ResourceCatalogue c = ResourceCatalogue::builtin();
  for (const Resource& r : c.resources())
    EXPECT_TRUE(r.substitutable.has_value()) << r.key;
  const std::vector<std::pair<const char*, bool>> expected = {
      {"原煤", true},   {"methanol", true},  {"electricity", true},      {"fly ash", true},
      {"steam", false}, {"焦炉煤气", false}, {"natural gas", false},     {"waste water", false},
      {"中水", false},  {"sludge", false},   {"hazardous waste", false}, {"炉渣", true}};
  for (const auto& [name, value] : expected) {
    const Resource* r = c.find(name);
    ASSERT_NE(r, nullptr) << name;
    EXPECT_EQ(r->substitutable, value) << name << " -> " << r->key;
  }
}

TEST(CatalogueSubstitutableTest, ColumnIsOptionalAndChecked) {
  ResourceCatalogue c;
  c.add_csv("key,name_en,name_zh,aliases,layer,kind\nx,x,,,material,product\n", "old.csv");
  EXPECT_FALSE(c.by_key("x")->substitutable);
  c.add_csv("key,name_en,name_zh,aliases,layer,kind,substitutable\ny,y,,,material,product,是\n",
            "new.csv");
  EXPECT_EQ(c.by_key("y")->substitutable, true);
  EXPECT_THROW(c.add_csv("key,name_en,name_zh,aliases,layer,kind,substitutable\n"
                         "z,z,,,material,product,maybe\n",
                         "bad.csv"),
               DataError);
}

}  // namespace
}  // namespace symbio
