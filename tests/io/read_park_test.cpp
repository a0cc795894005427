#include "io/read_park.hpp"

#include <gtest/gtest.h>

#include <set>

#include "core/error.hpp"
#include "core/text.hpp"
#include "io/encoding.hpp"
#include "io/proto_park.hpp"
#include "io/sha256.hpp"
#include "tests/io/temp_dir.hpp"

namespace symbio::io {
namespace {

using testing::find_problem;
using testing::fixture;
using testing::TempDir;

std::size_t distinct_names(const Park& park) {
  std::set<std::string> names;
  for (const Exchange& x : park.exchanges) {
    names.insert(x.supplier);
    names.insert(x.receiver);
  }
  return names.size();
}

std::string all_problems(const ValidationReport& report) {
  std::string text;
  for (const Problem& p : report.problems())
    text += format_problem(p) + "\n";
  return text;
}

// Counts by hand-checked script: python3 -c "import csv; r=list(csv.reader(open(F)))[1:];
// print(len(r), len({n for x in r for n in x[:2]}))" gives 35 20 (Kalundborg), 23 12 (Guitang),
// 30 12 (Lubei).
TEST(ReadParkTest, PublishedNetworksLoadWithoutErrors) {
  struct Expected {
    const char* file;
    std::size_t exchanges;
    std::size_t enterprises;
  };
  for (const Expected& e : {Expected{"Kalundborg.csv", 35, 20}, Expected{"Guitang.csv", 23, 12},
                            Expected{"Lubei.csv", 30, 12}}) {
    const LoadedPark loaded = read_park(fixture(e.file));
    EXPECT_FALSE(loaded.report.has_errors()) << e.file << "\n" << all_problems(loaded.report);
    EXPECT_EQ(loaded.report.count(Severity::warning), 0u) << all_problems(loaded.report);
    EXPECT_EQ(loaded.park.exchanges.size(), e.exchanges) << e.file;
    EXPECT_EQ(loaded.park.enterprises.size(), e.enterprises) << e.file;
    EXPECT_EQ(distinct_names(loaded.park), e.enterprises) << e.file;
  }
}

TEST(ReadParkTest, KalundborgFieldByField) {
  const std::string path = fixture("Kalundborg.csv");
  const LoadedPark loaded = read_park(path);
  const Park& park = loaded.park;
  EXPECT_EQ(park.name, "Kalundborg");
  EXPECT_EQ(loaded.path, path);
  // python3 -c "import hashlib; print(hashlib.sha256(open(F,'rb').read()).hexdigest())"
  EXPECT_EQ(loaded.sha256, "f3dfaf15b79506ea8eeb73c59cb5dac2fe20c20063d2bcafa614e696ca859f2a");
  // Enterprises in order of first use, named by themselves.
  EXPECT_EQ(park.enterprises[0].id, "Reservoir of Lake Tisse");
  EXPECT_EQ(park.enterprises[0].name, "Reservoir of Lake Tisse");
  EXPECT_EQ(park.enterprises[1].id, "The Municipality of Kalundborg");
  EXPECT_EQ(park.enterprises[2].id, "Statoil Refinery");
  // Line 2: "Reservoir of Lake Tisse","The Municipality of Kalundborg","Surface water",
  // "Utility sharing",1961
  const Exchange& x = park.exchanges[0];
  EXPECT_EQ(x.id, "x1");
  EXPECT_EQ(x.supplier, "Reservoir of Lake Tisse");
  EXPECT_EQ(x.receiver, "The Municipality of Kalundborg");
  EXPECT_EQ(x.resource, "Surface water");
  EXPECT_EQ(x.kind, Kind::utility);
  EXPECT_FALSE(x.kind_inferred);
  EXPECT_EQ(x.layer, Layer::water);  // inferred from the catalogue
  EXPECT_TRUE(x.layer_inferred);
  EXPECT_EQ(x.year, 1961);
  EXPECT_EQ(x.status, Status::existing);
  EXPECT_FALSE(x.quantity);
  EXPECT_EQ(x.origin.file, path);
  EXPECT_EQ(x.origin.line, 2);
  EXPECT_EQ(x.origin.at("resource").column, 60);  // after 26 + 33 characters of names
  // Line 4: "Statoil Refinery","Gyproc","Gas","Product",1972
  EXPECT_EQ(park.exchanges[2].resource, "Gas");
  EXPECT_EQ(park.exchanges[2].kind, Kind::product);
  EXPECT_EQ(park.exchanges[2].layer, Layer::energy);
  // Last line: "Pyroneer","Dong Energy asnaes Power station","Gasifier","Product",2011
  EXPECT_EQ(park.exchanges[34].id, "x35");
  EXPECT_EQ(park.exchanges[34].supplier, "Pyroneer");
  EXPECT_EQ(park.exchanges[34].year, 2011);
  EXPECT_EQ(park.exchanges[34].origin.line, 36);
}

TEST(ReadParkTest, SmallParkFolder) {
  const std::string folder = fixture("small_park");
  const LoadedPark loaded = read_park(folder);
  const Park& park = loaded.park;
  EXPECT_FALSE(loaded.report.has_errors()) << all_problems(loaded.report);
  EXPECT_EQ(park.name, "Small test park");  // park.json wins over the folder name
  EXPECT_EQ(park.source, "made up for the io tests");
  ASSERT_EQ(park.enterprises.size(), 4u);
  ASSERT_EQ(park.exchanges.size(), 5u);
  ASSERT_EQ(park.declarations.size(), 2u);
  EXPECT_EQ(park.enterprises[0].name, "热电厂");
  EXPECT_EQ(park.enterprises[0].attributes.at(0).key, "output_value");
  EXPECT_TRUE(park.enterprises[3].external);
  // x2: steam with neither layer nor kind, "1,200,000" GJ/a.
  const Exchange& steam = park.exchanges[1];
  EXPECT_EQ(steam.layer, Layer::energy);
  EXPECT_EQ(steam.kind, Kind::utility);
  EXPECT_DOUBLE_EQ(*steam.amount, 1.2e6);
  // x3: 20 万吨/年 of slag = 200000 t/a, with a quoted attribute holding a comma.
  EXPECT_DOUBLE_EQ(*park.exchanges[2].amount, 200000.0);
  EXPECT_EQ(park.exchanges[2].attributes.at(0).value, "blast furnace slag, granulated");
  EXPECT_EQ(park.exchanges[3].status, Status::planned);
  EXPECT_EQ(park.exchanges[3].layer, Layer::water);
  EXPECT_EQ(park.declarations[1].layer, Layer::energy);  // waste heat
  EXPECT_DOUBLE_EQ(*park.declarations[0].amount, 50000.0);
  // L1 only receives a potential exchange: an isolate, which is a warning.
  const Problem* isolate = find_problem(loaded.report, "isolate");
  ASSERT_NE(isolate, nullptr);
  EXPECT_EQ(isolate->severity, Severity::warning);
  EXPECT_EQ(isolate->subject, "L1");
  EXPECT_EQ(isolate->location.to_string(), folder + "/enterprises.csv:5:1");
  // python3: sha256 of exchanges.csv + enterprises.csv + resources.csv + park.json bytes.
  EXPECT_EQ(loaded.sha256, "a940a7f49ad9ba558cbbf6b725b2ff4b78bfd7169732d0d8b702f91fa5c738f6");

  ReadOptions strict;
  strict.strict = true;
  const LoadedPark strict_load = read_park(folder, strict);
  EXPECT_EQ(find_problem(strict_load.report, "isolate")->severity, Severity::error);
}

TEST(ReadParkTest, FolderWithoutEnterprisesAndCaseInsensitiveNames) {
  TempDir dir;
  dir.write("p/Exchanges.CSV", "supplier,receiver\nA,B\n");
  const LoadedPark loaded = read_park(dir / "p/");
  EXPECT_FALSE(loaded.report.has_errors()) << all_problems(loaded.report);
  EXPECT_EQ(loaded.park.name, "p");
  EXPECT_EQ(loaded.park.enterprises.size(), 2u);
}

TEST(ReadParkTest, UnknownEnterpriseAndLookupByName) {
  TempDir dir;
  dir.write("p/enterprises.csv", "id,name\nP1,Power plant\nC1,Cement\n");
  dir.write("p/exchanges.csv", "supplier,receiver,resource\nP1,Cement,fly ash\nP1,Z9,steam\n");
  const LoadedPark loaded = read_park(dir / "p");
  const Problem* p = find_problem(loaded.report, "unknown-enterprise");
  ASSERT_NE(p, nullptr) << all_problems(loaded.report);
  EXPECT_EQ(p->location.to_string(), dir / "p/exchanges.csv" + ":3:4");
  EXPECT_NE(p->message.find("'Z9'"), std::string::npos);
  EXPECT_EQ(loaded.report.count(Severity::error), 1u) << all_problems(loaded.report);
  // "Cement" is the name of C1.
  EXPECT_EQ(loaded.park.exchanges[0].receiver, "C1");
  EXPECT_TRUE(loaded.report.has_code("enterprise-by-name"));
}

TEST(ReadParkTest, DuplicateEnterpriseId) {
  TempDir dir;
  dir.write("p/enterprises.csv", "id,name\nP1,Power plant\nC1,Cement\nP1,Paper mill\n");
  dir.write("p/exchanges.csv", "supplier,receiver\nP1,C1\n");
  const LoadedPark loaded = read_park(dir / "p");
  const Problem* p = find_problem(loaded.report, "duplicate-enterprise");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->location.to_string(), dir / "p/enterprises.csv" + ":4:1");
  EXPECT_NE(p->message.find("enterprises.csv:2:1"), std::string::npos) << p->message;
}

TEST(ReadParkTest, QuantityProblemsNameTheirCells) {
  TempDir dir;
  const std::string file = dir.write("q.csv",
                                     "supplier,receiver,resource,quantity,unit\n"
                                     "A,B,fly ash,-5,t/a\n"       // line 2: negative
                                     "A,B,fly ash,NaN,t/a\n"      // line 3: not a number
                                     "A,B,fly ash,lots,t/a\n"     // line 4: not a number
                                     "A,B,fly ash,5,\n"           // line 5: no unit
                                     "A,B,fly ash,5,bushels/a\n"  // line 6: unknown unit
                                     "A,B,fly ash,5,GJ/a\n");  // line 7: the unit decides: energy
  const LoadedPark loaded = read_park(file);
  std::vector<std::string> found;
  for (const Problem& p : loaded.report.problems()) {
    if (p.severity == Severity::error) found.push_back(p.code + "@" + p.location.to_string());
  }
  const std::string at = file + ":";
  EXPECT_EQ(found, (std::vector<std::string>{
                       "bad-quantity@" + at + "3:13", "bad-quantity@" + at + "4:13",
                       "bad-quantity@" + at + "2:13", "quantity-without-unit@" + at + "5:15",
                       "unknown-unit@" + at + "6:15"}))
      << all_problems(loaded.report);
  const Problem* decided = find_problem(loaded.report, "layer-from-unit");
  ASSERT_NE(decided, nullptr);
  EXPECT_EQ(decided->location.to_string(), at + "7:15");
}

// The substitutable column decides; where it is empty the catalogue does (coal yes, steam no);
// an unknown resource is not substitutable; a value that is no boolean is an error at its cell.
TEST(ReadParkTest, SubstitutableColumnThenCatalogue) {
  TempDir dir;
  const std::string file = dir.write("s.csv",
                                     "supplier,receiver,resource,quantity,unit,Substitutable\n"
                                     "A,B,coal,1,t/a,\n"          // line 2: catalogue: yes
                                     "A,B,coal,1,t/a,否\n"        // line 3: the column: no
                                     "A,B,steam,1,t/a,\n"         // line 4: catalogue: no
                                     "A,B,unobtainium,1,t/a,\n"   // line 5: unknown: not said
                                     "A,B,steam,1,t/a,yes\n"      // line 6: the column: yes
                                     "A,B,steam,1,t/a,maybe\n");  // line 7: error
  const LoadedPark loaded = read_park(file);
  ASSERT_EQ(loaded.park.exchanges.size(), 6u);
  EXPECT_EQ(loaded.park.exchanges[0].substitutable, true);
  EXPECT_EQ(loaded.park.exchanges[1].substitutable, false);
  EXPECT_EQ(loaded.park.exchanges[2].substitutable, false);
  EXPECT_EQ(loaded.park.exchanges[3].substitutable, std::nullopt);
  EXPECT_EQ(loaded.park.exchanges[4].substitutable, true);
  const Problem* bad = find_problem(loaded.report, "bad-substitutable");
  ASSERT_NE(bad, nullptr) << all_problems(loaded.report);
  // "A,B,steam,1,t/a," is 16 characters: the cell starts in column 17.
  EXPECT_EQ(bad->location.to_string(), file + ":7:17");
  // The column is kept as an attribute, so the other formats carry it.
  EXPECT_EQ(loaded.park.exchanges[1].attributes.at(0).value, "否");
}

TEST(ReadParkTest, UnknownLayerAndKind) {
  TempDir dir;
  const std::string file =
      dir.write("k.csv", "supplier,receiver,layer,kind\nA,B,plasma,product\nA,B,water,gift\n");
  const LoadedPark loaded = read_park(file);
  EXPECT_EQ(find_problem(loaded.report, "unknown-layer")->location.to_string(), file + ":2:5");
  EXPECT_EQ(find_problem(loaded.report, "unknown-kind")->location.to_string(), file + ":3:11");
}

TEST(ReadParkTest, SelfExchangeIsAWarningUnlessStrict) {
  TempDir dir;
  const std::string file = dir.write("s.csv", "supplier,receiver\nA,B\nB,B\n");
  const LoadedPark loaded = read_park(file);
  const Problem* p = find_problem(loaded.report, "self-exchange");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->severity, Severity::warning);
  EXPECT_EQ(p->location.to_string(), file + ":3:3");
  EXPECT_FALSE(loaded.report.has_errors());
  ReadOptions strict;
  strict.strict = true;
  EXPECT_TRUE(read_park(file, strict).report.has_errors());
}

