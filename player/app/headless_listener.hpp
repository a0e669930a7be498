// What the headless driver tells the people and programs watching a run: the
// session's typed events, plus what only the driver knows (the answer as the
// script wrote it, the PNG it saved, the run's statistics).
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "cuepoint/lesson/model.hpp"
#include "cuepoint/media/playback.hpp"
#include "cuepoint/session/session_events.hpp"

namespace cuepoint::app {

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

class HeadlessListener {
 public:
  virtual ~HeadlessListener() = default;
  virtual void started(const RunStarted& start) = 0;
  virtual void cue(const session::CueReached& cue,
                   const std::optional<std::filesystem::path>& frame_file) = 0;
  // `response` is the attempt as scripted (a choice id, text, number, ...).
  virtual void answered(const session::AnswerGraded& answer, const nlohmann::json& response) = 0;
  virtual void skipped(const session::Skipped& skip) = 0;
  virtual void seeked(const session::Seeked& seek) = 0;
  virtual void ended(const session::Ended& end) = 0;
  virtual void finished(const RunStats& stats) = 0;
};

}  // namespace cuepoint::app
