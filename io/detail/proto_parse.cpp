#include "io/detail/proto_parse.hpp"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/tokenizer.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/message.h>
#include <google/protobuf/stubs/logging.h>
#include <google/protobuf/text_format.h>
#include <google/protobuf/util/json_util.h>

#include "core/error.hpp"
#include "io/detail/json_check.hpp"

namespace symbio::io::detail {

namespace {

// Protobuf logs invalid UTF-8 in string fields to stderr; the report says what went wrong.
using Silence = google::protobuf::LogSilencer;

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

std::string type_name(const google::protobuf::Message& message) {
  return message.GetDescriptor()->full_name();
}

}  // namespace

bool parse_binary(std::string_view bytes, const std::string& file, std::size_t max_bytes,
                  google::protobuf::Message& message, ValidationReport& report) {
  if (bytes.size() > max_bytes) {
    report.error("bad-protobuf", "", SourceLocation{file, 0, 0},
                 "binary " + type_name(message) + " of " + std::to_string(bytes.size()) +
                     " bytes exceeds the limit of " + std::to_string(max_bytes) + " bytes");
    return false;
  }
  Silence silence;
  if (!message.ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) {
    report.error("bad-protobuf", "", SourceLocation{file, 0, 0},
                 "not a binary " + type_name(message) +
                     " (truncated or damaged file, or invalid UTF-8 in a text field)");
    return false;
  }
  return true;
}

bool parse_json(std::string_view text, const std::string& file, google::protobuf::Message& message,
                ValidationReport& report) {
  if (!check_json(text, file, report)) return false;
  google::protobuf::util::JsonParseOptions options;
  options.ignore_unknown_fields = false;
  Silence silence;
  const auto status = google::protobuf::util::JsonStringToMessage(
      google::protobuf::StringPiece(text.data(), text.size()), &message, options);
  if (!status.ok()) {
    report.error("bad-json", "", SourceLocation{file, 0, 0},
                 "not a " + type_name(message) +
                     " in the Protobuf JSON mapping: " + std::string(status.message()));
    return false;
  }
  return true;
}

bool parse_text_format(std::string_view text, const std::string& file,
                       google::protobuf::Message& message, ValidationReport& report) {
  TextErrors errors;
  google::protobuf::TextFormat::Parser parser;
  parser.RecordErrorsTo(&errors);
  Silence silence;
  google::protobuf::io::ArrayInputStream input(text.data(), static_cast<int>(text.size()));
  if (!parser.Parse(&input, &message)) {
    report.error(
        "bad-pbtxt", "", SourceLocation{file, errors.first_line, errors.first_column},
        "not a " + type_name(message) + " in Protobuf text format: " +
            (errors.first_message.empty() ? std::string("parse error") : errors.first_message));
    return false;
  }
  return true;
}

std::string to_binary(const google::protobuf::Message& message) {
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

std::string to_json(const google::protobuf::Message& message) {
  google::protobuf::util::JsonPrintOptions options;
  options.add_whitespace = true;
  options.preserve_proto_field_names = true;
  options.always_print_primitive_fields = false;
  std::string out;
  Silence silence;
  const auto status = google::protobuf::util::MessageToJsonString(message, &out, options);
  if (!status.ok()) {
    throw DataError("cannot write a " + type_name(message) +
                    " as JSON: " + std::string(status.message()));
  }
  return out;
}

std::string to_text_format(const google::protobuf::Message& message) {
  std::string out;
  google::protobuf::TextFormat::Printer printer;
  printer.SetUseUtf8StringEscaping(true);
  Silence silence;
  printer.PrintToString(message, &out);
  return out;
}

}  // namespace symbio::io::detail
