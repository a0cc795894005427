#include "io/proto_park.hpp"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/tokenizer.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/stubs/logging.h>
#include <google/protobuf/text_format.h>
#include <google/protobuf/util/json_util.h>

#include <nlohmann/json.hpp>

#include "core/error.hpp"
#include "io/detail/proto_convert.hpp"
#include "io/encoding.hpp"
#include "symbio/v1/park.pb.h"

namespace symbio::io {

namespace {

namespace pb = symbio::v1;

// Collects the text-format parser's complaints instead of letting it log them.
class TextErrors : public google::protobuf::io::ErrorCollector {
 public:
  void AddError(int line, google::protobuf::io::ColumnNumber column,
                const std::string& message) override {
    if (first_message.empty()) {
      // The parser counts from 0.
      first_line = line + 1;
      first_column = column + 1;
      first_message = message;
    }
  }
  void AddWarning(int, google::protobuf::io::ColumnNumber, const std::string&) override {}

  int first_line = 0;
  int first_column = 0;
  std::string first_message;
};

// Protobuf logs invalid UTF-8 in string fields to stderr; library code must not print
// (ARCHITECTURE.md rule 6), and the report says what went wrong.
using Silence = google::protobuf::LogSilencer;

}  // namespace

Park park_from_json(std::string_view text, const std::string& file, ValidationReport& report) {
  // nlohmann's parser knows the byte of a syntax error; protobuf's message does not.
  try {
    [[maybe_unused]] const auto document = nlohmann::json::parse(text.begin(), text.end());
  } catch (const nlohmann::json::parse_error& e) {
    const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
    report.error("bad-json", "", location_of_offset(text, offset, file),
                 std::string("not valid JSON: ") + e.what());
    return Park{};
  }
  pb::Park message;
  google::protobuf::util::JsonParseOptions options;
  options.ignore_unknown_fields = false;
  Silence silence;
  const auto status = google::protobuf::util::JsonStringToMessage(
      google::protobuf::StringPiece(text.data(), text.size()), &message, options);
  if (!status.ok()) {
    report.error(
        "bad-json", "", SourceLocation{file, 0, 0},
        "not a symbio.v1.Park in the Protobuf JSON mapping: " + std::string(status.message()));
    return Park{};
  }
  return detail::from_proto(message, file, report);
}

Park park_from_binary(std::string_view bytes, const std::string& file, ValidationReport& report,
                      std::size_t max_bytes) {
  if (bytes.size() > max_bytes) {
    report.error("bad-protobuf", "", SourceLocation{file, 0, 0},
                 "binary park of " + std::to_string(bytes.size()) + " bytes exceeds the limit of " +
                     std::to_string(max_bytes) + " bytes");
    return Park{};
  }
  pb::Park message;
  Silence silence;
  if (!message.ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) {
    report.error("bad-protobuf", "", SourceLocation{file, 0, 0},
                 "not a binary symbio.v1.Park (truncated or damaged file, or invalid UTF-8 in a "
                 "text field)");
    return Park{};
  }
  return detail::from_proto(message, file, report);
}

Park park_from_text_format(std::string_view text, const std::string& file,
                           ValidationReport& report) {
  pb::Park message;
  TextErrors errors;
  google::protobuf::TextFormat::Parser parser;
  parser.RecordErrorsTo(&errors);
  Silence silence;
  google::protobuf::io::ArrayInputStream input(text.data(), static_cast<int>(text.size()));
  if (!parser.Parse(&input, &message)) {
    report.error(
        "bad-pbtxt", "", SourceLocation{file, errors.first_line, errors.first_column},
        "not a symbio.v1.Park in Protobuf text format: " +
            (errors.first_message.empty() ? std::string("parse error") : errors.first_message));
    return Park{};
  }
  return detail::from_proto(message, file, report);
}

std::string park_to_json(const Park& park) {
  pb::Park message;
  detail::to_proto(park, message);
  google::protobuf::util::JsonPrintOptions options;
  options.add_whitespace = true;
  options.preserve_proto_field_names = true;
  options.always_print_primitive_fields = false;
  std::string out;
  Silence silence;
  const auto status = google::protobuf::util::MessageToJsonString(message, &out, options);
  if (!status.ok())
    throw DataError("cannot write the park as JSON: " + std::string(status.message()));
  return out;
}

std::string park_to_binary(const Park& park) {
  pb::Park message;
  detail::to_proto(park, message);
  std::string out;
  {
    google::protobuf::io::StringOutputStream stream(&out);
    google::protobuf::io::CodedOutputStream coded(&stream);
    coded.SetSerializationDeterministic(true);
    Silence silence;
    message.SerializeToCodedStream(&coded);
  }
  return out;
}

std::string park_to_text_format(const Park& park) {
  pb::Park message;
  detail::to_proto(park, message);
  std::string out;
  google::protobuf::TextFormat::Printer printer;
  printer.SetUseUtf8StringEscaping(true);  // keep Chinese readable instead of octal escapes
  Silence silence;
  printer.PrintToString(message, &out);
  return out;
}

}  // namespace symbio::io
