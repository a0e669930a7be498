// Clips for the window tests, made on first use in this test process, each with
// FFmpeg's own RGB decode of every frame (tests/support/clip_fixture).
#pragma once

#include "rgb_compare.hpp"

#include <filesystem>
#include <string>

#include "clip_fixture.hpp"
#include "cuepoint/media/playback.hpp"
#include "cuepoint/media/rgb_image.hpp"
#include "cuepoint/window/display.hpp"

namespace cuepoint::window::testing {

using cuepoint::testing::ReferenceClip;

// Names: bt601_320x240, bt709_1280x720, yuvj420p_full, bt709_full, anamorphic_720x576,
// yuv420p10le, nv12, bt2020. Every frame differs from its neighbours all over.
const ReferenceClip& window_clip(const std::string& name);

// A scratch folder for this process's files (removed at exit).
const std::filesystem::path& scratch();

// The picture the engine shows at frame `index` of `clip` (exact seek, untimed).
media::Picture decoded_frame(const ReferenceClip& clip, std::size_t index);

// A hidden window on the software renderer, `width` x `height` output pixels under the dummy driver.
DisplayOptions test_window(int width, int height);

using cuepoint::testing::mean_difference;  // tests/support/rgb_compare.hpp

// Frame `index` of `clip` as an image, resized to width x height by bilinear interpolation
// (the identity at the clip's own size).
media::RgbImage reference_image(const ReferenceClip& clip, std::size_t index, int width, int height);

// The region `rect` of `image`.
inline media::RgbImage crop(const media::RgbImage& image, const Rect& rect) {
  return cuepoint::testing::crop(image, rect.x, rect.y, rect.width, rect.height);
}

}  // namespace cuepoint::window::testing
