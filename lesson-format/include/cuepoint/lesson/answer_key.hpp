// The answer key of one cue, plain or sealed: the one place that says whether a choice
// is correct or a text answer is accepted. Grading (grading.hpp) and the validator ask
// it, so a sealed lesson is graded by the same code as a plain one; only the final
// comparison differs (a salted hash instead of the stored flag or text).
//
// Sealed keys (docs/package.md, "Sealed answers") are SHA-256 over
//   "cuepoint-seal-1\n" KIND "\n" SALT "\n" CUE-ID "\n" PAYLOAD
// with KIND "choice" and PAYLOAD CHOICE-ID "\n" ("correct" | "incorrect") for every
// choice of a choice question, or KIND "text" and PAYLOAD the answer normalised by
// normalize_text for each accepted answer. Ids, the hex salt and the kind hold no
// newline, so the fields cannot run into each other.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cuepoint/lesson/model.hpp"

namespace cuepoint::lesson {

// The one seal version this build reads and writes.
inline constexpr int kSealVersion = 1;

// Lowercase hex SHA-256 of a choice's sealed key: `correct` says which of its two keys.
std::string choice_seal_hash(std::string_view salt, std::string_view cue_id, std::string_view choice_id,
                             bool correct);
// Lowercase hex SHA-256 of a text answer's sealed key; `answer` is normalised here.
std::string text_seal_hash(std::string_view salt, std::string_view cue_id, std::string_view answer);
// A new salt: 16 bytes from OpenSSL's random generator as 32 lowercase hex digits, one
// per sealed package, so equal answers in two lessons (or two packs of one) hash apart.
// Throws LessonError when the generator fails.
std::string random_seal_salt();

class AnswerKey {
 public:
  // A key without a seal: sealed choices or answers in the question are an error
  // (LessonError) when asked about, never silently wrong.
  AnswerKey() = default;
  // The key of `cue` in `lesson`, sealed when the lesson has a <seal>.
  static AnswerKey of(const Lesson& lesson, const Cue& cue);
  // The same for a holder that kept only the lesson's seal (xAPI's LessonIdentity).
  static AnswerKey of(const std::optional<Seal>& seal, const Cue& cue);

  bool is_correct(const Choice& choice) const;
  // Whether `response` (raw text) is one of the question's accepted answers.
  bool accepts(const Question& question, std::string_view response) const;
  // Whether a sealed choice's hash is one of its two keys (a damaged seal is neither).
  bool seal_is_well_formed(const Choice& choice) const;

 private:
  const std::string& salt_for(std::string_view what) const;

  std::string salt_;  // empty when the lesson is not sealed
  std::string cue_id_;
};

}  // namespace cuepoint::lesson
