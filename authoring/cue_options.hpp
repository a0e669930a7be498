// The options that say what a cue asks (`cue add` and `cue edit` take the same
// ones), and how they change a lesson::Cue. Which options a question type takes
// follows docs/lesson-format.md; an option the type does not take is a usage
// error naming it. Values the format would refuse (a time like 1:75, a number
// like 2,5) are usage errors too; rules between values (one correct choice,
// times inside the video) are left to the validator, which gives their place.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "cuepoint/lesson/model.hpp"

namespace cuepoint::authoring {

struct CueOptions {
  std::string at, type, prompt, answer, tolerance, feedback_correct, feedback_incorrect;
  std::string on_correct_seek, on_incorrect_seek, points, max_attempts, id;
  std::vector<std::string> choices, correct, accepts;
  bool no_pause = false, pause = false, optional = false, required = false;
};

// `editing`: `cue edit` also takes --pause and --required (to undo --no-pause and
// --optional) and reads --id as the cue's new id.
void add_cue_options(CLI::App& command, CueOptions& options, bool editing);

// Applies the options given on `command` to `cue`. `command_name` labels errors.
// Throws cli::UsageError (an option the type does not take, a bad value) or
// AuthoringError (--correct naming no choice).
void apply_cue_options(const CLI::App& command, const CueOptions& options, lesson::Cue& cue,
                       const std::string& command_name);

// Ids of new cues: q1, q2, ... one more than the highest qN in use, so ids are
// never reused after a removal and never collide.
std::string next_cue_id(const lesson::Lesson& lesson);

}  // namespace cuepoint::authoring
