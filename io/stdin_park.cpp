#include "io/stdin_park.hpp"

#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

#include "core/error.hpp"
#include "core/text.hpp"
#include "io/temporary_folder.hpp"

namespace symbio::io {

namespace {

namespace fs = std::filesystem;

std::string read_standard_input(std::size_t max_bytes) {
  if (::isatty(STDIN_FILENO) != 0) {
    throw FileError(std::string(kStdinName),
                    "standard input is a terminal: pipe a park into symbio (e.g. "
                    "'cat park.csv | symbio info -') or give its path");
  }
  std::string bytes;
  std::vector<char> block(std::size_t{1} << 16);
  while (true) {
    const ssize_t got = ::read(STDIN_FILENO, block.data(), block.size());
    if (got < 0) {
      if (errno == EINTR) continue;
      throw FileError(std::string(kStdinName), std::string("read error: ") + std::strerror(errno));
    }
    if (got == 0) break;
    if (bytes.size() + static_cast<std::size_t>(got) > max_bytes) {
      throw DataError(std::string(kStdinName) + ": content exceeds the input limit of " +
                      std::to_string(max_bytes) + " bytes (raise it with --max-input-mb)");
    }
    bytes.append(block.data(), static_cast<std::size_t>(got));
  }
  return bytes;
}

void replace_all(std::string& text, const std::string& from, std::string_view to) {
  if (from.empty()) return;
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

std::string renamed(std::string text, const std::string& file) {
  replace_all(text, file, kStdinName);
  return text;
}

bool control_byte(unsigned char c) {
  return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v';
}

// "name:", "name {" or "name <" at the start of the first line that is not a comment.
bool looks_like_text_format(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() &&
           (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n'))
      ++i;
    if (i < text.size() && text[i] == '#') {
      while (i < text.size() && text[i] != '\n')
        ++i;
      continue;
    }
    break;
  }
  const std::size_t start = i;
  while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) != 0 ||
                             text[i] == '_' || text[i] == '.' || text[i] == '[' || text[i] == ']'))
    ++i;
  if (i == start || std::isdigit(static_cast<unsigned char>(text[start])) != 0) return false;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t'))
    ++i;
  return i < text.size() && (text[i] == ':' || text[i] == '{' || text[i] == '<');
}

}  // namespace

std::string sniff_park_format(std::string_view bytes) {
  if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4)) return "xlsx";
  if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") return "csv";
  const std::string_view head = bytes.substr(0, 4096);
  for (const char c : head) {
    if (control_byte(static_cast<unsigned char>(c))) return "pb";
  }
  std::string_view text = head;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return "csv";
  text.remove_prefix(first);
  if (text[0] == '<') return head.find("<gexf") != std::string_view::npos ? "gexf" : "graphml";
  if (text[0] == '{') return "json";
  if (looks_like_text_format(text)) return "pbtxt";
  return "csv";
}

LoadedPark read_park_from_stdin(const std::string& format, const ReadOptions& options) {
  const std::string chosen = to_lower_ascii(format);
  if (chosen.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789") != std::string::npos) {
    throw OptionError("--input-format: expected csv, json, pb, pbtxt or graphml, not '" + format +
                      "'");
  }
  const std::string bytes = read_standard_input(options.limits.max_file_bytes);
  const std::string kind = chosen.empty() ? sniff_park_format(bytes) : chosen;
  // The bytes are read as a file in a private folder, removed at the end.
  const TemporaryFolder scratch("stdin", "standard input");
  const std::string file = (scratch.path() / ("stdin." + kind)).string();
  {
    std::FILE* out = std::fopen(file.c_str(), "wb");
    const bool ok =
        out != nullptr && std::fwrite(bytes.data(), 1, bytes.size(), out) == bytes.size();
    if (out == nullptr || std::fclose(out) != 0 || !ok) {
      throw FileError(file, "cannot keep standard input in a temporary file");
    }
  }
  LoadedPark loaded;
  try {
    loaded = read_park(file, options);
  } catch (const FileError& e) {
    std::string message = e.what();
    if (!chosen.empty() && message.find("unknown park format") != std::string::npos) {
      throw OptionError("--input-format: '" + format +
                        "' is not a park format (expected csv, json, pb, pbtxt or graphml)");
    }
    if (message.rfind(file + ": ", 0) == 0) message.erase(0, file.size() + 2);
    throw FileError(std::string(kStdinName), renamed(message, file));
  } catch (const DataError& e) {
    throw DataError(renamed(e.what(), file));
  }
  ValidationReport report;
  for (const Problem& p : loaded.report.problems()) {
    SourceLocation location = p.location;
    if (location.file == file) location.file = std::string(kStdinName);
    report.add(p.severity, p.code, renamed(p.subject, file), location, renamed(p.message, file));
  }
  loaded.report = std::move(report);
  loaded.path = "-";
  return loaded;
}

}  // namespace symbio::io
