#include "visualization/render.hpp"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <cstdlib>
#include <memory>
#include <mutex>

#include "core/text.hpp"
#include "visualization/style.hpp"

namespace symbio::viz {

namespace {

// Graphviz reports through a process-wide callback; render_dot holds graphviz_mutex while it is
// installed, so these are only touched by one thread at a time.
std::mutex graphviz_mutex;
std::string* captured = nullptr;

int capture(char* message) {
  if (captured != nullptr && message != nullptr) *captured += message;
  return 0;
}

// Installs the capture for the lifetime of a render and restores Graphviz's state afterwards.
class Capture {
 public:
  explicit Capture(std::string& sink) : previous_(agseterrf(&capture)) {
    captured = &sink;
    previous_level_ = agseterr(AGWARN);
    agreseterrors();
  }
  ~Capture() {
    agseterr(previous_level_);
    agseterrf(previous_);
    captured = nullptr;
  }
  Capture(const Capture&) = delete;
  Capture& operator=(const Capture&) = delete;

 private:
  agusererrf previous_;
  agerrlevel_t previous_level_ = AGWARN;
};

// One Graphviz context for the life of the process, never freed: Graphviz 2.42 keeps a static
// cache of the last font looked up (textspan.c) that points into memory of the context it was
// made with, so freeing a context and laying out with a new one reads freed memory (found by
// AddressSanitizer). gvContext() (not gvContextPlugins) loads the shared installation's plugins.
GVC_t* shared_context() {
  static GVC_t* const context = gvContext();
  return context;
}
struct GraphDeleter {
  void operator()(Agraph_t* g) const { agclose(g); }
};

std::string_view graphviz_format(ImageFormat format) {
  switch (format) {
    case ImageFormat::svg:
      return "svg";  // the core renderer: it writes the tooltips, cairo's SVG does not
    case ImageFormat::png:
      return "png:cairo";
    case ImageFormat::pdf:
      return "pdf:cairo";
  }
  return "svg";
}

// Graphviz's messages split into lines, the "Error: " lines apart from the rest.
void split_messages(const std::string& text, std::string& errors,
                    std::vector<std::string>& warnings) {
  for (const auto& part : split(text, '\n')) {
    const std::string line(trim(part));
    if (line.empty()) continue;
    if (line.rfind("Error", 0) == 0) {
      errors += (errors.empty() ? "" : "; ") + line;
    } else {
      warnings.push_back(line);
    }
  }
}

[[noreturn]] void fail(std::string what, const std::string& messages) {
  std::string errors;
  std::vector<std::string> warnings;
  split_messages(messages, errors, warnings);
  if (!errors.empty()) {
    what += ": " + errors;
  } else if (!warnings.empty()) {
    what += ": " + warnings.front();
  }
  throw RenderError(what);
}

}  // namespace

std::string_view to_string(ImageFormat format) {
  switch (format) {
    case ImageFormat::svg:
      return "svg";
    case ImageFormat::png:
      return "png";
    case ImageFormat::pdf:
      return "pdf";
  }
  return "svg";
}

std::optional<ImageFormat> parse_image_format(std::string_view text) {
  for (const ImageFormat f : {ImageFormat::svg, ImageFormat::png, ImageFormat::pdf}) {
    if (iequals_ascii(text, to_string(f))) return f;
  }
  return std::nullopt;
}

Rendered render_dot(std::string_view dot, const RenderOptions& options) {
  const std::lock_guard<std::mutex> lock(graphviz_mutex);
  std::string messages;
  const Capture capture_messages(messages);

  GVC_t* const gvc = shared_context();
  if (gvc == nullptr) throw RenderError("Graphviz: cannot create a context");
  const std::string text(dot);  // agmemread needs a terminating NUL
  const std::unique_ptr<Agraph_t, GraphDeleter> graph(agmemread(text.c_str()));
  if (!graph || agerrors() > 0) fail("Graphviz cannot read the DOT text", messages);

  std::string engine = options.engine;
  if (engine.empty()) {
    char* layout = agget(graph.get(), const_cast<char*>("layout"));
    engine = layout != nullptr && *layout != '\0' ? layout : "dot";
  }
  if (options.format == ImageFormat::png) {
    char* given_dpi = agget(graph.get(), const_cast<char*>("dpi"));
    double dpi = given_dpi != nullptr && *given_dpi != '\0' ? std::atof(given_dpi) : 0.0;
    if (options.dpi > 0) {
      dpi = options.dpi;
      const std::string dpi_text = std::to_string(options.dpi);
      agsafeset(graph.get(), const_cast<char*>("dpi"), const_cast<char*>(dpi_text.c_str()),
                const_cast<char*>(""));
    }
    if (dpi <= 0) dpi = 96.0;  // Graphviz's default for bitmaps
    char* size = agget(graph.get(), const_cast<char*>("size"));
    if (options.max_png_side > 0 && (size == nullptr || *size == '\0')) {
      // Without "!", Graphviz only scales drawings down to this size, never up.
      const std::string inches = fixed(options.max_png_side / dpi, 2);
      const std::string limit = inches + "," + inches;
      agsafeset(graph.get(), const_cast<char*>("size"), const_cast<char*>(limit.c_str()),
                const_cast<char*>(""));
    }
  }
  if (gvLayout(gvc, graph.get(), engine.c_str()) != 0 || agerrors() > 0) {
    fail("Graphviz layout with '" + engine + "' failed", messages);
  }
  Rendered result;
  char* data = nullptr;
  unsigned int length = 0;
  const std::string format(graphviz_format(options.format));
  const int status = gvRenderData(gvc, graph.get(), format.c_str(), &data, &length);
  gvFreeLayout(gvc, graph.get());
  if (status != 0 || agerrors() > 0 || data == nullptr) {
    if (data != nullptr) gvFreeRenderData(data);
    fail("Graphviz cannot render " + format +
             " (if the format is not recognized, Graphviz's plugin configuration is missing: "
             "run `dot -c` as root)",
         messages);
  }
  result.data.assign(data, length);
  gvFreeRenderData(data);
  std::string errors;
  split_messages(messages, errors, result.warnings);
  return result;
}

}  // namespace symbio::viz
