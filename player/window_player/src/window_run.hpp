// One windowed run: the loop of window_player.hpp, and what an observer sees.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cuepoint/events/event_log.hpp"
#include "cuepoint/loader/lesson_loader.hpp"
#include "cuepoint/overlay/overlay_renderer.hpp"
#include "cuepoint/session/lesson_session.hpp"
#include "cuepoint/ui/player_ui.hpp"
#include "cuepoint/window/display.hpp"
#include "cuepoint/window/overlay_image.hpp"
#include "cuepoint/window/video_presenter.hpp"
#include "cuepoint/window_player/window_player.hpp"
#include "learner_settings.hpp"
#include "shown_captions.hpp"

namespace cuepoint::window_player {

class WindowRun : public WindowControl {
 public:
  // `display` is the window to play in: its own for `cuepoint LESSON`, the library's
  // for a lesson picked there (the same window, back to the picker afterwards).
  WindowRun(const WindowOptions& options, WindowObserver* observer, loader::LoadedLesson loaded,
            bool audio_device, window::Display& display);
  ~WindowRun() override;
  int run();

  // WindowControl
  const ui::View& view() const override { return view_; }
  ui::Screen screen() const override { return ui_.screen(); }
  lesson::Micros position() const override;
  bool playing() const override;
  media::RgbImage read_back() override;
  media::RgbImage read_back_video() override;
  window::Rect video_rect() const override { return presenter_.display_rect(); }
  std::optional<window::Rect> widget_rect(const std::string& widget_id) const override;
  void quit() override { quitting_ = true; }

  // After run(): the learner closed the window (not just the lesson), and who watched.
  bool window_closed() const { return window_closed_; }
  const std::string& learner() const { return learner_; }

 private:
  struct Replay {
    std::vector<ui::ReplaySegment> segments;
    std::size_t next = 0;
    std::optional<lesson::Micros> until;  // end of the segment playing now
    runtime::LessonResult result;         // shown again when the replay is over
  };

  void open_session(const std::string& learner, bool resume);
  void close_session();
  void handle_sdl(const SDL_Event& event);
  void handle_mouse_button(const SDL_MouseButtonEvent& button);
  void handle_mouse_motion(const SDL_MouseMotionEvent& motion);
  void feed(const ui::Input& input);
  void carry_out(const ui::Command& command);
  void session_events(const std::vector<session::SessionEvent>& events);
  void session_event(const session::SessionEvent& event);
  void restore_choices();
  void answer(const ui::SubmitAnswer& submit);
  void send_playback_facts(bool force);
  void follow_replay();
  void start_replay(const ui::ReplayMissed& replay);
  void draw();
  void fail(const std::string& message);
  lesson::Micros now() const;

  const WindowOptions& options_;
  WindowObserver* observer_;
  loader::LoadedLesson loaded_;  // each session gets a copy; the UI uses loaded_.lesson
  bool audio_device_;
  window::Display& display_;
  window::VideoPresenter presenter_;
  overlay::OverlayRenderer overlay_;
  std::optional<window::OverlayImage> overlay_image_;
  std::optional<window::Rect> overlay_box_;  // the overlay's non-transparent part, output pixels
  LearnerSettings settings_;
  ui::PlayerUi ui_;
  ui::View view_;
  events::EventLog event_log_;
  ShownCaptions captions_;

  std::unique_ptr<session::LessonSession> session_;
  std::string learner_;
  std::optional<Replay> replay_;
  ui::PlaybackChanged sent_playback_;
  bool playback_sent_ = false;
  std::optional<std::optional<ui::SeekLimit>> sent_limit_;
  double rate_ = 1.0;
  double volume_ = 1.0;
  bool muted_ = false;

  bool dirty_ = true;  // the frame on screen is out of date
  bool view_drawn_ = false;
  window::Rect drawn_area_;
  bool dragging_seek_bar_ = false;
  bool pointer_on_seek_bar_ = false;
  bool quitting_ = false;
  bool window_closed_ = false;
  int exit_status_ = kExitOk;
  std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
};

}  // namespace cuepoint::window_player
