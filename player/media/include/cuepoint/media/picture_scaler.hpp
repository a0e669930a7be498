// Converts and scales a Picture to packed 32-bit RGB of the size it is shown at,
// in one swscale pass (what mpv's vo_x11 does). A window drawn by the CPU (SDL's
// software renderer: Xvfb, virtual machines, boards without a GPU driver) would
// otherwise convert at the picture's size, then stretch, costing a second pass
// over every pixel (docs/performance.md, "Player window").
//
// Thread ownership: one scaler per consumer, used from one thread at a time (the
// window's main thread). It keeps its swscale context between pictures of the
// same shape.
#pragma once

#include <cstdint>
#include <memory>

#include "cuepoint/media/playback.hpp"

namespace cuepoint::media {

// 32-bit pixels as native-endian words, named as SDL names them: XRGB is
// 0x00RRGGBB (SDL_PIXELFORMAT_RGB888), ARGB is 0xAARRGGBB with A = 255, and so on.
enum class Packed32 { XRGB, ARGB, XBGR, ABGR };

class PictureScaler {
 public:
  PictureScaler();
  ~PictureScaler();
  PictureScaler(PictureScaler&&) noexcept;
  PictureScaler& operator=(PictureScaler&&) noexcept;

  // Writes `picture` scaled to `width` x `height` (bilinear, the picture's colour
  // matrix and range to full-range RGB) into `pixels`, `pitch` bytes per row, which
  // must hold height rows of width pixels. Throws MediaError.
  void scale(const Picture& picture, Packed32 format, int width, int height, std::uint8_t* pixels, int pitch);

  // How many swscale contexts were set up: tells reuse from recreation (tests).
  std::int64_t contexts_created() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace cuepoint::media
