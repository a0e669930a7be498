#include "resume.hpp"

#include <algorithm>
#include <map>
#include <optional>

namespace cuepoint::session {
namespace {

using store::WatchKind;

// Progress at each cue rebuilt from the recorded attempts, by the runtime's own
// rule: done when ungraded, answered correctly, or out of attempts.
std::vector<std::pair<const lesson::Cue*, runtime::CueProgress>> restored_progress(
    store::Store& store, const lesson::Lesson& lesson, const std::string& learner_id) {
  std::map<const lesson::Cue*, runtime::CueProgress> by_cue;
  for (const auto& attempt : store.attempts()) {
    if (attempt.learner_id != learner_id || attempt.lesson_id != lesson.id) continue;
    const auto* cue = lesson.find_cue(attempt.cue_id);
    // A cue that is gone, or whose question changed type, starts afresh.
    if (cue == nullptr || attempt.question_type != lesson::to_string(cue->question.type)) continue;
    auto& progress = by_cue[cue];
    progress.attempts = std::max(progress.attempts, attempt.attempt_number);
    if (attempt.correct.value_or(false)) progress.correct = true;
    progress.best_score = std::max(progress.best_score, attempt.score.value_or(0.0));
  }
  std::vector<std::pair<const lesson::Cue*, runtime::CueProgress>> restored;
  for (auto& [cue, progress] : by_cue) {
    const int allowed = lesson.max_attempts_for(*cue);
    progress.completed = !lesson::is_graded(cue->question.type) || progress.correct ||
                         (allowed > 0 && progress.attempts >= allowed);
    restored.emplace_back(cue, progress);
  }
  return restored;
}

// The last position of the learner's last earlier session of this lesson content;
// 0 when there is none or it was completed (reopening a finished lesson starts over).
lesson::Micros last_position(store::Store& store, const lesson::Lesson& lesson,
                             const std::string& lesson_sha256, const std::string& learner_id,
                             const std::string& current_session) {
  std::optional<store::SessionRecord> last;
  for (auto& session : store.sessions()) {
    if (session.learner_id != learner_id || session.lesson_id != lesson.id ||
        session.lesson_sha256 != lesson_sha256 || session.uuid == current_session)
      continue;
    if (!last || session.started_utc >= last->started_utc) last = std::move(session);
  }
  if (!last) return 0;
  lesson::Micros position = 0;
  for (const auto& event : store.watch_events()) {
    if (event.session_uuid != last->uuid) continue;
    switch (event.kind) {
      case WatchKind::Completed:
        return 0;
      case WatchKind::Initialized:
        position = 0;
        break;
      case WatchKind::Seeked:
        position = event.to_us.value_or(position);
        break;
      default:
        position = event.from_us.value_or(position);
    }
  }
  return position;
}

}  // namespace

ResumePoint find_resume_point(store::Store& store, const lesson::Lesson& lesson,
                              const std::string& lesson_sha256, const std::string& learner_id,
                              const std::string& current_session) {
  ResumePoint point;
  point.progress = restored_progress(store, lesson, learner_id);
  point.position = last_position(store, lesson, lesson_sha256, learner_id, current_session);
  return point;
}

}  // namespace cuepoint::session
