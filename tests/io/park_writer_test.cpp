#include "io/park_writer.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "core/error.hpp"
#include "io/read_park.hpp"
#include "tests/io/temp_dir.hpp"

namespace symbio::io {
namespace {

using testing::fixture;
using testing::read_all;
using testing::TempDir;
namespace fs = std::filesystem;

void expect_same_attributes(const std::vector<Attribute>& a, const std::vector<Attribute>& b,
                            const std::string& what) {
  ASSERT_EQ(a.size(), b.size()) << what;
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].key, b[i].key) << what;
    EXPECT_EQ(a[i].value, b[i].value) << what;
  }
}

void expect_same_quantity(const std::optional<Quantity>& a, const std::optional<Quantity>& b,
                          const std::string& what) {
  ASSERT_EQ(a.has_value(), b.has_value()) << what;
  if (!a) return;
  EXPECT_EQ(a->value, b->value) << what;  // exact: numbers are written to round-trip
  EXPECT_EQ(a->unit, b->unit) << what;
}

// Field by field; origins and the *_inferred flags are not compared (writers write the resolved
// layer and kind, so they read back as given).
void expect_same_park(const Park& a, const Park& b) {
  EXPECT_EQ(a.name, b.name);
  EXPECT_EQ(a.description, b.description);
  EXPECT_EQ(a.source, b.source);
  ASSERT_EQ(a.enterprises.size(), b.enterprises.size());
  for (std::size_t i = 0; i < a.enterprises.size(); ++i) {
    const Enterprise& x = a.enterprises[i];
    const Enterprise& y = b.enterprises[i];
    const std::string what = "enterprise " + x.id;
    EXPECT_EQ(x.id, y.id) << what;
    EXPECT_EQ(x.name, y.name) << what;
    EXPECT_EQ(x.sector, y.sector) << what;
    EXPECT_EQ(x.role, y.role) << what;
    EXPECT_EQ(x.external, y.external) << what;
    expect_same_attributes(x.attributes, y.attributes, what);
  }
  ASSERT_EQ(a.exchanges.size(), b.exchanges.size());
  for (std::size_t i = 0; i < a.exchanges.size(); ++i) {
    const Exchange& x = a.exchanges[i];
    const Exchange& y = b.exchanges[i];
    const std::string what = "exchange " + x.id;
    EXPECT_EQ(x.id, y.id) << what;
    EXPECT_EQ(x.supplier, y.supplier) << what;
    EXPECT_EQ(x.receiver, y.receiver) << what;
    EXPECT_EQ(x.resource, y.resource) << what;
    EXPECT_EQ(x.layer, y.layer) << what;
    EXPECT_EQ(x.kind, y.kind) << what;
    EXPECT_EQ(x.status, y.status) << what;
    expect_same_quantity(x.quantity, y.quantity, what);
    EXPECT_EQ(x.amount, y.amount) << what;
    EXPECT_EQ(x.year, y.year) << what;
    expect_same_attributes(x.attributes, y.attributes, what);
  }
  ASSERT_EQ(a.declarations.size(), b.declarations.size());
  for (std::size_t i = 0; i < a.declarations.size(); ++i) {
    const Declaration& x = a.declarations[i];
    const Declaration& y = b.declarations[i];
    const std::string what = "declaration " + x.enterprise + " " + x.resource;
    EXPECT_EQ(x.enterprise, y.enterprise) << what;
    EXPECT_EQ(x.direction, y.direction) << what;
    EXPECT_EQ(x.resource, y.resource) << what;
    EXPECT_EQ(x.layer, y.layer) << what;
    expect_same_quantity(x.quantity, y.quantity, what);
    EXPECT_EQ(x.amount, y.amount) << what;
    expect_same_attributes(x.attributes, y.attributes, what);
  }
}

LoadedPark read_clean(const std::string& path) {
  LoadedPark loaded = read_park(path);
  EXPECT_FALSE(loaded.report.has_errors()) << path;
  return loaded;
}

