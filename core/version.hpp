#pragma once

#include <string_view>

namespace symbio {

// The version written into every output's metadata; kept equal to project(VERSION) in
// CMakeLists.txt (a test compares them).
inline constexpr std::string_view kVersion = "0.1.0";

}  // namespace symbio