TEST(ReadParkTest, EmptyFileAndMissingColumn) {
  TempDir dir;
  const LoadedPark empty = read_park(dir.write("e.csv", ""));
  EXPECT_TRUE(empty.report.has_code("empty-file"));
  EXPECT_TRUE(empty.park.exchanges.empty());
  const LoadedPark missing = read_park(dir.write("m.csv", "Firm,Partner\nA,B\n"));
  const Problem* p = find_problem(missing.report, "missing-column");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->location.line, 1);
  EXPECT_NE(p->message.find("'Firm', 'Partner'"), std::string::npos);
}

TEST(ReadParkTest, MalformedQuoting) {
  TempDir dir;
  const std::string file = dir.write("q.csv", "supplier,receiver\nA,\"B\nC,D\n");
  const LoadedPark loaded = read_park(file);
  const Problem* p = find_problem(loaded.report, "csv-syntax");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->location.to_string(), file + ":2:3");
}

TEST(ReadParkTest, BytesNeitherUtf8NorGb18030) {
  TempDir dir;
  const std::string file = dir.write("b.csv", "supplier,receiver\nA,\xFF\xFF\n");
  const LoadedPark loaded = read_park(file);
  const Problem* p = find_problem(loaded.report, "bad-encoding");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->location.to_string(), file + ":2:3");
  EXPECT_TRUE(loaded.park.exchanges.empty());
}

