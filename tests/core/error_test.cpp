#include "core/error.hpp"

#include <gtest/gtest.h>

#include <string>

namespace symbio {
namespace {

TEST(ErrorTest, LocationLeavesOutWhatIsUnknown) {
  EXPECT_EQ((SourceLocation{"a.csv", 3, 7}).to_string(), "a.csv:3:7");
  EXPECT_EQ((SourceLocation{"a.csv", 3, 0}).to_string(), "a.csv:3");
  EXPECT_EQ((SourceLocation{"a.csv", 0, 7}).to_string(), "a.csv");  // a column needs a line
  EXPECT_EQ((SourceLocation{"", 4, 2}).to_string(), "line 4:2");
  EXPECT_EQ((SourceLocation{}).to_string(), "");
}

TEST(ErrorTest, MessagesStartWithWhere) {
  const DataError located("unknown key 'x'", {"audit.toml", 2, 1});
  EXPECT_EQ(std::string(located.what()), "audit.toml:2:1: unknown key 'x'");
  EXPECT_EQ(located.location().line, 2);
  EXPECT_EQ(std::string(DataError("no location").what()), "no location");
  const FileError file("out/park.pb", "cannot write: No space left on device");
  EXPECT_EQ(std::string(file.what()), "out/park.pb: cannot write: No space left on device");
  EXPECT_EQ(file.path(), "out/park.pb");
}

}  // namespace
}  // namespace symbio
