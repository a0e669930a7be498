// Texts and helpers shared by the text layer's tests.
#pragma once

#include <string>

#include "cuepoint/text/rendered_text.hpp"
#include "cuepoint/text/text_error.hpp"
#include "cuepoint/text/text_renderer.hpp"
#include "cuepoint/text/text_style.hpp"

namespace cuepoint::text::testing {

// "What is 3/4 of 20? Write the answer as a number (Latin: fraction)": Arabic with digits and a Latin word.
inline const std::string kArabicMixed = "ما هو 3/4 من 20؟ اكتب الجواب كعدد (fraction)";
inline const std::string kHebrewMixed = "שלום 123 world";             // "hello 123 world"
inline const std::string kDevanagari = "नमस्ते दुनिया, यह एक परीक्षा है";  // "hello world, this is a test"
// "The cat eats fish in my house every day", written as Thai is: no spaces between words.
inline const std::string kThaiWords[] = {"แมว", "กิน", "ปลา", "ใน", "บ้าน", "ของ", "ฉัน", "ทุก", "วัน"};

inline TextStyle style_px(double size_px, int max_width_px = 0) {
  TextStyle style;
  style.size_px = size_px;
  style.max_width_px = max_width_px;
  return style;
}

inline TextBlock plain(std::string text) { return TextBlock{std::move(text), false, std::nullopt}; }

// Columns [x0, x1) of row y whose alpha is at least `min_alpha`.
inline int inked_columns(const RenderedText& text, int y, int x0, int x1, int min_alpha = 64) {
  int count = 0;
  for (int x = x0; x < x1; ++x) {
    if (static_cast<int>(text.pixel(x, y) >> 24) >= min_alpha) ++count;
  }
  return count;
}

// The TextError message laying out `block` gives, or "no error".
inline std::string layout_error(const TextBlock& block, const TextStyle& style, double scale = 1.0) {
  const TextRenderer renderer;
  try {
    (void)renderer.layout(block, style, scale);
  } catch (const TextError& error) {
    return error.what();
  }
  return "no error";
}

// The byte offset of the character after the one at `index`.
inline std::size_t next_boundary(const std::string& text, std::size_t index) {
  do {
    ++index;
  } while (index < text.size() && (static_cast<unsigned char>(text[index]) & 0xC0U) == 0x80U);
  return index;
}

}  // namespace cuepoint::text::testing
