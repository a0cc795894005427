#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.hpp"
#include "core/types.hpp"

namespace symbio::viz {

// Colours and number formats shared by the diagrams (DOT and Sankey), so that one sector has the
// same colour in both.

// Categorical fills safe for colour-blind readers: Okabe and Ito (2008) with grey in place of
// black (black fills hide their labels), then Paul Tol's "muted" scheme (2021); 17 colours.
std::span<const std::string_view> categorical_palette();
// Fill of the categories that get no colour of their own once there are more than 17.
inline constexpr std::string_view kOtherColour = "#DDDDDD";

// Colours of `categories` given in display order (the caller sorts them, which makes the result
// deterministic): the i-th gets the i-th palette colour. With more categories than colours, the
// 16 largest by `sizes` (ties: earlier first) keep their relative order and take the colours,
// every other one gets kOtherColour. `sizes` is parallel to `categories`.
std::vector<std::string> assign_colours(std::span<const std::string> categories,
                                        std::span<const std::size_t> sizes);

// Exchange colours by layer (fixed, colour-blind safe): material dark grey, energy orange,
// water blue.
std::string_view layer_colour(Layer layer);

// Failure cascades: the trigger in dark red, then a sequential red palette for rounds 1, 2, ...
// (the last colour stands for its round and every later one), survivors in light grey.
inline constexpr std::string_view kTriggerColour = "#67000D";
inline constexpr std::string_view kSurvivorColour = "#F0F0F0";
std::span<const std::string_view> cascade_round_palette();
inline constexpr std::string_view kHighlightColour = "#D00000";

// True when black text is hard to read on the fill `hex` ("#RRGGBB"): WCAG relative luminance
// below 0.3.
bool is_dark(std::string_view hex);

// `value` with `decimals` digits after the point, written with std::to_chars (no locale), "-0"
// normalised to "0".
std::string fixed(double value, int decimals);
// A readable quantity: three significant digits, thousands separated by commas, no exponent
// ("15,000,000", "1,230", "12.3", "0.0457") from 1e-6 to below 1e15; beyond, three significant
// digits with an exponent ("1.00e+300").
std::string readable_number(double value);

// The exact value (shortest text that reads back the same) in fixed notation with thousands
// separated by commas, for tooltips: "15,000,000", "0.0012", "1,234.5"; from 1e21 up and below
// 1e-6 the shortest form with an exponent ("1e+300").
std::string exact_number(double value);

// XML escaping: symbio::xml_escape of core/text.hpp.

}  // namespace symbio::viz
