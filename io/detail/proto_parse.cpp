#include "io/detail/proto_parse.hpp"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/tokenizer.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/message.h>
#include <google/protobuf/stubs/logging.h>
#include <google/protobuf/text_format.h>
#include <google/protobuf/util/json_util.h>

#include <optional>
#include <vector>

#include "core/error.hpp"
#include "core/text.hpp"
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

// The path of the first string field that is not UTF-8 ("enterprises[2].name"), or nullopt.
// Protobuf's text parser turns escapes such as "\377" into bytes and only logs that a proto3
// string is no text, where its binary parser refuses it; such a park could not be written as
// JSON or read back from its own binary. Recursion is bounded by the parser's nesting limit.
std::optional<std::string> invalid_utf8_field(const google::protobuf::Message& message) {
  using Field = google::protobuf::FieldDescriptor;
  const google::protobuf::Reflection* reflection = message.GetReflection();
  std::vector<const Field*> fields;
  reflection->ListFields(message, &fields);
  for (const Field* field : fields) {
    const int count = field->is_repeated() ? reflection->FieldSize(message, field) : 1;
    for (int i = 0; i < count; ++i) {
      const std::string path =
          field->name() + (field->is_repeated() ? "[" + std::to_string(i) + "]" : "");
      if (field->type() == Field::TYPE_STRING) {
        std::string scratch;
        const std::string& value =
            field->is_repeated()
                ? reflection->GetRepeatedStringReference(message, field, i, &scratch)
                : reflection->GetStringReference(message, field, &scratch);
        if (find_invalid_utf8(value)) return path;
      } else if (field->cpp_type() == Field::CPPTYPE_MESSAGE) {
        const google::protobuf::Message& inner =
            field->is_repeated() ? reflection->GetRepeatedMessage(message, field, i)
                                 : reflection->GetMessage(message, field);
        if (const auto bad = invalid_utf8_field(inner)) return path + "." + *bad;
      }
    }
  }
  return std::nullopt;
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
  if (const auto field = invalid_utf8_field(message)) {
    report.error("bad-pbtxt", "", SourceLocation{file, 0, 0},
                 "not a " + type_name(message) + " in Protobuf text format: the string " + *field +
                     " is not UTF-8 (an escape such as \\377 gives bytes that are no text)");
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
