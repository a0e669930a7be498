// Where the picture goes: letterbox and pillarbox, sample aspect ratio, even sizes.
#include <gtest/gtest.h>

#include "cuepoint/window/display_rect.hpp"

namespace cuepoint::window {
namespace {

TEST(DisplayRect, FillsAnAreaOfThePicturesOwnShape) {
  EXPECT_EQ(display_rect({0, 0, 640, 480}, 320, 240, {}), (Rect{0, 0, 640, 480}));
}

TEST(DisplayRect, PillarboxesInAWideArea) {
  EXPECT_EQ(display_rect({0, 0, 1280, 480}, 320, 240, {}), (Rect{320, 0, 640, 480}));
}

TEST(DisplayRect, LetterboxesInATallArea) {
  EXPECT_EQ(display_rect({0, 0, 640, 1000}, 1280, 720, {}), (Rect{0, 320, 640, 360}));
}

TEST(DisplayRect, KeepsTheSampleAspectRatio) {
  // 720x576 with 4:3 samples is 960x576 on screen.
  EXPECT_EQ(display_rect({0, 0, 960, 576}, 720, 576, {4, 3}), (Rect{0, 0, 960, 576}));
  EXPECT_EQ(display_rect({0, 0, 720, 576}, 720, 576, {4, 3}), (Rect{0, 72, 720, 432}));
  // An unknown ratio (0:0 from the stream) counts as square samples.
  EXPECT_EQ(display_rect({0, 0, 720, 576}, 720, 576, {0, 0}), (Rect{0, 0, 720, 576}));
}

TEST(DisplayRect, RoundsTheScaledSideToEvenAndCentres) {
  // 16:9 in 1001x500: height 500 gives width 888.9 -> 888 (even), centred with (1001-888)/2 = 56.
  EXPECT_EQ(display_rect({0, 0, 1001, 500}, 1920, 1080, {}), (Rect{56, 0, 888, 500}));
  // 4:3 in 333x1000: width 333 gives height 249.75 -> 250 -> even 250.
  EXPECT_EQ(display_rect({0, 0, 333, 1000}, 640, 480, {}), (Rect{0, 375, 333, 250}));
}

TEST(DisplayRect, StaysInsideAnOffsetArea) {
  EXPECT_EQ(display_rect({100, 50, 400, 400}, 320, 240, {}), (Rect{100, 100, 400, 300}));
}

TEST(DisplayRect, NeverCollapsesToNothing) {
  const Rect sliver = display_rect({0, 0, 1000, 1}, 100, 100, {});
  EXPECT_EQ(sliver.height, 1);
  EXPECT_GE(sliver.width, 1);
}

}  // namespace
}  // namespace cuepoint::window
