// The store's side of the window's lesson library: where each learner opened which
// lesson, and how far they got in it (resume place, finished, best score).
#include "cuepoint/store/store.hpp"

namespace cuepoint::store {

void Store::note_lesson_opened(const LessonLocation& location) {
  db_.prepare(
         "INSERT INTO lesson_locations (learner_id, lesson_path, lesson_id, title, opened_utc) "
         "VALUES (?, ?, ?, ?, ?) ON CONFLICT (learner_id, lesson_path) DO UPDATE SET "
         "lesson_id = excluded.lesson_id, title = excluded.title, opened_utc = excluded.opened_utc",
         "noting where learner '" + location.learner_id + "' opened lesson '" + location.lesson_id + "'")
      .bind_all(location.learner_id, location.lesson_path, location.lesson_id, location.title,
                location.opened_utc)
      .run();
}

std::vector<LessonLocation> Store::recent_lessons(const std::string& learner_id, int limit) {
  // A version 2 database opened read-only is never migrated: it knows no locations yet.
  auto table = db_.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'lesson_locations'",
                           "looking for the lesson locations table");
  if (!table.step()) return {};
  auto query = db_.prepare(
      "SELECT learner_id, lesson_path, lesson_id, title, opened_utc FROM lesson_locations "
      "WHERE learner_id = ? ORDER BY opened_utc DESC, lesson_path LIMIT ?",
      "reading the recent lessons of learner '" + learner_id + "'");
  query.bind_all(learner_id, limit);
  std::vector<LessonLocation> result;
  while (query.step()) {
    result.push_back({query.text(0), query.text(1), query.text(2), query.text(3), query.text(4)});
  }
  return result;
}

LessonProgress Store::lesson_progress(const std::string& learner_id, const std::string& lesson_id) {
  const std::string doing =
      "reading the progress of learner '" + learner_id + "' in lesson '" + lesson_id + "'";
  LessonProgress progress;
  auto sessions = db_.prepare(
      "SELECT count(*), coalesce(max(EXISTS (SELECT 1 FROM watch_events AS w WHERE w.session_uuid = s.uuid "
      "AND w.kind = 'completed')), 0) FROM lesson_sessions AS s WHERE s.learner_id = ? AND s.lesson_id = ?",
      doing);
  sessions.bind_all(learner_id, lesson_id);
  if (sessions.step()) {
    progress.sessions = static_cast<int>(sessions.int64(0));
    progress.finished = sessions.int64(1) != 0;
  }
  auto last = db_.prepare(
      "SELECT coalesce(w.to_us, w.from_us) FROM watch_events AS w JOIN lesson_sessions AS s "
      "ON s.uuid = w.session_uuid WHERE s.learner_id = ? AND s.lesson_id = ? "
      "AND coalesce(w.to_us, w.from_us) IS NOT NULL ORDER BY w.id DESC LIMIT 1",
      doing);
  last.bind_all(learner_id, lesson_id);
  if (last.step()) progress.last_position = last.int64(0);
  // Each cue's best attempt counts once, like the runtime's score over resumed sessions.
  auto scores = db_.prepare(
      "SELECT coalesce(sum(best), 0), coalesce(sum(top), 0) FROM (SELECT max(score) AS best, "
      "max(max_score) AS top FROM attempts WHERE learner_id = ? AND lesson_id = ? AND score IS NOT NULL "
      "GROUP BY cue_id)",
      doing);
  scores.bind_all(learner_id, lesson_id);
  if (scores.step()) {
    progress.best_score = scores.real(0);
    progress.max_score = scores.real(1);
  }
  return progress;
}

}  // namespace cuepoint::store
