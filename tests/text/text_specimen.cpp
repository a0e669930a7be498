// Renders the kinds of text block the window shows (RTL questions, other scripts, wrapping,
// markup, a text field with an IME composition and its caret, HiDPI) onto one sheet and writes it
// as a PNG to look at. Exits 1 when any block has a character no installed font covers.
// Usage: text_specimen OUT.png
#include <cstdint>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "cuepoint/text/text_error.hpp"
#include "cuepoint/text/text_renderer.hpp"

namespace {

using cuepoint::text::Align;
using cuepoint::text::Composition;
using cuepoint::text::RenderedText;
using cuepoint::text::TextBlock;
using cuepoint::text::TextRenderer;
using cuepoint::text::TextStyle;

// An opaque white sheet in the same pixel format the blocks use.
class Sheet {
 public:
  Sheet(int width, int height) {
    image_.width = width;
    image_.height = height;
    image_.stride = width * 4;
    image_.pixels.assign(static_cast<std::size_t>(image_.stride) * height, 0xFF);
  }

  // Premultiplied "over": out = src + dst * (1 - src alpha).
  void draw(const RenderedText& text, int left, int top) {
    for (int y = 0; y < text.height && top + y < image_.height; ++y) {
      for (int x = 0; x < text.width && left + x < image_.width; ++x) {
        const std::uint32_t src = text.pixel(x, y);
        const std::uint32_t keep = 255 - (src >> 24);
        std::uint32_t dst = image_.pixel(left + x, top + y);
        std::uint32_t out = 0xFF000000U;
        for (int shift = 0; shift < 24; shift += 8) {
          const std::uint32_t channel =
              ((src >> shift) & 0xFF) + (((dst >> shift) & 0xFF) * keep + 127) / 255;
          out |= std::min<std::uint32_t>(channel, 255) << shift;
        }
        put(left + x, top + y, out);
      }
    }
  }

  void box(int left, int top, int width, int height, std::uint32_t colour) {
    for (int y = top; y < top + height; ++y) {
      for (int x = left; x < left + width; ++x) put(x, y, colour);
    }
  }

  void outline(int left, int top, int width, int height, std::uint32_t colour) {
    box(left, top, width, 1, colour);
    box(left, top + height - 1, width, 1, colour);
    box(left, top, 1, height, colour);
    box(left + width - 1, top, 1, height, colour);
  }

  const RenderedText& image() const { return image_; }

 private:
  void put(int x, int y, std::uint32_t value) {
    if (x < 0 || y < 0 || x >= image_.width || y >= image_.height) return;
    std::memcpy(image_.pixels.data() + static_cast<std::size_t>(y) * image_.stride + x * 4, &value, 4);
  }

  RenderedText image_;
};

struct Specimen {
  std::string label;
  TextBlock block;
  TextStyle style;
  double scale = 1.0;
  bool show_caret = false;
};

TextStyle style(double size, int width = 0, Align align = Align::Start, int weight = 400) {
  TextStyle s;
  s.size_px = size;
  s.max_width_px = width;
  s.align = align;
  s.weight = weight;
  s.colour = {0x22, 0x22, 0x22, 255};
  return s;
}

TextBlock plain(std::string text) { return TextBlock{std::move(text), false, std::nullopt}; }

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: text_specimen OUT.png\n";
    return 2;
  }
  try {
    TextStyle muted = style(14);
    muted.colour = {0x5A, 0x6B, 0x7B, 255};
    TextStyle field = style(24, 500);
    TextStyle ellipsis = style(20, 500);
    ellipsis.max_lines = 2;
    const std::vector<Specimen> specimens = {
        {"Arabic question (auto RTL, start-aligned, wrapped at 500 px)",
         plain("ما هو 3/4 من 20؟ اكتب الجواب كعدد، أو استخدم كلمة fraction إن شئت."),
         style(28, 500, Align::Start, 700)},
        {"Arabic choices", plain("1) 15 — خمسة عشر\n2) 12\n3) 5 (five)"), style(24, 500)},
        {"Hebrew with a number and a Latin word (SDL_ttf draws 'dlrow 321')", plain("שלום 123 world"),
         style(28, 500)},
        {"Devanagari", plain("नमस्ते दुनिया, यह एक परीक्षा है"), style(28, 500)},
        {"Thai, wrapped at 260 px (no spaces between words)",
         plain("แมวกินปลาในบ้านของฉันทุกวันแมวกินปลาในบ้านของฉันทุกวัน"), style(24, 260)},
        {"Feedback with markup",
         TextBlock{"<b>Well done:</b> the <i>denominator</i> counts the parts.", true, std::nullopt},
         style(24, 500)},
        {"Text field: committed 'ab cd', composition 'にほん' at 3, caret after に",
         TextBlock{"ab cd", false, Composition{3, "にほん", 3}}, field, 1.0, true},
        {"max_lines 2 with ellipsis",
         plain("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
               "sixteen "
               "seventeen eighteen nineteen twenty twenty-one twenty-two twenty-three"),
         ellipsis},
        {"End-aligned LTR (right) and RTL (left)", plain("End aligned"), style(22, 500, Align::End)},
        {"", plain("מיושר לסוף"), style(22, 500, Align::End)},
        {"HiDPI: the Arabic question at scale 2", plain("ما هو 3/4 من 20؟"), style(20, 250), 2.0},
    };

    const TextRenderer renderer;
    Sheet sheet(1160, 1160);
    int y = 16;
    int x = 24;
    int column_bottom = 0;
    int missing = 0;
    for (const Specimen& specimen : specimens) {
      const auto layout = renderer.layout(specimen.block, specimen.style, specimen.scale);
      const RenderedText text = layout.render();
      if (layout.unknown_glyphs() > 0) {
        std::cerr << "text_specimen: '" << specimen.label << "' has " << layout.unknown_glyphs()
                  << " character(s) no installed font covers\n";
        missing += layout.unknown_glyphs();
      }
      const int needed = (specimen.label.empty() ? 0 : 20) + text.height + 18;
      if (y + needed > sheet.image().height) {  // next column
        x += 570;
        y = 16;
      }
      if (!specimen.label.empty()) {
        const RenderedText label = renderer.render(plain(specimen.label), muted);
        sheet.draw(label, x, y);
        y += label.height + 2;
      }
      sheet.outline(x - 1, y - 1, text.width + 2, text.height + 2, 0xFFD0D8E0U);
      sheet.draw(text, x, y);
      if (specimen.show_caret) {
        const auto caret = layout.caret(layout.composition_caret()).strong;
        sheet.box(x + caret.x, y + caret.y, 2, caret.height, 0xFFC0392BU);
      }
      y += text.height + 16;
      column_bottom = std::max(column_bottom, y);
    }
    cuepoint::text::write_png(sheet.image(), argv[1]);
    std::cout << argv[1] << ": " << specimens.size() << " blocks, " << missing << " missing glyph(s)\n";
    return missing == 0 ? 0 : 1;
  } catch (const cuepoint::text::TextError& error) {
    std::cerr << "text_specimen: " << error.what() << '\n';
    return 1;
  }
}
