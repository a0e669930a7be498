// A rendered block of text: plain pixels and geometry, no Pango or Cairo handle, cheap to share.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <vector>

namespace cuepoint::text {

// In output (device) pixels, relative to the top-left corner of the pixel buffer.
struct PixelRect {
  int x = 0;
  int y = 0;
  int width = 0;
  int height = 0;
  bool operator==(const PixelRect&) const = default;
};

struct LineExtent {
  std::size_t start_index = 0;  // byte offset of the line's first character in the displayed text
  std::size_t length = 0;       // bytes, including the paragraph separator when there is one
  PixelRect logical;            // the line box Pango aligns
  int baseline = 0;             // y of the line's baseline
  bool right_to_left = false;   // the line's resolved direction
};

struct RenderedText {
  int width = 0;
  int height = 0;
  int stride = 0;  // bytes per row
  // Premultiplied ARGB32 in native byte order (CAIRO_FORMAT_ARGB32): upload as-is to an
  // SDL_PIXELFORMAT_ARGB8888 texture with a premultiplied blend, or use straight_alpha().
  std::vector<std::uint8_t> pixels;
  int origin_x = 0;  // where the layout's origin lies in the buffer (ink may overhang it)
  int origin_y = 0;
  int baseline = 0;            // first line's baseline, from the buffer's top
  bool right_to_left = false;  // first paragraph's direction
  int unknown_glyphs = 0;      // characters no installed font covers (drawn as hex boxes)
  std::vector<LineExtent> lines;

  std::uint32_t pixel(int x, int y) const;  // 0xAARRGGBB, premultiplied
  std::size_t bytes() const { return pixels.size(); }
};

// The same pixels with straight (non-premultiplied) alpha, for SDL renderers that have no
// custom blend mode (the software renderer) and blend with SDL_BLENDMODE_BLEND.
std::vector<std::uint8_t> straight_alpha(const RenderedText& text);

// Writes the buffer as a PNG (Cairo's writer); throws TextError naming the path.
void write_png(const RenderedText& text, const std::filesystem::path& path);

}  // namespace cuepoint::text
