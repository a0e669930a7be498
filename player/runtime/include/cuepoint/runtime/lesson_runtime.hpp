// What happens at a cue: a pure state machine over the lesson model. It knows
// nothing of FFmpeg, SDL or SQLite; front ends (headless, window) feed it what
// playback did and carry out what it decides (pause here, seek there, continue).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "cuepoint/lesson/grading.hpp"
#include "cuepoint/lesson/model.hpp"

namespace cuepoint::runtime {

using lesson::Micros;

// Where a front end asks to go and why; reasons appear in event logs and xAPI.
enum class SeekReason { Remediation, Adaptive, Learner };
const char* to_string(SeekReason reason);

struct SeekRequest {
  Micros from = 0;
  Micros to = 0;
  SeekReason reason = SeekReason::Learner;
};

struct CueProgress {
  int times_fired = 0;
  int attempts = 0;        // graded or ungraded responses given
  bool completed = false;  // nothing more is asked at this cue
  bool correct = false;    // graded and answered correctly at some attempt
  double best_score = 0.0;
  bool skipped = false;  // optional cue passed without a response
};

// What a fired cue asks of the front end.
struct CueFiring {
  const lesson::Cue* cue = nullptr;
  int firing = 0;               // 1 the first time, 2 after a re-arm, ...
  bool pauses = false;          // the front end holds the frame until the cue is done
  bool wants_response = false;  // a question is open for an answer now
  int attempts_left = 0;        // -1 when unlimited
};

struct AnswerOutcome {
  lesson::Grade grade;
  int attempt = 0;                  // 1-based attempt number at this cue
  int attempts_left = 0;            // -1 when unlimited
  bool completed = false;           // the cue is done (correct, ungraded, or out of attempts)
  bool retry = false;               // ask again now (incorrect, attempts left, no remediation seek)
  std::optional<SeekRequest> seek;  // adaptivity: where playback goes next
};

struct LessonResult {
  double score = 0.0;
  double max_score = 0.0;
  double percent = 0.0;  // 0..100; 100 when the lesson has no graded question
  bool passed = false;
  int cues_completed = 0;
  int cues_total = 0;
};

class LessonRuntime {
 public:
  explicit LessonRuntime(const lesson::Lesson& lesson);

  const lesson::Lesson& lesson() const { return lesson_; }

  // The next armed pausing cue at or after `position`: where playback must stop.
  std::optional<Micros> next_stop(Micros position) const;

  // Armed non-pausing cues with from < at <= to, in order: shown without stopping.
  std::vector<const lesson::Cue*> passing_cues(Micros from, Micros to) const;

  // The armed pausing cue at exactly `t` (what a ReachedStop at t means), if any.
  const lesson::Cue* pausing_cue_at(Micros t) const;

  // Playback reached `cue`: disarms it until a backward seek re-arms it.
  CueFiring fire(const lesson::Cue& cue);

  // The learner answered the open question of `cue`. Throws std::invalid_argument
  // when the response does not fit the question (lesson::check_response says why)
  // or when the cue is not waiting for an answer.
  AnswerOutcome answer(const lesson::Cue& cue, const lesson::Response& response);

  // The learner moved on without answering an optional cue. Throws
  // std::logic_error for a required cue that still wants an answer.
  void skip(const lesson::Cue& cue);

  // A seek the learner asked for, as allowed by the lesson's skipping rules:
  // backward always; forward only up to the furthest point watched and never
  // past an unanswered required cue when allow-skip-ahead is false.
  Micros allowed_seek_target(Micros from, Micros to) const;

  // Playback moved from `from` to `to` (any reason). Going back re-arms every
  // cue at or after `to`, so it fires again when reached.
  void seeked(Micros from, Micros to);

  // Playback has shown everything up to `position` (advances the furthest point watched).
  void watched_until(Micros position);
  Micros furthest_watched() const { return furthest_watched_; }

  const CueProgress& progress(const lesson::Cue& cue) const;
  // Restores progress from earlier sessions (resume): attempts and best result.
  void restore(const lesson::Cue& cue, const CueProgress& progress);

  LessonResult result() const;

 private:
  std::size_t index_of(const lesson::Cue& cue) const;
  int attempts_left(std::size_t index) const;

  const lesson::Lesson& lesson_;
  std::vector<CueProgress> progress_;
  std::vector<bool> armed_;
  Micros furthest_watched_ = 0;
};

}  // namespace cuepoint::runtime
