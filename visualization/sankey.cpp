#include "visualization/sankey.hpp"

#include <algorithm>
#include <map>
#include <stdexcept>

#include "core/error.hpp"
#include "core/units.hpp"
#include "visualization/style.hpp"

namespace symbio::viz {

namespace {

constexpr double kBar = 14.0;  // bar width
constexpr double kGap = 15.0;  // between bars of a column: room for a 12 px label
constexpr double kTop = 64.0;  // title
constexpr double kBottom = 40.0;
constexpr double kLabelBand = 14.0;  // bands at least this wide carry their quantity

struct Flow {
  std::size_t from = 0;  // sector indices
  std::size_t to = 0;
  double amount = 0.0;
  std::int64_t exchanges = 0;
};

struct Bar {
  std::size_t sector = 0;
  double total = 0.0;
  double y = 0.0;       // top
  double height = 0.0;  // at the common scale
  double used = 0.0;    // offset of the next band
};

// Text width estimate at 12 px: CJK and other wide characters take a full em.
double text_width(std::string_view text) {
  double width = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      width += 7.0;
    } else if (c >= 0xE0) {
      width += 12.0;  // start of a 3- or 4-byte sequence: CJK, symbols
    } else if (c >= 0xC0) {
      width += 8.0;  // 2-byte sequence: accented Latin
    }
  }
  return width;
}

std::string px(double value) {
  return fixed(value, 2);
}

std::vector<Bar> column(const std::map<std::size_t, double>& totals,
                        const std::vector<std::string>& names) {
  std::vector<Bar> bars;
  for (const auto& [sector, total] : totals)
    bars.push_back(Bar{sector, total});
  std::stable_sort(bars.begin(), bars.end(), [&](const Bar& a, const Bar& b) {
    if (a.total != b.total) return a.total > b.total;
    return names[a.sector] < names[b.sector];
  });
  return bars;
}

}  // namespace

