#include "io/audit_focus_output.hpp"

#include "core/csv.hpp"
#include "io/number_format.hpp"

namespace symbio::io {

std::string audit_focus_csv(const audit::AuditFocus& focus) {
  std::string out = "rank,id,name,score";
  for (std::size_t c = 0; c < audit::kFocusCriteria; ++c)
    out += "," + std::string(to_string(static_cast<audit::FocusCriterion>(c)));
  for (std::size_t c = 0; c < audit::kFocusCriteria; ++c)
    out += ",weight_" + std::string(to_string(static_cast<audit::FocusCriterion>(c)));
  out += "\n";
  std::string weights;
  for (const double w : focus.weights)
    weights += "," + format_cell(w, net::ColumnType::real);
  for (const audit::FocusRow& row : focus.rows) {
    out += std::to_string(row.rank) + "," + csv_escape(row.id) + "," + csv_escape(row.name) + "," +
           format_cell(row.score, net::ColumnType::real);
    for (const auto& score : row.scores)
      out += "," + format_cell(score, net::ColumnType::real);
    out += weights + "\n";
  }
  return out;
}

}  // namespace symbio::io
