#include "io/encoding.hpp"

#include <iconv.h>

#include <cerrno>

#include "core/text.hpp"

namespace symbio::io {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Owns an iconv descriptor.
class Iconv {
 public:
  Iconv(const char* from, const char* to) : cd_(::iconv_open(to, from)) {
    if (cd_ == reinterpret_cast<iconv_t>(-1)) {
      throw OptionError(std::string("unknown encoding conversion ") + from + " -> " + to);
    }
  }
  ~Iconv() { ::iconv_close(cd_); }
  Iconv(const Iconv&) = delete;
  Iconv& operator=(const Iconv&) = delete;
  iconv_t get() const { return cd_; }

 private:
  iconv_t cd_;
};

std::string canonical_name(std::string_view encoding) {
  const std::string key = match_key(encoding);
  if (key == "utf8" || key == "utf 8") return "UTF-8";
  if (key == "gb18030" || key == "gbk" || key == "gb2312" || key == "cp936" || key == "936") {
    return "GB18030";
  }
  return std::string(trim(encoding));
}

std::string hex_byte(char c) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  const auto b = static_cast<unsigned char>(c);
  return std::string("0x") + kHex[b >> 4] + kHex[b & 0xF];
}

void report_bad_bytes(std::string_view text, std::size_t offset, const std::string& file,
                      const std::string& what, ValidationReport& report) {
  report.error("bad-encoding", "", location_of_offset(text, offset, file),
               "byte " + hex_byte(text[offset]) + " at offset " + std::to_string(offset) + " " +
                   what + " (save the file as UTF-8, or give the encoding with --encoding)");
}

std::optional<std::string> from_utf8(std::string_view bytes, const std::string& file,
                                     ValidationReport& report) {
  if (bytes.substr(0, 3) == kUtf8Bom) bytes.remove_prefix(3);
  if (const auto bad = find_invalid_utf8(bytes)) {
    report_bad_bytes(bytes, *bad, file, "is not valid UTF-8", report);
    return std::nullopt;
  }
  return std::string(bytes);
}

std::optional<std::string> converted(std::string_view bytes, const std::string& name,
                                     const std::string& file, ValidationReport& report) {
  std::size_t offset = 0;
  auto text = convert_encoding(bytes, name.c_str(), "UTF-8", &offset);
  if (!text) {
    report_bad_bytes(bytes, offset, file, "is not valid " + name, report);
    return std::nullopt;
  }
  if (std::string_view(*text).substr(0, 3) == kUtf8Bom) text->erase(0, 3);
  report.note("converted-encoding", "", SourceLocation{file, 0, 0}, "converted from " + name);
  return text;
}

}  // namespace

std::optional<std::string> convert_encoding(std::string_view text, const char* from, const char* to,
                                            std::size_t* error_offset) {
  Iconv cd(from, to);
  std::string out;
  out.resize(text.size() * 2 + 16);
  // iconv's interface takes non-const pointers but does not write through the input one.
  char* in = const_cast<char*>(text.data());
  std::size_t in_left = text.size();
  std::size_t used = 0;
  while (true) {
    char* dst = out.data() + used;
    std::size_t out_left = out.size() - used;
    // A final call with a null input flushes shift states (none for our encodings, but cheap).
    const std::size_t rc = in_left > 0 ? ::iconv(cd.get(), &in, &in_left, &dst, &out_left)
                                       : ::iconv(cd.get(), nullptr, nullptr, &dst, &out_left);
    used = out.size() - out_left;
    if (rc != static_cast<std::size_t>(-1)) {
      if (in_left == 0) break;
      continue;
    }
    if (errno == E2BIG) {
      out.resize(out.size() * 2);
      continue;
    }
    // EILSEQ (invalid sequence) or EINVAL (truncated sequence at the end).
    if (error_offset != nullptr) *error_offset = static_cast<std::size_t>(in - text.data());
    return std::nullopt;
  }
  out.resize(used);
  return out;
}

SourceLocation location_of_offset(std::string_view text, std::size_t offset,
                                  const std::string& file) {
  if (offset > text.size()) offset = text.size();
  const std::string_view before = text.substr(0, offset);
  int line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < before.size(); ++i) {
    if (before[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  const auto column = utf8_length(before.substr(line_start)) + 1;
  return SourceLocation{file, line, static_cast<int>(column)};
}

std::optional<std::string> decode_text(std::string_view bytes, const std::string& file,
                                       std::string_view encoding, ValidationReport& report) {
  if (!trim(encoding).empty()) {
    const std::string name = canonical_name(encoding);
    if (name == "UTF-8") return from_utf8(bytes, file, report);
    return converted(bytes, name, file, report);
  }
  if (bytes.substr(0, 3) == kUtf8Bom) return from_utf8(bytes, file, report);
  if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
    // "UTF-16" reads the byte-order mark and drops it.
    return converted(bytes, "UTF-16", file, report);
  }
  const auto bad = find_invalid_utf8(bytes);
  if (!bad) return std::string(bytes);
  if (auto text = convert_encoding(bytes, "GB18030", "UTF-8")) {
    report.note("converted-encoding", "", SourceLocation{file, 0, 0},
                "converted from GB18030 (the file is not valid UTF-8; give --encoding to choose)");
    return text;
  }
  report_bad_bytes(bytes, *bad, file, "is neither valid UTF-8 nor GB18030", report);
  return std::nullopt;
}

}  // namespace symbio::io