SankeyResult sankey_svg(const Park& park, const net::SymbiosisGraph& graph,
                        const SankeyOptions& options) {
  if (options.width < 400) throw std::invalid_argument("the Sankey diagram needs 400 pixels");
  const net::ViewLayer view_layer = net::view_of(options.layer);
  const std::string layer_name(to_string(options.layer));
  if (!graph.has_view(view_layer)) {
    throw OptionError("--sankey: the park has no " + layer_name + " exchanges");
  }

  const std::string unit =
      options.unit.empty() ? std::string(canonical_unit(options.layer)) : options.unit;
  const double to_unit =
      options.unit.empty() || !(options.unit_factor > 0.0) ? 1.0 : 1.0 / options.unit_factor;
  const bool by_enterprise = options.group == SankeyGroup::enterprise;

  // Groups sorted by name, coloured as network_dot colours the whole park: sectors, or the
  // enterprises with the largest flow in the layer (ties by index) and one bar for the others.
  std::vector<std::string> group_name(static_cast<std::size_t>(graph.n()));
  if (by_enterprise) {
    std::vector<double> moved(static_cast<std::size_t>(graph.n()), 0.0);
    for (const std::size_t i : graph.view(view_layer).exchange_indices()) {
      const net::GraphExchange& e = graph.exchanges()[i];
      if (!e.amount) continue;
      moved[static_cast<std::size_t>(e.supplier)] += *e.amount;
      moved[static_cast<std::size_t>(e.receiver)] += *e.amount;
    }
    std::vector<net::Vertex> order;
    for (net::Vertex v = 0; v < graph.n(); ++v) {
      if (moved[static_cast<std::size_t>(v)] > 0) order.push_back(v);
    }
    std::stable_sort(order.begin(), order.end(), [&](net::Vertex a, net::Vertex b) {
      return moved[static_cast<std::size_t>(a)] > moved[static_cast<std::size_t>(b)];
    });
    const std::size_t shown = std::min(order.size(), options.max_enterprises);
    const std::string others =
        options.others_label + " (" + std::to_string(order.size() - shown) + ")";
    for (net::Vertex v = 0; v < graph.n(); ++v)
      group_name[static_cast<std::size_t>(v)] = others;
    for (std::size_t k = 0; k < shown; ++k) {
      const net::Vertex v = order[k];
      const std::string& name = graph.name(v);
      group_name[static_cast<std::size_t>(v)] = name.empty() ? graph.id(v) : name;
    }
  } else {
    for (net::Vertex v = 0; v < graph.n(); ++v) {
      const std::string& s = graph.sector(v);
      group_name[static_cast<std::size_t>(v)] =
          s.empty() ? std::string(options.chinese ? "（无行业）" : "(no sector)") : s;
    }
  }
  std::map<std::string, std::size_t> sector_sizes;
  for (net::Vertex v = 0; v < graph.n(); ++v)
    ++sector_sizes[group_name[static_cast<std::size_t>(v)]];
  std::vector<std::string> names;
  std::vector<std::size_t> sizes;
  std::map<std::string, std::size_t> index;
  for (const auto& [name, size] : sector_sizes) {
    index[name] = names.size();
    names.push_back(name);
    sizes.push_back(size);
  }
  const std::vector<std::string> colours = assign_colours(names, sizes);
  auto sector_of = [&](net::Vertex v) { return index.at(group_name[static_cast<std::size_t>(v)]); };

  SankeyResult result;
  std::map<std::pair<std::size_t, std::size_t>, Flow> flows;
  std::int64_t unquantified = 0;
  const auto& exchange_indices = graph.view(view_layer).exchange_indices();
  for (const std::size_t i : exchange_indices) {
    const net::GraphExchange& e = graph.exchanges()[i];
    if (!e.amount) {
      ++unquantified;
      continue;
    }
    Flow& f = flows[{sector_of(e.supplier), sector_of(e.receiver)}];
    f.from = sector_of(e.supplier);
    f.to = sector_of(e.receiver);
    f.amount += *e.amount * to_unit;
    ++f.exchanges;
  }
  std::erase_if(flows, [](const auto& entry) { return entry.second.amount <= 0; });
  if (flows.empty()) {
    throw OptionError("--sankey: no " + layer_name +
                      " exchange has a quantity, so there are no widths to draw");
  }
  if (unquantified > 0) {
    result.notes.push_back(std::to_string(unquantified) + " of " +
                           std::to_string(exchange_indices.size()) + " " + layer_name +
                           (exchange_indices.size() == 1 ? " exchange" : " exchanges") +
                           (unquantified == 1 ? " has" : " have") + " no quantity and " +
                           (unquantified == 1 ? "is" : "are") + " left out of the Sankey diagram");
  }

  std::map<std::size_t, double> out_totals;
  std::map<std::size_t, double> in_totals;
  double total = 0;
  for (const auto& [key, f] : flows) {
    out_totals[f.from] += f.amount;
    in_totals[f.to] += f.amount;
    total += f.amount;
  }
  std::vector<Bar> left = column(out_totals, names);
  std::vector<Bar> right = column(in_totals, names);
  const std::size_t rows = std::max(left.size(), right.size());
  const double plot = options.plot_height > 0 ? static_cast<double>(options.plot_height)
                                              : std::max(320.0, 32.0 * static_cast<double>(rows));
  // One scale for both columns (their totals are equal): the taller column fills the plot.
  const double scale = std::max(1.0, plot - kGap * static_cast<double>(rows - 1)) / total;
  auto place = [&](std::vector<Bar>& bars) {
    double y = kTop;
    for (Bar& b : bars) {
      b.y = y;
      b.height = b.total * scale;
      y += b.height + kGap;
    }
  };
  place(left);
  place(right);

  auto label = [&](const Bar& b) {
    return names[b.sector] + " · " + readable_number(b.total) + " " + unit;
  };
  double left_width = 80;
  double right_width = 80;
  for (const Bar& b : left)
    left_width = std::max(left_width, text_width(label(b)));
  for (const Bar& b : right)
    right_width = std::max(right_width, text_width(label(b)));
  const double width = static_cast<double>(options.width);
  const double x_left = std::min(left_width + 16, width * 0.4);
  const double x_right =
      std::max(x_left + 120, width - std::min(right_width + 16, width * 0.4) - kBar);
  const double svg_width = std::max(width, x_right + kBar + right_width + 16);
  const double height = kTop + plot + kBottom;

  std::string title = options.title;
  if (title.empty()) {
    title = (park.name.empty() ? std::string("Industrial park") : park.name) + ": " + layer_name +
            (by_enterprise ? " flows between enterprises (" : " flows between sectors (") + unit +
            ")";
  }
  std::string svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + px(svg_width) + "\" height=\"" +
         px(height) + "\" viewBox=\"0 0 " + px(svg_width) + " " + px(height) + "\" font-family=\"" +
         xml_escape(options.font) + "\" font-size=\"12\">\n";
  svg += "<title>" + xml_escape(title) + "</title>\n";
  svg += "<rect x=\"0\" y=\"0\" width=\"" + px(svg_width) + "\" height=\"" + px(height) +
         "\" fill=\"#ffffff\"/>\n";
  svg += "<text x=\"" + px(svg_width / 2) +
         "\" y=\"28\" text-anchor=\"middle\" font-size=\"16\" font-weight=\"bold\">" +
         xml_escape(title) + "</text>\n";
  svg += "<text x=\"" + px(svg_width / 2) + "\" y=\"48\" text-anchor=\"middle\" fill=\"#555555\">" +
         xml_escape(options.chinese
                        ? "左侧为供应方，右侧为接收方；合计 " + readable_number(total) + " " +
                              unit + "；带宽与数量成正比"
                        : "suppliers left, receivers right; total " + readable_number(total) + " " +
                              unit + "; band width proportional to quantity") +
         "</text>\n";

  // Bands: leave each left bar in the order of the right bars and enter each right bar in the
  // order of the left bars, which keeps crossings few.
  std::map<std::size_t, std::size_t> left_rank;
  std::map<std::size_t, std::size_t> right_rank;
  for (std::size_t k = 0; k < left.size(); ++k)
    left_rank[left[k].sector] = k;
  for (std::size_t k = 0; k < right.size(); ++k)
    right_rank[right[k].sector] = k;
  std::vector<Flow> ordered;
  for (const auto& [key, f] : flows)
    ordered.push_back(f);
  std::map<std::pair<std::size_t, std::size_t>, double> entry_y;  // top of a band at its right end
  {
    std::vector<const Flow*> by_entry;
    for (const Flow& f : ordered)
      by_entry.push_back(&f);
    std::sort(by_entry.begin(), by_entry.end(), [&](const Flow* a, const Flow* b) {
      return std::pair(right_rank[a->to], left_rank[a->from]) <
             std::pair(right_rank[b->to], left_rank[b->from]);
    });
    for (const Flow* f : by_entry) {
      Bar& bar = right[right_rank[f->to]];
      entry_y[{f->from, f->to}] = bar.y + bar.used;
      bar.used += f->amount * scale;
    }
  }
  std::sort(ordered.begin(), ordered.end(), [&](const Flow& a, const Flow& b) {
    return std::pair(left_rank[a.from], right_rank[a.to]) <
           std::pair(left_rank[b.from], right_rank[b.to]);
  });
  svg += "<g fill=\"none\" stroke-opacity=\"0.45\">\n";
  std::string band_labels;
  const double x0 = x_left + kBar;
  const double x1 = x_right;
  const double xm = (x0 + x1) / 2;
  for (const Flow& f : ordered) {
    Bar& bar = left[left_rank[f.from]];
    const double w = f.amount * scale;
    const double y0 = bar.y + bar.used + w / 2;
    bar.used += w;
    const double y1 = entry_y.at({f.from, f.to}) + w / 2;
    const std::string text = names[f.from] + " → " + names[f.to] + ": " + exact_number(f.amount) +
                             " " + unit + (options.chinese ? "（" : " (") +
                             std::to_string(f.exchanges) +
                             (options.chinese    ? " 项交换）"
                              : f.exchanges == 1 ? " exchange)"
                                                 : " exchanges)");
    svg += "<path d=\"M" + px(x0) + "," + px(y0) + " C" + px(xm) + "," + px(y0) + " " + px(xm) +
           "," + px(y1) + " " + px(x1) + "," + px(y1) + "\" stroke=\"" + colours[f.from] +
           "\" stroke-width=\"" + px(std::max(options.min_band_px, w)) + "\"><title>" +
           xml_escape(text) + "</title></path>\n";
    if (w >= kLabelBand) {
      // At the band's start: bands leaving one bar are stacked there, so labels never collide.
      band_labels += "<text x=\"" + px(x0 + 6) + "\" y=\"" + px(y0 + 4) +
                     "\" font-size=\"10\" fill=\"#222222\">" +
                     xml_escape(readable_number(f.amount) + " " + unit) + "</text>\n";
    }
  }
  svg += "</g>\n";

  auto bars = [&](const std::vector<Bar>& column_bars, double x, bool on_left) {
    for (const Bar& b : column_bars) {
      const std::string text = label(b);
      svg += "<rect x=\"" + px(x) + "\" y=\"" + px(b.y) + "\" width=\"" + px(kBar) +
             "\" height=\"" + px(std::max(options.min_band_px, b.height)) + "\" fill=\"" +
             colours[b.sector] + "\" stroke=\"#333333\" stroke-width=\"0.5\"><title>" +
             xml_escape(names[b.sector] + (on_left ? " supplies " : " receives ") +
                        exact_number(b.total) + " " + unit) +
             "</title></rect>\n";
      svg += "<text x=\"" + px(on_left ? x - 6 : x + kBar + 6) + "\" y=\"" +
             px(b.y + std::max(options.min_band_px, b.height) / 2 + 4) + "\" text-anchor=\"" +
             (on_left ? "end" : "start") + "\">" + xml_escape(text) + "</text>\n";
    }
  };
  bars(left, x_left, true);
  bars(right, x_right, false);
  svg += band_labels;
  svg += "</svg>\n";
  result.svg = std::move(svg);
  return result;
}

}  // namespace symbio::viz
