// Writing: transactions, constraints, the outbox's state changes, a full disk.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "cuepoint/lesson/grading.hpp"
#include "cuepoint/record/recorder.hpp"
#include "cuepoint/store/migrations.hpp"
#include "cuepoint/store/store.hpp"
#include "temp_dir.hpp"
#include "test_support.hpp"

namespace cuepoint::store {
namespace {

using ::testing::HasSubstr;
using testing::TempDir;

constexpr const char* kTime = "2026-11-24T05:21:03.123Z";

void add_statement(Store& store, const std::string& id) {
  store.enqueue_statement(id, "{\"id\":\"" + id + "\"}", kTime);
}

TEST(StoreTransaction, CommitKeepsEveryRow) {
  TempDir dir;
  auto store = Store::open(dir / "db.sqlite");
  {
    auto transaction = store.transaction("test");
    add_statement(store, "s1");
    add_statement(store, "s2");
    transaction.commit();
  }
  EXPECT_EQ(store.outbox().size(), 2u);
}

TEST(StoreTransaction, LeavingWithoutCommitRollsEverythingBack) {
  TempDir dir;
  auto store = Store::open(dir / "db.sqlite");
  try {
    auto transaction = store.transaction("test");
    add_statement(store, "s1");
    throw std::runtime_error("the player crashed half-way");
  } catch (const std::runtime_error&) {
  }
  EXPECT_TRUE(store.outbox().empty());
  EXPECT_FALSE(store.database().in_transaction());
}

TEST(StoreTransaction, NestedTransactionRollsBackOnlyItsOwnPart) {
  TempDir dir;
  auto store = Store::open(dir / "db.sqlite");
  auto outer = store.transaction("outer");
  add_statement(store, "kept");
  {
    auto inner = store.transaction("inner");
    add_statement(store, "dropped");
  }
  outer.commit();
  const auto outbox = store.outbox();
  ASSERT_EQ(outbox.size(), 1u);
  EXPECT_EQ(outbox[0].statement_id, "kept");
}

TEST(StoreConstraints, DuplicateStatementIdIsRefusedWithAClearError) {
  TempDir dir;
  auto store = Store::open(dir / "db.sqlite");
  add_statement(store, "s1");
  try {
    add_statement(store, "s1");
    FAIL() << "a duplicate statement id was accepted";
  } catch (const StoreError& error) {
    EXPECT_THAT(error.what(), HasSubstr("queueing statement s1"));
    EXPECT_THAT(error.what(), HasSubstr("UNIQUE"));
  }
}

TEST(StoreConstraints, AnAnswerMustPointAtAStatementInTheOutbox) {
  TempDir dir;
  auto store = Store::open(dir / "db.sqlite");
  store.save_learner({"l1", "Ada", kTime});
  store.add_session({"session", "l1", "lesson", "1", "hash", kTime, std::nullopt, "init"});
  AttemptRecord attempt;
  attempt.learner_id = "l1";
  attempt.session_uuid = "session";
  attempt.cue_id = "q1";
  attempt.response_json = "{}";
  attempt.wall_time_utc = kTime;
  attempt.statement_id = "missing";
  EXPECT_THROW(store.add_attempt(attempt), StoreError);
  EXPECT_TRUE(store.attempts().empty());
}

TEST(StoreOutbox, StateChangesAreRecordedAndNothingIsDeleted) {
  TempDir dir;
  auto store = Store::open(dir / "db.sqlite");
  for (const auto* id : {"a", "b", "c", "d", "e"}) add_statement(store, id);
  const std::vector<std::string> failed{"a", "b"};
  store.note_failed_attempt(failed, "HTTP 503");
  const std::vector<std::string> sent{"a", "b"};
  store.mark_sent(sent, "2026-11-24T06:00:00.000Z");
  store.mark_rejected("c", "HTTP 400: bad verb");
  store.mark_conflict("d", "HTTP 409");
  const auto counts = store.outbox_counts();
  EXPECT_EQ(counts.sent, 2);
  EXPECT_EQ(counts.rejected, 1);
  EXPECT_EQ(counts.conflict, 1);
  EXPECT_EQ(counts.pending, 1);
  EXPECT_EQ(counts.total(), 5);
  const auto outbox = store.outbox();
  EXPECT_EQ(outbox[0].attempts, 2);
  EXPECT_EQ(outbox[0].sent_utc, "2026-11-24T06:00:00.000Z");
  EXPECT_EQ(outbox[0].last_error, "HTTP 503");  // the history of the failure is kept
  EXPECT_EQ(outbox[2].state, OutboxState::Rejected);
  EXPECT_EQ(outbox[2].last_error, "HTTP 400: bad verb");
  const auto pending = store.pending_statements(10);
  ASSERT_EQ(pending.size(), 1u);
  EXPECT_EQ(pending[0].statement_id, "e");
}

TEST(StoreOutbox, PendingStatementsComeInRecordingOrderAndRespectTheLimit) {
  TempDir dir;
  auto store = Store::open(dir / "db.sqlite");
  // Ids that sort differently from their recording order.
  for (const auto* id : {"z", "m", "a", "q"}) add_statement(store, id);
  const auto pending = store.pending_statements(3);
  ASSERT_EQ(pending.size(), 3u);
  EXPECT_EQ(pending[0].statement_id, "z");
  EXPECT_EQ(pending[1].statement_id, "m");
  EXPECT_EQ(pending[2].statement_id, "a");
}

TEST(StoreDiskFull, AFullDiskFailsTheAnswerClearlyAndKeepsEverythingCommittedBefore) {
  TempDir dir;
  const auto file = dir / "db.sqlite";
  const auto lesson = testing::sample_lesson();
  const auto& cue = lesson.cues[4];
  int saved = 0;
  std::string message;
  StoreError::Kind kind = StoreError::Kind::Other;
  {
    auto store = Store::open(file);
    record::Recorder recorder(store, lesson, testing::sample_recorder_config(std::string(64, 'b')));
    // SQLite's own limit stands in for a full disk: writes past it fail with SQLITE_FULL.
    const auto pages = store.database().pragma_int("page_count");
    store.database().execute("PRAGMA max_page_count = " + std::to_string(pages + 8), "limiting the size");
    const auto response = lesson::Response::free_text(std::string(3000, 'x'));
    const auto grade = lesson::grade(cue.question, response);
    for (int attempt = 1; attempt <= 200; ++attempt) {
      try {
        recorder.answered(cue, response, grade, attempt, cue.at);
        ++saved;
      } catch (const StoreError& error) {
        message = error.what();
        kind = error.kind();
        break;
      }
    }
  }
  EXPECT_EQ(kind, StoreError::Kind::DiskFull);
  EXPECT_THAT(message, HasSubstr("disk full"));
  EXPECT_THAT(message, HasSubstr(file.string()));
  ASSERT_GT(saved, 0);
  ASSERT_LT(saved, 200);
  auto reopened = Store::open(file);
  EXPECT_EQ(static_cast<int>(reopened.attempts().size()), saved);
  // Each saved answer has its statement, and the failed one left neither behind.
  EXPECT_EQ(reopened.outbox_counts().pending, saved);
  EXPECT_EQ(reopened.attempts_at("learner-42", lesson.id, cue.id), saved);
}

}  // namespace
}  // namespace cuepoint::store

