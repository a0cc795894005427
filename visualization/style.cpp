#include "visualization/style.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <numeric>
#include <system_error>

#include "core/text.hpp"

namespace symbio::viz {

namespace {

constexpr std::string_view kPalette[] = {
    // Okabe-Ito, grey instead of black.
    "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999",
    // Paul Tol, muted.
    "#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE", "#882255", "#44AA99", "#999933",
    "#AA4499"};

constexpr std::string_view kRounds[] = {"#CB181D", "#EF3B2C", "#FB6A4A",
                                        "#FC9272", "#FCBBA1", "#FEE0D2"};

double channel(std::string_view hex, std::size_t at) {
  int value = 0;
  std::from_chars(hex.data() + at, hex.data() + at + 2, value, 16);
  const double c = value / 255.0;
  return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

}  // namespace

std::span<const std::string_view> categorical_palette() {
  return kPalette;
}

std::vector<std::string> assign_colours(std::span<const std::string> categories,
                                        std::span<const std::size_t> sizes) {
  const std::size_t colours = std::size(kPalette);
  std::vector<std::string> result(categories.size(), std::string(kOtherColour));
  std::vector<std::size_t> chosen(categories.size());
  std::iota(chosen.begin(), chosen.end(), std::size_t{0});
  if (categories.size() > colours) {
    std::stable_sort(chosen.begin(), chosen.end(),
                     [&](std::size_t a, std::size_t b) { return sizes[a] > sizes[b]; });
    chosen.resize(colours - 1);  // one colour fewer: "other" needs its own legend line
    std::sort(chosen.begin(), chosen.end());
  }
  for (std::size_t k = 0; k < chosen.size(); ++k)
    result[chosen[k]] = std::string(kPalette[k]);
  return result;
}

std::string_view layer_colour(Layer layer) {
  switch (layer) {
    case Layer::material:
      return "#555555";
    case Layer::energy:
      return "#E69F00";
    case Layer::water:
      return "#0072B2";
  }
  return "#555555";
}

std::span<const std::string_view> cascade_round_palette() {
  return kRounds;
}

bool is_dark(std::string_view hex) {
  if (hex.size() != 7 || hex[0] != '#') return false;
  const double luminance =
      0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
  return luminance < 0.3;
}

std::string fixed(double value, int decimals) {
  // 309 integer digits for the largest double, a sign, a point and the decimals.
  char buffer[512];
  const auto result =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
  if (result.ec != std::errc()) return format_double(value);
  std::string out(buffer, result.ptr);
  if (!out.empty() && out[0] == '-' && out.find_first_not_of("-0.") == std::string::npos) {
    out.erase(0, 1);
  }
  return out;
}

namespace {

// Three significant digits with an exponent ("1.23e+300"), for magnitudes where commas would
// not help.
std::string scientific3(double value) {
  char buffer[64];
  const auto result =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific, 2);
  return std::string(buffer, result.ptr);
}

}  // namespace

std::string readable_number(double value) {
  if (!std::isfinite(value)) return "undefined";
  if (value == 0.0) return "0";
  const double magnitude = std::floor(std::log10(std::fabs(value)));
  if (magnitude >= 15 || magnitude < -6) return scientific3(value);
  if (magnitude >= 2) {
    // Round to three significant digits, then group the integer digits by three.
    const double unit = std::pow(10.0, magnitude - 2);
    std::string digits = fixed(std::round(value / unit) * unit, 0);
    const bool negative = digits[0] == '-';
    if (negative) digits.erase(0, 1);
    std::string grouped;
    for (std::size_t i = 0; i < digits.size(); ++i) {
      if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
      grouped += digits[i];
    }
    return negative ? "-" + grouped : grouped;
  }
  const int decimals = std::min(12, static_cast<int>(2 - magnitude));
  std::string out = fixed(value, decimals);
  if (out.find('.') != std::string::npos) {
    while (out.back() == '0')
      out.pop_back();
    if (out.back() == '.') out.pop_back();
  }
  return out;
}

std::string exact_number(double value) {
  if (!std::isfinite(value)) return "undefined";
  // Beyond these, fixed notation is a wall of zeros: the shortest exact form ("1e+300").
  if (value != 0.0 && (std::fabs(value) >= 1e21 || std::fabs(value) < 1e-6)) {
    return format_double(value);
  }
  char buffer[512];
  const auto result =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
  std::string digits(buffer, result.ptr);
  const bool negative = !digits.empty() && digits[0] == '-';
  if (negative) digits.erase(0, 1);
  const std::size_t point = std::min(digits.find('.'), digits.size());
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && i < point && (point - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return negative ? "-" + out : out;
}

}  // namespace symbio::viz
