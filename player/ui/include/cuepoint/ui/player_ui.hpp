// The state of the player window: what is on screen and what each input does.
// Pure: no SDL, no text layout, no session, no clock of its own. The window maps
// SDL events and session events to Inputs (input.hpp), carries out the Commands
// handle() returns (command.hpp) and draws view() (view.hpp).
//
// Behaviour (issue 14): mpv/YouTube keys on the video; while a question, a note,
// help or the quit dialog is open, keys go to it and never reach the video; 1-9
// or arrows + space pick choices, Enter submits, Enter continues after feedback;
// a response lesson::check_response refuses is shown, never sent; forward seeks
// are clamped to the skip-ahead limit; q/Esc ask before leaving an unsent answer.
//
// Threads: one thread (the window's) calls every member function.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cuepoint/lesson/model.hpp"
#include "cuepoint/ui/command.hpp"
#include "cuepoint/ui/input.hpp"
#include "cuepoint/ui/view.hpp"

namespace cuepoint::ui {

struct LearnerStart {
  std::optional<std::string> fixed;  // --learner ID: no start screen
  std::vector<std::string> known;    // learners on this device, the last one first
};

struct UiSettings {
  LearnerStart learner;
  std::string captions_lang;  // the learner's remembered captions language; empty: off
  double text_scale = 1.0;
  bool high_contrast = false;
};

// Library: the lesson picker (ui::LibraryPicker), never a PlayerUi screen.
enum class Screen { Learner, Lesson, End, Library };

// Speed steps for [ and ] (pitch is kept by the audio path).
inline constexpr double kMinRate = 0.5;
inline constexpr double kMaxRate = 2.0;
inline constexpr double kRateStep = 0.25;
inline constexpr double kVolumeStep = 0.1;
inline constexpr Micros kShortSeek = 5'000'000;  // arrows
inline constexpr Micros kLongSeek = 10'000'000;  // j, l and the +-10 s buttons
inline constexpr Micros kControlsHideAfter = 3'000'000;
inline constexpr Micros kToastDuration = 8'000'000;
inline constexpr Micros kNoticeDuration = 4'000'000;

class PlayerUi {
 public:
  // `lesson` must outlive the UI; cue pointers in inputs point into it.
  PlayerUi(const lesson::Lesson& lesson, UiSettings settings);
  ~PlayerUi();
  PlayerUi(const PlayerUi&) = delete;
  PlayerUi& operator=(const PlayerUi&) = delete;

  Commands handle(const Input& input);
  View view() const;

  Screen screen() const;
  // A cue's overlay (question, feedback, note) is open: the window keeps the session
  // at the cue (no play, no queued seek) until ContinueAfterCue.
  bool holds_playback() const;

  struct State;  // defined in src/ui_state.hpp

 private:
  std::unique_ptr<State> state_;
};

}  // namespace cuepoint::ui
