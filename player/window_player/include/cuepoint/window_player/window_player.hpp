// `cuepoint LESSON`: the player window. Ties one LessonSession (player/session) to
// the pure UI state (player/ui), the overlay renderer (player/overlay, Pango +
// Cairo) and the SDL video output (player/window): SDL events become UI inputs,
// session events become UI facts, UI commands become session calls, and the
// view is drawn over the video only when it changed.
//
// The loop has the shape of ffplay's refresh_loop_wait_event: handle every
// pending SDL event, then advance the session once (its step() waits at most a
// few milliseconds for the next frame), then present what changed. Seeks are
// queued in the session and carried out once per pass (mpv's queued seek).
//
// Threads: everything here runs on the thread that calls run_window() (SDL video
// must stay on one thread); the session's decoders and record writer run their own.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "cuepoint/media/playback.hpp"
#include "cuepoint/media/rgb_image.hpp"
#include "cuepoint/session/session_events.hpp"
#include "cuepoint/ui/player_ui.hpp"
#include "cuepoint/window/display.hpp"

namespace cuepoint::window_player {

struct WindowOptions {
  std::filesystem::path lesson;
  std::filesystem::path database;
  std::optional<std::string> learner;               // --learner: no start screen
  std::optional<std::string> events;                // --events FILE or "-": the headless event stream
  std::optional<std::filesystem::path> frames_dir;  // --frames-dir: the frame at each pausing cue as PNG
  double rate = 1.0;
  bool resume = true;  // a returning learner continues where they left the lesson
  bool fullscreen = false;
  // Tests and the screenshot script play untimed and silent under SDL's dummy driver.
  media::ClockMode clock = media::ClockMode::Realtime;
  bool audio = true;  // false: no audio device (playback paced by the system clock)
  window::DisplayOptions display;
};

class WindowControl;

// Watches a windowed run from inside the loop (tests, the screenshot script):
// called on the window thread, so it may push SDL events (SDL_PushEvent) that
// the next pass handles as if a person had typed them.
class WindowObserver {
 public:
  virtual ~WindowObserver() = default;
  // Every session event, before the UI hears it.
  virtual void session_event(const session::SessionEvent& /*event*/) {}
  // A frame was composed (video + overlay) and is about to be presented.
  virtual void composed(WindowControl& /*control*/) {}
  // Each loop pass, after drawing (also when nothing was redrawn).
  virtual void idle(WindowControl& /*control*/) {}
};

// What an observer may look at and do.
class WindowControl {
 public:
  virtual ~WindowControl() = default;
  virtual const ui::View& view() const = 0;
  virtual ui::Screen screen() const = 0;
  virtual lesson::Micros position() const = 0;
  virtual bool playing() const = 0;
  // The composed frame as it will be presented, and the video alone (the overlay
  // left out) as the renderer draws it, both in output pixels.
  virtual media::RgbImage read_back() = 0;
  virtual media::RgbImage read_back_video() = 0;
  // Where the video is drawn in the output area.
  virtual window::Rect video_rect() const = 0;
  // The output-pixel rectangle of a widget drawn by the overlay, when it is on screen.
  virtual std::optional<window::Rect> widget_rect(const std::string& widget_id) const = 0;
  virtual void quit() = 0;
};

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailed = 1;
inline constexpr int kExitNoDisplay = 4;

// Plays the lesson in a window until the learner quits or closes it. Prints
// problems on stderr (the lesson's diagnostics, "no display", media/store errors).
// Returns an exit status (kExit*).
int run_window(const WindowOptions& options, WindowObserver* observer = nullptr);

// The lesson library: `options.lesson` a folder of lessons (`cuepoint DIR`, a USB stick),
// or empty for the learner's recent lessons (`cuepoint` alone). A picker lists the
// lessons found (greyed with the reason when one cannot be opened), with the current
// learner's progress; the picked one plays in the same window as run_window() plays
// it, and ending it returns to the picker. The observer sees the picker too (its
// control's screen() is ui::Screen::Library). Returns an exit status (kExit*).
int run_library(const WindowOptions& options, WindowObserver* observer = nullptr);

// A folder that is not itself a lesson (holds no lesson.xml): `cuepoint DIR` opens the library.
bool is_folder_of_lessons(const std::filesystem::path& path);

}  // namespace cuepoint::window_player
