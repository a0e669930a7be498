#include "cuepoint/store/migrations.hpp"

#include <array>
#include <string>

#include "cuepoint/store/database.hpp"

namespace cuepoint::store {
namespace {

// Never edit a migration that has shipped: append a new one instead.
constexpr std::string_view kVersion1 = R"sql(
CREATE TABLE learners (
  id           TEXT PRIMARY KEY NOT NULL,
  display_name TEXT NOT NULL,
  created_utc  TEXT NOT NULL
);

CREATE TABLE outbox (
  statement_id   TEXT PRIMARY KEY NOT NULL,
  statement_json TEXT NOT NULL,
  created_utc    TEXT NOT NULL,
  state          TEXT NOT NULL DEFAULT 'pending'
                 CHECK (state IN ('pending', 'sent', 'rejected', 'conflict')),
  attempts       INTEGER NOT NULL DEFAULT 0,
  last_error     TEXT,
  sent_utc       TEXT
);
CREATE INDEX outbox_by_state ON outbox (state);

CREATE TABLE lesson_sessions (
  uuid            TEXT PRIMARY KEY NOT NULL,
  learner_id      TEXT NOT NULL REFERENCES learners (id),
  lesson_id       TEXT NOT NULL,
  lesson_version  TEXT NOT NULL,
  lesson_sha256   TEXT NOT NULL,
  started_utc     TEXT NOT NULL,
  ended_utc       TEXT,
  xapi_session_id TEXT NOT NULL
);

CREATE TABLE attempts (
  id             INTEGER PRIMARY KEY,
  learner_id     TEXT NOT NULL REFERENCES learners (id),
  session_uuid   TEXT NOT NULL REFERENCES lesson_sessions (uuid),
  lesson_id      TEXT NOT NULL,
  lesson_version TEXT NOT NULL,
  lesson_sha256  TEXT NOT NULL,
  cue_id         TEXT NOT NULL,
  question_type  TEXT NOT NULL,
  response_json  TEXT NOT NULL,
  correct        INTEGER CHECK (correct IN (0, 1)),
  score          REAL,
  max_score      REAL,
  attempt_number INTEGER NOT NULL CHECK (attempt_number >= 1),
  lesson_time_us INTEGER NOT NULL,
  wall_time_utc  TEXT NOT NULL,
  statement_id   TEXT NOT NULL REFERENCES outbox (statement_id)
);
CREATE INDEX attempts_by_cue ON attempts (learner_id, lesson_id, cue_id);

CREATE TABLE watch_events (
  id            INTEGER PRIMARY KEY,
  session_uuid  TEXT NOT NULL REFERENCES lesson_sessions (uuid),
  kind          TEXT NOT NULL CHECK (kind IN ('initialized', 'played', 'paused', 'seeked', 'rate-changed',
                                              'captions', 'completed', 'terminated')),
  from_us       INTEGER,
  to_us         INTEGER,
  rate          REAL,
  captions_on   INTEGER CHECK (captions_on IN (0, 1)),
  captions_lang TEXT,
  wall_time_utc TEXT NOT NULL,
  statement_id  TEXT NOT NULL REFERENCES outbox (statement_id)
);
CREATE INDEX watch_events_by_session ON watch_events (session_uuid);
)sql";

// Per-learner preferences the window remembers (captions language, text size, theme).
// Not xAPI data: nothing here is a statement or goes to the outbox. The index serves
// Store::recent_learners (the latest session of each learner).
constexpr std::string_view kVersion2 = R"sql(
CREATE TABLE learner_settings (
  learner_id TEXT NOT NULL REFERENCES learners (id),
  key        TEXT NOT NULL,
  value      TEXT NOT NULL,
  PRIMARY KEY (learner_id, key)
) WITHOUT ROWID;

CREATE INDEX lesson_sessions_by_learner ON lesson_sessions (learner_id, started_utc);
)sql";

// Where this device's learners opened which lesson (a folder, a package, a USB stick's
// path), for the window's "recent lessons" picker (`cuepoint` with no argument). Sessions
// keep only the lesson's id and content hash; the path is the device's business, not xAPI's.
constexpr std::string_view kVersion3 = R"sql(
CREATE TABLE lesson_locations (
  learner_id  TEXT NOT NULL REFERENCES learners (id),
  lesson_path TEXT NOT NULL,
  lesson_id   TEXT NOT NULL,
  title       TEXT NOT NULL,
  opened_utc  TEXT NOT NULL,
  PRIMARY KEY (learner_id, lesson_path)
) WITHOUT ROWID;

CREATE INDEX attempts_by_lesson ON attempts (learner_id, lesson_id);
)sql";

constexpr std::array kMigrations{
    Migration{1, kVersion1},
    Migration{2, kVersion2},
    Migration{3, kVersion3},
};

}  // namespace

std::span<const Migration> migrations() { return kMigrations; }

int latest_schema_version() { return kMigrations.back().version; }

void migrate(Database& db) { migrate(db, kMigrations); }

void migrate(Database& db, std::span<const Migration> list) {
  for (const auto& migration : list) {
    Transaction transaction(db, "upgrading the schema to version " + std::to_string(migration.version));
    // Re-read inside the write lock: another process may have migrated meanwhile.
    if (db.pragma_int("user_version") >= migration.version) continue;
    db.execute(migration.sql, "creating schema version " + std::to_string(migration.version));
    db.execute("PRAGMA application_id = " + std::to_string(kApplicationId), "marking the file as Cuepoint's");
    db.execute("PRAGMA user_version = " + std::to_string(migration.version), "recording the schema version");
    transaction.commit();
  }
}

}  // namespace cuepoint::store
