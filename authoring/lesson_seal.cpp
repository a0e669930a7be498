#include "lesson_seal.hpp"

#include <algorithm>

#include "authoring_error.hpp"
#include "cuepoint/lesson/answer_key.hpp"

namespace cuepoint::authoring {
namespace {

using lesson::QuestionType;

void seal_choices(lesson::Question& question, const std::string& salt, const std::string& cue_id) {
  // Every choice gets a hash, correct or not, so neither the number of hashes nor
  // their order tells which choices are correct.
  for (lesson::Choice& choice : question.choices) {
    choice.seal = lesson::choice_seal_hash(salt, cue_id, choice.id, choice.correct);
    choice.correct = false;
  }
}

void seal_text(lesson::Question& question, const std::string& salt, const std::string& cue_id) {
  std::vector<std::string> hashes;
  for (const std::string& accepted : question.accepted_answers)
    hashes.push_back(lesson::text_seal_hash(salt, cue_id, accepted));
  // Sorted and without repeats: the order of the <accept> elements, and spellings that
  // normalise alike ("Half", "half"), are not kept.
  std::sort(hashes.begin(), hashes.end());
  hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
  question.sealed_answers = std::move(hashes);
  question.accepted_answers.clear();
}

}  // namespace

SealedLesson seal_lesson(const lesson::Lesson& plain, std::string_view file, const std::string& salt) {
  if (plain.seal) {
    throw AuthoringError(std::string(file) +
                         ": the lesson is already sealed; pack --seal needs the lesson with its answers");
  }
  SealedLesson sealed{plain, {}, 0};
  sealed.lesson.seal = lesson::Seal{lesson::kSealVersion, salt, {}};
  for (lesson::Cue& cue : sealed.lesson.cues) {
    lesson::Question& question = cue.question;
    if (!lesson::is_graded(question.type)) continue;
    if (question.type == QuestionType::Numeric) {
      sealed.unsealed.push_back(lesson::Diagnostic{
          std::string(file), question.location.line, question.location.column, lesson::Diagnostic::Warning,
          "cue '" + cue.id +
              "' is not sealed: a numeric answer is graded by a range (value and tolerance), "
              "which a hash cannot check; its <answer> stays readable in the package"});
      continue;
    }
    if (question.type == QuestionType::Text) {
      seal_text(question, salt, cue.id);
    } else {
      seal_choices(question, salt, cue.id);
    }
    ++sealed.sealed_cues;
  }
  return sealed;
}

}  // namespace cuepoint::authoring
