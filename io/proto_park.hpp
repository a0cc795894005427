#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/park.hpp"
#include "core/validation.hpp"

namespace symbio::io {

// A binary park larger than this is refused as "bad-protobuf" (protobuf's own limit is 2 GiB).
inline constexpr std::size_t kMaxProtobufBytes = std::size_t{512} << 20;

// The park in the three encodings of symbio.v1.Park (proto/symbio/v1/park.proto).
//
// Readers return the park as read (not finalized) and report problems instead of throwing:
// "bad-json" (syntax errors at their line and column; a wrong shape, e.g. a string where a list
// belongs or an unknown field, with the parser's message), "bad-protobuf" (truncated or garbage
// binary, invalid UTF-8 in a string, over `max_bytes`), "bad-pbtxt" (at line and column; a
// string whose escapes give invalid UTF-8), plus the conversion problems of from_proto
// ("bad-enum", "unknown-direction"; subjects such as "exchanges[3]", 0-based). The park is empty
// when the input cannot be parsed. Origins are `file` with line 0: these formats have no lines
// worth naming.
//
// Writers write every field. JSON uses the .proto field names (snake_case, like the CSV
// columns), enum names, one space of indentation per level (Protobuf's printer), and leaves out
// fields with default values (empty strings, false, unspecified enums) as the Protobuf JSON mapping
// allows; readers accept either field-name spelling. Binary output is deterministic.
Park park_from_json(std::string_view text, const std::string& file, ValidationReport& report);
Park park_from_binary(std::string_view bytes, const std::string& file, ValidationReport& report,
                      std::size_t max_bytes = kMaxProtobufBytes);
Park park_from_text_format(std::string_view text, const std::string& file,
                           ValidationReport& report);

std::string park_to_json(const Park& park);
std::string park_to_binary(const Park& park);
std::string park_to_text_format(const Park& park);

}  // namespace symbio::io
