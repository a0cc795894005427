#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "core/validation.hpp"

namespace symbio::io {

// Converts `text` between two encodings known to iconv (glibc names: "UTF-8", "GB18030",
// "UTF-16"). Nullopt when the input holds a byte sequence invalid in `from` or a character
// `to` cannot represent; `error_offset` then receives the byte offset of the first such sequence
// in `text`. Throws OptionError when iconv knows neither name.
std::optional<std::string> convert_encoding(std::string_view text, const char* from, const char* to,
                                            std::size_t* error_offset = nullptr);

// The place of byte `offset` of `text`: 1-based line (counting '\n') and column in code points
// since the line start (the bytes before `offset` are assumed to be valid UTF-8 or ASCII).
SourceLocation location_of_offset(std::string_view text, std::size_t offset,
                                  const std::string& file);

// Turns the bytes of a text input into UTF-8 without a byte-order mark.
// `encoding` "" detects: a UTF-8 BOM or valid UTF-8 is UTF-8; a UTF-16 BOM (Excel's "Unicode
// text") is UTF-16; anything else is tried as GB18030 (which Excel in China writes and which
// includes GBK and GB2312). "utf-8"/"utf8" forces UTF-8; "gb18030", "gbk", "gb2312", "cp936"
// force GB18030; any other name is passed to iconv.
// Every conversion adds the note "converted-encoding" ("converted from GB18030"). Bytes that fit
// no candidate give the error "bad-encoding" at the line and column of the first bad byte
// (detection reports where the text stops being UTF-8) and nullopt.
// Throws OptionError for an encoding name iconv does not know.
std::optional<std::string> decode_text(std::string_view bytes, const std::string& file,
                                       std::string_view encoding, ValidationReport& report);

}  // namespace symbio::io
