// The player's window and its renderer. SDL video calls happen on the thread that
// created the Display (the main thread): SDL requires it on several platforms.
#pragma once

#include <SDL.h>

#include <string>

#include "cuepoint/window/display_rect.hpp"
#include "cuepoint/window/sdl_handles.hpp"

namespace cuepoint::window {

struct DisplayOptions {
  std::string title = "Cuepoint";
  int width = 960;  // window size in window coordinates (points on HiDPI screens)
  int height = 540;
  bool software = false;  // the software renderer even where a GPU one exists (read-back tests)
  bool hidden = false;    // not shown on screen (tests under a real display)
};

class Display {
 public:
  // Initialises SDL video, opens a resizable HiDPI-aware window and a vsynced
  // accelerated renderer, else the software renderer. Throws WindowError.
  explicit Display(const DisplayOptions& options = {});
  Display(const Display&) = delete;
  Display& operator=(const Display&) = delete;

  SDL_Window* window() const { return window_.get(); }
  SDL_Renderer* renderer() const { return renderer_.get(); }
  std::string renderer_name() const;
  bool accelerated() const;
  // Whether the renderer takes this texture format natively (SDL converts the others in software).
  bool takes_natively(Uint32 pixel_format) const;

  // The drawable area in output pixels: the layout unit (larger than the window
  // size on HiDPI screens).
  Rect output_area() const;
  // Output pixels per window coordinate, for mouse positions (1 on non-HiDPI screens).
  struct Scale {
    double x = 1.0;
    double y = 1.0;
  };
  Scale mouse_scale() const;
  // A mouse event's window coordinates in output pixels.
  struct Point {
    int x = 0;
    int y = 0;
  };
  Point to_output(int window_x, int window_y) const;

  bool fullscreen() const;
  void set_fullscreen(bool on);  // desktop fullscreen: no mode switch
  void toggle_fullscreen() { set_fullscreen(!fullscreen()); }

 private:
  VideoSubsystem video_;
  WindowPtr window_;
  RendererPtr renderer_;
  SDL_RendererInfo info_{};
};

}  // namespace cuepoint::window
