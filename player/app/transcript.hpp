// A person's view of a headless run on standard output: each cue with its
// prompt, the answer given, the grade and feedback, rewatches and the score.
// It reads the same events as the JSON stream, so the two never disagree.
#pragma once

#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

#include "cuepoint/lesson/model.hpp"

namespace cuepoint::app {

class Transcript {
 public:
  Transcript(std::ostream& out, const lesson::Lesson& lesson) : out_(out), lesson_(lesson) {}

  void on(const std::string& event, const nlohmann::json& fields);

 private:
  std::string describe_response(const lesson::Cue& cue, const nlohmann::json& response) const;

  std::ostream& out_;
  const lesson::Lesson& lesson_;
};

}  // namespace cuepoint::app
