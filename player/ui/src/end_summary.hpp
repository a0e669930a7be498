// The end screen's content: each question's result and what to rewatch for the
// ones the learner missed. Pure functions of the lesson and the progress at its cues.
#pragma once

#include <string>
#include <vector>

#include "cuepoint/lesson/model.hpp"
#include "cuepoint/runtime/lesson_runtime.hpp"
#include "cuepoint/ui/command.hpp"
#include "cuepoint/ui/view.hpp"

namespace cuepoint::ui {

struct QuestionResult {
  const lesson::Cue* cue = nullptr;
  Status status = Status::None;  // Correct, Partial, Incorrect, Recorded, Skipped, Unanswered
  std::string summary;           // "1 of 2 points", "Answer saved", "Skipped"
  bool missed = false;           // a graded question not fully right: offered for replay
};

// One row per cue that takes a response, in lesson order; `progress[i]` belongs to lesson.cues[i].
std::vector<QuestionResult> question_results(const lesson::Lesson& lesson,
                                             const std::vector<runtime::CueProgress>& progress);

// What to rewatch for a missed question: its rewatch segment (on-incorrect seek up to
// the cue) when it has one, else its chapter up to the cue, else the cue itself.
ReplaySegment replay_segment(const lesson::Lesson& lesson, const lesson::Cue& cue);

// Seek bar marker state: answered (done: right or ungraded; a note once shown), missed
// (out of attempts without getting it right), skipped (optional, passed), unanswered.
Status marker_status(const lesson::Cue& cue, const runtime::CueProgress& progress);

}  // namespace cuepoint::ui
