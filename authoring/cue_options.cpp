#include "cue_options.hpp"

#include <algorithm>
#include <array>
#include <charconv>

#include "authoring_error.hpp"
#include "command_support.hpp"

namespace cuepoint::authoring {
namespace {

using lesson::Choice;
using lesson::Cue;
using lesson::Question;
using lesson::QuestionType;

bool is_choice_type(QuestionType type) {
  return type == QuestionType::SingleChoice || type == QuestionType::MultipleChoice ||
         type == QuestionType::Poll;
}
bool takes_correct(QuestionType type) {
  return type == QuestionType::SingleChoice || type == QuestionType::MultipleChoice ||
         type == QuestionType::TrueFalse;
}
bool is_numeric(QuestionType type) { return type == QuestionType::Numeric; }
bool is_text(QuestionType type) { return type == QuestionType::Text; }

struct TypedOption {
  const char* name;
  bool (*fits)(QuestionType);
  const char* for_whom;
};

constexpr const char* kGradedTypes =
    "graded questions (single-choice, multiple-choice, true-false, numeric, text)";

constexpr std::array<TypedOption, 11> kTypedOptions{{
    {"--choice", is_choice_type, "single-choice, multiple-choice and poll questions"},
    {"--correct", takes_correct, "single-choice, multiple-choice and true-false questions"},
    {"--answer", is_numeric, "numeric questions"},
    {"--tolerance", is_numeric, "numeric questions"},
    {"--accept", is_text, "text questions"},
    {"--feedback-correct", lesson::is_graded, kGradedTypes},
    {"--feedback-incorrect", lesson::is_graded, kGradedTypes},
    {"--on-correct-seek", lesson::is_graded, kGradedTypes},
    {"--on-incorrect-seek", lesson::is_graded, kGradedTypes},
    {"--points", lesson::is_graded, kGradedTypes},
    {"--max-attempts", lesson::is_graded, kGradedTypes},
}};

// Subcommands take different subsets of these options (`cue move`: --at only).
bool given(const CLI::App& command, const std::string& option) {
  const CLI::Option* found = command.get_option_no_throw(option);
  return found != nullptr && found->count() > 0;
}

// What no longer fits a question whose type changed is dropped with it.
void fit_content_to_type(Question& question) {
  const QuestionType type = question.type;
  if (!lesson::has_choices(type)) question.choices.clear();
  if (type == QuestionType::TrueFalse) {
    const bool is_true_false =
        question.choices.size() == 2 && question.choices[0].id == "true" && question.choices[1].id == "false";
    if (!is_true_false)
      question.choices = {Choice{"true", "True", false, "", {}}, Choice{"false", "False", false, "", {}}};
  }
  if (type == QuestionType::Poll) {
    for (Choice& choice : question.choices) choice.correct = false;
  }
  if (!is_numeric(type)) {
    question.numeric_value.reset();
    question.tolerance = 0.0;
  }
  if (!is_text(type)) question.accepted_answers.clear();
  if (!lesson::is_graded(type)) {
    question.feedback_correct.clear();
    question.feedback_incorrect.clear();
    question.on_correct_seek.reset();
    question.on_incorrect_seek.reset();
    question.points = 1.0;
    question.max_attempts.reset();
  }
}

std::string choice_id(std::size_t index) {
  if (index < 26) return {static_cast<char>('a' + index)};  // one character
  return "c" + std::to_string(index + 1);
}

// --correct N (1-based) or a choice id.
std::size_t resolve_choice(const Question& question, const std::string& wanted, const std::string& cue_id) {
  std::size_t number = 0;
  const auto [end, error] = std::from_chars(wanted.data(), wanted.data() + wanted.size(), number);
  const bool is_number = error == std::errc{} && end == wanted.data() + wanted.size();
  for (std::size_t i = 0; i < question.choices.size(); ++i) {
    if (question.choices[i].id == wanted) return i;
  }
  if (is_number && number >= 1 && number <= question.choices.size()) return number - 1;
  std::string ids;
  for (const Choice& choice : question.choices) ids += (ids.empty() ? "" : ", ") + choice.id;
  throw AuthoringError("--correct " + wanted + ": the question of cue '" + cue_id + "' has " +
                       std::to_string(question.choices.size()) + " choices (give 1 to " +
                       std::to_string(question.choices.size()) + ", or an id: " + ids + ")");
}

}  // namespace

void add_cue_options(CLI::App& command, CueOptions& options, bool editing) {
  command.add_option("--at", options.at, "cue time in lesson time: 83.4, 1:23.4, 1:02:03.5");
  command.add_option(
      "--type", options.type,
      "question type: single-choice, multiple-choice, true-false, numeric, text, open, poll, note");
  command.add_option("--prompt", options.prompt, "the question (or the note's text)");
  command.add_option("--choice", options.choices, "a choice's text, in order (ids a, b, c...); repeat it");
  command.add_option("--correct", options.correct,
                     "the correct choice: its number from 1 or its id; repeat it");
  command.add_option("--answer", options.answer, "numeric: the correct value");
  command.add_option("--tolerance", options.tolerance, "numeric: how far an answer may be off (default 0)");
  command.add_option("--accept", options.accepts, "text: an accepted answer; repeat it");
  command.add_option("--feedback-correct", options.feedback_correct, "shown after a correct answer");
  command.add_option("--feedback-incorrect", options.feedback_incorrect, "shown after an incorrect answer");
  command.add_option("--on-incorrect-seek", options.on_incorrect_seek,
                     "after an incorrect answer jump to this time (rewatch the explanation)");
  command.add_option("--on-correct-seek", options.on_correct_seek,
                     "after a correct answer jump to this time");
  command.add_option("--points", options.points, "points of a graded question (default 1)");
  command.add_option("--max-attempts", options.max_attempts,
                     "graded attempts at this question (0 unlimited; default: the lesson's setting)");
  command.add_flag("--no-pause", options.no_pause, "do not pause the video at the cue");
  command.add_flag("--optional", options.optional, "the learner may skip the cue");
  if (editing) {
    command.add_flag("--pause", options.pause, "pause the video at the cue again")->excludes("--no-pause");
    command.add_flag("--required", options.required, "the learner must answer again")->excludes("--optional");
    command.add_option("--id", options.id, "a new id for the cue");
  } else {
    command.add_option("--id", options.id, "the cue's id (default: q1, q2, ...)");
  }
}

void apply_cue_options(const CLI::App& command, const CueOptions& options, Cue& cue,
                       const std::string& command_name) {
  Question& question = cue.question;
  if (given(command, "--type")) {
    const auto type = lesson::question_type_from_string(options.type);
    if (!type) {
      usage_error(command_name, "--type " + options.type +
                                    ": unknown question type (single-choice, multiple-choice, true-false, "
                                    "numeric, text, open, poll, note)");
    }
    if (*type != question.type || question.choices.empty()) {
      question.type = *type;
      fit_content_to_type(question);
    }
  }
  for (const TypedOption& option : kTypedOptions) {
    if (given(command, option.name) && !option.fits(question.type)) {
      usage_error(command_name, std::string(option.name) + " does not apply to a " +
                                    std::string(lesson::to_string(question.type)) + " question: it is for " +
                                    option.for_whom);
    }
  }
  if (given(command, "--id")) cue.id = options.id;
  if (given(command, "--at")) cue.at = time_option(command_name, "--at", options.at);
  if (given(command, "--prompt")) question.prompt = options.prompt;
  if (given(command, "--choice")) {
    question.choices.clear();
    for (std::size_t i = 0; i < options.choices.size(); ++i) {
      question.choices.push_back(Choice{choice_id(i), options.choices[i], false, "", {}});
    }
  }
  if (given(command, "--correct")) {
    std::vector<bool> correct(question.choices.size(), false);
    for (const std::string& wanted : options.correct)
      correct[resolve_choice(question, wanted, cue.id)] = true;
    for (std::size_t i = 0; i < correct.size(); ++i) question.choices[i].correct = correct[i];
  }
  if (given(command, "--answer"))
    question.numeric_value = number_option(command_name, "--answer", options.answer, true);
  if (given(command, "--tolerance"))
    question.tolerance = number_option(command_name, "--tolerance", options.tolerance);
  if (given(command, "--accept")) question.accepted_answers = options.accepts;
  if (given(command, "--feedback-correct")) question.feedback_correct = options.feedback_correct;
  if (given(command, "--feedback-incorrect")) question.feedback_incorrect = options.feedback_incorrect;
  if (given(command, "--on-correct-seek")) {
    question.on_correct_seek = time_option(command_name, "--on-correct-seek", options.on_correct_seek);
  }
  if (given(command, "--on-incorrect-seek")) {
    question.on_incorrect_seek = time_option(command_name, "--on-incorrect-seek", options.on_incorrect_seek);
  }
  if (given(command, "--points")) question.points = number_option(command_name, "--points", options.points);
  if (given(command, "--max-attempts")) {
    question.max_attempts = count_option(command_name, "--max-attempts", options.max_attempts);
  }
  if (options.no_pause) cue.pause = false;
  if (options.pause) cue.pause = true;
  if (options.optional) cue.required = false;
  if (options.required) cue.required = true;
}

std::string next_cue_id(const lesson::Lesson& lesson) {
  long highest = 0;
  for (const Cue& cue : lesson.cues) {
    if (cue.id.size() < 2 || cue.id[0] != 'q') continue;
    long number = 0;
    const auto [end, error] = std::from_chars(cue.id.data() + 1, cue.id.data() + cue.id.size(), number);
    if (error == std::errc{} && end == cue.id.data() + cue.id.size()) highest = std::max(highest, number);
  }
  return "q" + std::to_string(highest + 1);
}

}  // namespace cuepoint::authoring
