#include "io/csv_park_writer.hpp"

#include <gtest/gtest.h>

namespace symbio::io {
namespace {

TEST(CsvParkWriterTest, EnterprisesWithAttributeUnion) {
  Park park;
  park.enterprises.push_back(
      Enterprise{"P1", "热电厂", "4411", "utility", false, {{"output", "12.5"}}, {}});
  park.enterprises.push_back(
      Enterprise{"L1", "Landfill, north", "", "", true, {{"emissions", "3"}, {"output", "1"}}, {}});
  EXPECT_EQ(park_enterprises_csv(park),
            "id,name,sector,role,external,output,emissions\n"
            "P1,热电厂,4411,utility,false,12.5,\n"
            "L1,\"Landfill, north\",,,true,1,3\n");
}

TEST(CsvParkWriterTest, ExchangesWithNumbersAndQuotes) {
  Park park;
  Exchange x;
  x.id = "x1";
  x.supplier = "A";
  x.receiver = "B \"the big one\"";
  x.resource = "steam";
  x.layer = Layer::energy;
  x.kind = Kind::utility;
  x.quantity = Quantity{0.1, "GJ/a"};
  x.year = 1987;
  park.exchanges.push_back(x);
  Exchange y;
  y.id = "x2";
  y.supplier = "B";
  y.receiver = "A";
  y.status = Status::potential;
  y.attributes = {{"note", "multi\nline"}};
  park.exchanges.push_back(y);
  EXPECT_EQ(park_exchanges_csv(park),
            "id,supplier,receiver,resource,layer,kind,status,quantity,unit,year,note\n"
            "x1,A,\"B \"\"the big one\"\"\",steam,energy,utility,existing,0.1,GJ/a,1987,\n"
            "x2,B,A,,material,product,potential,,,,\"multi\nline\"\n");
}

TEST(CsvParkWriterTest, Declarations) {
  Park park;
  EXPECT_EQ(park_declarations_csv(park), "enterprise,direction,resource,layer,quantity,unit\n");
  Declaration d;
  d.enterprise = "C1";
  d.direction = Direction::need;
  d.resource = "gypsum";
  d.quantity = Quantity{50000, "t/a"};
  park.declarations.push_back(d);
  EXPECT_EQ(
      park_declarations_csv(park),
      "enterprise,direction,resource,layer,quantity,unit\nC1,need,gypsum,material,50000,t/a\n");
}

}  // namespace
}  // namespace symbio::io