// CSV -> pb -> JSON -> pbtxt -> CSV folder gives the park we started with.
TEST(ParkWriterTest, RoundTripThroughEveryFormat) {
  for (const char* name : {"Kalundborg.csv", "Guitang.csv", "Lubei.csv", "small_park"}) {
    SCOPED_TRACE(name);
    TempDir dir;
    const Park original = read_clean(fixture(name)).park;
    write_park(original, dir / "park.pb");
    const Park from_pb = read_clean(dir / "park.pb").park;
    write_park(from_pb, dir / "park.json");
    const Park from_json = read_clean(dir / "park.json").park;
    write_park(from_json, dir / "park.pbtxt");
    const Park from_text = read_clean(dir / "park.pbtxt").park;
    write_park(from_text, dir / "csv/");
    const Park from_csv = read_clean(dir / "csv").park;
    expect_same_park(original, from_pb);
    expect_same_park(original, from_csv);
  }
}

TEST(ParkWriterTest, CsvFolderFiles) {
  TempDir dir;
  const Park kalundborg = read_clean(fixture("Kalundborg.csv")).park;
  write_park(kalundborg, dir / "out/");
  EXPECT_TRUE(fs::exists(dir.path() / "out" / "enterprises.csv"));
  EXPECT_TRUE(fs::exists(dir.path() / "out" / "exchanges.csv"));
  EXPECT_FALSE(fs::exists(dir.path() / "out" / "resources.csv"));  // no declarations
  EXPECT_TRUE(fs::exists(dir.path() / "out" / "park.json"));       // the name
  const std::string exchanges = read_all(dir / "out/exchanges.csv");
  EXPECT_EQ(exchanges.substr(0, exchanges.find('\n', exchanges.find('\n') + 1) + 1),
            "id,supplier,receiver,resource,layer,kind,status,quantity,unit,year\n"
            "x1,Reservoir of Lake Tisse,The Municipality of Kalundborg,Surface water,water,"
            "utility,existing,,,1961\n");

  // Deterministic: a second write gives the same bytes.
  TempDir again;
  write_park(kalundborg, again / "out/");
  EXPECT_EQ(read_all(again / "out/exchanges.csv"), exchanges);
  EXPECT_EQ(read_all(again / "out/enterprises.csv"), read_all(dir / "out/enterprises.csv"));
}

TEST(ParkWriterTest, StaleFilesAreEmptiedNotLeft) {
  TempDir dir;
  const Park small = read_clean(fixture("small_park")).park;
  fs::create_directories(dir.path() / "out");
  write_park(small, dir / "out");  // an existing folder without the trailing '/'
  EXPECT_NE(read_all(dir / "out/resources.csv").find("gypsum"), std::string::npos);
  Park bare;
  bare.enterprises = small.enterprises;
  bare.exchanges = small.exchanges;
  write_park(bare, dir / "out");
  EXPECT_EQ(read_all(dir / "out/resources.csv"),
            "enterprise,direction,resource,layer,quantity,unit\n");
  const LoadedPark reread = read_clean(dir / "out");
  EXPECT_TRUE(reread.park.declarations.empty());
  EXPECT_EQ(reread.park.name, "out");
}

TEST(ParkWriterTest, NeverOverwritesAnInput) {
  TempDir dir;
  dir.write("p/exchanges.csv", "supplier,receiver\nA,B\n");
  const Park park = read_clean(dir / "p").park;
  EXPECT_THROW(write_park(park, dir / "p/", {dir / "p"}), FileError);
  EXPECT_EQ(read_all(dir / "p/exchanges.csv"), "supplier,receiver\nA,B\n");
  dir.write("in.json", "{}");
  EXPECT_THROW(write_park(park, dir / "in.json", {dir / "in.json"}), FileError);
}

TEST(ParkWriterTest, UnknownTargetFormat) {
  TempDir dir;
  EXPECT_THROW(write_park(Park{}, dir / "park.xlsx"), OptionError);
  EXPECT_FALSE(fs::exists(dir.path() / "park.xlsx"));
}

}  // namespace
}  // namespace symbio::io
