// Grading: a pure function from a question and a learner's response to a grade.
//
// Rules (docs/lesson-format.md, "Grading"):
// - single-choice, true-false: full points for the correct choice, else 0.
// - multiple-choice: correct only for exactly the set of correct choices (full points);
//   otherwise score = points * max(0, hits - wrong picks) / #correct choices.
// - numeric: correct when |number - value| <= tolerance (plus a relative 1e-9 slack so
//   that 0.4 counts as within 0.1 of 0.3 despite binary floating point).
// - text: correct when normalize_text(response) equals normalize_text(an <accept>).
// - sealed questions: the same rules; whether a choice is correct or a text accepted is
//   decided by comparing salted hashes (answer_key.hpp).
// - open, poll, note: ungraded: graded=false, correct=false, score 0, max_score 0.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cuepoint/lesson/answer_key.hpp"
#include "cuepoint/lesson/error.hpp"
#include "cuepoint/lesson/model.hpp"

namespace cuepoint::lesson {

// What a learner answered. Exactly one kind of content is expected per question type:
// choice ids (choice types), a number or its text (numeric), text (text, open), or
// nothing at all (note).
struct Response {
  std::vector<std::string> choice_ids;
  std::optional<std::string> text;
  std::optional<double> number;

  static Response none() { return {}; }
  static Response choices(std::vector<std::string> ids) { return Response{std::move(ids), {}, {}}; }
  static Response free_text(std::string text) { return Response{{}, std::move(text), {}}; }
  static Response numeric(double number) { return Response{{}, {}, number}; }

  friend bool operator==(const Response&, const Response&) = default;
};

struct Grade {
  bool graded = false;   // false for open, poll and note
  bool correct = false;  // graded and fully right
  double score = 0.0;    // 0 .. max_score
  double max_score = 0.0;
  std::string feedback;                      // the question's correct/incorrect feedback; may be empty
  std::vector<std::string> choice_feedback;  // feedback of each picked choice that has one, in pick order

  friend bool operator==(const Grade&, const Grade&) = default;
};

// Why `response` does not fit `question`, or nullopt when it fits. Checks: the kind of
// content (choice ids / number / text / nothing), unknown or repeated choice ids, the
// number of picks (exactly one for single-choice, true-false and poll; at least one for
// multiple-choice), empty text, and numbers given as text: "3.5", " -2 " and full-width
// digits are read; "3,5", "1e3", "1 000" and "three" are refused (a decimal comma is
// refused rather than silently read as 3 or 35).
std::optional<std::string> check_response(const Question& question, const Response& response);

// Reads a numeric answer typed as text (see check_response); nullopt when it is not a
// plain decimal number.
std::optional<double> parse_numeric_response(std::string_view text);

// Grades a response. Throws InvalidResponse (with check_response's message) when the
// response does not fit the question. `key` says what is correct: the default one reads
// the question's plain answers; a sealed question needs AnswerKey::of(lesson, cue)
// (asked without it, grade throws LessonError rather than grade it wrong).
Grade grade(const Question& question, const Response& response, const AnswerKey& key = {});

}  // namespace cuepoint::lesson
