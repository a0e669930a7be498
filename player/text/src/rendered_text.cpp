#include "cuepoint/text/rendered_text.hpp"

#include <cstring>
#include <string>

#include "cuepoint/text/text_error.hpp"
#include "pango_handles.hpp"

namespace cuepoint::text {

std::uint32_t RenderedText::pixel(int x, int y) const {
  if (x < 0 || y < 0 || x >= width || y >= height) {
    throw TextError("text: pixel (" + std::to_string(x) + ", " + std::to_string(y) + ") is outside the " +
                    std::to_string(width) + "x" + std::to_string(height) + " buffer");
  }
  std::uint32_t value = 0;
  std::memcpy(&value, pixels.data() + static_cast<std::size_t>(y) * stride + static_cast<std::size_t>(x) * 4,
              sizeof value);
  return value;
}

std::vector<std::uint8_t> straight_alpha(const RenderedText& text) {
  std::vector<std::uint8_t> out(text.pixels.size());
  for (std::size_t offset = 0; offset + 4 <= text.pixels.size(); offset += 4) {
    std::uint32_t value = 0;
    std::memcpy(&value, text.pixels.data() + offset, sizeof value);
    const std::uint32_t alpha = value >> 24;
    if (alpha != 0) {
      const auto unpremultiply = [alpha](std::uint32_t channel) {
        return (channel * 255 + alpha / 2) / alpha;
      };
      value = (alpha << 24) | (unpremultiply((value >> 16) & 0xFF) << 16) |
              (unpremultiply((value >> 8) & 0xFF) << 8) | unpremultiply(value & 0xFF);
    }
    std::memcpy(out.data() + offset, &value, sizeof value);
  }
  return out;
}

void write_png(const RenderedText& text, const std::filesystem::path& path) {
  if (text.width == 0 || text.height == 0)
    throw TextError(path.string() + ": an empty text block has no image");
  // A copy, because Cairo wants a buffer it may draw on and ours is shared and immutable.
  std::vector<std::uint8_t> copy = text.pixels;
  const CairoSurfacePtr surface(cairo_image_surface_create_for_data(copy.data(), CAIRO_FORMAT_ARGB32,
                                                                    text.width, text.height, text.stride));
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
    throw TextError(path.string() + ": " + cairo_status_to_string(cairo_surface_status(surface.get())));
  }
  const cairo_status_t status = cairo_surface_write_to_png(surface.get(), path.c_str());
  if (status != CAIRO_STATUS_SUCCESS) {
    throw TextError(path.string() + ": cannot write the PNG: " + cairo_status_to_string(status));
  }
}

}  // namespace cuepoint::text
