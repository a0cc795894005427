#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/validation.hpp"

namespace google::protobuf {
class Message;
}

namespace symbio::io::detail {

// Parsing of any symbio.v1 message from the three Protobuf encodings, shared by the Park and
// AnalysisReport readers. Each returns false after reporting the problem ("bad-protobuf",
// "bad-json" with the line and column of a JSON syntax error, "bad-pbtxt" with the parser's
// line and column, or naming a string that is not UTF-8), naming the message type. Protobuf's own
// logging is silenced: library code does not print (README.md, Module map).
bool parse_binary(std::string_view bytes, const std::string& file, std::size_t max_bytes,
                  google::protobuf::Message& message, ValidationReport& report);
bool parse_json(std::string_view text, const std::string& file, google::protobuf::Message& message,
                ValidationReport& report);
bool parse_text_format(std::string_view text, const std::string& file,
                       google::protobuf::Message& message, ValidationReport& report);

// The three encodings of a message, written the same way for every symbio.v1 message: binary
// deterministic (equal input, equal bytes), JSON with proto field names and indentation, text
// format with UTF-8 kept readable (Chinese instead of octal escapes). Protobuf logging is
// silenced; a JSON failure throws DataError naming the message type.
std::string to_binary(const google::protobuf::Message& message);
std::string to_json(const google::protobuf::Message& message);
std::string to_text_format(const google::protobuf::Message& message);

}  // namespace symbio::io::detail
