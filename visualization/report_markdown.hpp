#pragma once

#include <string>

#include "visualization/report_model.hpp"

namespace symbio::viz {

// report.md: the blocks of report_blocks() in GitHub-flavoured Markdown; figures link to their
// files.
std::string report_markdown(const ReportInput& input);

}  // namespace symbio::viz
