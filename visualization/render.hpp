#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace symbio::viz {

enum class ImageFormat { svg, png, pdf };
std::string_view to_string(ImageFormat format);
// "svg", "png", "pdf", case-insensitively; nullopt otherwise.
std::optional<ImageFormat> parse_image_format(std::string_view text);

// Graphviz refused the DOT text, the engine or the format (its own message is kept). A missing
// format usually means Graphviz's plugin configuration was never written: run `dot -c` as root.
class RenderError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct RenderOptions {
  ImageFormat format = ImageFormat::svg;
  // Layout engine (dot, neato, fdp, sfdp, circo, ...); "" = the graph's `layout` attribute,
  // else dot.
  std::string engine;
  // Pixels per inch of PNG output; 0 = the graph's `dpi` or Graphviz's 96. Ignored for SVG and
  // PDF, which are vector formats.
  int dpi = 0;
  // A PNG larger than this many pixels on a side is scaled down (through Graphviz's `size`,
  // unless the graph sets its own): a 1000-enterprise layout is ~10,000 px wide, and writing
  // 60 megapixels takes longer than the layout. 0 = no limit.
  int max_png_side = 6000;
};

struct Rendered {
  std::string data;                   // the file's bytes
  std::vector<std::string> warnings;  // Graphviz's warnings, one per line
};

// Lays out and renders DOT text in-process through Graphviz's libgvc (no `dot` program): SVG
// with the core renderer, PNG with cairo ("png:cairo") and PDF with cairo. Plugins come from the
// shared installation's configuration (Debian: /usr/lib/x86_64-linux-gnu/graphviz/config6a).
// Graphviz keeps global error state and is not thread-safe, so calls are serialised by a mutex;
// its messages are captured (never printed). Throws RenderError when the text does not parse,
// the engine or the format is unknown, or layout or rendering fails.
Rendered render_dot(std::string_view dot, const RenderOptions& options = {});

}  // namespace symbio::viz
