#include "io/column_aliases.hpp"

#include <string>

#include "core/text.hpp"

namespace symbio::io {

std::string_view table_file_name(Table table) {
  switch (table) {
    case Table::exchanges:
      return "exchanges.csv";
    case Table::enterprises:
      return "enterprises.csv";
    case Table::declarations:
      return "resources.csv";
  }
  return "exchanges.csv";
}

// Aliases are written in match_key() form (lower case, single spaces).
const std::vector<FieldSpec>& fields_of(Table table) {
  static const std::vector<FieldSpec> kExchanges = {
      {"id", {"编号", "exchange id"}},
      {"supplier", {"source", "from", "供应方", "供方", "供应企业"}},
      {"receiver", {"target", "to", "accepter", "acceptor", "接收方", "受方", "接收企业"}},
      {"resource",
       {"transaction", "transaction.type", "transaction type", "material", "物料", "资源"}},
      {"layer", {"层", "网络层"}},
      {"kind", {"attribute", "type", "类型"}},
      {"status", {"状态"}},
      {"quantity", {"amount", "数量", "流量"}},
      {"unit", {"单位"}},
      {"year", {"time", "年份", "年"}},
  };
  static const std::vector<FieldSpec> kEnterprises = {
      {"id", {"编号", "企业编号", "enterprise id"}},
      {"name", {"名称", "企业名称", "enterprise", "企业"}},
      {"sector", {"行业", "industry"}},
      {"role", {"角色"}},
      {"external", {"外部", "boundary"}},
  };
  static const std::vector<FieldSpec> kDeclarations = {
      {"enterprise", {"企业", "企业编号", "id"}}, {"direction", {"方向"}},
      {"resource", {"material", "物料", "资源"}}, {"layer", {"层"}},
      {"quantity", {"amount", "数量"}},           {"unit", {"单位"}},
  };
  switch (table) {
    case Table::exchanges:
      return kExchanges;
    case Table::enterprises:
      return kEnterprises;
    case Table::declarations:
      return kDeclarations;
  }
  return kExchanges;
}

bool is_required(Table table, std::string_view field) {
  switch (table) {
    case Table::exchanges:
      return field == "supplier" || field == "receiver";
    case Table::enterprises:
      return field == "id";
    case Table::declarations:
      return field == "enterprise" || field == "direction" || field == "resource";
  }
  return false;
}

HeaderMatch match_header(Table table, std::string_view header) {
  const std::string key = match_key(header);
  for (const FieldSpec& spec : fields_of(table)) {
    if (key == spec.field) return HeaderMatch{spec.field, 2};
  }
  for (const FieldSpec& spec : fields_of(table)) {
    for (const std::string_view alias : spec.aliases) {
      if (key == alias) return HeaderMatch{spec.field, 1};
    }
  }
  return HeaderMatch{};
}

std::string_view find_field(Table table, std::string_view name) {
  const std::string key = match_key(name);
  for (const FieldSpec& spec : fields_of(table)) {
    if (key == spec.field) return spec.field;
  }
  return {};
}

}  // namespace symbio::io
