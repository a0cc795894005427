#include "io/proto_park.hpp"

#include "io/detail/proto_convert.hpp"
#include "io/detail/proto_parse.hpp"
#include "symbio/v1/park.pb.h"

namespace symbio::io {

namespace {

namespace pb = symbio::v1;

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
  return detail::to_json(message);
}

std::string park_to_binary(const Park& park) {
  pb::Park message;
  detail::to_proto(park, message);
  return detail::to_binary(message);
}

std::string park_to_text_format(const Park& park) {
  pb::Park message;
  detail::to_proto(park, message);
  return detail::to_text_format(message);
}

}  // namespace symbio::io
