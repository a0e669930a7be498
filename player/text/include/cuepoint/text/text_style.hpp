// What a block of UI text says and how it looks. Sizes are in layout pixels; the renderer
// multiplies them by the HiDPI scale, so one style serves every display.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace cuepoint::text {

struct Rgba {
  std::uint8_t r = 0;
  std::uint8_t g = 0;
  std::uint8_t b = 0;
  std::uint8_t a = 255;
  bool operator==(const Rgba&) const = default;
};

// Start and End follow the paragraph direction: End is the right edge of a left-to-right
// paragraph and the left edge of a right-to-left one.
enum class Align { Start, Centre, End };

// Auto takes each paragraph's direction from its first strong character (UAX #9), so an
// Arabic prompt is right-to-left and an English one left-to-right without being told.
enum class Direction { Auto, LeftToRight, RightToLeft };

struct TextStyle {
  std::string font_families = "Noto Sans, DejaVu Sans, sans-serif";  // fontconfig falls back per glyph
  double size_px = 20.0;
  int weight = 400;  // CSS weights, 100 (thin) .. 1000; 700 is bold
  Rgba colour;
  Align align = Align::Start;
  Direction direction = Direction::Auto;
  int max_width_px = 0;       // wrap at word boundaries to this width; 0: one line per paragraph
  int max_lines = 0;          // with max_width_px: at most this many lines, the last ending in "…"; 0: all
  double line_spacing = 1.0;  // baseline distance as a multiple of the line height; 0: the font's own
  bool operator==(const TextStyle&) const = default;
};

// IME composition text ("preedit") shown inside a text field while the learner composes it,
// underlined, at byte `at` of the committed text; `cursor` is a byte offset into `text`.
struct Composition {
  std::size_t at = 0;
  std::string text;
  std::size_t cursor = 0;
  bool operator==(const Composition&) const = default;
};

struct TextBlock {
  std::string text;     // UTF-8
  bool markup = false;  // Pango markup (<b>, <i>, <span ...>), e.g. for bold words in feedback
  std::optional<Composition> composition;  // plain text only
  bool operator==(const TextBlock&) const = default;
};

// Throws TextError naming the first field that is out of range.
void check_style(const TextStyle& style, double scale);

}  // namespace cuepoint::text
