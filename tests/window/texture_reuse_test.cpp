// The video texture: reused while pictures keep their form, recreated when size,
// layout, matrix or range change; the frozen frame redrawn without the decoder.
#include <gtest/gtest.h>

#include "cuepoint/window/video_presenter.hpp"
#include "window_clips.hpp"

namespace cuepoint::window {
namespace {

using namespace testing;

TEST(VideoTexture, ReusedForTheSameFormRecreatedOnChange) {
  const Display display(test_window(320, 240));
  VideoPresenter presenter(display);
  const ReferenceClip& limited = window_clip("bt601_320x240");
  presenter.upload(decoded_frame(limited, 1));
  presenter.upload(decoded_frame(limited, 2));
  EXPECT_EQ(presenter.textures_created(), 1);

  // Same size, full range: a new texture, and the new range is applied on upload.
  const ReferenceClip& full = window_clip("yuvj420p_full");
  presenter.upload(decoded_frame(full, 2));
  EXPECT_EQ(presenter.textures_created(), 2);
  presenter.compose();
  EXPECT_LT(mean_difference(presenter.read_back(), reference_image(full, 2, 320, 240)), 3.0);

  // Same size, full-range BT.709: RGBA.
  presenter.upload(decoded_frame(window_clip("bt709_full"), 2));
  EXPECT_EQ(presenter.textures_created(), 3);
  // Another size.
  const ReferenceClip& hd = window_clip("bt709_1280x720");
  presenter.upload(decoded_frame(hd, 1));
  presenter.upload(decoded_frame(hd, 2));
  EXPECT_EQ(presenter.textures_created(), 4);
  // Back to the first size (RGBA).
  presenter.upload(decoded_frame(window_clip("bt2020"), 2));
  EXPECT_EQ(presenter.textures_created(), 5);
}

TEST(VideoTexture, FrozenFrameRedrawsUnderOverlaysWithoutTheDecoder) {
  const ReferenceClip& clip = window_clip("bt601_320x240");
  const Display display(test_window(320, 240));
  VideoPresenter presenter(display);
  {
    auto playback = media::Playback::open(clip.file, media::PlaybackOptions{});
    playback->seek(clip.frame_times[3]);
    presenter.upload(*playback->shown());
  }  // decoder and picture gone: only the texture holds the frame
  presenter.compose();
  const media::RgbImage frozen = presenter.read_back();
  presenter.present();
  EXPECT_LT(mean_difference(frozen, reference_image(clip, 3, 320, 240)), 3.0);

  const std::vector<std::uint8_t> grey(64 * 64 * 4, 0x80);  // 50 % grey, premultiplied
  const OverlayImage question(display, grey.data(), 64, 64, 64 * 4);
  const OverlayPlacement over[] = {{&question, {10, 10, 64, 64}}};
  presenter.redraw(over);
  presenter.compose();  // overlay gone again: the same frozen frame, pixel for pixel
  EXPECT_EQ(presenter.read_back().pixels, frozen.pixels);
  EXPECT_EQ(presenter.textures_created(), 1);
}

}  // namespace
}  // namespace cuepoint::window
