#include "cuepoint/runtime/lesson_runtime.hpp"

#include <algorithm>
#include <stdexcept>

namespace cuepoint::runtime {

const char* to_string(SeekReason reason) {
  switch (reason) {
    case SeekReason::Remediation:
      return "remediation";
    case SeekReason::Adaptive:
      return "adaptive";
    case SeekReason::Learner:
      return "learner";
  }
  return "learner";
}

LessonRuntime::LessonRuntime(const lesson::Lesson& lesson)
    : lesson_(lesson), progress_(lesson.cues.size()), armed_(lesson.cues.size(), true) {}

std::size_t LessonRuntime::index_of(const lesson::Cue& cue) const {
  // Cues are compared by address: callers hand back pointers this runtime gave out
  // or references into the same lesson.
  const auto* first = lesson_.cues.data();
  if (&cue < first || &cue >= first + lesson_.cues.size()) {
    throw std::invalid_argument("cue '" + cue.id + "' does not belong to lesson '" + lesson_.id + "'");
  }
  return static_cast<std::size_t>(&cue - first);
}

int LessonRuntime::attempts_left(std::size_t index) const {
  const auto& cue = lesson_.cues[index];
  const int allowed = lesson_.max_attempts_for(cue);
  if (allowed == 0) return -1;
  return std::max(0, allowed - progress_[index].attempts);
}

std::optional<Micros> LessonRuntime::next_stop(Micros position) const {
  for (std::size_t i = 0; i < lesson_.cues.size(); ++i) {
    const auto& cue = lesson_.cues[i];
    if (armed_[i] && cue.pause && cue.at >= position) return cue.at;
  }
  return std::nullopt;
}

std::vector<const lesson::Cue*> LessonRuntime::passing_cues(Micros from, Micros to) const {
  std::vector<const lesson::Cue*> passing;
  for (std::size_t i = 0; i < lesson_.cues.size(); ++i) {
    const auto& cue = lesson_.cues[i];
    if (armed_[i] && !cue.pause && cue.at > from && cue.at <= to) passing.push_back(&cue);
  }
  return passing;
}

const lesson::Cue* LessonRuntime::pausing_cue_at(Micros t) const {
  for (std::size_t i = 0; i < lesson_.cues.size(); ++i) {
    const auto& cue = lesson_.cues[i];
    if (armed_[i] && cue.pause && cue.at == t) return &cue;
  }
  return nullptr;
}

CueFiring LessonRuntime::fire(const lesson::Cue& cue) {
  const auto index = index_of(cue);
  armed_[index] = false;
  auto& progress = progress_[index];
  ++progress.times_fired;
  CueFiring firing;
  firing.cue = &cue;
  firing.firing = progress.times_fired;
  firing.pauses = cue.pause;
  firing.attempts_left = attempts_left(index);
  firing.wants_response =
      lesson::takes_response(cue.question.type) && !progress.completed && firing.attempts_left != 0;
  if (cue.question.type == lesson::QuestionType::Note) progress.completed = true;
  return firing;
}

AnswerOutcome LessonRuntime::answer(const lesson::Cue& cue, const lesson::Response& response) {
  const auto index = index_of(cue);
  auto& progress = progress_[index];
  if (!lesson::takes_response(cue.question.type)) {
    throw std::invalid_argument("cue '" + cue.id + "' is a note and takes no answer");
  }
  if (progress.completed || attempts_left(index) == 0) {
    throw std::invalid_argument("cue '" + cue.id + "' takes no more answers");
  }
  if (auto problem = lesson::check_response(cue.question, response)) {
    throw std::invalid_argument("cue '" + cue.id + "': " + *problem);
  }

  AnswerOutcome outcome;
  outcome.grade = lesson::grade(cue.question, response, lesson::AnswerKey::of(lesson_, cue));
  outcome.attempt = ++progress.attempts;
  outcome.attempts_left = attempts_left(index);
  progress.best_score = std::max(progress.best_score, outcome.grade.score);

  if (outcome.grade.graded && outcome.grade.correct) progress.correct = true;
  // Done when there is nothing to get right, it is right, or no attempt is left.
  progress.completed = !outcome.grade.graded || outcome.grade.correct || outcome.attempts_left == 0;
  outcome.completed = progress.completed;

  const auto& question = cue.question;
  if (outcome.grade.graded && outcome.grade.correct && question.on_correct_seek) {
    outcome.seek = SeekRequest{cue.at, *question.on_correct_seek, SeekReason::Adaptive};
  } else if (outcome.grade.graded && !outcome.grade.correct && !progress.completed &&
             question.on_incorrect_seek) {
    // Remediation only while another attempt is possible: rewatching then asks again.
    outcome.seek = SeekRequest{cue.at, *question.on_incorrect_seek, SeekReason::Remediation};
  }
  outcome.retry = !progress.completed && !outcome.seek;
  return outcome;
}

void LessonRuntime::skip(const lesson::Cue& cue) {
  const auto index = index_of(cue);
  auto& progress = progress_[index];
  if (cue.required && lesson::takes_response(cue.question.type) && !progress.completed &&
      attempts_left(index) != 0) {
    throw std::logic_error("cue '" + cue.id + "' is required and cannot be skipped");
  }
  progress.skipped = !progress.completed;
}

Micros LessonRuntime::allowed_seek_target(Micros from, Micros to) const {
  const Micros target = std::max<Micros>(0, to);
  if (target <= from || lesson_.settings.allow_skip_ahead) return target;
  Micros limit = std::max(from, furthest_watched_);
  for (std::size_t i = 0; i < lesson_.cues.size(); ++i) {
    const auto& cue = lesson_.cues[i];
    const bool blocks = cue.required && lesson::takes_response(cue.question.type) && !progress_[i].completed;
    if (blocks && cue.at >= from) {
      limit = std::min(limit, cue.at);
      break;
    }
  }
  return std::min(target, std::max(from, limit));
}

void LessonRuntime::seeked(Micros from, Micros to) {
  if (to >= from) return;
  for (std::size_t i = 0; i < lesson_.cues.size(); ++i) {
    if (lesson_.cues[i].at >= to) armed_[i] = true;
  }
}

void LessonRuntime::watched_until(Micros position) {
  furthest_watched_ = std::max(furthest_watched_, position);
}

const CueProgress& LessonRuntime::progress(const lesson::Cue& cue) const { return progress_[index_of(cue)]; }

void LessonRuntime::restore(const lesson::Cue& cue, const CueProgress& progress) {
  progress_[index_of(cue)] = progress;
}

LessonResult LessonRuntime::result() const {
  LessonResult result;
  result.cues_total = static_cast<int>(lesson_.cues.size());
  for (std::size_t i = 0; i < lesson_.cues.size(); ++i) {
    const auto& question = lesson_.cues[i].question;
    if (progress_[i].completed) ++result.cues_completed;
    if (lesson::is_graded(question.type)) {
      result.max_score += question.points;
      result.score += progress_[i].best_score;
    }
  }
  result.percent = result.max_score > 0 ? 100.0 * result.score / result.max_score : 100.0;
  result.passed = result.percent + 1e-9 >= lesson_.settings.pass_score;
  return result;
}

}  // namespace cuepoint::runtime
