// Small factories for models built in code (GCC warns about partially designated
// initializers of the model's aggregates).
#pragma once

#include <ostream>
#include <string>
#include <utility>

#include "cuepoint/lesson/model.hpp"

namespace cuepoint::lesson {

// GoogleTest prints locations readably in failure messages.
inline void PrintTo(const SourceLocation& location, std::ostream* out) {
  *out << location.line << ':' << location.column;
}

}  // namespace cuepoint::lesson

namespace cuepoint::lesson::testing {

inline Question make_question(QuestionType type, std::string prompt = "?") {
  Question question;
  question.type = type;
  question.prompt = std::move(prompt);
  return question;
}

inline Choice make_choice(std::string id, bool correct, std::string feedback = {}) {
  Choice choice;
  choice.id = std::move(id);
  choice.text = "text of " + choice.id;
  choice.correct = correct;
  choice.feedback = std::move(feedback);
  return choice;
}

inline Cue make_cue(std::string id, Micros at, Question question) {
  Cue cue;
  cue.id = std::move(id);
  cue.at = at;
  cue.question = std::move(question);
  return cue;
}

}  // namespace cuepoint::lesson::testing
