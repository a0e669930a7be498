// What the player UI asks of the window: each command maps to one session call
// or one window action. handle() returns them in the order they must be carried out.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "cuepoint/lesson/grading.hpp"
#include "cuepoint/lesson/model.hpp"

namespace cuepoint::ui {

using lesson::Micros;

struct Play {
  friend bool operator==(const Play&, const Play&) = default;
};
struct Pause {
  friend bool operator==(const Pause&, const Pause&) = default;
};
// Already clamped to the lesson's skipping rules (SeekLimitChanged).
struct SeekTo {
  Micros target = 0;
  friend bool operator==(const SeekTo&, const SeekTo&) = default;
};
struct SetRate {
  double rate = 1.0;
  friend bool operator==(const SetRate&, const SetRate&) = default;
};
struct SetVolume {
  double volume = 1.0;
  friend bool operator==(const SetVolume&, const SetVolume&) = default;
};
struct SetMuted {
  bool muted = false;
  friend bool operator==(const SetMuted&, const SetMuted&) = default;
};
// The response already passed lesson::check_response.
struct SubmitAnswer {
  const lesson::Cue* cue = nullptr;
  lesson::Response response;
  friend bool operator==(const SubmitAnswer&, const SubmitAnswer&) = default;
};
struct SkipCue {
  const lesson::Cue* cue = nullptr;
  friend bool operator==(const SkipCue&, const SkipCue&) = default;
};
// The learner is done with the cue (feedback read, note read). When `session_seeks`
// the session moves playback itself (a remediation or adaptive seek is queued): the
// window lets step() carry it out and does not call play(); otherwise it calls play().
// Until this command the window keeps the session where it is (PlayerUi::holds_playback).
struct ContinueAfterCue {
  const lesson::Cue* cue = nullptr;
  bool session_seeks = false;
  friend bool operator==(const ContinueAfterCue&, const ContinueAfterCue&) = default;
};
struct ToggleFullscreen {
  friend bool operator==(const ToggleFullscreen&, const ToggleFullscreen&) = default;
};
// A captions choice, to remember per learner: `track` indexes lesson.captions; nullopt is off.
struct ChooseCaptions {
  std::optional<std::size_t> track;
  std::string lang;
  std::string label;
  friend bool operator==(const ChooseCaptions&, const ChooseCaptions&) = default;
};
struct Quit {
  friend bool operator==(const Quit&, const Quit&) = default;
};
// Start the lesson again from the beginning, with a fresh session.
struct Retake {
  friend bool operator==(const Retake&, const Retake&) = default;
};
// A stretch of video to rewatch for a question the learner missed.
struct ReplaySegment {
  const lesson::Cue* cue = nullptr;
  Micros from = 0;
  Micros to = 0;
  friend bool operator==(const ReplaySegment&, const ReplaySegment&) = default;
};
struct ReplayMissed {
  std::vector<ReplaySegment> segments;  // in lesson order
  friend bool operator==(const ReplayMissed&, const ReplayMissed&) = default;
};
struct SetTextScale {
  double scale = 1.0;
  friend bool operator==(const SetTextScale&, const SetTextScale&) = default;
};
struct SetHighContrast {
  bool on = false;
  friend bool operator==(const SetHighContrast&, const SetHighContrast&) = default;
};
// The learner named on the start screen (trimmed, not empty).
struct ChooseLearner {
  std::string name;
  friend bool operator==(const ChooseLearner&, const ChooseLearner&) = default;
};

using Command = std::variant<Play, Pause, SeekTo, SetRate, SetVolume, SetMuted, SubmitAnswer, SkipCue,
                             ContinueAfterCue, ToggleFullscreen, ChooseCaptions, Quit, Retake, ReplayMissed,
                             SetTextScale, SetHighContrast, ChooseLearner>;
using Commands = std::vector<Command>;

}  // namespace cuepoint::ui
