#pragma once

#include <cctype>
#include <cstdint>
#include <string>
#include <vector>

namespace symbio::viz::test_support {

// A minimal XML well-formedness check, enough for the SVG Graphviz and our own code write: a
// prolog (declaration, DOCTYPE, comments), one root element, tags closing in order, quoted
// attribute values without '<', known entities and numeric character references only. Returns
// an empty string when the text is well formed, else what is wrong and where.
inline std::string xml_problem(const std::string& text) {
  std::vector<std::string> open;
  std::size_t roots = 0;
  std::size_t i = 0;
  auto where = [&](std::size_t at) { return " at byte " + std::to_string(at); };
  auto entity_ok = [&](std::size_t at, std::size_t& end) {
    end = text.find(';', at);
    if (end == std::string::npos || end - at > 10) return false;
    const std::string e = text.substr(at + 1, end - at - 1);
    if (e == "amp" || e == "lt" || e == "gt" || e == "quot" || e == "apos") return true;
    if (e.size() >= 2 && e[0] == '#') {
      const bool hex = e[1] == 'x';
      for (std::size_t k = hex ? 2 : 1; k < e.size(); ++k) {
        const auto c = static_cast<unsigned char>(e[k]);
        if (!(hex ? std::isxdigit(c) : std::isdigit(c))) return false;
      }
      return e.size() > (hex ? 2U : 1U);
    }
    return false;
  };
  while (i < text.size()) {
    const char c = text[i];
    if (c == '&') {
      std::size_t end = 0;
      if (!entity_ok(i, end)) return "bad entity" + where(i);
      i = end + 1;
      continue;
    }
    if (c != '<') {
      if (c == '>') return "stray >" + where(i);
      if (open.empty() && !std::isspace(static_cast<unsigned char>(c)))
        return "text outside the root" + where(i);
      ++i;
      continue;
    }
    if (text.compare(i, 4, "<!--") == 0) {
      const std::size_t end = text.find("-->", i + 4);
      if (end == std::string::npos) return "unterminated comment" + where(i);
      i = end + 3;
      continue;
    }
    if (text.compare(i, 2, "<?") == 0) {
      const std::size_t end = text.find("?>", i + 2);
      if (end == std::string::npos) return "unterminated processing instruction" + where(i);
      i = end + 2;
      continue;
    }
    if (text.compare(i, 9, "<!DOCTYPE") == 0) {
      if (roots > 0 || !open.empty()) return "DOCTYPE after the root" + where(i);
      const std::size_t end = text.find('>', i);
      if (end == std::string::npos) return "unterminated DOCTYPE" + where(i);
      i = end + 1;
      continue;
    }
    const bool closing = i + 1 < text.size() && text[i + 1] == '/';
    std::size_t j = i + (closing ? 2 : 1);
    std::string name;
    while (j < text.size() &&
           (std::isalnum(static_cast<unsigned char>(text[j])) != 0 || text[j] == '-' ||
            text[j] == ':' || text[j] == '_' || text[j] == '.'))
      name += text[j++];
    if (name.empty()) return "tag without a name" + where(i);
    bool self_closing = false;
    while (j < text.size() && text[j] != '>') {
      const char d = text[j];
      if (d == '"' || d == '\'') {
        const std::size_t end = text.find(d, j + 1);
        if (end == std::string::npos) return "unterminated attribute" + where(j);
        for (std::size_t k = j + 1; k < end; ++k) {
          if (text[k] == '<') return "< in an attribute" + where(k);
          if (text[k] == '&') {
            std::size_t entity_end = 0;
            if (!entity_ok(k, entity_end)) return "bad entity in an attribute" + where(k);
          }
        }
        j = end + 1;
        continue;
      }
      if (d == '=') {
        std::size_t k = j + 1;
        while (k < text.size() && std::isspace(static_cast<unsigned char>(text[k])))
          ++k;
        if (k >= text.size() || (text[k] != '"' && text[k] != '\''))
          return "unquoted attribute in <" + name + ">" + where(j);
      }
      if (d == '/' && j + 1 < text.size() && text[j + 1] == '>') self_closing = true;
      if (d == '<') return "< inside a tag" + where(j);
      ++j;
    }
    if (j >= text.size()) return "unterminated tag <" + name + ">" + where(i);
    if (closing) {
      if (open.empty() || open.back() != name) return "mismatched </" + name + ">" + where(i);
      open.pop_back();
    } else if (!self_closing) {
      if (open.empty()) ++roots;
      open.push_back(name);
    } else if (open.empty()) {
      ++roots;
    }
    i = j + 1;
  }
  if (!open.empty()) return "unclosed <" + open.back() + ">";
  if (roots != 1) return std::to_string(roots) + " root elements";
  return {};
}

// XML text with its entities and character references decoded (UTF-8), so that names can be
// searched in it as written.
inline std::string xml_decode(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '&') {
      out += text[i];
      continue;
    }
    const std::size_t end = text.find(';', i);
    if (end == std::string::npos) {
      out += text[i];
      continue;
    }
    const std::string e = text.substr(i + 1, end - i - 1);
    std::uint32_t code = 0;
    if (e == "amp") {
      code = '&';
    } else if (e == "lt") {
      code = '<';
    } else if (e == "gt") {
      code = '>';
    } else if (e == "quot") {
      code = '"';
    } else if (e == "apos") {
      code = '\'';
    } else if (e.size() > 1 && e[0] == '#') {
      code = static_cast<std::uint32_t>(e[1] == 'x' ? std::stoul(e.substr(2), nullptr, 16)
                                                    : std::stoul(e.substr(1)));
    } else {
      out += text[i];
      continue;
    }
    if (code < 0x80) {
      out += static_cast<char>(code);
    } else if (code < 0x800) {
      out += static_cast<char>(0xC0 | (code >> 6));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
      out += static_cast<char>(0xE0 | (code >> 12));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (code >> 18));
      out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    }
    i = end;
  }
  return out;
}

}  // namespace symbio::viz::test_support
