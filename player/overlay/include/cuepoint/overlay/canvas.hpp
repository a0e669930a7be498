// The pixels the overlay draws into, and the few things done with them: compositing over a
// video frame, placing one canvas on another (contact sheets), writing a PNG.
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

namespace cuepoint::overlay {

// Premultiplied ARGB32 (CAIRO_FORMAT_ARGB32), native endian: what window::OverlayImage uploads as-is.
struct Canvas {
  int width = 0;
  int height = 0;
  int stride = 0;  // bytes per row
  std::vector<std::uint8_t> pixels;
  std::uint32_t pixel(int x, int y) const;  // 0xAARRGGBB, premultiplied; throws OverlayError outside
};

// A canvas of one colour (0xAARRGGBB, premultiplied). Throws OverlayError for a bad size.
Canvas solid_canvas(int width, int height, std::uint32_t argb);
// An opaque canvas from packed RGB24 rows (a decoded video frame).
Canvas rgb_canvas(int width, int height, const std::vector<std::uint8_t>& rgb);

// `overlay` drawn over `background` (premultiplied "over"), as the window's blend shows it;
// both the same size. Throws OverlayError when the sizes differ.
Canvas composite(const Canvas& background, const Canvas& overlay);
// Draws `source` over `target` with its top-left corner at (x, y), scaled by `scale`
// (smoothly filtered when not 1).
void draw_over(Canvas& target, const Canvas& source, int x, int y, double scale = 1.0);

// Writes the canvas as a PNG (with its alpha); throws OverlayError naming the path.
void write_png(const Canvas& canvas, const std::filesystem::path& path);

}  // namespace cuepoint::overlay
