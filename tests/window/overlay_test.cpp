// Overlay images from premultiplied ARGB32 (Cairo) buffers blend correctly on the
// software renderer, which has no premultiplied blend mode of its own.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <vector>

#include "cuepoint/window/video_presenter.hpp"
#include "cuepoint/window/window_error.hpp"
#include "window_clips.hpp"

namespace cuepoint::window {
namespace {

using namespace testing;

// A width x height buffer of one premultiplied ARGB32 pixel value, rows of `stride`
// bytes; padding bytes are garbage, as they may be in a Cairo surface.
std::vector<std::uint8_t> filled(int width, int height, int stride, std::uint32_t argb) {
  std::vector<std::uint8_t> buffer(std::size_t(stride) * height, 0xAB);
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) std::memcpy(buffer.data() + std::size_t(y) * stride + x * 4, &argb, 4);
  }
  return buffer;
}

struct Rgb {
  int r, g, b;
};

Rgb pixel_at(const media::RgbImage& image, int x, int y) {
  const auto* p = image.pixels.data() + (std::size_t(y) * image.width + x) * 3;
  return {p[0], p[1], p[2]};
}

void expect_near(Rgb actual, Rgb expected, const char* what) {
  EXPECT_NEAR(actual.r, expected.r, 2) << what;
  EXPECT_NEAR(actual.g, expected.g, 2) << what;
  EXPECT_NEAR(actual.b, expected.b, 2) << what;
}

TEST(Overlay, PremultipliedPixelsBlendOverWhatIsBelow) {
  const Display display(test_window(64, 32));
  VideoPresenter presenter(display);
  // Opaque blue background, then three premultiplied 32x32 squares over it: red at
  // 50 % (0x80800000), white at 25 % (0x40404040) and fully transparent.
  const auto blue = filled(64, 32, 64 * 4, 0xFF0000C8);
  const auto half_red = filled(16, 32, 16 * 4 + 12, 0x80800000);
  const auto quarter_white = filled(16, 32, 16 * 4, 0x40404040);
  const auto clear = filled(16, 32, 16 * 4, 0x00000000);
  const OverlayImage background(display, blue.data(), 64, 32, 64 * 4);
  const OverlayImage red(display, half_red.data(), 16, 32, 16 * 4 + 12);
  const OverlayImage white(display, quarter_white.data(), 16, 32, 16 * 4);
  const OverlayImage none(display, clear.data(), 16, 32, 16 * 4);
  EXPECT_FALSE(red.blends_premultiplied());  // the software renderer: un-premultiplied on upload

  const OverlayPlacement layers[] = {{&background, {0, 0, 64, 32}},
                                     {&red, {0, 0, 16, 32}},
                                     {&white, {16, 0, 16, 32}},
                                     {&none, {32, 0, 16, 32}}};
  presenter.compose(layers);
  const media::RgbImage shown = presenter.read_back();

  // out = premultiplied source + (1 - alpha) * below. Drawing the premultiplied
  // values as if straight would give red 64 and white +16 instead.
  expect_near(pixel_at(shown, 8, 16), {128, 0, 100}, "50 % red over blue");
  expect_near(pixel_at(shown, 24, 16), {64, 64, 64 + 150}, "25 % white over blue");
  expect_near(pixel_at(shown, 40, 16), {0, 0, 200}, "transparent over blue");
  expect_near(pixel_at(shown, 56, 16), {0, 0, 200}, "blue alone");
}

TEST(Overlay, DrawsOverTheVideoAndScalesToItsPlace) {
  const ReferenceClip& clip = window_clip("bt601_320x240");
  const Display display(test_window(320, 240));
  VideoPresenter presenter(display);
  presenter.upload(decoded_frame(clip, 2));
  const auto opaque_green = filled(4, 4, 16, 0xFF00FF00);
  const OverlayImage green(display, opaque_green.data(), 4, 4, 16);
  const OverlayPlacement panel[] = {{&green, {100, 100, 40, 20}}};
  presenter.compose(panel);
  const media::RgbImage shown = presenter.read_back();
  expect_near(pixel_at(shown, 100, 100), {0, 255, 0}, "panel corner");
  expect_near(pixel_at(shown, 139, 119), {0, 255, 0}, "panel far corner");
  // Outside the panel the video is untouched.
  const Rect beside{0, 0, 320, 100};
  EXPECT_LT(mean_difference(crop(shown, beside), crop(reference_image(clip, 2, 320, 240), beside)), 3.0);
}

TEST(Overlay, ReusesItsTextureForTheSameSize) {
  const Display display(test_window(16, 16));
  const auto first = filled(8, 8, 32, 0xFFFFFFFF);
  const auto second = filled(8, 8, 32, 0xFF000000);
  OverlayImage image(display, first.data(), 8, 8, 32);
  SDL_Texture* texture = image.texture();
  image.update(second.data(), 8, 8, 32);
  EXPECT_EQ(image.texture(), texture);
  const auto wider = filled(12, 8, 48, 0xFF000000);
  image.update(wider.data(), 12, 8, 48);
  EXPECT_EQ(image.width(), 12);
}

TEST(Overlay, RefusesBuffersItCannotRead) {
  const Display display(test_window(16, 16));
  const auto pixels = filled(8, 8, 32, 0xFFFFFFFF);
  try {
    const OverlayImage image(display, pixels.data(), 8, 8, 16);
    FAIL() << "a stride shorter than a row must be refused";
  } catch (const WindowError& error) {
    EXPECT_EQ(std::string(error.what()),
              "an overlay image 8 pixels wide needs a stride of at least 32 bytes, not 16");
  }
  try {
    const OverlayImage image(display, pixels.data(), 0, 8, 32);
    FAIL() << "an empty image must be refused";
  } catch (const WindowError& error) {
    EXPECT_EQ(std::string(error.what()),
              "an overlay image of 0x8 has no pixels: width and height must be positive");
  }
  EXPECT_THROW(OverlayImage(display, nullptr, 8, 8, 32), WindowError);
}

}  // namespace
}  // namespace cuepoint::window
