// A lesson with its answers replaced by salted hashes, as `pack --seal` stores them
// (authoring/lesson_seal.cpp), for tests that compare sealed against plain grading
// without running cuepoint-author. Poll choices have no answer and stay unsealed;
// numeric answers cannot be sealed and stay as they are.
#pragma once

#include <string>

#include "cuepoint/lesson/answer_key.hpp"
#include "cuepoint/lesson/model.hpp"

namespace cuepoint::testing {

inline constexpr const char* kTestSalt = "00112233445566778899aabbccddeeff";

inline lesson::Lesson sealed_copy(lesson::Lesson lesson, const std::string& salt = kTestSalt) {
  lesson.seal = lesson::Seal{lesson::kSealVersion, salt, {}};
  for (lesson::Cue& cue : lesson.cues) {
    lesson::Question& question = cue.question;
    if (question.type == lesson::QuestionType::Poll) continue;
    for (lesson::Choice& choice : question.choices) {
      choice.seal = lesson::choice_seal_hash(salt, cue.id, choice.id, choice.correct);
      choice.correct = false;
    }
    for (const std::string& accepted : question.accepted_answers)
      question.sealed_answers.push_back(lesson::text_seal_hash(salt, cue.id, accepted));
    question.accepted_answers.clear();
  }
  return lesson;
}

}  // namespace cuepoint::testing
