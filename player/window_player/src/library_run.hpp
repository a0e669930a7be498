// The lesson library in the window (`cuepoint DIR`, `cuepoint` alone): the picker
// (ui::LibraryPicker) fed by SDL events and drawn by the overlay; a picked lesson plays
// in the same window through a WindowRun, and ending it comes back here with the
// rows' progress read again from the store.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cuepoint/overlay/overlay_renderer.hpp"
#include "cuepoint/ui/library_picker.hpp"
#include "cuepoint/window/display.hpp"
#include "cuepoint/window/overlay_image.hpp"
#include "cuepoint/window/video_presenter.hpp"
#include "cuepoint/window_player/window_player.hpp"
#include "lesson_preview.hpp"
#include "library_scan.hpp"

namespace cuepoint::window_player {

class LibraryRun : public WindowControl {
 public:
  LibraryRun(const WindowOptions& options, WindowObserver* observer, bool audio_device);
  int run();

  // WindowControl
  const ui::View& view() const override { return view_; }
  ui::Screen screen() const override { return ui::Screen::Library; }
  lesson::Micros position() const override { return 0; }
  bool playing() const override { return false; }
  media::RgbImage read_back() override { return presenter_.read_back(); }
  media::RgbImage read_back_video() override { return presenter_.read_back(); }
  window::Rect video_rect() const override { return {}; }
  std::optional<window::Rect> widget_rect(const std::string& widget_id) const override;
  void quit() override { quitting_ = true; }

 private:
  void refresh();  // scan again and read the progress: at start and after each lesson
  void show_entries();
  void handle_sdl(const SDL_Event& event);
  void feed(const ui::LibraryInput& input);
  void play(const std::string& path);
  bool preview_next();  // makes one missing preview; false when none is missing
  void draw();

  const WindowOptions& options_;
  WindowObserver* observer_;
  bool audio_device_;
  window::Display display_;
  window::VideoPresenter presenter_;
  overlay::OverlayRenderer overlay_;
  std::optional<window::OverlayImage> overlay_image_;
  ui::LibraryPicker picker_;
  ui::View view_;
  bool view_drawn_ = false;
  window::Rect drawn_area_;
  bool dirty_ = true;

  std::vector<ScannedLesson> scans_;
  std::map<std::string, LessonPreview> previews_;     // by lesson path; decoded once per run
  std::map<std::string, std::string> load_problems_;  // found when picked (a hash that does not match)
  std::optional<std::string> learner_;
  bool quitting_ = false;
  int exit_status_ = kExitOk;
};

}  // namespace cuepoint::window_player
