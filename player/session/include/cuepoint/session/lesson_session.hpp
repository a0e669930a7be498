// One learner watching one lesson: the rules every front end shares. A
// LessonSession owns the media engine (media::Playback), the lesson state machine
// (runtime::LessonRuntime) and the recorder (record::Recorder), and advances with
// a non-blocking step() that returns typed events (session_events.hpp). The
// headless driver feeds it scripted answers; the window feeds it key presses.
// Both therefore stop on the same frames and leave the same xAPI record of watching.
//
// Threads: one thread (the front end's: the UI thread, or headless's only one)
// calls every member function. The session runs two kinds of threads of its own:
// the media engine's decoders, and one record writer that commits watch records
// (played, paused, seeked, rate) in order, so that a slow disk never stalls the
// caller. Answers go through the same writer but the caller waits for them:
// answer() returns only after the attempt is committed with synchronous=FULL.
//
// Seeks: request_seek() only notes the target; the next step() executes the
// latest one, once (a dragged seek bar asks for many; only the last is decoded).
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cuepoint/loader/lesson_loader.hpp"
#include "cuepoint/media/playback.hpp"
#include "cuepoint/runtime/lesson_runtime.hpp"
#include "cuepoint/session/session_events.hpp"

namespace cuepoint::session {

struct SessionConfig {
  media::PlaybackOptions playback;
  std::filesystem::path database;  // the response database
  std::string learner_id;
  // Restore this learner's attempts at the lesson's cues and, unless the last
  // session of this lesson was completed, the position it was left at.
  bool resume = false;
};

class LessonSession {
 public:
  // Opens the video (media::MediaError), then the database and begins a
  // recorded session (store::StoreError); `lesson` must have loaded without
  // error (std::invalid_argument otherwise). Nothing plays before start().
  static std::unique_ptr<LessonSession> open(loader::LoadedLesson lesson, const SessionConfig& config);
  ~LessonSession();  // commits every pending watch record
  LessonSession(const LessonSession&) = delete;
  LessonSession& operator=(const LessonSession&) = delete;

  const loader::LoadedLesson& loaded() const;
  const lesson::Lesson& lesson() const;
  const media::MediaInfo& info() const;
  const runtime::LessonRuntime& runtime() const;
  Micros position() const;
  Micros start_position() const;  // 0, or where a resumed session began
  // The pausing cue whose question waits for answer() or skip(), if any.
  const lesson::Cue* open_question() const;
  bool playing() const;
  bool finished() const;  // Ended, Error or terminate()
  std::optional<media::Picture> shown() const;
  media::PlaybackStats stats() const;

  // Records `initialized` and starts playing from start_position(). Once.
  void start();

  // Advances playback: executes the queued seek, then presents what is due,
  // waiting at most `max_wait` (realtime) for it. Returns what happened; empty
  // when nothing did (paused, at a cue, not yet due, finished).
  std::vector<SessionEvent> step(Micros max_wait);

  // The learner's answer to the open question at `cue` (the pausing cue holding
  // playback, or a non-pausing cue passed whose question is still open). Returns AnswerGraded once
  // the attempt is durable (or Error when it could not be saved). Throws
  // std::logic_error when no question is open at `cue`, std::invalid_argument when
  // the response does not fit the question (lesson::check_response).
  std::vector<SessionEvent> answer(const lesson::Cue& cue, const lesson::Response& response);
  // Passes the open optional question at `cue`; std::logic_error for a required one.
  std::vector<SessionEvent> skip(const lesson::Cue& cue);

  // false (and nothing happens) while a question is open or when finished.
  bool play();
  void pause();
  // Queued; the next step() seeks to the latest target allowed by the lesson's
  // skipping rules (SeekLimited when it had to clamp or refuse).
  void request_seek(Micros target);
  void set_rate(double rate);  // 0.5 .. 2 (std::invalid_argument outside); recorded
  void set_volume(double volume);
  void set_muted(bool muted);

  // The learner left before the end (or the script ran out): records
  // `terminated` and commits every pending record; throws store::StoreError.
  void terminate();

 private:
  struct Parts;
  explicit LessonSession(std::unique_ptr<Parts> parts);
  std::unique_ptr<Parts> parts_;
};

}  // namespace cuepoint::session
