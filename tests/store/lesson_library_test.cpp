// The store's side of the lesson library: where learners opened lessons (schema version 3,
// migrated from version 2 keeping the data) and each learner's progress in a lesson.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "cuepoint/store/migrations.hpp"
#include "cuepoint/store/store.hpp"
#include "temp_dir.hpp"

namespace cuepoint::store {
namespace {

using testing::TempDir;

int statement_counter = 0;

std::string new_statement(Store& store) {
  const std::string id = "st" + std::to_string(++statement_counter);
  store.enqueue_statement(id, "{}", "2026-02-01T10:00:00.000Z");
  return id;
}

void watch(Store& store, const std::string& session, WatchKind kind, lesson::Micros at) {
  WatchEventRecord event;
  event.session_uuid = session;
  event.kind = kind;
  event.from_us = at;
  event.wall_time_utc = "2026-02-01T10:00:00.000Z";
  event.statement_id = new_statement(store);
  store.add_watch_event(event);
}

void answer(Store& store, const std::string& session, const std::string& cue, double score) {
  AttemptRecord attempt;
  attempt.learner_id = "ada";
  attempt.session_uuid = session;
  attempt.lesson_id = "fractions";
  attempt.cue_id = cue;
  attempt.response_json = "{}";
  attempt.score = score;
  attempt.max_score = 1.0;
  attempt.wall_time_utc = "2026-02-01T10:00:00.000Z";
  attempt.statement_id = new_statement(store);
  store.add_attempt(attempt);
}

TEST(LessonLibrary, RecentLessonsAreTheLearnersOwnLatestFirstAndReopeningRefreshes) {
  TempDir dir;
  auto store = Store::open(dir / "db.sqlite");
  store.save_learner({"ada", "Ada", "2026-01-01T08:00:00.000Z"});
  store.save_learner({"ben", "Ben", "2026-01-01T08:00:00.000Z"});
  store.note_lesson_opened(
      {"ada", "/media/usb/fractions", "fractions", "Fractions", "2026-02-01T10:00:00.000Z"});
  store.note_lesson_opened({"ada", "/media/usb/maps.cuepoint", "maps", "Maps", "2026-02-02T10:00:00.000Z"});
  store.note_lesson_opened({"ben", "/home/ben/birds", "birds", "Birds", "2026-02-03T10:00:00.000Z"});
  auto recent = store.recent_lessons("ada", 10);
  ASSERT_EQ(recent.size(), 2U);
  EXPECT_EQ(recent[0].lesson_path, "/media/usb/maps.cuepoint");
  EXPECT_EQ(recent[1].title, "Fractions");
  store.note_lesson_opened(
      {"ada", "/media/usb/fractions", "fractions", "Fractions 2", "2026-02-04T10:00:00.000Z"});
  recent = store.recent_lessons("ada", 10);
  ASSERT_EQ(recent.size(), 2U);  // the same path again is one row, moved to the front
  EXPECT_EQ(recent[0].lesson_path, "/media/usb/fractions");
  EXPECT_EQ(recent[0].title, "Fractions 2");
  EXPECT_EQ(store.recent_lessons("ada", 1).size(), 1U);
  EXPECT_TRUE(store.recent_lessons("nobody", 10).empty());
}

TEST(LessonLibrary, AnUnknownLearnerCannotOpenALesson) {
  TempDir dir;
  auto store = Store::open(dir / "db.sqlite");
  EXPECT_THROW(store.note_lesson_opened({"ghost", "/x", "x", "X", "2026-02-01T10:00:00.000Z"}), StoreError);
}

TEST(LessonLibrary, ProgressSumsEachCuesBestScoreAndKnowsFinishedAndWhereItWasLeft) {
  TempDir dir;
  auto store = Store::open(dir / "db.sqlite");
  store.save_learner({"ada", "Ada", "2026-01-01T08:00:00.000Z"});
  EXPECT_FALSE(store.lesson_progress("ada", "fractions").started());

  store.add_session({"s1", "ada", "fractions", "1", "h", "2026-02-01T10:00:00.000Z", std::nullopt, "i1"});
  watch(store, "s1", WatchKind::Played, 0);
  answer(store, "s1", "q1", 0.0);
  answer(store, "s1", "q1", 1.0);
  watch(store, "s1", WatchKind::Paused, 41'000'000);
  auto progress = store.lesson_progress("ada", "fractions");
  EXPECT_EQ(progress.sessions, 1);
  EXPECT_FALSE(progress.finished);
  EXPECT_EQ(progress.last_position, 41'000'000);
  EXPECT_DOUBLE_EQ(progress.best_score, 1.0);
  EXPECT_DOUBLE_EQ(progress.max_score, 1.0);

  store.add_session({"s2", "ada", "fractions", "1", "h", "2026-02-02T10:00:00.000Z", std::nullopt, "i2"});
  answer(store, "s2", "q2", 0.5);
  watch(store, "s2", WatchKind::Completed, 90'000'000);
  progress = store.lesson_progress("ada", "fractions");
  EXPECT_EQ(progress.sessions, 2);
  EXPECT_TRUE(progress.finished);
  EXPECT_EQ(progress.last_position, 90'000'000);
  EXPECT_DOUBLE_EQ(progress.best_score, 1.5);
  EXPECT_DOUBLE_EQ(progress.max_score, 2.0);
  EXPECT_FALSE(store.lesson_progress("ada", "other").started());
}

TEST(LessonLibrary, VersionTwoDatabaseMigratesKeepingItsData) {
  TempDir dir;
  const auto file = dir / "db.sqlite";
  {
    auto db = Database::open(file, true);
    migrate(db, migrations().first(2));
    db.execute("INSERT INTO learners VALUES ('ada', 'Ada', '2026-01-01T08:00:00.000Z');",
               "writing a version 2 database");
  }
  {
    auto old = Store::open_read_only(file);
    EXPECT_EQ(old.schema_version(), 2);
    EXPECT_TRUE(old.recent_lessons("ada", 10).empty());  // read-only: no table, no error
  }
  auto store = Store::open(file);
  EXPECT_EQ(store.schema_version(), 3);
  ASSERT_EQ(store.learners().size(), 1U);
  store.note_lesson_opened(
      {"ada", "/media/usb/fractions", "fractions", "Fractions", "2026-02-01T10:00:00.000Z"});
  EXPECT_EQ(store.recent_lessons("ada", 10).size(), 1U);
}

}  // namespace
}  // namespace cuepoint::store
