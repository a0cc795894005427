#include "io/proto_park.hpp"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/stubs/logging.h>
#include <google/protobuf/text_format.h>
#include <google/protobuf/util/json_util.h>

#include "core/error.hpp"
#include "io/detail/proto_convert.hpp"
#include "io/detail/proto_parse.hpp"
#include "symbio/v1/park.pb.h"

namespace symbio::io {

namespace {

namespace pb = symbio::v1;

// Protobuf logs invalid UTF-8 in string fields to stderr; library code must not print
// (ARCHITECTURE.md rule 6), and the report says what went wrong.
using Silence = google::protobuf::LogSilencer;

}  // namespace

Park park_from_json(std::string_view text, const std::string& file, ValidationReport& report) {
  pb::Park message;
  if (!detail::parse_json(text, file, message, report)) return Park{};
  return detail::from_proto(message, file, report);
}

Park park_from_binary(std::string_view bytes, const std::string& file, ValidationReport& report,
                      std::size_t max_bytes) {
  pb::Park message;
  if (!detail::parse_binary(bytes, file, max_bytes, message, report)) return Park{};
  return detail::from_proto(message, file, report);
}

Park park_from_text_format(std::string_view text, const std::string& file,
                           ValidationReport& report) {
  pb::Park message;
  if (!detail::parse_text_format(text, file, message, report)) return Park{};
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
