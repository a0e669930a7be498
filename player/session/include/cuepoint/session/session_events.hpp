// What a LessonSession reports to its front end: small value types, one per
// happening, in the order they happened. Cue pointers point into the session's
// own lesson and stay valid as long as the session.
#pragma once

#include <optional>
#include <string>
#include <variant>

#include "cuepoint/lesson/grading.hpp"
#include "cuepoint/lesson/model.hpp"
#include "cuepoint/media/playback.hpp"
#include "cuepoint/runtime/lesson_runtime.hpp"

namespace cuepoint::session {

using lesson::Micros;

// A new picture is on screen (progress for a seek bar).
struct FrameShown {
  Micros position = 0;
};

// Playback reached a cue. A pausing cue holds the frame: the session stays there
// until the question is answered or skipped (wants_response) and play() is called.
// A non-pausing cue's question (wants_response) stays open for answer() or skip()
// while playback goes on.
struct CueReached {
  const lesson::Cue* cue = nullptr;
  int firing = 0;  // 1 the first time, 2 after a re-arm, ...
  bool pauses = false;
  bool wants_response = false;
  int attempts_left = 0;                // -1 when unlimited
  std::optional<media::Picture> shown;  // the exact frame on screen at the cue
};

// An answer was graded and is durable in the database (committed with
// synchronous=FULL before this event exists).
struct AnswerGraded {
  const lesson::Cue* cue = nullptr;
  lesson::Response response;
  runtime::AnswerOutcome outcome;  // outcome.seek: the session seeks there on the next step
};

// Playback moved: remediation, adaptivity, or a seek the learner asked for.
struct Seeked {
  Micros from = 0;
  Micros to = 0;
  runtime::SeekReason reason = runtime::SeekReason::Learner;
};

// A learner's seek the lesson's skipping rules did not allow as asked: clamped to
// `allowed` (refused when allowed == from: playback did not move).
struct SeekLimited {
  Micros from = 0;
  Micros requested = 0;
  Micros allowed = 0;
};

// An optional question was passed without an answer.
struct Skipped {
  const lesson::Cue* cue = nullptr;
};

// The video played to its end after the last cue; the session is complete and
// every record of it is durable.
struct Ended {
  runtime::LessonResult result;
  Micros position = 0;
};

// The session cannot go on; nothing further happens in it. Every record made
// before the error is durable (unless the error is the database's).
struct Error {
  enum class Kind {
    Media,           // the video could not be decoded further
    Store,           // the response database could not be written
    VideoEndedEarly  // the video ended before a cue: truncated, or not the lesson's video
  };
  Kind kind = Kind::Media;
  std::string message;  // for a person; names the file
  // Kind::Media: what is wrong with the video (damaged, unsupported codec, read error, ...).
  std::optional<media::MediaError::Kind> media_kind;
};

using SessionEvent =
    std::variant<FrameShown, CueReached, AnswerGraded, Seeked, SeekLimited, Skipped, Ended, Error>;

}  // namespace cuepoint::session
