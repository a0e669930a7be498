// The UI driven as the window will drive it, with the real lesson runtime standing
// where the session's runtime is: every command the UI gives is carried out on the
// runtime, and what the runtime answers goes back to the UI as the session's facts.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cuepoint/lesson/model.hpp"
#include "cuepoint/runtime/lesson_runtime.hpp"
#include "cuepoint/ui/player_ui.hpp"

namespace cuepoint::ui::testing {

inline constexpr Micros kSecond = 1'000'000;

// One cue of every question type, chapters, two caption tracks, no skipping ahead,
// two attempts, pass mark 60 %. Duration of its video: 180 s.
//   poll (optional) 10 s | single 30 s, rewatch from 20 s | tf 50 s | passing note 55 s
//   multi (2 points) 70 s | text 90 s, on correct to 100 s | numeric 110 s | open 130 s | note 150 s
lesson::Lesson sample_lesson();
inline constexpr Micros kDuration = 180 * kSecond;

UiSettings fixed_learner();

class UiHarness {
 public:
  explicit UiHarness(lesson::Lesson lesson = sample_lesson(), UiSettings settings = fixed_learner());

  const lesson::Lesson& lesson() const { return *lesson_; }
  runtime::LessonRuntime& runtime() { return runtime_; }
  PlayerUi& ui() { return ui_; }
  View view() const { return ui_.view(); }
  const lesson::Cue& cue(std::string_view id) const;

  // Hands the input to the UI, carries out what it commands (feeding the outcomes back)
  // and returns the commands the input itself gave.
  Commands send(const Input& input);
  Commands press(Key key, bool shift = false, bool ctrl = false);
  Commands digit(int n);
  Commands type(const std::string& text);  // a key press per ASCII letter, as SDL sends, plus the text
  Commands activate(std::string_view widget_id, int clicks = 1);

  // Plays from the position to `t`, showing passing cues and stopping at the first
  // armed pausing cue on the way (as the session does); true when it stopped at a cue.
  bool play_to(Micros t);
  // The lesson is over: the UI is told so with the runtime's result.
  void end();

  Micros position() const { return position_; }
  bool playing() const { return playing_; }
  double rate() const { return rate_; }
  double volume() const { return volume_; }
  bool muted() const { return muted_; }
  const Commands& log() const { return log_; }  // every command, in order

 private:
  void carry_out(const Command& command);
  void report_playback();
  void seek(Micros from, Micros to, runtime::SeekReason reason);

  std::unique_ptr<lesson::Lesson> lesson_;
  runtime::LessonRuntime runtime_;
  PlayerUi ui_;
  Micros position_ = 0;
  bool playing_ = true;
  double rate_ = 1.0;
  double volume_ = 1.0;
  bool muted_ = false;
  std::optional<runtime::SeekRequest> queued_seek_;
  Commands log_;
};

// The widget with this id in `view` (std::runtime_error when there is none). The
// reference lives as long as `view`.
const Widget& get(const View& view, std::string_view id);

}  // namespace cuepoint::ui::testing
