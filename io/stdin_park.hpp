#pragma once

#include <string>
#include <string_view>

#include "io/read_park.hpp"

namespace symbio::io {

// How a park on standard input is named in messages.
inline constexpr std::string_view kStdinName = "<stdin>";

// The park format of `bytes`, guessed from their first bytes: "xlsx" (a zip), "gexf" or
// "graphml" (XML naming its root), "json" ('{'), "pb" (binary: control characters other than
// white space), "pbtxt" (a first line "field:" or "message {"), else "csv". A UTF-16 byte-order
// mark is CSV.
std::string sniff_park_format(std::string_view bytes);

// Reads a park from standard input (the path "-" of every command): at most
// options.limits.max_file_bytes bytes, in `format` (csv, tsv, json, pb, pbtxt, graphml, or any
// other format read_park() knows by its extension; "" = sniff_park_format()). The bytes are read
// as a file of that format would be, and every problem names "<stdin>". Throws FileError when
// standard input is a terminal or cannot be read, OptionError for an unknown format, and
// whatever read_park() throws.
LoadedPark read_park_from_stdin(const std::string& format, const ReadOptions& options = {});

}  // namespace symbio::io
