// An image drawn over the video (text blocks, question panels, the control bar),
// uploaded from the premultiplied ARGB32 buffer Cairo draws into.
#pragma once

#include <cstdint>
#include <vector>

#include "cuepoint/window/display.hpp"

namespace cuepoint::window {

class OverlayImage {
 public:
  // `pixels`: height rows of `stride` bytes, each pixel a native-endian 32-bit
  // word with alpha in the top byte and colours premultiplied by it (Cairo's
  // CAIRO_FORMAT_ARGB32). Throws WindowError for a bad buffer or an SDL failure.
  OverlayImage(const Display& display, const std::uint8_t* pixels, int width, int height, int stride);

  // New pixels; the texture is kept when the size is unchanged.
  void update(const std::uint8_t* pixels, int width, int height, int stride);

  int width() const { return width_; }
  int height() const { return height_; }
  SDL_Texture* texture() const { return texture_.get(); }
  // True where the renderer blends premultiplied colour itself (a custom blend
  // mode); false on SDL's software renderer, which has none: the pixels are then
  // un-premultiplied before upload and drawn with ordinary alpha blending.
  bool blends_premultiplied() const { return premultiplied_; }

 private:
  void create_texture(int width, int height);

  SDL_Renderer* renderer_;
  TexturePtr texture_;
  int width_ = 0;
  int height_ = 0;
  bool premultiplied_ = false;
  std::vector<std::uint32_t> straight_;  // un-premultiplied copy (software renderer only)
};

}  // namespace cuepoint::window
