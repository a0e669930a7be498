// The video texture: reused while pictures keep their form, recreated when size,
// layout, matrix or range change (textures path) or when the display rectangle's
// size changes (scaled on the CPU); the frozen frame redrawn without the decoder,
// and at a new size after a resize.
#include <gtest/gtest.h>

#include <bit>
#include <string>
#include <utility>
#include <vector>

#include "cuepoint/media/picture_scaler.hpp"
#include "cuepoint/window/video_presenter.hpp"
#include "window_clips.hpp"

namespace cuepoint::window {
namespace {

using namespace testing;

TEST(VideoTexture, ReusedForTheSameFormRecreatedOnChange) {
  const Display display(test_window(320, 240));
  VideoPresenter presenter(display, VideoPath::Textures);
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

class FrozenFrame : public ::testing::TestWithParam<VideoPath> {};

TEST_P(FrozenFrame, RedrawsUnderOverlaysWithoutTheDecoder) {
  const ReferenceClip& clip = window_clip("bt601_320x240");
  const Display display(test_window(320, 240));
  VideoPresenter presenter(display, GetParam());
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

INSTANTIATE_TEST_SUITE_P(Paths, FrozenFrame, ::testing::Values(VideoPath::Textures, VideoPath::ScaledOnCpu),
                         [](const auto& info) {
                           return info.param == VideoPath::Textures ? "Textures" : "ScaledOnCpu";
                         });

TEST(ScaledVideo, IsTheAutomaticPathOnTheSoftwareRendererAndTexturesOtherwise) {
  const Display display(test_window(320, 240));
  ASSERT_FALSE(display.accelerated());  // the dummy driver has only SDL's software renderer
  EXPECT_EQ(VideoPresenter(display).path(), VideoPath::ScaledOnCpu);
}

TEST(ScaledVideo, TextureFollowsTheDisplaySizeNotThePictures) {
  const Display display(test_window(320, 240));
  VideoPresenter presenter(display, VideoPath::ScaledOnCpu);
  // Pictures of other sizes, ranges and layouts: scaled into the same 320x240 texture.
  for (const char* name : {"bt601_320x240", "yuvj420p_full", "bt709_full", "nv12", "bt2020"}) {
    const ReferenceClip& clip = window_clip(name);
    presenter.upload(decoded_frame(clip, 2));
    presenter.compose();
    ASSERT_EQ(presenter.display_rect(), (Rect{0, 0, 320, 240})) << name;
    EXPECT_LT(mean_difference(presenter.read_back(), reference_image(clip, 2, 320, 240)), 3.0) << name;
    presenter.present();
  }
  EXPECT_EQ(presenter.textures_created(), 1);
  // A 16:9 picture is letterboxed to 320x180: a texture of that size.
  const ReferenceClip& wide = window_clip("bt709_1280x720");
  presenter.upload(decoded_frame(wide, 2));
  presenter.compose();
  ASSERT_EQ(presenter.display_rect(), (Rect{0, 30, 320, 180}));
  const media::RgbImage shown = crop(presenter.read_back(), presenter.display_rect());
  presenter.present();
  // A 4x reduction: swscale's bicubic filter averages what the reference's bilinear
  // sampling skips, so a few units more apart; still clearly this frame, not the next.
  const double here = mean_difference(shown, reference_image(wide, 2, 320, 180));
  EXPECT_LT(here, 6.0);
  EXPECT_GT(mean_difference(shown, reference_image(wide, 3, 320, 180)), 2 * here + 2);
  EXPECT_EQ(presenter.textures_created(), 2);
}

TEST(ScaledVideo, FrozenFrameIsScaledAgainAfterAResize) {
  const ReferenceClip& clip = window_clip("bt709_1280x720");
  Display display(test_window(640, 360));
  VideoPresenter presenter(display, VideoPath::ScaledOnCpu);
  {
    auto playback = media::Playback::open(clip.file, media::PlaybackOptions{});
    playback->seek(clip.frame_times[3]);
    presenter.upload(*playback->shown());
  }  // the decoder is gone; the presenter keeps the picture itself
  presenter.compose();
  EXPECT_LT(mean_difference(presenter.read_back(), reference_image(clip, 3, 640, 360)), 3.0);
  presenter.present();

  SDL_SetWindowSize(display.window(), 960, 540);
  ASSERT_EQ(display.output_area(), (Rect{0, 0, 960, 540}));
  presenter.compose();
  ASSERT_EQ(presenter.display_rect(), (Rect{0, 0, 960, 540}));
  const media::RgbImage resized = presenter.read_back();
  presenter.present();
  const double here = mean_difference(resized, reference_image(clip, 3, 960, 540));
  EXPECT_LT(here, 3.0);
  EXPECT_GT(mean_difference(resized, reference_image(clip, 2, 960, 540)), 2 * here + 2);
  EXPECT_EQ(presenter.textures_created(), 2);
}

TEST(ScaledVideo, OddSizedRectanglesAreFilledExactly) {
  // Odd widths and heights: swscale's SIMD rows and SDL's texture pitch must agree.
  const ReferenceClip& clip = window_clip("bt601_320x240");
  Display display(test_window(321, 400));
  VideoPresenter presenter(display, VideoPath::ScaledOnCpu);
  presenter.upload(decoded_frame(clip, 2));
  for (const auto& [width, height] : {std::pair{321, 400}, std::pair{333, 187}, std::pair{251, 177}}) {
    SDL_SetWindowSize(display.window(), width, height);
    presenter.compose();
    const Rect rect = presenter.display_rect();
    ASSERT_GT(rect.width, 0);
    const media::RgbImage shown = presenter.read_back();
    presenter.present();
    const double here = mean_difference(crop(shown, rect), reference_image(clip, 2, rect.width, rect.height));
    EXPECT_LT(here, 6.0) << width << "x" << height;
    EXPECT_GT(mean_difference(crop(shown, rect), reference_image(clip, 3, rect.width, rect.height)),
              2 * here + 2)
        << width << "x" << height;
  }
}

TEST(PictureScaler, KeepsItsContextForTheSameShapeAndRefusesATargetItCannotFill) {
  const media::Picture picture = decoded_frame(window_clip("bt601_320x240"), 2);
  media::PictureScaler scaler;
  std::vector<std::uint8_t> pixels(160 * 120 * 4);
  scaler.scale(picture, media::Packed32::XRGB, 160, 120, pixels.data(), 160 * 4);
  scaler.scale(picture, media::Packed32::XRGB, 160, 120, pixels.data(), 160 * 4);
  EXPECT_EQ(scaler.contexts_created(), 1);
  const std::vector<std::uint8_t> xrgb = pixels;
  scaler.scale(picture, media::Packed32::ABGR, 160, 120, pixels.data(), 160 * 4);
  EXPECT_EQ(scaler.contexts_created(), 2);
  // Native-endian words: 0x00RRGGBB and 0xAABBGGRR hold the same colours, red and blue swapped, alpha opaque.
  if constexpr (std::endian::native == std::endian::little) {  // bytes B G R X and R G B A
    for (std::size_t i = 0; i < pixels.size(); i += 4) {
      ASSERT_EQ(pixels[i], xrgb[i + 2]) << i;
      ASSERT_EQ(pixels[i + 1], xrgb[i + 1]) << i;
      ASSERT_EQ(pixels[i + 2], xrgb[i]) << i;
      ASSERT_EQ(pixels[i + 3], 255) << i;
    }
  }

  const auto refused = [&](int width, int height, int pitch, std::uint8_t* target) {
    try {
      scaler.scale(picture, media::Packed32::XRGB, width, height, target, pitch);
    } catch (const media::MediaError& error) {
      return std::string(error.what());
    }
    return std::string("accepted");
  };
  EXPECT_EQ(refused(0, 120, 640, pixels.data()),
            "cannot scale a picture to 0x120 pixels with a pitch of 640 bytes");
  EXPECT_EQ(refused(160, 120, 100, pixels.data()),
            "cannot scale a picture to 160x120 pixels with a pitch of 100 bytes");
  EXPECT_EQ(refused(160, 120, 640, nullptr),
            "cannot scale a picture to 160x120 pixels with a pitch of 640 bytes");
}

}  // namespace
}  // namespace cuepoint::window