TEST(ReadParkTest, Gb18030FileWithChineseNames) {
  TempDir dir;
  const std::string utf8 = "供应方,接收方,物料,数量,单位\n热电厂,水泥厂,粉煤灰,20,万吨/年\n";
  const auto gb = convert_encoding(utf8, "UTF-8", "GB18030");
  ASSERT_TRUE(gb);
  ASSERT_TRUE(find_invalid_utf8(*gb));  // really not UTF-8
  const std::string file = dir.write("gb.csv", *gb);
  const LoadedPark loaded = read_park(file);
  EXPECT_FALSE(loaded.report.has_errors()) << all_problems(loaded.report);
  EXPECT_TRUE(loaded.report.has_code("converted-encoding"));
  ASSERT_EQ(loaded.park.exchanges.size(), 1u);
  const Exchange& x = loaded.park.exchanges[0];
  EXPECT_EQ(x.supplier, "热电厂");
  EXPECT_EQ(x.receiver, "水泥厂");
  EXPECT_EQ(x.resource, "粉煤灰");
  EXPECT_DOUBLE_EQ(*x.amount, 200000.0);
  EXPECT_EQ(loaded.park.enterprises[0].name, "热电厂");
  EXPECT_EQ(loaded.sha256, sha256_hex(*gb));  // of the bytes as stored

  ReadOptions forced;
  forced.encoding = "utf-8";
  EXPECT_TRUE(read_park(file, forced).report.has_code("bad-encoding"));
}

