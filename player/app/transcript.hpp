// A person's view of a headless run on standard output: each cue with its
// prompt, the answer given, the grade and feedback, rewatches and the score.
// It hears the same session events as the JSON stream, so the two never disagree.
#pragma once

#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

#include "cuepoint/events/run_listener.hpp"

namespace cuepoint::app {

class Transcript : public events::RunListener {
 public:
  Transcript(std::ostream& out, const lesson::Lesson& lesson) : out_(out), lesson_(lesson) {}

  void started(const events::RunStarted& start) override;
  void cue(const session::CueReached& cue, const std::optional<std::filesystem::path>& frame_file) override;
  void answered(const session::AnswerGraded& answer, const nlohmann::json& response) override;
  void skipped(const session::Skipped& skip) override;
  void seeked(const session::Seeked& seek) override;
  void ended(const session::Ended& end) override;
  void finished(const events::RunStats& stats) override;

 private:
  std::string describe_response(const lesson::Cue& cue, const nlohmann::json& response) const;

  std::ostream& out_;
  const lesson::Lesson& lesson_;
};

}  // namespace cuepoint::app
