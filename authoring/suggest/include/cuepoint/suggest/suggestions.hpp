// Cue times proposed at a lecture's natural pauses: slide changes and pauses in
// the narration (media::scene_detect, media::silence_detect), merged where they
// coincide. Pure: no media, no files.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "cuepoint/media/pause_detect.hpp"

namespace cuepoint::suggest {

using media::Micros;

enum class Reason { Scene, Silence, SceneAndSilence };
// "scene", "silence", "scene+silence".
std::string_view to_string(Reason reason);

struct Suggestion {
  Micros at = 0;  // a cue time, whole milliseconds
  Reason reason = Reason::Scene;
  std::optional<media::SceneChange> scene;
  std::optional<media::Silence> silence;
};

// Where the pauses go, and why:
// * a slide change: on the last frame of the old picture (its time rounded up to
//   the millisecond, still before the new one), so the question is asked while
//   what was just explained is on screen;
// * a silence: 0.4 s into it (the middle of a shorter one), after the last word;
//   silences at the very start or end of the audio are no pause in the narration;
// * a change during a silence, or within `coincide` of one: one suggestion at the
//   change, reason scene+silence.
// Suggestions closer than `coincide` to an earlier one are dropped; at 0 none is made.
std::vector<Suggestion> suggest_pauses(const std::vector<media::SceneChange>& scenes,
                                       const std::vector<media::Silence>& silences,
                                       Micros coincide = 500'000);

}  // namespace cuepoint::suggest