TEST(ReadParkTest, BomFile) {
  TempDir dir;
  const std::string file = dir.write("bom.csv", "\xEF\xBB\xBFSupplier,Accepter\r\nA,B\r\n");
  const LoadedPark loaded = read_park(file);
  EXPECT_FALSE(loaded.report.has_errors()) << all_problems(loaded.report);
  ASSERT_EQ(loaded.park.exchanges.size(), 1u);
  EXPECT_EQ(loaded.park.exchanges[0].supplier, "A");
  EXPECT_EQ(loaded.park.exchanges[0].origin.at("supplier").column, 1);
}

TEST(ReadParkTest, ProtobufInputs) {
  TempDir dir;
  const LoadedPark csv = read_park(fixture("Guitang.csv"));
  const std::string binary = park_to_binary(csv.park);
  dir.write("g.pb", binary);
  const LoadedPark pb = read_park(dir / "g.pb");
  EXPECT_FALSE(pb.report.has_errors()) << all_problems(pb.report);
  EXPECT_EQ(pb.park.name, "Guitang");
  EXPECT_EQ(pb.park.exchanges.size(), 23u);
  EXPECT_EQ(pb.sha256, sha256_hex(binary));

  dir.write("t.pb", binary.substr(0, binary.size() / 2));
  const LoadedPark truncated = read_park(dir / "t.pb");
  EXPECT_TRUE(truncated.report.has_code("bad-protobuf"));
  EXPECT_FALSE(truncated.report.has_code("isolate"));

  dir.write("w.json", R"({"enterprises": "P1"})");
  EXPECT_TRUE(read_park(dir / "w.json").report.has_code("bad-json"));

  // Without enterprises the names used are the enterprises, as for a single CSV.
  dir.write("x.pbtxt", "exchanges { supplier: \"A\" receiver: \"B\" resource: \"steam\" }\n");
  const LoadedPark text = read_park(dir / "x.pbtxt");
  EXPECT_FALSE(text.report.has_errors()) << all_problems(text.report);
  EXPECT_EQ(text.park.name, "x");
  EXPECT_EQ(text.park.enterprises.size(), 2u);
  EXPECT_EQ(text.park.exchanges[0].layer, Layer::energy);
}

