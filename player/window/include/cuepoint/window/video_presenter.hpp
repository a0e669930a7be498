// Shows decoded pictures in the window: one video texture, letterboxed with the
// sample aspect ratio kept, overlays drawn on top.
//
// The last uploaded picture stays in its own texture, so a frozen cue frame can be
// redrawn under changing overlays (question, feedback, focus) without the decoder.
//
// Two ways to get a picture on screen (VideoPath):
//  - Textures: the picture's YUV (or RGBA) planes go up as they are and the renderer
//    converts and scales them: right for GPU renderers, where that work is free.
//  - ScaledOnCpu: on SDL's software renderer, swscale converts and scales the picture
//    to the display rectangle in one pass, straight into a texture of the window
//    surface's own format, so drawing it is a copy. SDL would otherwise convert at
//    the picture's size and then stretch: two passes over every pixel.
#pragma once

#include <cstdint>
#include <optional>
#include <span>

#include "cuepoint/media/picture_scaler.hpp"
#include "cuepoint/media/playback.hpp"
#include "cuepoint/media/rgb_image.hpp"
#include "cuepoint/window/display.hpp"
#include "cuepoint/window/overlay_image.hpp"

namespace cuepoint::window {

struct OverlayPlacement {
  const OverlayImage* image = nullptr;
  Rect at;  // output pixels; the image is scaled to it
};

enum class VideoPath {
  Automatic,    // ScaledOnCpu on the software renderer (when its surface format is 32-bit RGB), else Textures
  Textures,     // the picture's planes in a texture of its own size; the renderer converts and scales
  ScaledOnCpu,  // swscale to the display rectangle, a texture of that size (software renderer)
};

class VideoPresenter {
 public:
  explicit VideoPresenter(const Display& display, VideoPath path = VideoPath::Automatic);

  // Textures: uploads `picture` into the video texture. The texture is reused while
  // the picture's size, layout, colour matrix and range stay the same and recreated
  // when one changes (OpenGL renderers read SDL's YUV conversion mode only when a
  // texture is created). ScaledOnCpu: keeps `picture` (shared, no copy) and scales it
  // at the next compose(), so a resized window gets the frozen frame at its new size;
  // the texture is recreated only when the display rectangle's size changes.
  // Throws WindowError.
  void upload(const media::Picture& picture);

  // Draws the frame: black, the last uploaded picture in display_rect(), then the
  // overlays in order. Does not show it yet (see present()).
  void compose(std::span<const OverlayPlacement> overlays = {});
  void present();  // shows the composed frame (waits for vsync on accelerated renderers)

  void redraw(std::span<const OverlayPlacement> overlays = {}) {
    compose(overlays);
    present();
  }
  void present_video(const media::Picture& picture, std::span<const OverlayPlacement> overlays = {}) {
    upload(picture);
    redraw(overlays);
  }

  // The composed frame as RGB24, in output pixels; call it between compose() and
  // present() (after present() the back buffer's content is undefined).
  media::RgbImage read_back() const;

  bool has_picture() const { return texture_ != nullptr || shown_.has_value(); }
  VideoPath path() const { return path_; }
  // Where the picture is drawn in the current output area (empty before the first upload).
  Rect display_rect() const;
  // How many video textures have been created: tells reuse from recreation.
  std::int64_t textures_created() const { return textures_created_; }

 private:
  struct TextureKey {
    int width = 0;
    int height = 0;
    Uint32 format = 0;
    media::ColorMatrix matrix = media::ColorMatrix::BT601;
    media::ColorRange range = media::ColorRange::Limited;
    bool operator==(const TextureKey&) const = default;
  };
  void apply_conversion_mode() const;
  void ensure_texture(const TextureKey& key);
  void draw_scaled(const Rect& rect);

  const Display& display_;
  VideoPath path_;
  TexturePtr texture_;
  TextureKey key_;
  // ScaledOnCpu only: the picture to show, the texture's size and whether it holds shown_ yet.
  std::optional<media::Picture> shown_;
  media::PictureScaler scaler_;
  media::Packed32 scaled_format_ = media::Packed32::XRGB;
  Uint32 scaled_sdl_format_ = SDL_PIXELFORMAT_UNKNOWN;
  int scaled_width_ = 0;
  int scaled_height_ = 0;
  bool scaled_current_ = false;
  media::AspectRatio sample_aspect_;
  std::int64_t textures_created_ = 0;
};

}  // namespace cuepoint::window
