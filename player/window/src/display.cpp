#include "cuepoint/window/display.hpp"

#include <SDL_opengl.h>

#include <cmath>
#include <string>

#include "cuepoint/window/window_error.hpp"

namespace cuepoint::window {

VideoSubsystem::VideoSubsystem() {
  if (SDL_InitSubSystem(SDL_INIT_VIDEO) != 0) throw_sdl_error("cannot start SDL video");
}

VideoSubsystem::~VideoSubsystem() { SDL_QuitSubSystem(SDL_INIT_VIDEO); }

namespace {

// Mesa's llvmpipe and softpipe (no GPU driver: Xvfb, virtual machines, some cheap
// boards) are OpenGL rasterised on the CPU. SDL's own software renderer draws the
// same picture for about half the CPU time there (bench/run-window.sh), so an
// "accelerated" renderer that is really software is not worth keeping.
bool gl_renders_in_software(SDL_Renderer* renderer) {
  SDL_RendererInfo info;
  if (SDL_GetRendererInfo(renderer, &info) != 0 || !info.name) return false;
  const std::string name = info.name;
  if (name != "opengl" && name != "opengles2") return false;
  using GetString = const GLubyte*(APIENTRY*)(GLenum);
  const auto get_string = reinterpret_cast<GetString>(SDL_GL_GetProcAddress("glGetString"));
  if (!get_string) return false;
  const auto* text = get_string(GL_RENDERER);
  if (!text) return false;
  const std::string gl_renderer = reinterpret_cast<const char*>(text);
  for (const char* software : {"llvmpipe", "softpipe", "Software Rasterizer", "SWR"}) {
    if (gl_renderer.find(software) != std::string::npos) return true;
  }
  return false;
}

RendererPtr create_renderer(SDL_Window* window, bool software) {
  if (!software) {
    if (RendererPtr accelerated{
            SDL_CreateRenderer(window, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC)}) {
      // A renderer asked for by name (SDL_RENDER_DRIVER) is kept whatever it is.
      if (SDL_GetHint(SDL_HINT_RENDER_DRIVER) || !gl_renders_in_software(accelerated.get()))
        return accelerated;
    }
    // No GPU renderer (no GL driver, dummy video): draw in software, as ffplay does.
  }
  // SDL can show a software renderer's window surface through an OpenGL texture
  // ("framebuffer acceleration"); with llvmpipe that is a second CPU rasteriser
  // behind ours, its two threads costing about a third of playback's CPU under Xvfb
  // (docs/performance.md). Off unless the user asked for it (the environment variable
  // of the same name wins over a default-priority hint).
  if (SDL_SetHintWithPriority(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0", SDL_HINT_DEFAULT) == SDL_FALSE &&
      !SDL_GetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION)) {
    throw_sdl_error("cannot turn off SDL's framebuffer acceleration");
  }
  RendererPtr fallback{SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE)};
  if (!fallback) throw_sdl_error("cannot create a renderer for the window");
  return fallback;
}

}  // namespace

Display::Display(const DisplayOptions& options) {
  if (options.width <= 0 || options.height <= 0) {
    throw WindowError("a window of " + std::to_string(options.width) + "x" + std::to_string(options.height) +
                      " cannot be opened: width and height must be positive");
  }
  Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
  flags |= options.hidden ? SDL_WINDOW_HIDDEN : SDL_WINDOW_SHOWN;
  window_.reset(SDL_CreateWindow(options.title.c_str(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                                 options.width, options.height, flags));
  if (!window_) throw_sdl_error("cannot open the window");
  renderer_ = create_renderer(window_.get(), options.software);
  if (SDL_GetRendererInfo(renderer_.get(), &info_) != 0) throw_sdl_error("cannot query the renderer");
}

std::string Display::renderer_name() const { return info_.name ? info_.name : ""; }

bool Display::accelerated() const { return (info_.flags & SDL_RENDERER_ACCELERATED) != 0; }

bool Display::takes_natively(Uint32 pixel_format) const {
  for (Uint32 i = 0; i < info_.num_texture_formats; ++i) {
    if (info_.texture_formats[i] == pixel_format) return true;
  }
  return false;
}

Rect Display::output_area() const {
  int width = 0;
  int height = 0;
  if (SDL_GetRendererOutputSize(renderer_.get(), &width, &height) != 0)
    throw_sdl_error("cannot read the window's size in pixels");
  return {0, 0, width, height};
}

Display::Scale Display::mouse_scale() const {
  int width = 0;
  int height = 0;
  SDL_GetWindowSize(window_.get(), &width, &height);
  const Rect output = output_area();
  if (width <= 0 || height <= 0) return {};
  return {double(output.width) / width, double(output.height) / height};
}

Display::Point Display::to_output(int window_x, int window_y) const {
  const Scale scale = mouse_scale();
  return {static_cast<int>(std::lround(window_x * scale.x)),
          static_cast<int>(std::lround(window_y * scale.y))};
}

bool Display::fullscreen() const {
  return (SDL_GetWindowFlags(window_.get()) & SDL_WINDOW_FULLSCREEN_DESKTOP) == SDL_WINDOW_FULLSCREEN_DESKTOP;
}

void Display::set_fullscreen(bool on) {
  if (SDL_SetWindowFullscreen(window_.get(), on ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0) != 0)
    throw_sdl_error(on ? "cannot switch the window to fullscreen" : "cannot leave fullscreen");
}

}  // namespace cuepoint::window
