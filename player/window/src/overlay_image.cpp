#include "cuepoint/window/overlay_image.hpp"

#include <algorithm>
#include <cstring>
#include <string>

#include "cuepoint/window/window_error.hpp"

namespace cuepoint::window {
namespace {

void check_buffer(const std::uint8_t* pixels, int width, int height, int stride) {
  if (!pixels) throw WindowError("an overlay image needs pixels (got none)");
  if (width <= 0 || height <= 0) {
    throw WindowError("an overlay image of " + std::to_string(width) + "x" + std::to_string(height) +
                      " has no pixels: width and height must be positive");
  }
  if (stride < width * 4) {
    throw WindowError("an overlay image " + std::to_string(width) +
                      " pixels wide needs a stride of at least " + std::to_string(width * 4) +
                      " bytes, not " + std::to_string(stride));
  }
}

// Premultiplied colour back to straight colour: c * 255 / a, rounded.
std::uint32_t unpremultiply(std::uint32_t argb) {
  const std::uint32_t alpha = argb >> 24;
  if (alpha == 0) return 0;
  if (alpha == 255) return argb;
  auto channel = [alpha](std::uint32_t value) {
    return std::min<std::uint32_t>(255, (value * 255 + alpha / 2) / alpha);
  };
  return (alpha << 24) | (channel((argb >> 16) & 0xff) << 16) | (channel((argb >> 8) & 0xff) << 8) |
         channel(argb & 0xff);
}

const SDL_BlendMode kPremultipliedOver = SDL_ComposeCustomBlendMode(
    SDL_BLENDFACTOR_ONE, SDL_BLENDFACTOR_ONE_MINUS_SRC_ALPHA, SDL_BLENDOPERATION_ADD, SDL_BLENDFACTOR_ONE,
    SDL_BLENDFACTOR_ONE_MINUS_SRC_ALPHA, SDL_BLENDOPERATION_ADD);

}  // namespace

OverlayImage::OverlayImage(const Display& display, const std::uint8_t* pixels, int width, int height,
                           int stride)
    : renderer_(display.renderer()) {
  update(pixels, width, height, stride);
}

void OverlayImage::create_texture(int width, int height) {
  texture_.reset(
      SDL_CreateTexture(renderer_, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_STATIC, width, height));
  if (!texture_) {
    throw_sdl_error("cannot create a " + std::to_string(width) + "x" + std::to_string(height) +
                    " overlay texture");
  }
  width_ = width;
  height_ = height;
  premultiplied_ = SDL_SetTextureBlendMode(texture_.get(), kPremultipliedOver) == 0;
  if (!premultiplied_ && SDL_SetTextureBlendMode(texture_.get(), SDL_BLENDMODE_BLEND) != 0)
    throw_sdl_error("cannot set the overlay's blend mode");
}

void OverlayImage::update(const std::uint8_t* pixels, int width, int height, int stride) {
  check_buffer(pixels, width, height, stride);
  if (!texture_ || width != width_ || height != height_) create_texture(width, height);
  if (premultiplied_) {
    if (SDL_UpdateTexture(texture_.get(), nullptr, pixels, stride) != 0)
      throw_sdl_error("cannot upload the overlay image");
    return;
  }
  straight_.resize(static_cast<std::size_t>(width) * static_cast<std::size_t>(height));
  for (int y = 0; y < height; ++y) {
    const std::uint8_t* row = pixels + static_cast<std::ptrdiff_t>(y) * stride;
    std::uint32_t* out = straight_.data() + static_cast<std::ptrdiff_t>(y) * width;
    for (int x = 0; x < width; ++x) {
      std::uint32_t argb = 0;
      std::memcpy(&argb, row + x * 4, sizeof argb);  // rows need not be 4-byte aligned
      out[x] = unpremultiply(argb);
    }
  }
  if (SDL_UpdateTexture(texture_.get(), nullptr, straight_.data(), width * 4) != 0)
    throw_sdl_error("cannot upload the overlay image");
}

}  // namespace cuepoint::window
