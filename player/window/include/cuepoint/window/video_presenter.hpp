// Shows decoded pictures in the window: one video texture, letterboxed with the
// sample aspect ratio kept, overlays drawn on top.
//
// The last uploaded picture stays in its own texture, so a frozen cue frame can be
// redrawn under changing overlays (question, feedback, focus) without the decoder.
#pragma once

#include <cstdint>
#include <optional>
#include <span>

#include "cuepoint/media/playback.hpp"
#include "cuepoint/media/rgb_image.hpp"
#include "cuepoint/window/display.hpp"
#include "cuepoint/window/overlay_image.hpp"

namespace cuepoint::window {

struct OverlayPlacement {
  const OverlayImage* image = nullptr;
  Rect at;  // output pixels; the image is scaled to it
};

class VideoPresenter {
 public:
  explicit VideoPresenter(const Display& display) : display_(display) {}

  // Uploads `picture` into the video texture. The texture is reused while the
  // picture's size, layout, colour matrix and range stay the same and recreated
  // when one changes (OpenGL renderers read SDL's YUV conversion mode only when a
  // texture is created). Throws WindowError.
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

  bool has_picture() const { return texture_ != nullptr; }
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

  const Display& display_;
  TexturePtr texture_;
  TextureKey key_;
  media::AspectRatio sample_aspect_;
  std::int64_t textures_created_ = 0;
};

}  // namespace cuepoint::window
