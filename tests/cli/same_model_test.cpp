// `symbio audit` and `symbio convert --with-analysis` run one pipeline (audit/pipeline.hpp), so
// the AnalysisReport they write holds the same analysis of a park: the same enterprise ids,
// analyses per view, cascade sweep and robustness curves. (convert left robustness out before.)

#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>

#include "tests/support/run_symbio.hpp"

namespace symbio::testing {
namespace {

// The top-level fields of a Protobuf message in the binary wire format, field number -> the
// bytes of every occurrence (key included), read by hand so that the comparison depends on
// nothing of symbio's. Throws on a malformed message.
std::map<std::uint32_t, std::string> top_level_fields(std::string_view bytes) {
  std::map<std::uint32_t, std::string> fields;
  std::size_t pos = 0;
  const auto varint = [&]() {
    std::uint64_t value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos >= bytes.size()) throw std::runtime_error("truncated varint");
      const auto byte = static_cast<unsigned char>(bytes[pos++]);
      value |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
      if ((byte & 0x80) == 0) return value;
    }
    throw std::runtime_error("varint too long");
  };
  while (pos < bytes.size()) {
    const std::size_t start = pos;
    const std::uint64_t key = varint();
    switch (key & 7) {
      case 0:
        varint();
        break;
      case 1:
        pos += 8;
        break;
      case 2:
        pos += static_cast<std::size_t>(varint());
        break;
      case 5:
        pos += 4;
        break;
      default:
        throw std::runtime_error("unexpected wire type");
    }
    if (pos > bytes.size()) throw std::runtime_error("truncated field");
    fields[static_cast<std::uint32_t>(key >> 3)] += bytes.substr(start, pos - start);
  }
  return fields;
}

TEST(SameModel, AuditAndConvertWithAnalysisWriteTheSameAnalysis) {
  const std::string dir = make_temp_dir("symbio-same-model");
  for (const char* example : {"kalundborg", "coal_chemical_park"}) {
    const std::string park = std::string("examples/") + example;
    const std::string out = dir + "/" + example;
    ASSERT_EQ(run_symbio("audit " + park + " --out " + out + " --lang en -q").status, 0);
    ASSERT_EQ(
        run_symbio("convert " + park + " -o " + out + "/converted.pb --with-analysis -q").status,
        0);
    const auto audited = top_level_fields(read_text(out + "/park.pb"));
    const auto converted = top_level_fields(read_text(out + "/converted.pb"));
    // AnalysisReport: 1 park, 3 enterprise_ids, 4 layers, 5 cascade, 6 robustness are the same;
    // 2 meta differs by the options each command records, 7 findings are audit's alone.
    for (const std::uint32_t field : {1U, 3U, 4U, 5U, 6U}) {
      ASSERT_TRUE(audited.count(field)) << example << " field " << field;
      ASSERT_TRUE(converted.count(field)) << example << " field " << field;
      EXPECT_TRUE(audited.at(field) == converted.at(field)) << example << " field " << field;
    }
    EXPECT_TRUE(audited.count(7));
    EXPECT_FALSE(converted.count(7));
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace symbio::testing
