#include "cuepoint/lesson/validator.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>
#include <string>

#include "attribute_values.hpp"
#include "cuepoint/lesson/answer_key.hpp"
#include "cuepoint/lesson/text_match.hpp"
#include "cuepoint/lesson/time.hpp"

namespace cuepoint::lesson {
namespace {

constexpr std::size_t kMaxIdLength = 64;

std::string quoted(std::string_view text) { return "'" + std::string(text) + "'"; }

// Lessons travel between machines and come from strangers: a media reference may
// only name a file inside the lesson's own folder. Why not, or nullopt when fine.
std::optional<std::string> check_local_reference(std::string_view src) {
  const std::string expected = "; expected a path relative to the lesson's folder, such as 'lecture.mp4'";
  if (src.front() == '/' || src.front() == '\\' || (src.size() > 1 && src[1] == ':')) {
    return "is an absolute path or a drive" + expected;
  }
  const auto colon = src.find(':');
  if (colon != std::string_view::npos)
    return "names a protocol or scheme ('" + std::string(src.substr(0, colon + 1)) + "')" + expected;
  std::size_t start = 0;
  while (start <= src.size()) {
    const auto end = src.find_first_of("/\\", start);
    const auto part = src.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    if (part == "..") return "leaves the lesson's folder ('..')" + expected;
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return std::nullopt;
}

class Validator {
 public:
  explicit Validator(std::string_view file) : file_(file) {}

  void lesson(const Lesson& lesson) {
    lesson_ = &lesson;
    const SourceLocation nowhere;
    if (!is_valid_id(lesson.id)) error(nowhere, "lesson id " + quoted(lesson.id) + " is not a valid id");
    if (lesson.version.empty()) error(nowhere, "the lesson has no version");
    if (!lesson.language.empty()) {
      if (auto problem = check_language_tag(lesson.language)) error(nowhere, "lesson language: " + *problem);
    }
    if (lesson.title.empty()) error(nowhere, "the lesson has no title");
    if (lesson.video.src.empty()) {
      error(lesson.video.location, "<video> has no src");
    } else if (auto problem = check_local_reference(lesson.video.src)) {
      error(lesson.video.location, "<video> src " + quoted(lesson.video.src) + " " + *problem);
    }
    if (!lesson.video.sha256.empty()) {
      if (auto problem = check_sha256(lesson.video.sha256))
        error(lesson.video.location, "video sha256: " + *problem);
    }
    for (const CaptionTrack& track : lesson.captions) captions(track);
    settings(lesson.settings);
    if (lesson.seal) seal(*lesson.seal);
    chapters(lesson.chapters);
    cues(lesson.cues);
    if (lesson.cues.empty()) warning(nowhere, "the lesson has no cues");
  }

  void times_within(const Lesson& lesson, Micros duration) {
    const std::string end = " is beyond the end of the video (" + format_time(duration) + ")";
    for (const Chapter& chapter : lesson.chapters) {
      if (chapter.at > duration) {
        error(chapter.location, "chapter " + quoted(chapter.title) + " at " + format_time(chapter.at) + end);
      }
    }
    for (const Cue& cue : lesson.cues) {
      if (cue.at > duration)
        error(cue.location, "cue " + quoted(cue.id) + " at " + format_time(cue.at) + end);
      const Question& question = cue.question;
      for (const auto& [seek, name] : {std::pair{question.on_correct_seek, "on-correct"},
                                       std::pair{question.on_incorrect_seek, "on-incorrect"}}) {
        if (seek && *seek > duration) {
          error(question.location, "<" + std::string(name) + "> seek target " + format_time(*seek) +
                                       " of cue " + quoted(cue.id) + end);
        }
      }
    }
  }

  std::vector<Diagnostic> take() { return std::move(diagnostics_); }

 private:
  void error(SourceLocation where, std::string message) {
    diagnostics_.push_back(
        Diagnostic{std::string(file_), where.line, where.column, Diagnostic::Error, std::move(message)});
  }
  void warning(SourceLocation where, std::string message) {
    diagnostics_.push_back(
        Diagnostic{std::string(file_), where.line, where.column, Diagnostic::Warning, std::move(message)});
  }

  void captions(const CaptionTrack& track) {
    if (track.src.empty()) {
      error(track.location, "<captions> has no src");
    } else if (auto problem = check_local_reference(track.src)) {
      error(track.location, "<captions> src " + quoted(track.src) + " " + *problem);
    }
    if (track.lang.empty()) {
      error(track.location, "<captions> has no lang; expected a BCP 47 language tag such as 'en'");
    } else if (auto problem = check_language_tag(track.lang)) {
      error(track.location, "captions lang: " + *problem);
    }
  }

  void settings(const Settings& settings) {
    if (!(settings.pass_score >= 0.0 && settings.pass_score <= 100.0)) {
      error({}, "pass-score " + format_decimal(settings.pass_score) + " is outside 0..100");
    }
    if (settings.max_attempts < 0) error({}, "max-attempts must be >= 0 (0 means unlimited)");
  }

  void seal(const Seal& seal) {
    if (seal.version != kSealVersion) {
      error(seal.location, "seal version " + std::to_string(seal.version) +
                               " is not supported; this build reads " + "version " +
                               std::to_string(kSealVersion));
    }
    if (auto problem = check_salt(seal.salt)) error(seal.location, "seal salt: " + *problem);
  }

  void chapters(const std::vector<Chapter>& chapters) {
    for (std::size_t i = 0; i < chapters.size(); ++i) {
      const Chapter& chapter = chapters[i];
      if (chapter.title.empty())
        error(chapter.location, "chapter at " + format_time(chapter.at) + " has no title");
      if (chapter.at < 0)
        error(chapter.location, "chapter " + quoted(chapter.title) + " has a negative time");
      if (i > 0 && chapter.at <= chapters[i - 1].at) {
        error(chapter.location, "chapter " + quoted(chapter.title) + " at " + format_time(chapter.at) +
                                    " must come after the previous chapter at " +
                                    format_time(chapters[i - 1].at) +
                                    "; chapters are listed in ascending time without repeats");
      }
    }
  }

  void cues(const std::vector<Cue>& cues) {
    std::set<std::string_view> ids;
    for (std::size_t i = 0; i < cues.size(); ++i) {
      const Cue& cue = cues[i];
      if (!is_valid_id(cue.id)) error(cue.location, "cue id " + quoted(cue.id) + " is not a valid id");
      if (!ids.insert(cue.id).second) error(cue.location, "duplicate cue id " + quoted(cue.id));
      if (cue.at < 0) error(cue.location, "cue " + quoted(cue.id) + " has a negative time");
      if (i > 0 && cue.at == cues[i - 1].at) {
        error(cue.location, "cue " + quoted(cue.id) + " is at the same time (" + format_time(cue.at) +
                                ") as cue " + quoted(cues[i - 1].id) + "; each cue needs its own time");
      } else if (i > 0 && cue.at < cues[i - 1].at) {
        error(cue.location, "cue " + quoted(cue.id) + " at " + format_time(cue.at) + " comes after cue " +
                                quoted(cues[i - 1].id) + " at " + format_time(cues[i - 1].at) +
                                "; cues are listed in ascending time");
      }
      key_ = AnswerKey::of(*lesson_, cue);
      question(cue.question, cue.id);
    }
  }

  void question(const Question& question, std::string_view cue_id) {
    const SourceLocation at = question.location;
    const std::string type = quoted(to_string(question.type));
    const std::string in = " in the " + type + " question of cue " + quoted(cue_id);
    if (question.prompt.empty()) error(at, "the question of cue " + quoted(cue_id) + " has no prompt");

    if (is_graded(question.type)) {
      if (!(question.points >= 0.0) || !std::isfinite(question.points)) error(at, "points must be >= 0" + in);
      if (question.max_attempts && *question.max_attempts < 0) error(at, "max-attempts must be >= 0" + in);
    } else {
      if (question.points != 1.0) error(at, "points" + in + "; only graded questions have points");
      if (question.max_attempts) error(at, "max-attempts" + in + "; only graded questions have attempts");
      if (!question.feedback_correct.empty() || !question.feedback_incorrect.empty()) {
        error(at, "<feedback on=...>" + in + "; an ungraded question is neither correct nor incorrect");
      }
      if (question.on_correct_seek || question.on_incorrect_seek) {
        error(at,
              "<on-correct>/<on-incorrect>" + in + "; an ungraded question is neither correct nor incorrect");
      }
    }
    for (const auto& seek : {question.on_correct_seek, question.on_incorrect_seek}) {
      if (seek && *seek < 0) error(at, "negative seek target" + in);
    }

    if (has_choices(question.type)) {
      choices(question, cue_id, in);
    } else if (!question.choices.empty()) {
      error(question.choices.front().location, "<choice>" + in + "; only choice questions have choices");
    }
    if (question.type == QuestionType::Numeric) {
      if (!question.numeric_value) error(at, "missing <answer value=\"...\">" + in);
      if (!(question.tolerance >= 0.0)) error(at, "tolerance must be >= 0" + in);
    } else if (question.numeric_value || question.tolerance != 0.0) {
      error(at, "<answer>" + in + "; only numeric questions have one");
    }
    if (question.type == QuestionType::Text) {
      sealed_answers(question, in);
      if (question.accepted_answers.empty() && question.sealed_answers.empty())
        error(at, "missing <accept>" + in + "; give at least one accepted answer");
      for (const std::string& accepted : question.accepted_answers) {
        if (normalize_text(accepted).empty()) error(at, "an empty <accept>" + in);
      }
    } else {
      if (!question.accepted_answers.empty())
        error(at, "<accept>" + in + "; only text questions have accepted answers");
      if (!question.sealed_answers.empty())
        error(at, "<sealed-accept>" + in + "; only text questions have accepted answers");
    }
  }

  // Sealed content (docs/package.md, "Sealed answers"). A text answer's hash cannot be
  // checked (that is the point); a choice's can: it must be one of its two keys.
  void sealed_answers(const Question& question, const std::string& in) {
    if (question.sealed_answers.empty()) return;
    if (!question.accepted_answers.empty()) {
      error(question.location, "both <accept> and <sealed-accept>" + in +
                                   "; a sealed question keeps its answers only as hashes");
    }
    if (!lesson_->seal) error(question.location, "<sealed-accept>" + in + " but the lesson has no <seal>");
  }

  // Whether each choice's correctness can be read (through the key); reports why not.
  bool sealed_choices(const Question& question, const std::string& in) {
    const auto& choices = question.choices;
    const auto sealed =
        std::count_if(choices.begin(), choices.end(), [](const Choice& c) { return !c.seal.empty(); });
    if (sealed == 0) return true;
    if (!lesson_->seal) {
      error(question.location, "sealed <choice>" + in + " but the lesson has no <seal>");
      return false;
    }
    if (question.type == QuestionType::Poll) {
      error(question.location, "sealed <choice>" + in + "; poll choices have no correct answer to seal");
      return false;
    }
    if (static_cast<std::size_t>(sealed) != choices.size())
      error(question.location, "only some choices" + in + " are sealed; seal every choice or none");
    bool readable = true;
    for (const Choice& choice : choices) {
      if (choice.seal.empty()) continue;
      if (choice.correct) {
        error(choice.location,
              "choice " + quoted(choice.id) + in +
                  " is sealed and also marked correct=\"true\"; a sealed choice must not say "
                  "in the clear whether it is correct");
      }
      if (!key_.seal_is_well_formed(choice)) {
        error(choice.location,
              "the seal of choice " + quoted(choice.id) + in +
                  " is damaged: it is neither of the choice's two keys under the lesson's salt");
        readable = false;
      }
    }
    return readable;
  }

  void choices(const Question& question, std::string_view cue_id, const std::string& in) {
    const SourceLocation at = question.location;
    const auto& choices = question.choices;
    std::set<std::string_view> ids;
    for (const Choice& choice : choices) {
      if (!is_valid_id(choice.id))
        error(choice.location, "choice id " + quoted(choice.id) + " is not a valid id");
      if (!ids.insert(choice.id).second)
        error(choice.location, "duplicate choice id " + quoted(choice.id) + in);
      if (choice.text.empty()) error(choice.location, "choice " + quoted(choice.id) + in + " has no text");
      if (choice.correct && question.type == QuestionType::Poll) {
        error(choice.location, "choice " + quoted(choice.id) + in +
                                   " is marked correct; poll choices have no " +
                                   "correct answer (remove correct=\"true\")");
      }
    }
    // A damaged seal leaves the count unknown; it is reported above, not counted as wrong.
    const bool readable = sealed_choices(question, in);
    const auto correct = readable ? std::count_if(choices.begin(), choices.end(),
                                                  [&](const Choice& c) { return key_.is_correct(c); })
                                  : 1;
    if (question.type == QuestionType::TrueFalse) {
      const bool true_false_ids = choices.size() == 2 && ids.contains("true") && ids.contains("false");
      if (!true_false_ids) {
        error(at, "the 'true-false' question of cue " + quoted(cue_id) +
                      " needs exactly two choices, with ids 'true' and 'false'");
      }
    } else if (choices.size() < 2) {
      error(at, "at least two <choice> elements are needed" + in);
    }
    if (is_graded(question.type) && correct == 0) {
      error(at, "no choice is marked correct=\"true\"" + in);
    }
    const bool exactly_one =
        question.type == QuestionType::SingleChoice || question.type == QuestionType::TrueFalse;
    if (exactly_one && correct > 1) {
      error(at, std::to_string(correct) + " choices are marked correct" + in + "; exactly one may be");
    }
  }

  std::string_view file_;
  std::vector<Diagnostic> diagnostics_;
  const Lesson* lesson_ = nullptr;
  AnswerKey key_;  // of the cue being checked
};

}  // namespace

bool is_valid_id(std::string_view id) {
  if (id.empty() || id.size() > kMaxIdLength) return false;
  auto alnum = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  };
  if (!alnum(id.front())) return false;
  return std::all_of(id.begin(), id.end(),
                     [&](char c) { return alnum(c) || c == '.' || c == '_' || c == '-'; });
}

std::vector<Diagnostic> validate(const Lesson& lesson, std::string_view file,
                                 std::optional<Micros> video_duration) {
  Validator validator(file);
  validator.lesson(lesson);
  if (video_duration) validator.times_within(lesson, *video_duration);
  return validator.take();
}

std::vector<Diagnostic> check_times_within(const Lesson& lesson, std::string_view file,
                                           Micros video_duration) {
  Validator validator(file);
  validator.times_within(lesson, video_duration);
  return validator.take();
}

}  // namespace cuepoint::lesson
