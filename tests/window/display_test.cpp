// The window and its renderer under SDL's dummy video driver.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "cuepoint/window/display.hpp"
#include "cuepoint/window/window_error.hpp"
#include "window_clips.hpp"

namespace cuepoint::window {
namespace {

using testing::test_window;

TEST(Display, FallsBackToTheSoftwareRendererWithoutAGpu) {
  DisplayOptions options = test_window(320, 240);
  options.software = false;  // ask for an accelerated, vsynced renderer: the dummy driver has none
  const Display display(options);
  EXPECT_EQ(display.renderer_name(), "software");
  EXPECT_FALSE(display.accelerated());
  EXPECT_EQ(display.output_area(), (Rect{0, 0, 320, 240}));
}

TEST(Display, WindowIsResizableAndHighDpiAware) {
  const Display display(test_window(320, 240));
  const Uint32 flags = SDL_GetWindowFlags(display.window());
  EXPECT_TRUE(flags & SDL_WINDOW_RESIZABLE);
  EXPECT_TRUE(flags & SDL_WINDOW_ALLOW_HIGHDPI);
}

TEST(Display, MouseCoordinatesScaleToOutputPixels) {
  const Display display(test_window(320, 240));
  // The dummy driver has no HiDPI: one output pixel per window coordinate.
  EXPECT_DOUBLE_EQ(display.mouse_scale().x, 1.0);
  EXPECT_DOUBLE_EQ(display.mouse_scale().y, 1.0);
  EXPECT_EQ(display.to_output(100, 50).x, 100);
  EXPECT_EQ(display.to_output(100, 50).y, 50);
}

TEST(Display, TogglesDesktopFullscreen) {
  Display display(test_window(320, 240));
  EXPECT_FALSE(display.fullscreen());
  display.toggle_fullscreen();
  EXPECT_TRUE(display.fullscreen());
  display.toggle_fullscreen();
  EXPECT_FALSE(display.fullscreen());
}

TEST(Display, RefusesAnEmptyWindow) {
  try {
    const Display display(test_window(0, 240));
    FAIL() << "a 0-wide window must be refused";
  } catch (const WindowError& error) {
    EXPECT_EQ(std::string(error.what()),
              "a window of 0x240 cannot be opened: width and height must be positive");
  }
}

TEST(Display, SaysWhySdlVideoCannotStart) {
  const std::string saved = std::getenv("SDL_VIDEODRIVER") ? std::getenv("SDL_VIDEODRIVER") : "";
  setenv("SDL_VIDEODRIVER", "no-such-driver", 1);
  try {
    const Display display(test_window(320, 240));
    ADD_FAILURE() << "an unknown video driver must fail";
  } catch (const WindowError& error) {
    EXPECT_EQ(std::string(error.what()), "cannot start SDL video: no-such-driver not available");
  }
  if (saved.empty()) {
    unsetenv("SDL_VIDEODRIVER");
  } else {
    setenv("SDL_VIDEODRIVER", saved.c_str(), 1);
  }
}

}  // namespace
}  // namespace cuepoint::window
