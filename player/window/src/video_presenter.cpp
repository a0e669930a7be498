#include "cuepoint/window/video_presenter.hpp"

#include <string>

#include "cuepoint/window/window_error.hpp"

namespace cuepoint::window {
namespace {

Uint32 sdl_format(media::PixelLayout layout) {
  switch (layout) {
    case media::PixelLayout::NV12:
      return SDL_PIXELFORMAT_NV12;
    case media::PixelLayout::RGBA:
      return SDL_PIXELFORMAT_RGBA32;  // bytes R, G, B, A in memory, as FFmpeg's rgba
    case media::PixelLayout::YUV420P:
      break;
  }
  return SDL_PIXELFORMAT_IYUV;
}

SDL_YUV_CONVERSION_MODE conversion_mode(media::ColorMatrix matrix, media::ColorRange range) {
  // Pictures only come as full range in BT.601 (the media library converts full-range BT.709).
  if (range == media::ColorRange::Full) return SDL_YUV_CONVERSION_JPEG;
  return matrix == media::ColorMatrix::BT709 ? SDL_YUV_CONVERSION_BT709 : SDL_YUV_CONVERSION_BT601;
}

void check_pitches(const media::Picture& picture, int planes) {
  for (int i = 0; i < planes; ++i) {
    if (picture.plane(i).pitch <= 0)
      throw WindowError("a picture stored bottom-up (negative line size) cannot be uploaded");
  }
}

}  // namespace

// SDL reads its global YUV conversion mode when an OpenGL texture is created, when
// a GLES2 texture is drawn and when the software renderer converts an upload, so
// it is set before each of the three.
void VideoPresenter::apply_conversion_mode() const {
  SDL_SetYUVConversionMode(conversion_mode(key_.matrix, key_.range));
}

void VideoPresenter::ensure_texture(const TextureKey& key) {
  if (texture_ && key == key_) return;
  texture_.reset();
  key_ = key;
  apply_conversion_mode();
  texture_.reset(
      SDL_CreateTexture(display_.renderer(), key.format, SDL_TEXTUREACCESS_STREAMING, key.width, key.height));
  if (!texture_) {
    throw_sdl_error("cannot create a " + std::to_string(key.width) + "x" + std::to_string(key.height) + " " +
                    SDL_GetPixelFormatName(key.format) + " video texture");
  }
  ++textures_created_;
  if (SDL_SetTextureBlendMode(texture_.get(), SDL_BLENDMODE_NONE) != 0)
    throw_sdl_error("cannot set the video texture's blend mode");
  if (SDL_SetTextureScaleMode(texture_.get(), SDL_ScaleModeLinear) != 0)
    throw_sdl_error("cannot set the video texture's scaling");
}

void VideoPresenter::upload(const media::Picture& source) {
  // NV12 goes up as is only where the renderer has NV12 textures (GLES2 boards get it wrong otherwise).
  const media::Picture picture =
      source.layout() == media::PixelLayout::NV12 && !display_.takes_natively(SDL_PIXELFORMAT_NV12)
          ? source.planar()
          : source;
  const Uint32 format = sdl_format(picture.layout());
  ensure_texture({picture.width(), picture.height(), format, picture.color_matrix(), picture.color_range()});
  apply_conversion_mode();
  int result = 0;
  switch (picture.layout()) {
    case media::PixelLayout::YUV420P: {
      check_pitches(picture, 3);
      const auto y = picture.plane(0), u = picture.plane(1), v = picture.plane(2);
      result =
          SDL_UpdateYUVTexture(texture_.get(), nullptr, y.data, y.pitch, u.data, u.pitch, v.data, v.pitch);
      break;
    }
    case media::PixelLayout::NV12: {
      check_pitches(picture, 2);
      const auto y = picture.plane(0), uv = picture.plane(1);
      result = SDL_UpdateNVTexture(texture_.get(), nullptr, y.data, y.pitch, uv.data, uv.pitch);
      break;
    }
    case media::PixelLayout::RGBA: {
      check_pitches(picture, 1);
      const auto rgba = picture.plane(0);
      result = SDL_UpdateTexture(texture_.get(), nullptr, rgba.data, rgba.pitch);
      break;
    }
  }
  if (result != 0) throw_sdl_error("cannot upload the video picture");
  sample_aspect_ = picture.sample_aspect_ratio();
}

Rect VideoPresenter::display_rect() const {
  if (!texture_) return {};
  return window::display_rect(display_.output_area(), key_.width, key_.height, sample_aspect_);
}

void VideoPresenter::compose(std::span<const OverlayPlacement> overlays) {
  SDL_Renderer* renderer = display_.renderer();
  if (SDL_SetRenderDrawColor(renderer, 0, 0, 0, SDL_ALPHA_OPAQUE) != 0 || SDL_RenderClear(renderer) != 0)
    throw_sdl_error("cannot clear the window");
  if (texture_) {
    const Rect rect = display_rect();
    const SDL_Rect target{rect.x, rect.y, rect.width, rect.height};
    apply_conversion_mode();
    if (SDL_RenderCopy(renderer, texture_.get(), nullptr, &target) != 0)
      throw_sdl_error("cannot draw the video picture");
    // Draw now, while the conversion mode is this picture's (SDL batches draws).
    if (SDL_RenderFlush(renderer) != 0) throw_sdl_error("cannot draw the video picture");
  }
  for (const OverlayPlacement& overlay : overlays) {
    if (!overlay.image) continue;
    const SDL_Rect target{overlay.at.x, overlay.at.y, overlay.at.width, overlay.at.height};
    if (SDL_RenderCopy(renderer, overlay.image->texture(), nullptr, &target) != 0)
      throw_sdl_error("cannot draw an overlay image");
  }
}

void VideoPresenter::present() { SDL_RenderPresent(display_.renderer()); }

media::RgbImage VideoPresenter::read_back() const {
  const Rect area = display_.output_area();
  media::RgbImage image{area.width, area.height, {}};
  image.pixels.resize(static_cast<std::size_t>(area.width) * static_cast<std::size_t>(area.height) * 3);
  if (SDL_RenderReadPixels(display_.renderer(), nullptr, SDL_PIXELFORMAT_RGB24, image.pixels.data(),
                           area.width * 3) != 0)
    throw_sdl_error("cannot read the window's pixels back");
  return image;
}

}  // namespace cuepoint::window
