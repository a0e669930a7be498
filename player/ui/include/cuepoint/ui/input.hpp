// What the player UI is fed: abstract key presses, text and IME composition,
// pointer events on widgets the renderer hit-tested, a clock tick, and facts the
// session reported. The window maps each SDL event and each session event to one
// of these 1:1; nothing here names SDL, Pango or the session library.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <variant>

#include "cuepoint/lesson/grading.hpp"
#include "cuepoint/lesson/model.hpp"
#include "cuepoint/runtime/lesson_runtime.hpp"

namespace cuepoint::ui {

using lesson::Micros;

enum class Key {
  Space,
  K,
  Left,
  Right,
  J,
  L,
  LeftBracket,   // [ slower
  RightBracket,  // ] faster
  M,
  Up,
  Down,
  C,
  F,
  Question,  // ? (Shift + / on most layouts)
  Q,
  Escape,
  Enter,
  Tab,
  Digit,  // 0-9, with KeyPress::digit
  Backspace,
  Delete,
  Home,
  End,
  Plus,   // with ctrl: larger text
  Minus,  // with ctrl: smaller text
};

// A key went down. Printable keys also arrive as TextInput (SDL sends both); while
// a text field has focus the UI takes the TextInput and ignores the key press.
struct KeyPress {
  Key key = Key::Space;
  bool shift = false;
  bool ctrl = false;
  int digit = 0;  // Key::Digit only

  static KeyPress digit_key(int n) { return KeyPress{Key::Digit, false, false, n}; }
};

// Committed text (UTF-8), from typing or from an input method.
struct TextInput {
  std::string text;
};

// An input method's composition in progress (preedit); empty text ends it.
struct Composition {
  std::string text;
  std::size_t cursor = 0;  // byte offset of the IME's cursor in `text`
};

// The renderer placed the caret of the focused text field (a click in the field, or a
// visual move in bidirectional text that only the text layout can compute).
struct CaretPlaced {
  std::size_t index = 0;  // byte offset in the field's text
};

// The pointer activated (clicked, tapped) the widget with this id; clicks == 2 is a
// double click (on the video: fullscreen).
struct Activate {
  std::string widget_id;
  int clicks = 1;
};

// The pointer is over the seek bar at lesson time `at` (shows hover time and chapter).
struct SeekBarHover {
  Micros at = 0;
};

// The pointer drags the seek bar's handle to `at` (each move seeks; the session coalesces).
struct SeekBarDrag {
  Micros at = 0;
};

// The pointer left the seek bar.
struct PointerLeave {};

// The pointer moved over the window (shows the auto-hidden control bar).
struct PointerMoved {};

// The window's monotonic clock, once per drawn frame (auto-hide, toasts).
struct Tick {
  Micros now = 0;
};

// ---- facts from the session ----

// Playback state as the session sees it now.
struct PlaybackChanged {
  Micros position = 0;
  Micros duration = 0;
  bool playing = false;
  double rate = 1.0;
  double volume = 1.0;
  bool muted = false;
};

// Where a forward seek may go now, when the lesson forbids skipping ahead
// (allow-skip-ahead="false"); see seek_limit.hpp.
struct SeekLimit {
  Micros at = 0;
  const lesson::Cue* blocking_cue = nullptr;  // the unanswered required question there, if any
  friend bool operator==(const SeekLimit&, const SeekLimit&) = default;
};
struct SeekLimitChanged {
  std::optional<SeekLimit> limit;  // nullopt: seeking ahead is free
};

struct CueReached {
  runtime::CueFiring firing;
};

// The answer is graded and durable.
struct AnswerGraded {
  const lesson::Cue* cue = nullptr;
  lesson::Response response;
  runtime::AnswerOutcome outcome;
};

struct Seeked {
  runtime::SeekRequest seek;
};

struct Skipped {
  const lesson::Cue* cue = nullptr;
};

struct Ended {
  runtime::LessonResult result;
};

// Progress at a cue from an earlier session (resume), before playback starts.
struct CueRestored {
  const lesson::Cue* cue = nullptr;
  runtime::CueProgress progress;
};

// The caption text to show now (empty: none); the window decodes the chosen track.
struct CaptionText {
  std::string text;
};

// What the learner chose in an earlier run (read from the device's database once they
// are known): captions language ("" off), text size and theme. A language the lesson has
// no track for leaves captions off.
struct LearnerChoices {
  std::string captions_lang;
  double text_scale = 1.0;
  bool high_contrast = false;
};

using Input = std::variant<KeyPress, TextInput, Composition, CaretPlaced, Activate, SeekBarHover, SeekBarDrag,
                           PointerLeave, PointerMoved, Tick, PlaybackChanged, SeekLimitChanged, CueReached,
                           AnswerGraded, Seeked, Skipped, Ended, CueRestored, CaptionText, LearnerChoices>;

}  // namespace cuepoint::ui
