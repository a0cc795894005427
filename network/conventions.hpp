#pragma once

#include <string_view>
#include <vector>

namespace symbio::net {

// The definition of every indicator symbio prints, as it goes into the outputs' metadata and
// the report's appendix (docs/methods.md). One entry per column or park field. The Chinese
// definition stands beside the English one, so that a change of convention changes both in one
// place; the Chinese report's appendix prints it.
struct Convention {
  std::string_view name;      // column or field name
  std::string_view label_zh;  // Chinese name for reports
  std::string_view definition;
  std::string_view definition_zh;
};

const std::vector<Convention>& enterprise_conventions();
const std::vector<Convention>& park_conventions();
// The entry of a name in either table, or nullptr.
const Convention* find_convention(std::string_view name);

}  // namespace symbio::net
