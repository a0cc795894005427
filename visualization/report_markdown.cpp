#include "visualization/report_markdown.hpp"

#include <algorithm>

namespace symbio::viz {
namespace {

// A table cell: `|` escaped, line breaks as <br> (GitHub-flavoured Markdown keeps a row on one
// line).
std::string cell(const std::string& text) {
  std::string out;
  for (const char c : text) {
    if (c == '|') {
      out += "\\|";
    } else if (c == '\n') {
      out += "<br>";
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

std::string report_markdown(const ReportInput& input) {
  std::string out;
  for (const ReportBlock& b : report_blocks(input)) {
    switch (b.kind) {
      case ReportBlock::Kind::heading:
        out += std::string(static_cast<std::size_t>(std::clamp(b.level, 1, 6)), '#') + " " +
               b.text + "\n\n";
        break;
      case ReportBlock::Kind::paragraph:
        out += b.text + "\n\n";
        break;
      case ReportBlock::Kind::list:
        for (const auto& row : b.rows)
          out += "- " + row.at(0) + "\n";
        out += "\n";
        break;
      case ReportBlock::Kind::figure:
        out += "![" + b.text + "](" + b.file + ")\n\n*" + b.text + "*\n\n";
        break;
      case ReportBlock::Kind::table: {
        out += "|";
        for (const std::string& h : b.header)
          out += " " + cell(h) + " |";
        out += "\n|";
        for (std::size_t k = 0; k < b.header.size(); ++k)
          out += "---|";
        out += "\n";
        for (const auto& row : b.rows) {
          out += "|";
          for (const std::string& c : row)
            out += " " + cell(c) + " |";
          out += "\n";
        }
        out += "\n";
        break;
      }
    }
  }
  return out;
}

}  // namespace symbio::viz