TEST(ReadParkTest, ColumnMapAndCatalogueFile) {
  TempDir dir;
  const std::string file = dir.write("m.csv", "Firm,Partner,Stuff\nA,B,unobtainium\n");
  const std::string catalogue = dir.write(
      "cat.csv",
      "key,name_en,name_zh,aliases,layer,kind,gj_per_t,gj_per_m3,t_per_m3,substitutes,source\n"
      "unobtainium,unobtainium,,,energy,waste,,,,,test\n");
  ReadOptions options;
  options.column_map = {
      {"Firm", "supplier"}, {"Partner", "receiver"}, {"Stuff", "resource"}, {"Nowhere", "year"}};
  options.catalogue_file = catalogue;
  const LoadedPark loaded = read_park(file, options);
  EXPECT_FALSE(loaded.report.has_errors()) << all_problems(loaded.report);
  ASSERT_EQ(loaded.park.exchanges.size(), 1u);
  EXPECT_EQ(loaded.park.exchanges[0].layer, Layer::energy);
  EXPECT_EQ(loaded.park.exchanges[0].kind, Kind::waste);
  const Problem* unused = find_problem(loaded.report, "unused-column-map");
  ASSERT_NE(unused, nullptr);
  EXPECT_EQ(unused->subject, "Nowhere=year");

  options.column_map = {{"Firm", "suplier"}};
  const LoadedPark misspelt = read_park(file, options);  // kept alive: `bad` points into it
  const Problem* bad = find_problem(misspelt.report, "bad-column-map");
  ASSERT_NE(bad, nullptr);
  EXPECT_NE(bad->message.find("'suplier'"), std::string::npos);

  ReadOptions broken;
  broken.catalogue_file = dir.write("bad_cat.csv", "key,layer\nx,energy\n");
  EXPECT_TRUE(read_park(fixture("Lubei.csv"), broken).report.has_code("bad-catalogue"));
}

