// What a front end (headless or the window) tells the people and programs
// watching a run: the session's typed events, plus what only the front end knows
// (the answer as given, the PNG it saved, the run's statistics). Both front ends
// tell the same listeners the same things, so `--events` is one stream.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "cuepoint/lesson/model.hpp"
#include "cuepoint/media/playback.hpp"
#include "cuepoint/session/session_events.hpp"

namespace cuepoint::lesson {
struct Response;
}

namespace cuepoint::events {

struct RunStarted {
  const lesson::Lesson* lesson = nullptr;
  std::string video;  // as the lesson names it, relative to where the user named the lesson
  media::MediaInfo info;
  double rate = 1.0;
  bool realtime = false;
  std::string learner;
};

struct RunStats {
  media::PlaybackStats playback;
  double wall_seconds = 0.0;
  bool realtime = false;
};

class RunListener {
 public:
  virtual ~RunListener() = default;
  virtual void started(const RunStarted& start) = 0;
  virtual void cue(const session::CueReached& cue,
                   const std::optional<std::filesystem::path>& frame_file) = 0;
  // `response` is the attempt as the answers file writes it (a choice id, text, number, ...):
  // as scripted (headless) or response_json() of what the learner gave (window).
  virtual void answered(const session::AnswerGraded& answer, const nlohmann::json& response) = 0;
  virtual void skipped(const session::Skipped& skip) = 0;
  virtual void seeked(const session::Seeked& seek) = 0;
  virtual void ended(const session::Ended& end) = 0;
  virtual void finished(const RunStats& stats) = 0;
};

// `response` as an answers file would write it: a choice id (an array for multiple
// choice; a true-false question's choices are the ids "true" and "false"), a number,
// or a string.
nlohmann::json response_json(const lesson::Cue& cue, const lesson::Response& response);

}  // namespace cuepoint::events
