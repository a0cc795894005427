#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/validation.hpp"

namespace symbio::io::detail {

// Nesting depth allowed in a JSON input, counting objects and lists. symbio.v1 messages in the
// Protobuf JSON mapping nest about 10 levels (an analysis report, its layers, an enterprise, its
// values, ...); the limit keeps a hostile file from driving Protobuf's recursive parser.
inline constexpr std::size_t kMaxJsonDepth = 64;

// Checks what Protobuf's JSON parser does not report well, before it runs: the syntax (with the
// line and column of the first error, from nlohmann's SAX parser, which builds no document, so a
// large file costs no memory beyond its text), a depth of at most kMaxJsonDepth, and no list
// directly inside a list (no symbio.v1 field is a list of lists; Protobuf 3.21 silently accepts
// `[[...]]` for a repeated message field). Returns false after reporting "bad-json". O(size).
bool check_json(std::string_view text, const std::string& file, ValidationReport& report);

}  // namespace symbio::io::detail