TEST(ReadParkTest, DefaultUnitCompletesBareQuantities) {
  TempDir dir;
  const std::string file = dir.write(
      "w.csv", "supplier,receiver,resource,weight,unit\nA,B,fly ash,12,\nB,C,slag,3,kg/d\n");
  ReadOptions options;
  options.column_map = {{"weight", "quantity"}};
  EXPECT_TRUE(read_park(file, options).report.has_code("quantity-without-unit"));
  options.default_unit = "t/a";
  const LoadedPark loaded = read_park(file, options);
  EXPECT_FALSE(loaded.report.has_errors()) << all_problems(loaded.report);
  EXPECT_TRUE(loaded.report.has_code("default-unit"));
  ASSERT_EQ(loaded.park.exchanges.size(), 2u);
  EXPECT_EQ(loaded.park.exchanges[0].quantity->unit, "t/a");
  EXPECT_EQ(loaded.park.exchanges[0].amount, 12.0);
  EXPECT_EQ(loaded.park.exchanges[1].quantity->unit, "kg/d") << "a given unit is kept";
}

TEST(ReadParkTest, GexfAndGraphmlKeepTheirNames) {
  TempDir dir;
  const std::string gexf =
      dir.write("x.gexf", R"(<gexf><meta><description>Park X</description></meta>
<graph defaultedgetype="directed"><nodes><node id="a" label="A"/><node id="b" label="B"/></nodes>
<edges><edge id="e" source="a" target="b" label="steam"/></edges></graph></gexf>)");
  const LoadedPark g = read_park(gexf);
  EXPECT_FALSE(g.report.has_errors()) << all_problems(g.report);
  EXPECT_EQ(g.park.name, "Park X");
  ASSERT_EQ(g.park.exchanges.size(), 1u);
  EXPECT_EQ(g.sha256.size(), 64u);
  const std::string graphml = dir.write(
      "y.graphml", R"(<graphml><key id="n" for="graph" attr.name="name" attr.type="string"/>
<graph edgedefault="directed"><data key="n">Park Y</data><node id="a"/><node id="b"/>
<edge source="a" target="b"/></graph></graphml>)");
  EXPECT_EQ(read_park(graphml).park.name, "Park Y");
}

TEST(ReadParkTest, FileErrors) {
  TempDir dir;
  EXPECT_THROW(read_park(dir / "missing.csv"), FileError);
  std::filesystem::create_directories(dir.path() / "empty_folder");
  EXPECT_THROW(read_park(dir / "empty_folder"), FileError);
  dir.write("park.ods", "PK");
  EXPECT_THROW(read_park(dir / "park.ods"), FileError);
  // A workbook that is no zip is bad data, not an unknown format.
  dir.write("park.xlsx", "PK");
  EXPECT_TRUE(read_park(dir / "park.xlsx").report.has_code("bad-xlsx"));
  ReadOptions options;
  options.catalogue_file = dir / "missing_catalogue.csv";
  EXPECT_THROW(read_park(fixture("Lubei.csv"), options), FileError);
}

}  // namespace
}  // namespace symbio::io
