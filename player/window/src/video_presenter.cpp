#include "cuepoint/window/video_presenter.hpp"

#include <optional>
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

// The 32-bit RGB form swscale can write for an SDL pixel format, if any.
std::optional<media::Packed32> packed_form(Uint32 format) {
  switch (format) {
    case SDL_PIXELFORMAT_RGB888:
      return media::Packed32::XRGB;
    case SDL_PIXELFORMAT_ARGB8888:
      return media::Packed32::ARGB;
    case SDL_PIXELFORMAT_BGR888:
      return media::Packed32::XBGR;
    case SDL_PIXELFORMAT_ABGR8888:
      return media::Packed32::ABGR;
    default:
      return std::nullopt;
  }
}

}  // namespace

VideoPresenter::VideoPresenter(const Display& display, VideoPath path) : display_(display), path_(path) {
  // The window surface's own format makes drawing the scaled texture a row copy.
  const Uint32 surface = SDL_GetWindowPixelFormat(display_.window());
  const std::optional<media::Packed32> native = packed_form(surface);
  if (path_ == VideoPath::Automatic)
    path_ = !display_.accelerated() && native ? VideoPath::ScaledOnCpu : VideoPath::Textures;
  if (native) {
    scaled_format_ = *native;
    scaled_sdl_format_ = surface;
  } else {
    scaled_format_ = media::Packed32::ARGB;  // SDL converts it when drawing
    scaled_sdl_format_ = SDL_PIXELFORMAT_ARGB8888;
  }
}

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
  if (path_ == VideoPath::ScaledOnCpu) {
    key_ = {source.width(), source.height(), 0, source.color_matrix(), source.color_range()};
    sample_aspect_ = source.sample_aspect_ratio();
    shown_ = source;
    scaled_current_ = false;
    return;
  }
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
  if (!has_picture()) return {};
  return window::display_rect(display_.output_area(), key_.width, key_.height, sample_aspect_);
}

void VideoPresenter::compose(std::span<const OverlayPlacement> overlays) {
  SDL_Renderer* renderer = display_.renderer();
  if (SDL_SetRenderDrawColor(renderer, 0, 0, 0, SDL_ALPHA_OPAQUE) != 0 || SDL_RenderClear(renderer) != 0)
    throw_sdl_error("cannot clear the window");
  if (path_ == VideoPath::ScaledOnCpu) {
    if (shown_) draw_scaled(display_rect());
  } else if (texture_) {
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

void VideoPresenter::draw_scaled(const Rect& rect) {
  if (!texture_ || rect.width != scaled_width_ || rect.height != scaled_height_) {
    texture_.reset(SDL_CreateTexture(display_.renderer(), scaled_sdl_format_, SDL_TEXTUREACCESS_STREAMING,
                                     rect.width, rect.height));
    if (!texture_) {
      throw_sdl_error("cannot create a " + std::to_string(rect.width) + "x" + std::to_string(rect.height) +
                      " video texture");
    }
    ++textures_created_;
    scaled_width_ = rect.width;
    scaled_height_ = rect.height;
    scaled_current_ = false;
    if (SDL_SetTextureBlendMode(texture_.get(), SDL_BLENDMODE_NONE) != 0)
      throw_sdl_error("cannot set the video texture's blend mode");
  }
  if (!scaled_current_) {
    void* pixels = nullptr;
    int pitch = 0;
    if (SDL_LockTexture(texture_.get(), nullptr, &pixels, &pitch) != 0)
      throw_sdl_error("cannot write the video texture");
    try {
      scaler_.scale(*shown_, scaled_format_, rect.width, rect.height, static_cast<std::uint8_t*>(pixels),
                    pitch);
    } catch (const media::MediaError& error) {
      SDL_UnlockTexture(texture_.get());
      throw WindowError(error.what());
    }
    SDL_UnlockTexture(texture_.get());
    scaled_current_ = true;
  }
  const SDL_Rect target{rect.x, rect.y, rect.width, rect.height};
  if (SDL_RenderCopy(display_.renderer(), texture_.get(), nullptr, &target) != 0)
    throw_sdl_error("cannot draw the video picture");
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
