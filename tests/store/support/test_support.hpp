// Shared by the store and upload tests: a lesson with every question type
// and a scripted session recorded through the Recorder.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "cuepoint/lesson/model.hpp"
#include "cuepoint/record/recorder.hpp"
#include "cuepoint/store/store.hpp"
#include "cuepoint/xapi/statement_builder.hpp"

namespace cuepoint::testing {

// Cues "single", "multiple", "truefalse", "numeric", "text", "open", "poll",
// "note" (one per question type), language "fr-CA".
lesson::Lesson sample_lesson();

xapi::Config sample_config();
// The same learner and IRIs for a Recorder, with the given lesson hash.
record::RecorderConfig sample_recorder_config(std::string lesson_sha256);

// One thing a learner does in the scripted session: an answer to a cue, or a
// watch event (`kind` as the store names it, e.g. "seeked").
struct SessionStep {
  std::string kind;    // "answered" or the watch event's kind
  std::string cue_id;  // for answers
  std::function<void(record::Recorder&, const lesson::Lesson&)> record;
};

// The session record_full_session plays, as data: tests count what they expect
// from these steps, never from what the store happens to hold.
struct FullSession {
  std::vector<SessionStep> steps;
  int statements() const { return static_cast<int>(steps.size()); }  // one statement per step
  int answers() const;                                               // steps of kind "answered"
  int watch_events() const { return statements() - answers(); }
  std::vector<std::string> watch_kinds() const;  // in order
};

// initialized, played, paused; an answer to every cue that takes one (the first
// one wrong, then right); played, seeked, rate and caption changes, completed,
// terminated.
const FullSession& full_session();

// Records full_session() through a Recorder on sample_lesson(); returns it.
const FullSession& record_full_session(store::Store& store);

}  // namespace cuepoint::testing
