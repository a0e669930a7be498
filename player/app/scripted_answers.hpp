// The headless player's answer script: `{"cue-id": [attempt, attempt, ...]}` where
// an attempt is a string (choice id, text or number), a number, a boolean (true-false)
// or an array of choice ids (multiple-choice). Read once, consumed attempt by attempt.
#pragma once

#include <deque>
#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>

#include "cuepoint/lesson/grading.hpp"
#include "cuepoint/lesson/model.hpp"

namespace cuepoint::app {

// A bad answers file; the message starts with "FILE:LINE:COL: error:" or "FILE: error:".
class AnswersError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct ScriptedAttempt {
  lesson::Response response;
  std::string as_json;  // the attempt as written, for event logs
};

class ScriptedAnswers {
 public:
  ScriptedAnswers() = default;
  // Checks every cue id and attempt against `lesson`; throws AnswersError.
  static ScriptedAnswers load(const std::filesystem::path& path, const lesson::Lesson& lesson);
  static ScriptedAnswers parse(const std::string& json_text, const std::string& file_name,
                               const lesson::Lesson& lesson);

  // The next attempt scripted for `cue_id`, or nullopt when none is left.
  std::optional<ScriptedAttempt> next(const std::string& cue_id);

 private:
  std::map<std::string, std::deque<ScriptedAttempt>, std::less<>> attempts_;
};

}  // namespace cuepoint::app