namespace cuepoint::store {
namespace {

constexpr std::string_view kAddColumn = "ALTER TABLE learners ADD COLUMN school TEXT";
constexpr std::string_view kBroken =
    "ALTER TABLE learners ADD COLUMN grade TEXT; INSERT INTO nowhere VALUES (1)";

TEST(StoreMigrations, AnOlderDatabaseIsUpgradedInPlaceKeepingItsData) {
  TempDir dir;
  auto store = Store::open(dir / "db.sqlite");
  store.save_learner({"l1", "Ada", kTime});
  const std::vector<Migration> newer{migrations().begin(), migrations().end()};
  auto upgraded = newer;
  upgraded.push_back({latest_schema_version() + 1, kAddColumn});
  migrate(store.database(), upgraded);
  EXPECT_EQ(store.schema_version(), latest_schema_version() + 1);
  EXPECT_EQ(store.learners().at(0).display_name, "Ada");
  store.database().execute("UPDATE learners SET school = 'North'", "using the new column");
  // Running the list again changes nothing: each step checks the version first.
  migrate(store.database(), upgraded);
  EXPECT_EQ(store.schema_version(), latest_schema_version() + 1);
}

TEST(StoreMigrations, AFailingMigrationRollsBackEntirelyAndSaysWhichVersion) {
  TempDir dir;
  auto store = Store::open(dir / "db.sqlite");
  store.save_learner({"l1", "Ada", kTime});
  std::vector<Migration> upgraded{migrations().begin(), migrations().end()};
  upgraded.push_back({latest_schema_version() + 1, kBroken});
  try {
    migrate(store.database(), upgraded);
    FAIL() << "the broken migration succeeded";
  } catch (const StoreError& error) {
    EXPECT_THAT(error.what(),
                HasSubstr("creating schema version " + std::to_string(latest_schema_version() + 1)));
    EXPECT_THAT(error.what(), HasSubstr("nowhere"));
  }
  EXPECT_EQ(store.schema_version(), latest_schema_version());
  // The first half of the failed step (the new column) was rolled back too.
  EXPECT_THROW(store.database().execute("UPDATE learners SET grade = 'x'", "t"), StoreError);
  EXPECT_EQ(store.learners().size(), 1u);
}

}  // namespace
}  // namespace cuepoint::store

namespace cuepoint::store {
namespace {

TEST(StoreLocked, AWriterBlockedByAnotherProgramGetsAClearErrorAndCanRetry) {
  TempDir dir;
  const auto file = dir / "db.sqlite";
  auto store = Store::open(file);
  // Wait briefly instead of the default 5 s before giving up on the lock.
  sqlite3_busy_timeout(store.database().handle(), 50);
  sqlite3* other = nullptr;
  ASSERT_EQ(sqlite3_open(file.string().c_str(), &other), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
  try {
    store.save_learner({"l1", "Ada", kTime});
    ADD_FAILURE() << "wrote while another connection held the write lock";
  } catch (const StoreError& error) {
    EXPECT_EQ(error.kind(), StoreError::Kind::Locked);
    EXPECT_THAT(error.what(), HasSubstr("is locked by another program while saving learner 'l1'"));
  }
  sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr);
  sqlite3_close(other);
  store.save_learner({"l1", "Ada", kTime});
  EXPECT_EQ(store.learners().size(), 1u);
}

}  // namespace
}  // namespace cuepoint::store
