#include "cuepoint/window_player/window_player.hpp"

#include <SDL.h>

#include <filesystem>
#include <iostream>
#include <string>
#include <system_error>

#include "audio_probe.hpp"
#include "cuepoint/window/window_error.hpp"
#include "library_run.hpp"
#include "window_run.hpp"

namespace cuepoint::window_player {
namespace {

// SDL's video subsystem alone, to learn whether there is a display before the
// lesson's media is opened.
std::optional<std::string> display_problem() {
  if (SDL_InitSubSystem(SDL_INIT_VIDEO) != 0) return std::string(SDL_GetError());
  const std::string driver = SDL_GetCurrentVideoDriver() ? SDL_GetCurrentVideoDriver() : "";
  SDL_QuitSubSystem(SDL_INIT_VIDEO);
  // With no display SDL falls back to its offscreen driver: a window nobody can see,
  // which would play the lesson to no one. Only tests ask for it (or dummy) by name.
  const char* asked = SDL_getenv("SDL_VIDEODRIVER");
  if ((driver == "offscreen" || driver == "dummy") && !(asked && driver == asked)) {
    return "only SDL's " + driver + " video driver is available";
  }
  return std::nullopt;
}

}  // namespace

bool is_folder_of_lessons(const std::filesystem::path& path) {
  std::error_code error;
  return std::filesystem::is_directory(path, error) && !std::filesystem::exists(path / "lesson.xml", error);
}

int run_library(const WindowOptions& options, WindowObserver* observer) {
  if (const auto problem = display_problem()) {
    std::cerr << "cuepoint: no display to open the lesson library on (" << *problem
              << "); run `cuepoint LESSON --headless` to play one lesson without one\n";
    return kExitNoDisplay;
  }
  const bool audio = audio_device_or_warn(options.audio);
  try {
    LibraryRun run(options, observer, audio);
    return run.run();
  } catch (const window::WindowError& error) {
    std::cerr << "cuepoint: cannot open the player window: " << error.what() << "\n";
    return kExitNoDisplay;
  } catch (const std::exception& error) {
    std::cerr << "cuepoint: " << error.what() << "\n";
    return kExitFailed;
  }
}

int run_window(const WindowOptions& options, WindowObserver* observer) {
  auto load = loader::load_lesson(options.lesson);
  for (const auto& diagnostic : load.diagnostics) std::cerr << diagnostic.to_string() << "\n";
  if (!load.ok()) return kExitFailed;
  if (const auto problem = display_problem()) {
    std::cerr << "cuepoint: no display to open the player window on (" << *problem << "); run `cuepoint "
              << options.lesson.string() << " --headless` to play the lesson without one\n";
    return kExitNoDisplay;
  }
  const bool audio = audio_device_or_warn(options.audio);
  try {
    if (options.frames_dir) std::filesystem::create_directories(*options.frames_dir);
    window::Display display(options.display);
    WindowRun run(options, observer, std::move(*load.loaded), audio, display);
    return run.run();
  } catch (const window::WindowError& error) {
    std::cerr << "cuepoint: cannot open the player window: " << error.what() << "; run `cuepoint "
              << options.lesson.string() << " --headless` to play the lesson without one\n";
    return kExitNoDisplay;
  } catch (const std::exception& error) {
    std::cerr << "cuepoint: " << error.what() << "\n";
    return kExitFailed;
  }
}

}  // namespace cuepoint::window_player
