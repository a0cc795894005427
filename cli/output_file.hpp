#pragma once

#include <string>
#include <string_view>

namespace symbio::cli {

// Writes one output file of convert or render. "-" is standard output (its errors surface when
// the program ends: app.cpp checks the stream). Any other path goes through
// io::write_file_atomically and never over an input (a folder given as input stands for the
// files in it).
void write_output_file(const std::string& path, std::string_view content,
                       const std::string& input_path);

// "standard output" for "-", else the path: for messages.
std::string output_name(const std::string& path);

}  // namespace symbio::cli
