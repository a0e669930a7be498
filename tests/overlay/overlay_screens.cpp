// Writes every overlay screen (tests/overlay/scenes.hpp) over a stand-in video frame as PNGs,
// at 1280x720 and, for a few, at HiDPI scale 2, to look at.
// Usage: overlay_screens OUT_DIR
#include <filesystem>
#include <iostream>

#include "cuepoint/overlay/overlay_renderer.hpp"
#include "scenes.hpp"

int main(int argc, char** argv) {
  using namespace cuepoint::overlay;
  if (argc != 2) {
    std::cerr << "usage: overlay_screens OUT_DIR\n";
    return 2;
  }
  try {
    const std::filesystem::path out = argv[1];
    std::filesystem::create_directories(out);
    OverlayRenderer renderer;
    const Canvas frame = testing::test_frame(1280, 720);
    const Canvas frame2x = testing::test_frame(2560, 1440);
    for (const auto& scene : testing::all_scenes()) {
      write_png(composite(frame, renderer.draw(scene.view, 1280, 720)), out / (scene.name + ".png"));
      if (scene.name == "question-single-choice" || scene.name == "arabic-question") {
        write_png(composite(frame2x, renderer.draw(scene.view, 2560, 1440, 2.0)),
                  out / (scene.name + "@2x.png"));
      }
      std::cout << (out / (scene.name + ".png")).string() << "\n";
    }
  } catch (const std::exception& error) {
    std::cerr << "overlay_screens: " << error.what() << "\n";
    return 1;
  }
  return 0;
}
