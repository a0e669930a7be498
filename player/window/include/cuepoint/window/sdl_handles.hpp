// RAII owners for the SDL handles the window holds.
#pragma once

#include <SDL.h>

#include <memory>

namespace cuepoint::window {

struct WindowDestroyer {
  void operator()(SDL_Window* window) const { SDL_DestroyWindow(window); }
};
struct RendererDestroyer {
  void operator()(SDL_Renderer* renderer) const { SDL_DestroyRenderer(renderer); }
};
struct TextureDestroyer {
  void operator()(SDL_Texture* texture) const { SDL_DestroyTexture(texture); }
};

using WindowPtr = std::unique_ptr<SDL_Window, WindowDestroyer>;
using RendererPtr = std::unique_ptr<SDL_Renderer, RendererDestroyer>;
using TexturePtr = std::unique_ptr<SDL_Texture, TextureDestroyer>;

// SDL's video subsystem, initialised for the owner's lifetime (SDL counts nested inits).
class VideoSubsystem {
 public:
  VideoSubsystem();  // throws WindowError
  ~VideoSubsystem();
  VideoSubsystem(const VideoSubsystem&) = delete;
  VideoSubsystem& operator=(const VideoSubsystem&) = delete;
};

}  // namespace cuepoint::window
