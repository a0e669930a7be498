// Bars: black, and where they belong, for wide and tall windows and after a resize.
#include <gtest/gtest.h>

#include "cuepoint/window/video_presenter.hpp"
#include "window_clips.hpp"

namespace cuepoint::window {
namespace {

using namespace testing;

// Every pixel of `image` outside `inside` is pure black.
int non_black_outside(const media::RgbImage& image, const Rect& inside) {
  int count = 0;
  for (int y = 0; y < image.height; ++y) {
    for (int x = 0; x < image.width; ++x) {
      const bool in =
          x >= inside.x && x < inside.x + inside.width && y >= inside.y && y < inside.y + inside.height;
      if (in) continue;
      const auto* pixel = image.pixels.data() + (std::size_t(y) * image.width + x) * 3;
      if (pixel[0] || pixel[1] || pixel[2]) ++count;
    }
  }
  return count;
}

void expect_boxed(VideoPresenter& presenter, const ReferenceClip& clip, const Rect& expected) {
  presenter.compose();
  ASSERT_EQ(presenter.display_rect(), expected);
  const media::RgbImage shown = presenter.read_back();
  presenter.present();
  EXPECT_EQ(non_black_outside(shown, expected), 0);
  const double inside =
      mean_difference(crop(shown, expected), reference_image(clip, 2, expected.width, expected.height));
  // Scaled pictures: SDL's bilinear filter against ours, so a little more tolerance.
  EXPECT_LT(inside, 4.0);
  EXPECT_GT(mean_difference(crop(shown, expected), reference_image(clip, 1, expected.width, expected.height)),
            2 * inside + 2);
}

TEST(Letterbox, PillarboxesInAWideWindowAndLetterboxesAfterResizingTall) {
  const ReferenceClip& clip = window_clip("bt601_320x240");
  Display display(test_window(640, 240));
  VideoPresenter presenter(display);
  presenter.upload(decoded_frame(clip, 2));
  expect_boxed(presenter, clip, Rect{160, 0, 320, 240});

  SDL_SetWindowSize(display.window(), 320, 480);
  ASSERT_EQ(display.output_area(), (Rect{0, 0, 320, 480}));
  expect_boxed(presenter, clip, Rect{0, 120, 320, 240});
}

TEST(Letterbox, AnamorphicPictureKeepsItsShape) {
  // 720x576 stored, 960x576 shown: in a 720x576 window it is letterboxed to 720x432.
  const ReferenceClip& clip = window_clip("anamorphic_720x576");
  const Display display(test_window(720, 576));
  VideoPresenter presenter(display);
  presenter.upload(decoded_frame(clip, 2));
  expect_boxed(presenter, clip, Rect{0, 72, 720, 432});
}

TEST(Letterbox, NoPictureYetDrawsBlack) {
  const Display display(test_window(64, 48));
  VideoPresenter presenter(display);
  presenter.compose();
  EXPECT_FALSE(presenter.has_picture());
  EXPECT_EQ(non_black_outside(presenter.read_back(), Rect{}), 0);
}

}  // namespace
}  // namespace cuepoint::window
